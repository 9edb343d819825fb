// A second Concerto started while one runs: it quits at once, without a window or a backend.
import { describe, expect, it, vi } from 'vitest';
import { fake, FakeBrowserWindow } from './fakeElectron.js';

vi.mock('electron', async () => (await import('./fakeElectron.js')).electronModule);

describe('single instance', () => {
  it('quits when the lock is held by another instance', async () => {
    fake.app.lockGranted = false;
    await import('../../electron/main.js');
    fake.app.becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.all).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
    expect(fake.utilityProcess.fork).not.toHaveBeenCalled();
  });
});
