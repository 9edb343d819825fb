// A card that opens the restore form: in Paramètres (the backend locks the session before replacing
// files) and on the creation screen (a new computer with the group's backup). Either way the app then
// shows the unlock screen, which says what happened.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../contract/types/app';
import { STATUS_KEY } from '../../api/queries';
import { RestoreForm } from './RestoreForm';
import { setRestoreNotice } from './restoreNotice';

export function RestoreSection({ id, variant }: { id: string; variant: 'settings' | 'newComputer' }) {
  const { t } = useTranslation('safety');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  return (
    <section className={variant === 'settings' ? 'card safety-section' : 'card subsection'} aria-labelledby={id}>
      <h2 id={id}>{variant === 'settings' ? t('restore.title') : t('restore.newComputerTitle')}</h2>
      <p>{variant === 'settings' ? t('restore.intro') : t('restore.newComputerIntro')}</p>
      {open ? (
        <RestoreForm
          idPrefix={`${id}-form`}
          onRestored={(done, withRecoveryKey) => {
            setRestoreNotice({ keptAs: done.keptCurrentAs, withRecoveryKey });
            queryClient.setQueryData<AppStatus>(STATUS_KEY, (old) => (old ? { ...old, session: null } : old));
            void queryClient.invalidateQueries({ queryKey: STATUS_KEY });
          }}
        />
      ) : (
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
            {t('restore.open')}
          </button>
        </div>
      )}
    </section>
  );
}
