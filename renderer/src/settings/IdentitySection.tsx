// Who is logged in, with which roles, and the fingerprint of this account's signing identity.
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../contract/types/app';
import { groupFingerprint } from '../lib/format';

export function IdentitySection({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="settings-identity">
      <h2 id="settings-identity">{t('settings.identity.title')}</h2>
      <dl className="details">
        <dt>{t('settings.identity.name')}</dt>
        <dd>{session.displayName}</dd>
        <dt>{t('account.username')}</dt>
        <dd>{session.username}</dd>
        <dt>{t('settings.identity.roles')}</dt>
        <dd>{session.roles.map((role) => t(`reference:roles.${role}`)).join(', ')}</dd>
        <dt>{t('settings.identity.fingerprint')}</dt>
        <dd>
          <code className="fingerprint" data-testid="identity-fingerprint">{groupFingerprint(session.identityKeyId)}</code>
        </dd>
      </dl>
      <p className="field-hint">{t('settings.identity.fingerprintHelp')}</p>
    </section>
  );
}
