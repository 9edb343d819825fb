// Where the draft stands: saved at a time, saving, not saved yet, or why it could not be saved.
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { formatTime } from '../../lib/format';
import type { SaveState } from './useDraftAutosave';

interface Props {
  state: SaveState;
  savedAt: string;
  onRetry(): void;
  onReload(): void;
}

export function SaveStatus({ state, savedAt, onRetry, onReload }: Props) {
  const { t, i18n } = useTranslation('minutes');
  const text = (() => {
    switch (state.kind) {
      case 'saving':
        return t('save.saving');
      case 'pending':
        return t('save.pending');
      case 'saved':
        return t('save.savedAt', { time: formatTime(state.at, i18n.language) });
      case 'idle':
        return t('save.savedAt', { time: formatTime(savedAt, i18n.language) });
      case 'error':
        return t('save.failed', { reason: errorText(t, state.error) });
      case 'stale':
        return t('save.stale');
    }
  })();
  const problem = state.kind === 'error' || state.kind === 'stale';
  return (
    <div className="minutes-save">
      <p role="status" className={problem ? 'status-error' : 'field-hint'}>
        {problem ? <span aria-hidden="true">⚠ </span> : null}
        {text}
      </p>
      {state.kind === 'error' ? (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('save.retry')}
        </button>
      ) : null}
      {state.kind === 'stale' ? (
        <button type="button" className="button-secondary" onClick={onReload}>
          {t('save.reload')}
        </button>
      ) : null}
    </div>
  );
}
