// On the creation screen: a group that already has a backup (new computer, lost laptop) restores it instead.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUS_KEY } from '../../api/queries';
import { RestoreForm } from './RestoreForm';
import { setRestoreNotice } from './restoreNotice';

export function RestoreFromBackupOffer() {
  const { t } = useTranslation('safety');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  return (
    <section className="card subsection" aria-labelledby="create-restore">
      <h2 id="create-restore">{t('restore.newComputerTitle')}</h2>
      <p>{t('restore.newComputerIntro')}</p>
      {open ? (
        <RestoreForm
          idPrefix="create-restore"
          onRestored={(done, withRecoveryKey) => {
            setRestoreNotice({ keptAs: done.keptCurrentAs, withRecoveryKey });
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
