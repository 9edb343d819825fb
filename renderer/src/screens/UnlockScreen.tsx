// Unlock: choose the account, type its passphrase; or, passphrase forgotten, use the recovery key.
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus, SessionInfo } from '../../../contract/types/app';
import { PublicLayout } from '../app/PublicLayout';
import { STATUS_KEY } from '../api/queries';
import { RestoreNoticeView } from '../features/safety/RestoreNoticeView';
import { takeRestoreNotice, type RestoreNotice } from '../features/safety/restoreNotice';
import { lazyScreen } from '../lib/lazyScreen';
import { UnlockForm } from './UnlockForm';

// Recovery sets a new passphrase (with the strength meter's dictionaries) and restore reads a backup:
// both load only when chosen, so the unlock screen stays light.
const RecoverForm = lazyScreen(async () => (await import('./RecoverForm')).RecoverForm);
const RestoreForm = lazyScreen(async () => (await import('../features/safety/RestoreForm')).RestoreForm);

/** Why the unlock screen is shown: the user locked, the inactivity delay ran out, or the backend closed the session. */
export type LockReason = 'manual' | 'auto' | 'lost';

interface Props {
  status: AppStatus;
  reason: LockReason | null;
  onUnlocked(session: SessionInfo): void;
}

export function UnlockScreen({ status, reason, onUnlocked }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'passphrase' | 'recovery' | 'restore'>('passphrase');
  // A restore made from the settings ends the session and lands here: say what happened.
  const [restored, setRestored] = useState<RestoreNotice | null>(() => takeRestoreNotice());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Switching between the two forms moves focus to the new heading.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [mode]);

  return (
    <PublicLayout mode={status.mode}>
      {restored ? <RestoreNoticeView notice={restored} /> : reason ? (
        <p className="notice" role="status">
          {t(`unlock.reason.${reason}`)}
        </p>
      ) : null}
      {mode === 'restore' ? (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            {t('safety:restore.title')}
          </h1>
          <p className="lead">{t('safety:restore.intro')}</p>
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <RestoreForm
              idPrefix="unlock-restore"
              onRestored={(done, withRecoveryKey) => {
                setRestored({ keptAs: done.keptCurrentAs, withRecoveryKey });
                setMode('passphrase');
                void queryClient.invalidateQueries({ queryKey: STATUS_KEY });
              }}
            />
          </Suspense>
          <p className="switch-link">
            <button type="button" className="link-button" onClick={() => setMode('passphrase')}>
              {t('safety:restore.back')}
            </button>
          </p>
        </>
      ) : mode === 'passphrase' ? (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            {t('unlock.title')}
          </h1>
          <p className="lead">{t('unlock.intro')}</p>
          <UnlockForm key={status.accounts.map((a) => a.id).join()} accounts={status.accounts} onUnlocked={onUnlocked} />
          <p className="switch-link">
            <button type="button" className="link-button" onClick={() => setMode('recovery')}>
              {t('unlock.forgot')}
            </button>
          </p>
          <p className="switch-link">
            <button type="button" className="link-button" onClick={() => setMode('restore')}>
              {t('safety:restore.fromUnlock')}
            </button>
          </p>
        </>
      ) : (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            {t('recover.title')}
          </h1>
          <p className="lead">{t('recover.intro')}</p>
          <p className="notice">{t('recover.identityRenewed')}</p>
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <RecoverForm accounts={status.accounts} onUnlocked={onUnlocked} />
          </Suspense>
          <p className="switch-link">
            <button type="button" className="link-button" onClick={() => setMode('passphrase')}>
              {t('recover.back')}
            </button>
          </p>
        </>
      )}
    </PublicLayout>
  );
}
