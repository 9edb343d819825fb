// Entry of the backend utility process (bundled to out/main/backend.cjs, started by main.ts):
// the router and the encrypted database live here, off the window's and the main process's threads.
// No 'electron' import: the utility process gets process.parentPort as a global.
import { createRouter } from './api/router.js';
import { serveRouter, type PortLike } from './shell/backendServer.js';

function argument(name: string): string | undefined {
  const args = process.argv;
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

const parentPort = (process as unknown as { parentPort?: PortLike }).parentPort;
const workspaceDir = argument('workspace');

if (!parentPort || !workspaceDir) {
  console.error('[concerto] backend: must be started by the Electron main process (utilityProcess.fork) with --workspace <dir>.');
  process.exit(2);
} else {
  const router = createRouter({
    workspaceDir,
    mode: 'electron',
    version: argument('app-version') ?? '0.0.0',
    migrationsDir: argument('migrations'),
    nativeBinding: argument('native-binding'),
  });
  serveRouter(parentPort, router, () => process.exit(0));
}
