// The unlocked app: header (group, account, lock), main navigation, and the current section.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus, SessionInfo } from '../../../contract/types/app';
import { CharterPage } from '../features/charter/CharterPage';
import { HomePage } from '../features/home/HomePage';
import { MinutesPage } from '../features/minutes/MinutesPage';
import { RosterPage } from '../features/roster/RosterPage';
import { SessionsPage } from '../features/sessions/SessionsPage';
import { SituationsPage } from '../features/situations/SituationsPage';
import { runBeforeLock } from '../lib/sessionEvents';
import type { LockReason } from '../screens/UnlockScreen';
import { SettingsPage } from '../settings/SettingsPage';
import { BrowserModeBanner } from './BrowserModeBanner';
import { ROUTES, type RouteId } from './routes';
import { useAutoLock } from './useAutoLock';

interface Props {
  status: AppStatus;
  session: SessionInfo;
  onLock(reason: LockReason): Promise<void>;
}

export function AppShell({ status, session, onLock }: Props) {
  const { t } = useTranslation();
  const [route, setRoute] = useState<RouteId>('home');
  /** A session whose minutes were asked for from elsewhere (the session's screen). */
  const [minutesSession, setMinutesSession] = useState<string | null>(null);
  const [locking, setLocking] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  const lock = useCallback(
    (reason: LockReason) => {
      setLocking(true);
      // A draft being written saves its last keystrokes first (never for more than a few seconds).
      void runBeforeLock().then(() => onLock(reason));
    },
    [onLock],
  );
  const openMinutes = useCallback((sessionId: string) => {
    setMinutesSession(sessionId);
    setRoute('minutes');
  }, []);
  useAutoLock(session.autoLockMinutes, () => lock('auto'));

  // After a navigation, bring keyboard and screen-reader users to the new page's heading.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    if (!heading) return mainRef.current?.focus();
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }, [route]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="shell-header">
        <div className="shell-header-row">
          <p className="brand">
            Concerto <span className="brand-group">{session.groupName}</span>
          </p>
          <div className="shell-user">
            <span>
              {t('shell.signedInAs')} <strong>{session.displayName}</strong> <span className="muted">({session.username})</span>
            </span>
            <button type="button" className="button-secondary" onClick={() => lock('manual')} disabled={locking}>
              {t('shell.lock')}
            </button>
          </div>
        </div>
        {status.mode === 'browser' ? <BrowserModeBanner /> : null}
        {session.failedAttempts ? (
          <p className="notice notice-warning" role="status">
            {t('shell.failedAttempts', { count: session.failedAttempts })}
          </p>
        ) : null}
      </header>
      <nav className="shell-nav" aria-label={t('shell.navLabel')}>
        <ul>
          {ROUTES.map((id) => (
            <li key={id}>
              <a
                href={`#${id}`}
                aria-current={route === id ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  setMinutesSession(null);
                  setRoute(id);
                }}
              >
                {t(`nav.${id}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="shell-main" ref={mainRef} tabIndex={-1}>
        {route === 'home' ? <HomePage session={session} onNavigate={setRoute} /> : null}
        {route === 'members' ? <RosterPage /> : null}
        {route === 'charter' ? <CharterPage session={session} /> : null}
        {route === 'sessions' ? <SessionsPage onOpenMinutes={openMinutes} /> : null}
        {route === 'situations' ? <SituationsPage session={session} /> : null}
        {route === 'settings' ? <SettingsPage session={session} /> : null}
        {route === 'minutes' ? <MinutesPage key={minutesSession ?? ''} initialSessionId={minutesSession} /> : null}
      </main>
    </div>
  );
}
