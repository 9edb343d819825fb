// Browser mode, shared by `npm start` (fallback) and scripts/dev-host.ts: the router and the
// loopback host on a workspace folder, closed cleanly (lock first) on SIGINT/SIGTERM.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRouter, type Router } from '../electron/api/router.js';
import { startHost, type RunningHost } from '../electron/host/host.js';
import { ensurePrivateDir } from '../electron/shell/privateDir.js';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const RENDERER_DIR = path.join(ROOT, 'out', 'renderer');

export function appVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export const defaultWorkspaceDir = (): string => path.join(os.homedir(), '.local', 'share', 'concerto', 'workspace');

export interface BrowserHost {
  router: Router;
  host: RunningHost;
  stop(): Promise<void>;
}

export async function startBrowserHost(options: { workspaceDir: string; port?: number; staticDir?: string }): Promise<BrowserHost> {
  ensurePrivateDir(options.workspaceDir);
  const router = createRouter({ workspaceDir: options.workspaceDir, mode: 'browser', version: appVersion() });
  const host = await startHost({ router, staticDir: options.staticDir ?? RENDERER_DIR, port: options.port });
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await router.lockNow();
      await host.close();
      await router.close();
    })());
  return { router, host, stop };
}

/** Locks and closes on Ctrl+C or a kill, then exits. */
export function stopOnSignals(stop: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
