// The BrowserWindow options. Every security-relevant web preference is spelled out, even where
// it equals Electron's default, so a test (and a reviewer) can see it and a default change cannot weaken it.

/** The subset of Electron's BrowserWindowConstructorOptions used here (this file must not import 'electron'). */
export interface HardenedWindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  title: string;
  show: boolean;
  backgroundColor: string;
  autoHideMenuBar: boolean;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    nodeIntegrationInSubFrames: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    webviewTag: false;
    spellcheck: false;
    experimentalFeatures: false;
    navigateOnDragDrop: false;
    safeDialogs: true;
    disableDialogs: false;
    devTools: boolean;
  };
}

export function buildWindowOptions(options: { preloadPath: string; devTools: boolean }): HardenedWindowOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Concerto',
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableDialogs: false,
      devTools: options.devTools,
    },
  };
}
