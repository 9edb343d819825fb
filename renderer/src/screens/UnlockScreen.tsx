// Unlock: choose the account, type its passphrase; or, passphrase forgotten, use the recovery key.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus, SessionInfo } from '../../../electron/api/types';
import { PublicLayout } from '../app/PublicLayout';
import { RecoverForm } from './RecoverForm';
import { UnlockForm } from './UnlockForm';

/** Why the unlock screen is shown: the user locked, the inactivity delay ran out, or the backend closed the session. */
export type LockReason = 'manual' | 'auto' | 'lost';

interface Props {
  status: AppStatus;
  reason: LockReason | null;
  onUnlocked(session: SessionInfo): void;
}

export function UnlockScreen({ status, reason, onUnlocked }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
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
      {reason ? (
        <p className="notice" role="status">
          {t(`unlock.reason.${reason}`)}
        </p>
      ) : null}
      {mode === 'passphrase' ? (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            {t('unlock.title')}
          </h1>
          <p className="lead">{t('unlock.intro')}</p>
          <UnlockForm accounts={status.accounts} onUnlocked={onUnlocked} />
          <p className="switch-link">
            <button type="button" className="link-button" onClick={() => setMode('recovery')}>
              {t('unlock.forgot')}
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
          <RecoverForm accounts={status.accounts} onUnlocked={onUnlocked} />
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
