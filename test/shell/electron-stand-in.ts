// A STAND-IN for the `electron` module, NOT Electron: no Chromium, no windows, no pages run. The Electron binary cannot
// be had on our machines, so the shell's built bundle (dist/electron/main.cjs) is run in plain Node against this module,
// which behaves as Electron documents for each API the shell uses and records what the shell does with it. Sources,
// from electron/electron (docs/api/*.md unless said otherwise):
// - app.md: `ready` fires after the first tick; whenReady; enableSandbox only before ready (electron_api_app.cc);
//   quit() emits before-quit, closes every window (a `close` may be prevented), then will-quit, without
//   window-all-closed; exit() "exits immediately", closing windows without before-quit or will-quit.
// - protocol.md: registerSchemesAsPrivileged only before ready (electron_api_protocol.cc); session.md: a session is
//   "received" only when ready (electron_api_session.cc); protocol.handle's handler takes a Request, returns a Response.
// - net.md: net.fetch is the default session's fetch, so it throws before ready.
// - ipc-main.md: one handler per channel ("Attempted to register a second handler", ipc-main-impl.ts); an invoke with
//   no handler, or whose handler throws, rejects in the page with "Error invoking remote method" (ipc-dispatch.ts,
//   ipc-renderer.ts); arguments and answers cross by structured clone; event.senderFrame is the calling frame.
// - browser-window.md: `ready-to-show` once the first page has rendered while hidden; web-contents.md: loadURL's
//   promise resolves on did-finish-load and rejects on did-fail-load.
// - dialog.md: showErrorBox may be called before ready. shell.md: openExternal returns a Promise.
// - safe-storage.md and electron_api_safe_storage.cc: isAsyncEncryptionAvailable is false before ready and otherwise
//   waits for the keychain; async calls reject before ready; decryptStringAsync resolves { shouldReEncrypt, result }
//   and rejects with "…temporarily unavailable. Please try again." when the keychain is briefly away.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';

export interface StandInKeychain {
  /** Keys by id; the last one seals, older ones still open (a rotated key: shouldReEncrypt). */
  keys: Buffer[];
}

export interface StandInOptions {
  userData: string;
  isPackaged?: boolean;
  locale?: string;
  version: string;
  singleInstanceLock?: boolean;
  /** The OS keychain behind safeStorage: 'ready', 'unavailable', or 'hang' (a prompt nobody answers). */
  keychain?: 'ready' | 'unavailable' | 'hang';
  keychainStore?: StandInKeychain;
  /** Linux storage backend reported by safeStorage. */
  backend?: 'gnome_libsecret' | 'basic_text';
  /** Requests net.fetch answers without the network (a host the test plays); null: use the real network. */
  network?: (request: Request) => Promise<Response> | null;
  /** Page loads that fail as a cut connection would (did-fail-load). */
  failLoads?: RegExp;
}

// Node's own fetch, kept before a test can trap the global one to prove the shell never calls it.
const nodeFetch = globalThis.fetch;

export interface PreventableEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
  [key: string]: unknown;
}

function preventable(extra: Record<string, unknown> = {}): PreventableEvent {
  const event: PreventableEvent = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export class StandInFrame {
  constructor(
    public url: string,
    readonly top: StandInFrame | null,
  ) {}
}

export class StandInWebContents extends EventEmitter {
  readonly mainFrame = new StandInFrame('', null);
  /** What the shell sent to the page, in order. */
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  destroyed = false;
  devToolsOpen = false;
  zoomLevel = 0;

  constructor(private readonly standIn: ElectronStandIn) {
    super();
  }

  getURL(): string {
    return this.mainFrame.url;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args: structuredClone(args) });
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  async setVisualZoomLevelLimits(): Promise<void> {}

  setZoomLevel(level: number): void {
    this.zoomLevel = level;
  }

  closeDevTools(): void {
    this.devToolsOpen = false;
  }

  forcefullyCrashRenderer(): void {
    this.emit('render-process-gone', preventable(), { reason: 'killed', exitCode: 9 });
  }

  async loadURL(url: string): Promise<void> {
    this.standIn.record(`loadURL ${url.startsWith('data:') ? 'data:…' : url}`);
    let failed: string | null = null;
    const scheme = url.slice(0, url.indexOf(':'));
    if (this.standIn.options.failLoads?.test(url)) {
      failed = 'ERR_CONNECTION_RESET (-101)';
    } else if (scheme === 'data') {
      // nothing to fetch
    } else {
      const handler = this.standIn.protocolHandlers.get(scheme);
      if (!handler) failed = 'ERR_UNKNOWN_URL_SCHEME (-302)';
      else {
        try {
          await handler(new Request(url));
        } catch {
          failed = 'ERR_FAILED (-2)';
        }
      }
    }
    if (failed) {
      this.emit('did-fail-load', preventable(), failed, url);
      throw new Error(`${failed} loading '${url}'`);
    }
    this.mainFrame.url = url;
    this.emit('did-finish-load', preventable());
  }
}

