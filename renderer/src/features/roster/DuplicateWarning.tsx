// Shown when the member being added looks like an existing record (the backend's duplicate rule):
// the existing records, a way to open one, and the note that lets a namesake be added anyway.
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../contract/types/app';
import { FormField } from './FormField';
import { ServiceTypeLabel } from './RosterCells';
import { fullName } from './rosterText';

interface Props {
  duplicates: Member[];
  note: string;
  noteError?: string;
  noteRef: RefObject<HTMLTextAreaElement | null>;
  idPrefix: string;
  onNote(value: string): void;
  onOpen(member: Member): void;
}

export function DuplicateWarning({ duplicates, note, noteError, noteRef, idPrefix, onNote, onOpen }: Props) {
  const { t } = useTranslation('roster');
  const titleId = `${idPrefix}-duplicates-title`;
  return (
    <section className="roster-duplicates" role="alert" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('form.duplicate.title', { count: duplicates.length })}</h3>
      <p>{t('form.duplicate.explanation')}</p>
      <table className="roster-simple-table">
        <caption className="roster-sr-only">{t('form.duplicate.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('form.identity')}</th>
            <th scope="col">{t('columns.organisation')}</th>
            <th scope="col">{t('columns.serviceType')}</th>
            <th scope="col">{t('form.email')}</th>
            <th scope="col">
              <span className="roster-sr-only">{t('columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {duplicates.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                {fullName(m)}
                {m.namesakeNote ? <span className="roster-hint"> — {m.namesakeNote}</span> : null}
              </th>
              <td>{m.organisation || t('details.none')}</td>
              <td>
                <ServiceTypeLabel code={m.serviceType} />
              </td>
              <td>{m.email || t('details.none')}</td>
              <td>
                <button type="button" className="button-secondary" onClick={() => onOpen(m)}>
                  {t('form.duplicate.open', { name: fullName(m) })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormField id={`${idPrefix}-namesakeNote`} name="namesakeNote" label={t('form.duplicate.note')} error={noteError} hint={t('form.duplicate.noteHint')} required>
        {(control) => <textarea {...control} ref={noteRef} rows={2} maxLength={300} value={note} onChange={(e) => onNote(e.target.value)} />}
      </FormField>
    </section>
  );
}
