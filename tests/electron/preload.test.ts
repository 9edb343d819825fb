// The preload alone: what it exposes, what it refuses, and that it bundles to the single CommonJS
// file a sandboxed preload must be, requiring nothing but 'electron'.
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../contract/channels.js';
import { CHANNELS } from '../../contract/contract.js';
import { IPC_CALL, IPC_LOCKED } from '../../electron/shell/ipcGuard.js';
import { fake } from './fakeElectron.js';

vi.mock('electron', async () => (await import('./fakeElectron.js')).electronModule);

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Bridge {
  call(channel: unknown, input: unknown): Promise<unknown>;
  onLocked(cb: unknown): () => void;
}
let bridge: Bridge;

beforeAll(async () => {
  await import('../../electron/preload.js');
  bridge = fake.exposed.concerto as Bridge;
});

describe('preload', () => {
  it('exposes only window.concerto = { call, onLocked }', () => {
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(fake.exposed)).toEqual(['concerto']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onLocked']);
  });

  it('forwards every contract channel on concerto:call, and its list is the contract', async () => {
    expect([...CHANNEL_NAMES].sort()).toEqual([...CHANNELS].sort());
    fake.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: null });
    for (const channel of CHANNELS) {
      await bridge.call(channel, { a: 1 });
      expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CALL, channel, { a: 1 });
    }
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledTimes(CHANNELS.length);
  });

  it('refuses other channel names without touching IPC', async () => {
    fake.ipcRenderer.invoke.mockClear();
    for (const channel of ['shell.openExternal', 'members.list ', '__proto__', 'toString', 7, undefined]) {
      expect(await bridge.call(channel, {})).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: '' } });
    }
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('turns an IPC failure into BACKEND_UNREACHABLE', async () => {
    fake.ipcRenderer.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    expect(await bridge.call('app.status', {})).toEqual({ ok: false, error: { code: 'BACKEND_UNREACHABLE', message: '' } });
  });

  it('onLocked calls back without the IPC event, and can be undone', () => {
    const cb = vi.fn();
    const off = bridge.onLocked(cb);
    fake.ipcRenderer.emit(IPC_LOCKED, { sender: 'secret' });
    expect(cb).toHaveBeenCalledTimes(1);
    expect(cb.mock.calls[0]).toEqual([]);
    off();
    fake.ipcRenderer.emit(IPC_LOCKED, {});
    expect(cb).toHaveBeenCalledTimes(1);
    expect(fake.ipcRenderer.listenerCount(IPC_LOCKED)).toBe(0);
    expect(() => bridge.onLocked('not a function')()).not.toThrow();
  });

  it('bundles to CommonJS requiring only electron (sandboxed preloads cannot load modules)', async () => {
    const result = await build({
      entryPoints: [path.join(ROOT, 'electron', 'preload.ts')],
      bundle: true,
      format: 'cjs',
      platform: 'browser',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/\bzod\b|node:/);
  });
});
