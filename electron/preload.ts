// The preload (sandboxed, bundled to CommonJS): the window's only door to the backend.
// Exposes window.concerto = { call, onLocked }; nothing of ipcRenderer or Node leaks through.
// It imports only the list of channel names (not zod, not the services).
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../contract/channels.js';

// Same names as electron/shell/ipcGuard.ts (IPC_CALL, IPC_LOCKED); a test checks they agree.
const IPC_CALL = 'concerto:call';
const IPC_LOCKED = 'concerto:locked';

const known = new Set<string>(CHANNEL_NAMES);
const refusal = (code: 'UNKNOWN_CHANNEL' | 'BACKEND_UNREACHABLE') => ({ ok: false as const, error: { code, message: '' } });

const bridge = {
  call(channel: unknown, input: unknown): Promise<unknown> {
    if (typeof channel !== 'string' || !known.has(channel)) return Promise.resolve(refusal('UNKNOWN_CHANNEL'));
    return ipcRenderer.invoke(IPC_CALL, channel, input).catch(() => refusal('BACKEND_UNREACHABLE'));
  },
  /** cb runs when the workspace was locked from outside the window (system sleep, screen lock, backend restart). */
  onLocked(cb: unknown): () => void {
    if (typeof cb !== 'function') return () => undefined;
    // Never hand the IPC event (and its sender) to the page.
    const listener = () => void (cb as () => unknown)();
    ipcRenderer.on(IPC_LOCKED, listener);
    return () => void ipcRenderer.removeListener(IPC_LOCKED, listener);
  },
};

contextBridge.exposeInMainWorld('concerto', bridge);
