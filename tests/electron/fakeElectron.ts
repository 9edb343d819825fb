// A stand-in for the 'electron' module: records what main.ts and preload.ts ask of Electron
// (window options, handlers, protocol, session settings, app events) so tests can assert and drive them.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export interface FakeFrame {
  url: string;
  parent: unknown;
  processId: number;
  routingId: number;
}

type Listener = (...args: never[]) => unknown;

class Emitter extends EventEmitter {
  /** The listeners registered for an event, to call them by hand. */
  handlers(event: string): Listener[] {
    return this.listeners(event) as Listener[];
  }
}

export class FakeWebContents extends Emitter {
  mainFrame: FakeFrame = { url: 'app://concerto/index.html', parent: null, processId: 7, routingId: 1 };
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  send = vi.fn();
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends Emitter {
  static all: FakeBrowserWindow[] = [];
  static getAllWindows = () => FakeBrowserWindow.all;
  webContents = new FakeWebContents();
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isDestroyed = vi.fn(() => false);
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.all.push(this);
    // Electron emits this for every new webContents.
    fake.app.emit('web-contents-created', {}, this.webContents);
  }
}

/** A utility process stand-in: tests connect it to whatever answers (usually a real router). */
export class FakeUtilityProcess extends Emitter {
  killed = false;
  constructor(
    readonly modulePath: string,
    readonly args: string[],
    readonly options: Record<string, unknown>,
  ) {
    super();
  }
  /** Set by the test: receives what main posts. */
  deliver: (message: unknown) => void = () => undefined;
  postMessage(message: unknown) {
    this.deliver(structuredClone(message));
  }
  kill() {
    this.killed = true;
    queueMicrotask(() => this.emit('exit', 0));
    return true;
  }
}

class FakeApp extends Emitter {
  lockGranted = true;
  appPath = '/nonexistent';
  userData = '/nonexistent';
  isPackaged = false;
  requestSingleInstanceLock = vi.fn(() => this.lockGranted);
  quit = vi.fn();
  enableSandbox = vi.fn();
  getPath = vi.fn((name: string) => (name === 'userData' ? this.userData : `/nonexistent/${name}`));
  getAppPath = vi.fn(() => this.appPath);
  getVersion = vi.fn(() => '0.1.0-test');
  isReady = vi.fn(() => true);
  private ready!: () => void;
  private readyPromise = new Promise<void>((resolve) => (this.ready = resolve));
  whenReady = vi.fn(() => this.readyPromise);
  /** Tests decide when 'ready' happens, to check what was done before it. */
  becomeReady() {
    this.ready();
  }
}

function createFake() {
  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const protocolHandlers = new Map<string, (request: { url: string; method: string }) => Promise<Response>>();
  const sessionEvents = new Emitter();
  const forks: FakeUtilityProcess[] = [];
  const fake = {
    app: new FakeApp(),
    forks,
    ipcHandlers,
    protocolHandlers,
    sessionEvents,
    /** Called with each new fake utility process; tests wire it to a backend. */
    onFork: (_child: FakeUtilityProcess) => undefined as void,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => void ipcHandlers.set(channel, handler)),
      on: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) => void protocolHandlers.set(scheme, handler)),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
        on: vi.fn((event: string, listener: Listener) => void sessionEvents.on(event, listener as (...args: unknown[]) => void)),
      },
    },
    powerMonitor: new Emitter(),
    utilityProcess: {
      fork: vi.fn((modulePath: string, args: string[] = [], options: Record<string, unknown> = {}) => {
        const child = new FakeUtilityProcess(modulePath, args, options);
        forks.push(child);
        fake.onFork(child);
        return child;
      }),
    },
    // Renderer side, for the preload.
    exposed: {} as Record<string, unknown>,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => void (fake.exposed[key] = api)) },
    ipcRenderer: Object.assign(new Emitter(), {
      invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined),
    }),
  };
  return fake;
}

export const fake = createFake();

/** The module object handed to vi.mock('electron'). */
export const electronModule = {
  app: fake.app,
  BrowserWindow: fake.BrowserWindow,
  ipcMain: fake.ipcMain,
  protocol: fake.protocol,
  session: fake.session,
  powerMonitor: fake.powerMonitor,
  utilityProcess: fake.utilityProcess,
  contextBridge: fake.contextBridge,
  ipcRenderer: fake.ipcRenderer,
};
