// The coordinator's draft: Markdown on the left, live preview on the right; then in force.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { putInForceInput } from '../../../../contract/schemas/charter';
import type { CharterOverview } from '../../../../contract/types/charter';
import { request } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/ErrorAlert';
import { FieldError } from '../../components/FieldError';
import { useFieldErrors } from '../../forms/validation';
import { DayField } from '../sessions/fields';
import { useCharterMutation } from './charterQueries';
import { MarkdownView } from './MarkdownView';

const todayIso = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Brussels' });
const inOneYear = (day: string) => `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;

export function DraftEditor({ overview }: { overview: CharterOverview }) {
  const { t } = useTranslation('charter');
  const id = useId();
  const draft = overview.draft;
  const [text, setText] = useState(draft?.text ?? '');
  const [message, setMessage] = useState('');
  const [adoptedOn, setAdoptedOn] = useState(todayIso());
  const [reviewDue, setReviewDue] = useState(inOneYear(todayIso()));
  const [confirming, setConfirming] = useState<{ id: string; adoptedOn: string; reviewDue: string } | null>(null);
  const form = useFieldErrors(putInForceInput, 'charter-inforce');
  const create = useCharterMutation(() => request('charter.createDraft', {}));
  const save = useCharterMutation((input: { id: string; text: string }) => request('charter.saveDraft', input));
  const discard = useCharterMutation((input: { id: string }) => request('charter.discardDraft', input));
  const inForce = useCharterMutation((input: { id: string; adoptedOn: string; reviewDue: string }) => request('charter.putInForce', input));

  // A new or reloaded draft replaces the editor's text.
  useEffect(() => setText(draft?.text ?? ''), [draft?.id, draft?.text]);

  if (!draft) {
    return (
      <section className="card" aria-labelledby="charter-draft">
        <h2 id="charter-draft">{t('draft.heading')}</h2>
        <p>{t('draft.none')}</p>
        <StatusMessage>{message}</StatusMessage>
        <ErrorAlert error={create.error} />
        <button type="button" className="button-primary" disabled={create.isPending} onClick={() => create.mutate(undefined, { onSuccess: () => setMessage('') })}>
          {overview.versions.length === 0 ? t('draft.createFirst') : t('draft.create')}
        </button>
      </section>
    );
  }

  const dirty = text !== draft.text;
  const submitInForce = (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    if (dirty) return setMessage(t('draft.saveFirst'));
    const input = form.check({ id: draft.id, adoptedOn, reviewDue });
    if (!input) return;
    // Irreversible: say what follows and ask once more.
    setConfirming(input);
  };
  const confirmInForce = () => {
    if (!confirming) return;
    inForce.mutate(confirming, { onSuccess: (v) => setMessage(t('draft.inForceDone', { number: v.number })), onError: form.fromServer, onSettled: () => setConfirming(null) });
  };

  return (
    <section className="card" aria-labelledby="charter-draft">
      <h2 id="charter-draft">
        {t('draft.heading')} — {t('current.version', { number: draft.number })}
      </h2>
      <div className="charter-editor">
        <div className="field">
          <label htmlFor={form.id('text')}>{t('draft.editorLabel')}</label>
          <p id={`${id}-hint`} className="field-hint">
            {t('draft.editorHint')}
          </p>
          <textarea
            id={form.id('text')}
            className="charter-textarea"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={`${id}-hint${form.errors.text ? ` ${form.id('text')}-error` : ''}`}
            aria-invalid={form.errors.text ? true : undefined}
            spellCheck
            lang="fr"
          />
          <FieldError fieldId={form.id('text')} messageKey={form.errors.text} />
        </div>
        <section className="charter-preview" aria-labelledby={`${id}-preview`} tabIndex={0}>
          <h3 id={`${id}-preview`}>{t('draft.preview')}</h3>
          <MarkdownView text={text} />
        </section>
      </div>
      <p className="field-hint" aria-live="polite">
        {dirty ? t('draft.unsaved') : null}
      </p>
      <ErrorAlert error={save.error ?? discard.error} />
      <div className="button-row">
        <button type="button" className="button-secondary" disabled={!dirty || save.isPending} onClick={() => save.mutate({ id: draft.id, text }, { onSuccess: () => setMessage(t('draft.saved')) })}>
          {t('draft.save')}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={discard.isPending}
          onClick={() => {
            if (window.confirm(t('draft.discardConfirm'))) discard.mutate({ id: draft.id }, { onSuccess: () => setMessage(t('draft.discarded')) });
          }}
        >
          {t('draft.discard')}
        </button>
      </div>

      <form className="subsection" onSubmit={submitInForce} noValidate aria-labelledby={`${id}-inforce`}>
        <h3 id={`${id}-inforce`}>{t('draft.putInForce')}</h3>
        <p className="field-hint">{t('draft.putInForceHint')}</p>
        <div className="field-row">
          <DayField id={form.id('adoptedOn')} label={t('draft.adoptedOn')} value={adoptedOn} onChange={setAdoptedOn} error={form.errors.adoptedOn} required />
          <DayField id={form.id('reviewDue')} label={t('draft.reviewDue')} hint={t('draft.reviewHint')} value={reviewDue} onChange={setReviewDue} error={form.errors.reviewDue} required />
        </div>
        <ErrorAlert error={inForce.error} />
        {confirming ? (
          <div role="group" aria-labelledby={`${id}-confirm`} className="notice notice-warning">
            <p id={`${id}-confirm`}>
              <strong>{t('draft.confirmTitle', { number: draft.number })}</strong>
            </p>
            <ul>
              <li>{t('draft.confirmFixed')}</li>
              {overview.inForce ? <li>{t('draft.confirmResign', { count: overview.counts.valid })}</li> : <li>{t('draft.confirmFirst')}</li>}
              <li>{t('draft.confirmAccess')}</li>
            </ul>
            <div className="button-row">
              <button type="button" className="button-primary" disabled={inForce.isPending} onClick={confirmInForce}>
                {t('draft.confirmYes', { number: draft.number })}
              </button>
              <button type="button" className="button-secondary" onClick={() => setConfirming(null)}>
                {t('draft.confirmNo')}
              </button>
            </div>
          </div>
        ) : (
          <button type="submit" className="button-primary" disabled={inForce.isPending}>
            {t('draft.confirmInForce', { number: draft.number })}
          </button>
        )}
      </form>
      <StatusMessage>{message}</StatusMessage>
    </section>
  );
}
