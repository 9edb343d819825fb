// Paramètres › Restaurer une sauvegarde: the session ends (the backend locks before replacing files),
// then the app shows the unlock screen with what happened.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../electron/api/types';
import { STATUS_KEY } from '../../api/queries';
import { RestoreForm } from './RestoreForm';
import { setRestoreNotice } from './restoreNotice';

export function RestoreSection() {
  const { t } = useTranslation('safety');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  return (
    <section className="card safety-section" aria-labelledby="settings-restore">
      <h2 id="settings-restore">{t('restore.title')}</h2>
      <p>{t('restore.intro')}</p>
      {open ? (
        <RestoreForm
          idPrefix="settings-restore"
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
