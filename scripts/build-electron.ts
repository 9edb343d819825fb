// Bundles the Electron side with esbuild into out/main: main.cjs, preload.cjs (sandboxed preloads
// must be one CommonJS file) and backend.cjs (the utility process), and copies the migrations.
// 'electron' is provided by the runtime; better-sqlite3 and sodium-native stay external because they are native.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');
export const OUT_MAIN = path.join(ROOT, 'out', 'main');
export const OUT_MIGRATIONS = path.join(ROOT, 'out', 'migrations');

// Electron 45 runs Node 22 in main and utility processes and Chromium 14x in the preload.
const common: BuildOptions = {
  bundle: true,
  format: 'cjs',
  external: ['electron', 'better-sqlite3', 'sodium-native'],
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: ROOT,
};

// Source written as ES modules reads import.meta.url; in a CommonJS bundle, derive it from __filename.
const importMetaShim: BuildOptions = {
  define: { 'import.meta.url': '__concertoImportMetaUrl' },
  banner: { js: "const __concertoImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

export async function buildElectron(): Promise<void> {
  fs.rmSync(OUT_MAIN, { recursive: true, force: true });
  await Promise.all([
    build({ ...common, ...importMetaShim, platform: 'node', target: 'node22', entryPoints: ['electron/main.ts'], outfile: path.join(OUT_MAIN, 'main.cjs') }),
    build({ ...common, ...importMetaShim, platform: 'node', target: 'node22', entryPoints: ['electron/backendProcess.ts'], outfile: path.join(OUT_MAIN, 'backend.cjs') }),
    // The sandboxed preload has no Node: only require('electron') and a few polyfills.
    build({ ...common, platform: 'browser', target: 'chrome130', entryPoints: ['electron/preload.ts'], outfile: path.join(OUT_MAIN, 'preload.cjs') }),
  ]);
  fs.rmSync(OUT_MIGRATIONS, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'db', 'migrations'), OUT_MIGRATIONS, { recursive: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildElectron();
  console.log('Electron bundles written to out/main (main.cjs, preload.cjs, backend.cjs), migrations to out/migrations.');
}