export class StandInBrowserWindow extends EventEmitter {
  readonly webContents: StandInWebContents;
  visible = false;
  minimized = false;
  focused = false;
  destroyed = false;
  #shownOnce = false;

  constructor(
    private readonly standIn: ElectronStandIn,
    readonly options: Record<string, unknown>,
  ) {
    super();
    this.webContents = new StandInWebContents(standIn);
    standIn.windows.push(this);
    standIn.record('new BrowserWindow');
    standIn.app.emit('web-contents-created', preventable(), this.webContents);
    this.visible = options.show !== false;
  }

  async loadURL(url: string): Promise<void> {
    await this.webContents.loadURL(url);
    if (!this.#shownOnce && !this.visible) {
      this.#shownOnce = true;
      this.emit('ready-to-show', preventable());
    }
  }

  show(): void {
    this.standIn.record('window.show');
    this.visible = true;
  }

  isVisible(): boolean {
    return this.visible;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isMinimized(): boolean {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
    return this.minimized;
  }

  restore(): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
    this.minimized = false;
  }

  focus(): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
    this.focused = true;
  }

  /** Like the window's close button: `close` may be prevented; otherwise the window goes. Returns whether it closed. */
  close(): boolean {
    if (this.destroyed) return true;
    const event = preventable();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroy();
    return true;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    this.standIn.windows.splice(this.standIn.windows.indexOf(this), 1);
    // Not while quitting (app.md: app.quit() closes the windows without window-all-closed), nor on exit.
    if (this.standIn.windows.length === 0 && !this.standIn.quitting) this.standIn.app.emit('window-all-closed', preventable());
  }
}

type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;

export class ElectronStandIn {
  /** What the shell did, in order (only the calls whose order matters). */
  readonly calls: string[] = [];
  readonly windows: StandInBrowserWindow[] = [];
  readonly protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  readonly privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[] = [];
  readonly ipcHandlers = new Map<string, IpcHandler>();
  readonly errorBoxes: { title: string; content: string }[] = [];
  readonly openedExternally: string[] = [];
  readonly netFetches: { method: string; url: string }[] = [];
  readonly permissionHandlers: Record<string, unknown> = {};
  readonly keychain: StandInKeychain;
  /** Decrypts that fail as "temporarily unavailable" before the keychain answers again. */
  keychainAwayFor = 0;
  exitCode: number | null = null;
  quitting = false;
  readonly exited: Promise<number>;
  readonly app: EventEmitter & Record<string, unknown>;
  readonly module: Record<string, unknown>;
  #ready = false;
  #resolveReady!: () => void;
  readonly #readyPromise = new Promise<void>((resolve) => (this.#resolveReady = resolve));
  #resolveExit!: (code: number) => void;
  #sandbox = false;

