// The renderer's one typed client. In Electron it goes through the preload bridge
// (window.concerto.call); in browser mode through the loopback host with its per-run token.
import type { Channel, InputOf, OutputOf } from '../../../electron/api/contract';
import type { Result } from '../../../electron/api/types';

interface Bridge {
  call(channel: string, input: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    concerto?: Bridge;
  }
}

const TOKEN_KEY = 'concerto.hostToken';

/** The host passes its token in the URL fragment (never sent to the server in requests); keep it for this tab only. */
function hostToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export const transport: 'electron' | 'browser' = typeof window !== 'undefined' && window.concerto ? 'electron' : 'browser';

export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> {
  if (window.concerto) return (await window.concerto.call(channel, input)) as Result<OutputOf<C>>;
  const token = hostToken();
  try {
    const response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-concerto-token': token ?? '' },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as Result<OutputOf<C>>;
  } catch {
    // No translated message here: the UI shows errors:BACKEND_UNREACHABLE for an empty message.
    return { ok: false, error: { code: 'BACKEND_UNREACHABLE', message: '' } };
  }
}

/** For TanStack Query: resolves with the value or throws the typed error payload. */
export async function request<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await call(channel, input);
  if (!result.ok) throw result.error;
  return result.value;
}
