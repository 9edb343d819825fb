// Backend side of the relay: answers requests from the main process with the router.
// Kept apart from backendProcess.ts (which only wires process.parentPort) so tests can drive it.
import type { Router } from '../api/router.js';
import { isBackendRequest, type BackendReply } from './backendProtocol.js';

/** The parts of Electron's ParentPort used here: messages arrive as { data }. */
export interface PortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}

export function serveRouter(port: PortLike, router: Router, onClosed: () => void = () => undefined): void {
  const reply = (message: BackendReply) => port.postMessage(message);
  port.on('message', (event) => {
    const request = event?.data;
    if (!isBackendRequest(request)) return; // not ours: ignore, never echo
    void (async () => {
      if (request.kind === 'call') {
        reply({ id: request.id, result: await router.handle(request.channel, request.input) });
      } else if (request.kind === 'lock') {
        const wasUnlocked = router.isUnlocked();
        await router.lockNow();
        reply({ id: request.id, result: { ok: true, value: { wasUnlocked } } });
      } else {
        await router.close();
        reply({ id: request.id, result: { ok: true, value: { closed: true } } });
        onClosed();
      }
    })().catch(() => reply({ id: request.id, result: { ok: false, error: { code: 'INTERNAL', message: '' } } }));
  });
}
