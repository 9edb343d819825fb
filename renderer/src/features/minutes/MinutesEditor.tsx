// The PV's body: Markdown on the left, the live preview on the right (as the charter's editor),
// and whether it is saved.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkdownView } from '../charter/MarkdownView';
import { SaveStatus } from './SaveStatus';
import type { SaveState } from './useDraftAutosave';

interface Props {
  body: string;
  onChange(body: string): void;
  state: SaveState;
  /** When the draft was last saved before this screen opened. */
  savedAt: string;
  onRetry(): void;
  onReload(): void;
}

export function MinutesEditor({ body, onChange, state, savedAt, onRetry, onReload }: Props) {
  const { t } = useTranslation('minutes');
  const id = useId();
  return (
    <div className="minutes-editor">
      <div className="charter-editor">
        <div className="field">
          <label htmlFor={`${id}-body`}>{t('editor.label')}</label>
          <p id={`${id}-hint`} className="field-hint">
            {t('editor.hint')}
          </p>
          <textarea id={`${id}-body`} className="charter-textarea" value={body} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint`} readOnly={state.kind === 'stale'} spellCheck lang="fr" />
        </div>
        <section className="charter-preview" aria-labelledby={`${id}-preview`} tabIndex={0}>
          <h3 id={`${id}-preview`}>{t('editor.preview')}</h3>
          <MarkdownView text={body} headingBase={4} />
        </section>
      </div>
      <SaveStatus state={state} savedAt={savedAt} onRetry={onRetry} onReload={onReload} />
    </div>
  );
}
