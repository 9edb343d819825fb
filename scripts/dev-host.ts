// For developers and tests: `npx tsx scripts/dev-host.ts <workspaceDir> [port]` serves an already
// built out/renderer with the router in browser mode and prints the URL (token included).
import fs from 'node:fs';
import path from 'node:path';
import { RENDERER_DIR, startBrowserHost, stopOnSignals } from './browserHost.js';

const [dirArg, portArg] = process.argv.slice(2);
if (!dirArg) {
  console.error('Usage: npx tsx scripts/dev-host.ts <workspaceDir> [port]');
  process.exit(2);
}
const port = portArg === undefined ? undefined : Number(portArg);
if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
  console.error(`Invalid port: ${portArg}`);
  process.exit(2);
}
if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
  console.error('out/renderer is missing: run npm run build:renderer first.');
  process.exit(1);
}

const running = await startBrowserHost({ workspaceDir: path.resolve(dirArg), port });
stopOnSignals(running.stop);
console.log(running.host.url);
