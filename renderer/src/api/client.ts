// The renderer's one typed client. In Electron it goes through the preload bridge
// (window.concerto.call); in browser mode through the loopback host with its per-run token.
import type { Channel, InputOf, OutputOf } from '../../../contract/contract';
import type { Result } from '../../../contract/types/app';

interface Bridge {
  call(channel: string, input: unknown): Promise<unknown>;
  /** Electron only: the backend locked on system sleep or screen lock. */
  onLocked?(callback: () => void): void;
}

declare global {
  interface Window {
    concerto?: Bridge;
  }
}

const TOKEN_KEY = 'concerto.hostToken';

/**
 * The host passes its token in the URL fragment (never sent to the server in requests), or a
 * one-time launch code that is swapped for it once; keep the token for this tab only.
 */
async function redeemLaunchCode(code: string): Promise<void> {
  const response = await fetch('/launch', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  if (response.ok) sessionStorage.setItem(TOKEN_KEY, ((await response.json()) as { token: string }).token);
}

let tokenReady: Promise<string | null> | undefined;
function hostToken(): Promise<string | null> {
  tokenReady ??= (async () => {
    const token = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash)?.[1];
    const launch = /(?:^#|&)launch=([A-Za-z0-9_-]+)/.exec(window.location.hash)?.[1];
    if (token || launch) history.replaceState(null, '', window.location.pathname + window.location.search);
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else if (launch) await redeemLaunchCode(launch).catch(() => undefined);
    return sessionStorage.getItem(TOKEN_KEY);
  })();
  return tokenReady;
}

export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> {
  if (window.concerto) return (await window.concerto.call(channel, input)) as Result<OutputOf<C>>;
  try {
    const token = await hostToken();
    const response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-concerto-token': token ?? '' },
      body: JSON.stringify(input ?? {}),
    });
    // 401: no valid token in this tab (e.g. a one-time link opened twice).
    if (response.status === 401) return { ok: false, error: { code: 'LINK_NOT_VALID', message: '' } };
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