  constructor(readonly options: StandInOptions) {
    this.keychain = options.keychainStore ?? { keys: [randomBytes(32)] };
    this.exited = new Promise((resolve) => (this.#resolveExit = resolve));
    this.app = this.#createApp();
    const session = {
      protocol: {
        handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
          this.record(`session.protocol.handle ${scheme}`);
          this.protocolHandlers.set(scheme, handler);
        },
      },
      setPermissionRequestHandler: (h: unknown) => (this.permissionHandlers.request = h),
      setPermissionCheckHandler: (h: unknown) => (this.permissionHandlers.check = h),
      setDevicePermissionHandler: (h: unknown) => (this.permissionHandlers.device = h),
      setDisplayMediaRequestHandler: (h: unknown) => (this.permissionHandlers.displayMedia = h),
    };
    this.module = {
      app: this.app,
      BrowserWindow: windowClassOf(this),
      session: Object.defineProperty({}, 'defaultSession', {
        get: () => {
          if (!this.#ready) throw new TypeError('Session can only be received when app is ready');
          return session;
        },
      }),
      protocol: {
        registerSchemesAsPrivileged: (schemes: { scheme: string; privileges: Record<string, boolean> }[]) => {
          if (this.#ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
          this.record('protocol.registerSchemesAsPrivileged');
          this.privilegedSchemes.push(...schemes);
        },
      },
      ipcMain: {
        handle: (channel: string, handler: IpcHandler) => {
          if (this.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
          this.record(`ipcMain.handle ${channel}`);
          this.ipcHandlers.set(channel, handler);
        },
        removeHandler: (channel: string) => {
          this.record(`ipcMain.removeHandler ${channel}`);
          this.ipcHandlers.delete(channel);
        },
      },
      dialog: {
        showErrorBox: (title: string, content: string) => {
          this.record('dialog.showErrorBox');
          this.errorBoxes.push({ title, content });
        },
      },
      shell: {
        openExternal: async (url: string) => {
          this.record('shell.openExternal');
          this.openedExternally.push(url);
        },
      },
      Menu: { setApplicationMenu: () => this.record('Menu.setApplicationMenu') },
      net: { fetch: (input: string | Request, init?: RequestInit) => this.#netFetch(input, init) },
      safeStorage: this.#createSafeStorage(),
    };
  }

  record(call: string): void {
    this.calls.push(call);
  }

  get isReady(): boolean {
    return this.#ready;
  }

  get sandboxEnabled(): boolean {
    return this.#sandbox;
  }

  /** Electron emits `ready` after the main script's first tick. */
  becomeReady(): void {
    setImmediate(() => {
      if (this.exitCode !== null) return;
      this.#ready = true;
      this.record('ready');
      this.app.emit('ready', preventable(), {});
      this.#resolveReady();
    });
  }

  /** What the page gets back from `ipcRenderer.invoke(channel, ...args)` called in `frame`. */
  async invokeFromPage(window: StandInBrowserWindow, channel: string, args: unknown[], frame: StandInFrame = window.webContents.mainFrame): Promise<unknown> {
    const handler = this.ipcHandlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    const event = { sender: window.webContents, senderFrame: frame, processId: 1, frameId: frame === window.webContents.mainFrame ? 1 : 2 };
    try {
      return structuredClone(await handler(event, ...structuredClone(args)));
    } catch (err) {
      // The page gets the message only, as in Electron: no cause, no custom fields.
      // eslint-disable-next-line preserve-caught-error
      throw new Error(`Error invoking remote method '${channel}': ${String(err)}`);
    }
  }

  /** A request the page makes to one of the app's own schemes. */
  async fetchFromPage(url: string, init?: RequestInit): Promise<Response> {
    const scheme = url.slice(0, url.indexOf(':'));
    const handler = this.protocolHandlers.get(scheme);
    if (!handler) throw new TypeError(`net::ERR_UNKNOWN_URL_SCHEME for ${url}`);
    return handler(new Request(url, init));
  }

  /** Someone starts the app again while it runs. */
  secondInstance(argv: string[] = []): void {
    this.app.emit('second-instance', preventable(), argv, process.cwd(), {});
  }

  #netFetch(input: string | Request, init?: RequestInit): Promise<Response> {
    if (!this.#ready) throw new TypeError('Session can only be received when app is ready');
    const request = new Request(input, init);
    this.netFetches.push({ method: request.method, url: request.url });
    return this.options.network?.(request) ?? nodeFetch(request);
  }

  #createSafeStorage() {
    const keychain = this.options.keychain ?? 'ready';
    const waitForKeychain = async () => {
      if (keychain === 'hang') await new Promise(() => {});
    };
    const notReady = () => Promise.reject(new Error('safeStorage cannot be used before app is ready'));
    return {
      isAsyncEncryptionAvailable: async () => {
        this.record('safeStorage.isAsyncEncryptionAvailable');
        if (!this.#ready) return false;
        await waitForKeychain();
        return keychain === 'ready';
      },
      getSelectedStorageBackend: () => (this.#ready ? (this.options.backend ?? 'gnome_libsecret') : 'unknown'),
      encryptStringAsync: async (plain: string) => {
        if (!this.#ready) return notReady();
        await waitForKeychain();
        if (keychain !== 'ready') throw new Error('Error while encrypting the text provided to safeStorage.encryptStringAsync.');
        const id = this.keychain.keys.length - 1;
        const iv = randomBytes(12);
        const cipher = createCipheriv('aes-256-gcm', this.keychain.keys[id]!, iv);
        const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
        return Buffer.concat([Buffer.from('v11'), Buffer.from([id]), iv, cipher.getAuthTag(), body]);
      },
      decryptStringAsync: async (sealed: Buffer) => {
        if (!this.#ready) return notReady();
        if (sealed.length === 0) return { shouldReEncrypt: false, result: '' };
        await waitForKeychain();
        if (this.keychainAwayFor > 0) {
          this.keychainAwayFor--;
          throw new Error('safeStorage.decryptStringAsync is temporarily unavailable. Please try again.');
        }
        const fail = () => new Error('Error while decrypting the ciphertext provided to safeStorage.decryptStringAsync.');
        const key = sealed.subarray(0, 3).toString() === 'v11' ? this.keychain.keys[sealed[3]!] : undefined;
        if (!key) throw fail();
        try {
          const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(4, 16));
          decipher.setAuthTag(sealed.subarray(16, 32));
          const result = Buffer.concat([decipher.update(sealed.subarray(32)), decipher.final()]).toString('utf8');
          return { shouldReEncrypt: sealed[3] !== this.keychain.keys.length - 1, result };
        } catch (err) {
          throw Object.assign(fail(), { cause: err });
        }
      },
    };
  }

  #createApp() {
    const app = new EventEmitter() as EventEmitter & Record<string, unknown>;
    Object.assign(app, {
      isPackaged: this.options.isPackaged ?? false,
      getVersion: () => this.options.version,
      getLocale: () => this.options.locale ?? 'en-US',
      getPath: (name: string) => {
        if (name !== 'userData') throw new Error(`the stand-in knows only userData, not ${name}`);
        return this.options.userData;
      },
      isReady: () => this.#ready,
      whenReady: () => this.#readyPromise,
      enableSandbox: () => {
        if (this.#ready) throw new Error('app.enableSandbox() can only be called before app is ready');
        this.record('app.enableSandbox');
        this.#sandbox = true;
      },
      requestSingleInstanceLock: () => this.options.singleInstanceLock ?? true,
      quit: () => {
        this.record('app.quit');
        if (this.exitCode !== null) return;
        const beforeQuit = preventable();
        app.emit('before-quit', beforeQuit);
        if (beforeQuit.defaultPrevented) return;
        this.quitting = true;
        for (const window of [...this.windows]) {
          if (!window.close()) {
            this.quitting = false;
            return;
          }
        }
        const willQuit = preventable();
        app.emit('will-quit', willQuit);
        if (!willQuit.defaultPrevented) (app.exit as (code: number) => void)(0);
      },
      exit: (code = 0) => {
        if (this.exitCode !== null) return;
        this.record(`app.exit ${code}`);
        this.exitCode = code;
        this.quitting = true;
        for (const window of [...this.windows]) window.destroy();
        this.#resolveExit(code);
      },
    });
    return app;
  }
}

/** `new BrowserWindow(options)` for this stand-in. */
function windowClassOf(standIn: ElectronStandIn) {
  return class extends StandInBrowserWindow {
    constructor(options: Record<string, unknown>) {
      super(standIn, options);
    }
  };
}
