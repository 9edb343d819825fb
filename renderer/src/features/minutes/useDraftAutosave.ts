// The draft's text, saved on its own: ~800 ms after the last keystroke, and at once before a lock,
// before a check or finalising, and on leaving the screen. Saves go one after the other, each from
// the last savedAt the backend gave (a save over a newer draft is refused: MINUTES_DRAFT_STALE).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MinutesDraftView } from '../../../../contract/types/minutes';
import { call } from '../../api/client';
import { emitSessionLost, onBeforeLock } from '../../lib/sessionEvents';

export const AUTOSAVE_DELAY_MS = 800;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; error: unknown }
  /** Someone saved this draft elsewhere: nothing more is saved until it is reloaded. */
  | { kind: 'stale' };

export function useDraftAutosave(sessionId: string, draft: MinutesDraftView) {
  const [body, setBody] = useState(draft.body);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef(draft.body);
  const saved = useRef(draft.body);
  const base = useRef<string | null>(draft.updatedAt);
  const stale = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    queue.current = queue.current.then(async () => {
      if (stale.current || latest.current === saved.current) return;
      const text = latest.current;
      setState({ kind: 'saving' });
      const result = await call('minutes.saveDraft', { sessionId, body: text, baseUpdatedAt: base.current });
      if (result.ok) {
        base.current = result.value.savedAt;
        saved.current = text;
        setState(latest.current === text ? { kind: 'saved', at: result.value.savedAt } : { kind: 'pending' });
      } else if (result.error.code === 'MINUTES_DRAFT_STALE') {
        stale.current = true;
        setState({ kind: 'stale' });
      } else {
        if (result.error.code === 'UNAUTHENTICATED') emitSessionLost();
        setState({ kind: 'error', error: result.error });
      }
    });
    return queue.current;
  }, [sessionId]);

  const change = useCallback(
    (text: string) => {
      latest.current = text;
      setBody(text);
      if (stale.current) return;
      setState({ kind: 'pending' });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  // Before a lock, when the page goes away, and when this editor leaves the screen.
  useEffect(() => {
    const offLock = onBeforeLock(flush);
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      offLock();
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  return { body, change, flush, state };
}
