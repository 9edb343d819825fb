// Which screen to show, from the backend's app.status: create, unlock, a problem, or the app itself.
// Also owns what happens when a session ends: nothing of it may stay in memory or in the DOM.
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus, SessionInfo } from '../../../contract/types/app';
import { call } from '../api/client';
import { REFERENCE_KEY, STATUS_KEY, setSessionInCache, useAppStatus } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { lazyScreen } from '../lib/lazyScreen';
import { onSessionLost } from '../lib/sessionEvents';
import { switchLanguage } from '../i18n';
import type { CreatedWorkspaceInfo } from '../screens/CreateWorkspaceScreen';
import { UnlockScreen, type LockReason } from '../screens/UnlockScreen';
import { PublicLayout } from './PublicLayout';

// Only the unlock screen comes with the first script; the rest loads when it is needed (with the
// strength meter's dictionaries for the screens that set a passphrase, every namespace for the app).
const AppShell = lazyScreen(async () => (await import('./AppShell')).AppShell);
const CreateWorkspaceScreen = lazyScreen(async () => (await import('../screens/CreateWorkspaceScreen')).CreateWorkspaceScreen);
const RecoveryKeyScreen = lazyScreen(async () => (await import('../screens/RecoveryKeyScreen')).RecoveryKeyScreen);
const ProblemScreen = lazyScreen(async () => (await import('../screens/ProblemScreen')).ProblemScreen);

export function App() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const status = useAppStatus();
  const [created, setCreated] = useState<CreatedWorkspaceInfo | null>(null);
  const [lockReason, setLockReason] = useState<LockReason | null>(null);
  const session = status.data?.session ?? null;

  /** Leaves the app for the unlock screen at once; the cache is emptied once the shell is gone (effect below). */
  const endSession = useCallback(
    (reason: LockReason) => {
      setLockReason(reason);
      queryClient.setQueryData<AppStatus>(STATUS_KEY, (old) => (old ? { ...old, session: null } : old));
    },
    [queryClient],
  );

  const lock = useCallback(
    async (reason: LockReason) => {
      // The backend forgets the keys; the UI locks even if the backend cannot be reached.
      await call('session.lock', {});
      endSession(reason);
    },
    [endSession],
  );

  useEffect(() => onSessionLost(() => endSession('lost')), [endSession]);

  // After a session ended and the shell unmounted: drop every cached answer and every mutation's
  // variables (passphrases included), keeping only what is public (status, reference data).
  const previousAccount = useRef<string | null>(null);
  useEffect(() => {
    const accountId = session?.accountId ?? null;
    if (previousAccount.current && previousAccount.current !== accountId) {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== STATUS_KEY[0] && query.queryKey[0] !== REFERENCE_KEY[0] });
      queryClient.getMutationCache().clear();
      void queryClient.invalidateQueries({ queryKey: STATUS_KEY });
    }
    previousAccount.current = accountId;
  }, [session?.accountId, queryClient]);

  // Each account has its language.
  useEffect(() => {
    if (session && !i18n.language.startsWith(session.language)) void switchLanguage(session.language);
  }, [session, i18n]);

  const onUnlocked = useCallback(
    (next: SessionInfo) => {
      setLockReason(null);
      setSessionInCache(queryClient, next);
    },
    [queryClient],
  );

  const onCreated = useCallback(
    (info: CreatedWorkspaceInfo) => {
      setCreated(info);
      setSessionInCache(queryClient, info.session, {
        workspace: 'ready',
        accounts: [{ id: info.session.accountId, username: info.session.username }],
      });
    },
    [queryClient],
  );

  const loading = <p role="status">{t('common.loading')}</p>;

  // The recovery key is shown once, before anything else, even if the session locks meanwhile.
  if (created) {
    return (
      <Suspense fallback={loading}>
        <RecoveryKeyScreen info={created} mode={status.data?.mode ?? 'browser'} onDone={() => setCreated(null)} />
      </Suspense>
    );
  }

  if (!status.data) {
    return (
      <PublicLayout mode={null}>
        <h1>Concerto</h1>
        {status.isError ? (
          <>
            <ErrorAlert error={status.error} />
            <button type="button" onClick={() => void status.refetch()}>
              {t('common.retry')}
            </button>
          </>
        ) : (
          loading
        )}
      </PublicLayout>
    );
  }

  const { data } = status;
  if (data.workspace === 'none') {
    return (
      <Suspense fallback={loading}>
        <CreateWorkspaceScreen mode={data.mode} location={data.workspaceLocation} onCreated={onCreated} />
      </Suspense>
    );
  }
  if (data.workspace === 'problem') {
    return (
      <Suspense fallback={loading}>
        <ProblemScreen status={data} />
      </Suspense>
    );
  }
  if (!session) return <UnlockScreen status={data} reason={lockReason} onUnlocked={onUnlocked} />;
  return (
    <Suspense fallback={loading}>
      <AppShell key={session.accountId} status={data} session={session} onLock={lock} />
    </Suspense>
  );
}
