// A tiny signal from the query layer to the app: "the backend says no session is open".
// TanStack's caches call it from their onError hooks; the app locks its UI and clears the cache.
type Listener = () => void;
const listeners = new Set<Listener>();

export function onSessionLost(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitSessionLost(): void {
  for (const listener of listeners) listener();
}

// Work that must reach the backend before the session is locked (a draft's last keystrokes).
type BeforeLock = () => Promise<unknown>;
const beforeLock = new Set<BeforeLock>();

/** Registers work to finish before a lock; returns its unregistration. */
export function onBeforeLock(task: BeforeLock): () => void {
  beforeLock.add(task);
  return () => beforeLock.delete(task);
}

/** Runs every registered task, waiting at most maxMs: a lock is never held up for long. */
export async function runBeforeLock(maxMs = 3_000): Promise<void> {
  const all = Promise.allSettled([...beforeLock].map((task) => task()));
  await Promise.race([all, new Promise((resolve) => setTimeout(resolve, maxMs))]);
}
