// Auto-lock on the client, mirroring the backend's: user activity (pointer, keys, wheel) restarts a local
// timer of autoLockMinutes and, at most every 30 s, tells the backend (session.activity) so that its own
// timer never fires before this one. When the local timer fires, the app locks.
import { useEffect, useRef } from 'react';
import { call } from '../api/client';
import { emitSessionLost } from '../lib/sessionEvents';

const PING_INTERVAL_MS = 30_000;
const CHECK_INTERVAL_MS = 5_000;
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export function useAutoLock(autoLockMinutes: number, onExpire: () => void): void {
  const expire = useRef(onExpire);
  expire.current = onExpire;

  useEffect(() => {
    const delayMs = Math.max(1, autoLockMinutes) * 60_000;
    // The unlock (or the settings change) that started this session already reset the backend's timer.
    let lastActivity = Date.now();
    let lastPing = lastActivity;
    let expired = false;

    const ping = () => {
      lastPing = Date.now();
      void call('session.activity', {}).then((result) => {
        if (!result.ok && result.error.code === 'UNAUTHENTICATED') emitSessionLost();
      });
    };
    const onActivity = () => {
      lastActivity = Date.now();
      if (lastActivity - lastPing >= PING_INTERVAL_MS) ping();
    };
    // Wall-clock checks: after a sleep of the computer the timer fires at the first tick.
    const tick = () => {
      const now = Date.now();
      if (expired) return;
      if (now - lastActivity >= delayMs) {
        expired = true;
        expire.current();
        return;
      }
      // Activity since the last ping, throttled away: send it now so the backend stays behind this timer.
      if (lastActivity > lastPing && now - lastPing >= PING_INTERVAL_MS) ping();
    };

    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    const interval = window.setInterval(tick, CHECK_INTERVAL_MS);
    document.addEventListener('visibilitychange', tick);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
      window.clearInterval(interval);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [autoLockMinutes]);
}
