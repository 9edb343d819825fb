// The unlocked app: header (group, account, lock), main navigation, and the current section.
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus, SessionInfo } from '../../../contract/types/app';
import { ScreenErrorBoundary } from '../components/ScreenErrorBoundary';
import { HomePage } from '../features/home/HomePage';
import { lazyScreen } from '../lib/lazyScreen';
import { runBeforeLock } from '../lib/sessionEvents';
import type { LockReason } from '../screens/UnlockScreen';
import { BrowserModeBanner } from './BrowserModeBanner';
import { NavigateContext } from './navigation';
import { ROUTES, type RouteId } from './routes';
import { useAutoLock } from './useAutoLock';

// Each section is its own chunk, loaded the first time it is opened.
const CharterPage = lazyScreen(async () => (await import('../features/charter/CharterPage')).CharterPage);
const MinutesPage = lazyScreen(async () => (await import('../features/minutes/MinutesPage')).MinutesPage);
const RosterPage = lazyScreen(async () => (await import('../features/roster/RosterPage')).RosterPage);
const SessionsPage = lazyScreen(async () => (await import('../features/sessions/SessionsPage')).SessionsPage);
const SituationsPage = lazyScreen(async () => (await import('../features/situations/SituationsPage')).SituationsPage);
const SettingsPage = lazyScreen(async () => (await import('../settings/SettingsPage')).SettingsPage);

/**
 * After a navigation, brings keyboard and screen-reader users to the new page's heading, once the
 * page is there. Mounted once per page (the boundary around it is keyed by the route), so it acts
 * on arrival only, never when the same page re-renders.
 */
function FocusHeading({ main, skip }: { main: RefObject<HTMLElement | null>; skip: boolean }) {
  const skipAtMount = useRef(skip);
  useEffect(() => {
    if (skipAtMount.current) return;
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (!heading) return main.current?.focus();
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }, [main]);
  return null;
}

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
  const navigate = useCallback((id: RouteId) => {
    setMinutesSession(null);
    setRoute(id);
  }, []);
  const openMinutes = useCallback((sessionId: string) => {
    setMinutesSession(sessionId);
    setRoute('minutes');
  }, []);
  useAutoLock(session.autoLockMinutes, () => lock('auto'));
  const queryClient = useQueryClient();
  const forgetInactive = useCallback(() => queryClient.removeQueries({ type: 'inactive' }), [queryClient]);

  // The first page shown after unlocking keeps the focus where it is; later navigations move it.
  useEffect(() => {
    firstRender.current = false;
  }, []);
  const page = (node: ReactNode): ReactNode => (
    <ScreenErrorBoundary key={route} onForget={forgetInactive}>
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
        {node}
        <FocusHeading main={mainRef} skip={firstRender.current} />
      </Suspense>
    </ScreenErrorBoundary>
  );

  return (
    <NavigateContext.Provider value={navigate}>
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
        {page(
          <>
            {route === 'home' ? <HomePage session={session} onNavigate={setRoute} /> : null}
            {route === 'members' ? <RosterPage /> : null}
            {route === 'charter' ? <CharterPage session={session} /> : null}
            {route === 'sessions' ? <SessionsPage onOpenMinutes={openMinutes} /> : null}
            {route === 'situations' ? <SituationsPage session={session} /> : null}
            {route === 'settings' ? <SettingsPage session={session} /> : null}
            {route === 'minutes' ? <MinutesPage key={minutesSession ?? ''} initialSessionId={minutesSession} /> : null}
          </>,
        )}
      </main>
    </div>
    </NavigateContext.Provider>
  );
}
