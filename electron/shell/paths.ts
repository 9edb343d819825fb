// Where the shell finds its pieces, packaged (inside app.asar, resources beside it) or not (the repository).
import fs from 'node:fs';
import path from 'node:path';

export interface AppLayout {
  preload: string;
  backend: string;
  renderer: string;
  migrations: string;
}

export function appLayout(options: { appPath: string; isPackaged: boolean; resourcesPath: string }): AppLayout {
  const out = path.join(options.appPath, 'out');
  return {
    preload: path.join(out, 'main', 'preload.cjs'),
    backend: path.join(out, 'main', 'backend.cjs'),
    renderer: path.join(out, 'renderer'),
    // Packaged: extraResources (electron-builder.yml); unpackaged: copied by scripts/build-electron.ts.
    migrations: options.isPackaged ? path.join(options.resourcesPath, 'migrations') : path.join(out, 'migrations'),
  };
}

export const NATIVE_BINDING_DIR = path.join('build', 'electron-native');

export type NativeBindingChoice =
  | { kind: 'default' }
  | { kind: 'built'; path: string }
  | { kind: 'missing'; hint: string }
  | { kind: 'stale'; path: string; hint: string };

/**
 * Which better-sqlite3 binary the backend loads. Packaged: the one electron-builder rebuilt for
 * Electron (npmRebuild), found by default. Unpackaged: node_modules holds the Node build (for the
 * tests), so use build/electron-native/better_sqlite3.node from `npm run build:electron-native`.
 */
export function chooseNativeBinding(options: { appPath: string; isPackaged: boolean; electronVersion: string }): NativeBindingChoice {
  if (options.isPackaged) return { kind: 'default' };
  const dir = path.join(options.appPath, NATIVE_BINDING_DIR);
  const file = path.join(dir, 'better_sqlite3.node');
  const hint = 'run `npm run build:electron-native` (needs Internet access) to build SQLite for Electron ' + options.electronVersion;
  if (!fs.existsSync(file)) return { kind: 'missing', hint };
  let builtFor = '';
  try {
    builtFor = fs.readFileSync(path.join(dir, 'electron-version.txt'), 'utf8').trim();
  } catch {
    // No version stamp: trust the file, the load will say if the ABI is wrong.
    return { kind: 'built', path: file };
  }
  // The native ABI changes with Electron's major version only.
  const major = (version: string) => version.replace(/^v/, '').split('.')[0];
  return major(builtFor) === major(options.electronVersion) ? { kind: 'built', path: file } : { kind: 'stale', path: file, hint };
}
