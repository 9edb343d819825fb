// The Electron main process: lifecycle, the one hardened window, the app:// protocol, and the
// IPC relay to the backend utility process. Security decisions live in small modules under
// ./shell (unit-tested without Electron); this file only wires them to Electron's APIs.
import path from 'node:path';
import { app, BrowserWindow, ipcMain, powerMonitor, protocol, session, shell, utilityProcess, type Session, type WebContents } from 'electron';
import { errorMessage } from '../contract/messages.js';
import { APP_ENTRY_URL, APP_SCHEME, isAllowedDownloadUrl, isAllowedRequestUrl, isAppUrl, isMailtoUrl } from './shell/appOrigin.js';
import { createAppProtocolHandler } from './shell/appProtocol.js';
import { createBackendRelay, failure, type BackendChild } from './shell/backendRelay.js';
import { IPC_CALL, IPC_LOCKED, isKnownChannel, isTrustedSender } from './shell/ipcGuard.js';
import { appLayout, chooseNativeBinding } from './shell/paths.js';
import { ensurePrivateDir } from './shell/privateDir.js';
import { buildWindowOptions } from './shell/windowOptions.js';

// Must happen before 'ready': app:// gets a real origin and a secure context, like https.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
// Every renderer sandboxed, whatever a window's options say.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Two instances on one workspace would fight over the database and the session: keep the first.
  app.quit();
} else {
  startShell();
}

function startShell(): void {
  const layout = appLayout({ appPath: app.getAppPath(), isPackaged: app.isPackaged, resourcesPath: process.resourcesPath });
  // CONCERTO_WORKSPACE only for unpackaged runs (development, smoke test); a packaged app always uses its own folder.
  const workspaceDir = (!app.isPackaged && process.env.CONCERTO_WORKSPACE) || path.join(app.getPath('userData'), 'workspace');
  const native = chooseNativeBinding({ appPath: app.getAppPath(), isPackaged: app.isPackaged, electronVersion: process.versions.electron ?? '' });
  if (native.kind === 'missing' || native.kind === 'stale') console.warn(`[concerto] SQLite for Electron: ${native.hint}`);

  let mainWindow: BrowserWindow | null = null;
  const liveWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);
  const notifyLocked = () => liveWindow()?.webContents.send(IPC_LOCKED);

  const relay = createBackendRelay({
    spawn: () => {
      const args = ['--workspace', workspaceDir, '--migrations', layout.migrations, '--app-version', app.getVersion()];
      if (native.kind === 'built' || native.kind === 'stale') args.push('--native-binding', native.path);
      // No cwd option: packaged, the script lives inside app.asar, which is not a real folder to run in.
      return utilityProcess.fork(layout.backend, args, { serviceName: 'Concerto backend', stdio: 'inherit' }) as unknown as BackendChild;
    },
    // A backend that ended took its session with it: the window must show the unlock screen.
    onExit: () => notifyLocked(),
  });
  const lockFromSystem = () => void relay.lock().then((wasUnlocked) => wasUnlocked && notifyLocked());

  function hardenContents(contents: WebContents): void {
    const denyForeign = (event: { url: string; preventDefault(): void }) => {
      if (isAppUrl(event.url)) return;
      event.preventDefault();
      if (isMailtoUrl(event.url)) void shell.openExternal(event.url);
    };
    contents.on('will-navigate', denyForeign);
    contents.on('will-frame-navigate', denyForeign);
    contents.on('will-redirect', denyForeign);
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // A crashed window leaves no unlocked session behind.
    contents.on('render-process-gone', () => lockFromSystem());
  }

  function hardenSession(ses: Session): void {
    ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);
    ses.setDevicePermissionHandler(() => false);
    // No remote content, whatever the page tries (the CSP says the same inside the page).
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
    // Only the app's own exports (blob: URLs it made); the save dialog is Electron's, in this process.
    ses.on('will-download', (event, item) => {
      if (!isAllowedDownloadUrl(item.getURL())) event.preventDefault();
    });
  }

  function createWindow(): void {
    const window = new BrowserWindow(buildWindowOptions({ preloadPath: layout.preload, devTools: !app.isPackaged }));
    mainWindow = window;
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    void window.loadURL(APP_ENTRY_URL);
  }

  app.on('web-contents-created', (_event, contents) => hardenContents(contents));

  app.on('second-instance', () => {
    const window = liveWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  // On every platform, closing the window quits: the database must not stay open behind a dock icon.
  app.on('window-all-closed', () => app.quit());

  let closingBackend = false;
  app.on('before-quit', (event) => {
    if (closingBackend || !relay.running) return;
    // Lock and close the database (WAL checkpoint) before the process goes away.
    event.preventDefault();
    closingBackend = true;
    void relay.close().finally(() => app.quit());
  });

  app
    .whenReady()
    .then(() => {
      ensurePrivateDir(workspaceDir);
      hardenSession(session.defaultSession);
      protocol.handle(APP_SCHEME, createAppProtocolHandler(layout.renderer));

      ipcMain.handle(IPC_CALL, async (event, channel: unknown, input: unknown) => {
        const window = liveWindow();
        if (!window || event.sender !== window.webContents || !isTrustedSender(event.senderFrame, window.webContents.mainFrame)) {
          return failure('FORBIDDEN', errorMessage('FORBIDDEN'));
        }
        if (!isKnownChannel(channel)) return failure('UNKNOWN_CHANNEL', errorMessage('UNKNOWN_CHANNEL'));
        return relay.call(channel, input);
      });

      powerMonitor.on('suspend', lockFromSystem);
      powerMonitor.on('lock-screen', lockFromSystem);

      createWindow();
    })
    .catch((error: unknown) => {
      console.error('[concerto] startup failed:', error instanceof Error ? error.message : error);
      app.quit();
    });
}
