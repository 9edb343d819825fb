// `npm start`: Concerto in Electron where its binary is installed (or can be fetched now),
// otherwise the same app in browser mode (loopback host + the system's browser).
// Options: --browser (force browser mode), --workspace <dir> (browser mode; else CONCERTO_WORKSPACE,
// else ~/.local/share/concerto/workspace), --port <n> (browser mode).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chooseNativeBinding } from '../electron/shell/paths.js';
import { buildElectron } from './build-electron.js';
import { defaultWorkspaceDir, RENDERER_DIR, ROOT, startBrowserHost, stopOnSignals } from './browserHost.js';

// Native builds (for Node) find Node's headers here, whatever the user's ~/.npmrc says.
if (!process.env.npm_config_nodedir && fs.existsSync('/usr/include/node/node.h')) process.env.npm_config_nodedir = '/usr';

const BROWSER_MODE_LINE = "Electron n'est pas disponible sur cet ordinateur : Concerto démarre en mode navigateur.";
const ELECTRON_DIR = path.join(ROOT, 'node_modules', 'electron');

const { values: options } = parseArgs({
  options: { browser: { type: 'boolean', default: false }, workspace: { type: 'string' }, port: { type: 'string' } },
  strict: true,
});

const electronVersion = (): string => (JSON.parse(fs.readFileSync(path.join(ELECTRON_DIR, 'package.json'), 'utf8')) as { version: string }).version;

/** The binary if node_modules/electron already has it (never triggers a download). */
function installedElectron(): string | null {
  try {
    const relative = fs.readFileSync(path.join(ELECTRON_DIR, 'path.txt'), 'utf8').trim();
    const base = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(ELECTRON_DIR, 'dist');
    const binary = path.join(base, relative);
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Any HTTP answer counts: we only want to know whether trying a download is worth the wait. */
async function reachable(url: string): Promise<boolean> {
  try {
    await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(4000) });
    return true;
  } catch {
    return false;
  }
}

/** electron 45 fetches its binary on first launch: try once, briefly, and only if its download host answers. */
async function findElectron(): Promise<string | null> {
  const installed = installedElectron();
  if (installed) return installed;
  if (!fs.existsSync(path.join(ELECTRON_DIR, 'install.js'))) return null;
  if (!(await reachable(process.env.ELECTRON_MIRROR ?? 'https://github.com'))) return null;
  console.log(`Téléchargement d'Electron ${electronVersion()} (première utilisation)…`);
  const install = spawnSync(process.execPath, [path.join(ELECTRON_DIR, 'install.js')], { stdio: 'inherit', timeout: 5 * 60_000 });
  if (install.status !== 0) return null;
  // Confirm the way Electron's own launcher resolves it, in a child so a failure cannot hang us.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { cwd: ROOT, encoding: 'utf8', timeout: 15_000 });
  return probe.status === 0 && probe.stdout && fs.existsSync(probe.stdout) ? probe.stdout : null;
}

function newestMtime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds out/renderer when it is missing or older than what the renderer bundles. */
function ensureRendererBuilt(): void {
  const index = path.join(RENDERER_DIR, 'index.html');
  const sources = ['renderer', 'contract', 'resources/locales'].map((dir) => newestMtime(path.join(ROOT, dir)));
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= Math.max(...sources)) return;
  console.log("Construction de l'interface (out/renderer)…");
  const result = spawnSync('npm', ['run', '--silent', 'build:renderer'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error("La construction de l'interface a échoué (npm run build:renderer) : voir les messages ci-dessus.");
    process.exit(1);
  }
}

const hasDisplay = (): boolean => process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

async function runElectron(binary: string): Promise<void> {
  ensureRendererBuilt();
  await buildElectron();
  const native = chooseNativeBinding({ appPath: ROOT, isPackaged: false, electronVersion: electronVersion() });
  if (native.kind !== 'built' && native.kind !== 'default') {
    console.log("Le module SQLite n'est pas construit pour Electron : lancez « npm run build:electron-native » (accès Internet requis), sinon l'espace de travail ne s'ouvrira pas.");
  }
  const env = { ...process.env };
  // Would turn Electron into plain Node and skip every window setting.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [ROOT], { cwd: ROOT, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function openInBrowser(url: string): void {
  // Without a display, xdg-open may start a text browser in this terminal: just print the URL.
  if (!hasDisplay()) return;
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command as string, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined); // no opener installed: the printed URL is enough
    child.unref();
  } catch {
    // same
  }
}

async function runBrowser(): Promise<void> {
  const workspaceDir = path.resolve(options.workspace ?? process.env.CONCERTO_WORKSPACE ?? defaultWorkspaceDir());
  const port = options.port === undefined ? undefined : Number(options.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    console.error(`Port invalide : ${options.port}`);
    process.exit(2);
  }
  ensureRendererBuilt();
  const running = await startBrowserHost({ workspaceDir, port });
  stopOnSignals(running.stop);
  console.log(`Concerto (mode navigateur) : ${running.host.url}`);
  console.log(`Espace de travail : ${workspaceDir}`);
  console.log('Ctrl+C verrouille l’espace de travail et arrête Concerto.');
  // The opener's command line is readable by other local users: it gets a one-time code, not the token.
  openInBrowser(running.host.launchUrl());
}

/** The Electron binary to launch, or null (after saying in one line why) for browser mode. */
async function electronToLaunch(): Promise<string | null> {
  if (options.browser) return null;
  const binary = await findElectron();
  if (!binary) {
    console.log(BROWSER_MODE_LINE);
    return null;
  }
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    // Chromium refuses root unless its sandbox is switched off, and Concerto never switches it off.
    console.log('Electron ne démarre pas sous root sans désactiver son bac à sable : Concerto démarre en mode navigateur.');
    return null;
  }
  if (!hasDisplay()) {
    console.log('Aucun écran graphique (DISPLAY) : Concerto démarre en mode navigateur.');
    return null;
  }
  return binary;
}

const binary = await electronToLaunch();
if (binary) await runElectron(binary);
else await runBrowser();
