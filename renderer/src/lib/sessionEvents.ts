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
