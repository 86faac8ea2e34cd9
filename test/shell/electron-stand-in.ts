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
// - browser-window.md: `ready-to-show` once the first page has rendered while hidden; `parent` makes a child window
//   (getParentWindow); page-title-updated, unless prevented, gives the window the page's <title>. base-window.md:
//   destroy() emits no `close` but always `closed`.
// - web-contents.md and lib/browser/api/web-contents.ts (_awaitNextLoad): loadURL's promise resolves on
//   did-finish-load and rejects on did-fail-load; a navigation replaced by another rejects it with ERR_ABORTED, one
//   canceled before it committed with ERR_FAILED. shell/browser/electron_navigation_throttle.cc: a navigation the page
//   starts (never loadURL) emits will-frame-navigate, then, for the main frame and unless prevented, will-navigate;
//   every server redirect, loadURL's too, emits will-redirect; preventing any of them cancels the navigation.
//   did-navigate once a main-frame navigation commits (electron_api_web_contents.cc, DidFinishNavigation).
//   setWindowOpenHandler: without a handler the window opens; `deny` or an unrecognised answer refuses it.
//   downloadURL, and a response the page cannot show (Content-Disposition: attachment), emit the session's
//   will-download, where preventDefault cancels the download (session.md).
// - session.md: fromPartition('') is the default session, the same name gives the same session, and a name without
//   `persist:` an in-memory one; only once ready (electron_api_session.cc). clearStorageData clears its cookies.
//   security.md: with no permission handler every permission request is granted.
// - Pages are NOT run. A window's http(s) pages come from the test's `network`, else Node's fetch; a page whose
//   script submits a POST form (an OAuth form_post page) has it submitted by the stand-in, as Chromium would run it.
// - dialog.md (showErrorBox): "can be called safely before the ready event … If called before the app ready event on
//   Linux, the message will be emitted to stderr, and no GUI dialog will appear." So on Linux (`platform`, default
//   this machine's) a box asked for before ready is a line in `stderr`, not in `errorBoxes`. shell.md: openExternal
//   returns a Promise.
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
  /**
   * Requests that net.fetch and the pages of windows get answered without the network (a host the test plays); null:
   * the real network, through Node's fetch (MSAL's loopback listener is a real HTTP server).
   */
  network?: (request: Request) => Promise<Response> | null;
  /** Page loads that fail as a cut connection would (did-fail-load). */
  failLoads?: RegExp;
  /** The OS Electron behaves as, where its docs say the OSes differ (default: this machine's). */
  platform?: NodeJS.Platform;
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

type PermissionRequestHandler = (contents: StandInWebContents, permission: string, callback: (granted: boolean) => void, details: Record<string, unknown>) => void;
type PermissionCheckHandler = (contents: StandInWebContents | null, permission: string, origin: string, details: Record<string, unknown>) => boolean;
type DevicePermissionHandler = (details: { deviceType: string; origin: string; device: Record<string, unknown> }) => boolean;

/** A session: the default one, or one of session.fromPartition's. */
export class StandInSession extends EventEmitter {
  readonly persistent: boolean;
  readonly protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  readonly permissionHandlers: Record<string, unknown> = {};
  /** Cookies pages of this session were given, by host (the stand-in keeps no Domain or Path rules). */
  readonly cookies = new Map<string, Map<string, string>>();
  readonly downloads: { url: string; prevented: boolean }[] = [];
  storageCleared = 0;
  readonly protocol;

  constructor(
    private readonly standIn: ElectronStandIn,
    readonly partition: string,
  ) {
    super();
    this.persistent = partition.startsWith('persist:');
    const name = partition ? `session(${partition})` : 'session';
    this.protocol = {
      handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
        standIn.record(`${name}.protocol.handle ${scheme}`);
        this.protocolHandlers.set(scheme, handler);
      },
    };
  }

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionHandlers.request = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionHandlers.check = handler;
  }

  setDevicePermissionHandler(handler: DevicePermissionHandler | null): void {
    this.permissionHandlers.device = handler;
  }

  setDisplayMediaRequestHandler(handler: unknown): void {
    this.permissionHandlers.displayMedia = handler;
  }

  async clearStorageData(): Promise<void> {
    this.standIn.record(`clearStorageData ${this.partition}`);
    this.storageCleared++;
    this.cookies.clear();
  }

  /** Chromium about to download `url` for `contents`: the app's will-download may cancel it. */
  download(url: string, contents: StandInWebContents): boolean {
    const event = preventable();
    const item = { getURL: () => url, getFilename: () => new URL(url).pathname.split('/').pop() ?? '', cancel: () => event.preventDefault() };
    this.emit('will-download', event, item, contents);
    this.downloads.push({ url, prevented: event.defaultPrevented });
    return !event.defaultPrevented;
  }

  cookieHeader(url: URL): string | null {
    const jar = this.cookies.get(url.host);
    return jar?.size ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : null;
  }

  keepCookies(url: URL, response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const jar = this.cookies.get(url.host) ?? new Map<string, string>();
      jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
      this.cookies.set(url.host, jar);
    }
  }
}

/** A navigation's event as Electron passes it to will-navigate, will-frame-navigate and will-redirect. */
export interface NavigationEvent extends PreventableEvent {
  url: string;
  isSameDocument: boolean;
  isMainFrame: boolean;
  frame: StandInFrame;
  initiator: StandInFrame | null;
}

interface LoadError {
  errno: number;
  code: string;
}

/** How a navigation ended: committed (did-navigate, did-finish-load), or not, and why. */
type Navigated = { committed: true } | { committed: false; why: 'prevented' | 'failed' | 'replaced' | 'download' | 'gone'; error: LoadError };

// lib/browser/api/web-contents.ts (_awaitNextLoad): a navigation replaced by another rejects loadURL with ERR_ABORTED;
// one that stops with neither did-finish-load nor did-fail-load (a canceled one) with ERR_FAILED.
const ABORTED: LoadError = { errno: -3, code: 'ERR_ABORTED' };
const STOPPED: LoadError = { errno: -2, code: 'ERR_FAILED' };
const MAX_REDIRECTS = 20;

type Page = { url: string; status: number; statusText: string; html: string | null };

export class StandInWebContents extends EventEmitter {
  readonly mainFrame = new StandInFrame('', null);
  /** What the shell sent to the page, in order. */
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  /** Every main-frame navigation that started (did-start-navigation), in order. */
  readonly startedNavigations: string[] = [];
  /** Every main-frame URL that committed (did-navigate), in order. */
  readonly navigations: string[] = [];
  /** Navigations and redirects the app prevented. */
  readonly preventedNavigations: { kind: 'will-frame-navigate' | 'will-navigate' | 'will-redirect'; url: string }[] = [];
  /** window.open calls the window open handler refused. */
  readonly deniedWindowOpens: string[] = [];
  destroyed = false;
  devToolsOpen = false;
  zoomLevel = 0;
  #navigation = 0;

  constructor(
    private readonly standIn: ElectronStandIn,
    readonly session: StandInSession,
    private readonly owner: StandInBrowserWindow,
  ) {
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
    const result = await this.#navigate(url, { method: 'GET' }, false);
    if (result.committed) return;
    const { errno, code } = result.error;
    throw Object.assign(new Error(`${code} (${errno}) loading '${url}'`), { errno, code, url });
  }

  /** web-contents.md: downloads the resource without navigating; the session's will-download may cancel it. */
  downloadURL(url: string): void {
    this.session.download(url, this);
  }

  // What a page does, as the stand-in plays it (not Chromium: no page runs here).

  /** The page sends the main frame to `url` (a link, `location`, a form): will-frame-navigate, will-navigate, then the load. */
  async pageNavigates(url: string, init: RequestInit = { method: 'GET' }): Promise<'finished' | Exclude<Navigated, { committed: true }>['why']> {
    const result = await this.#navigate(url, init, true);
    return result.committed ? 'finished' : result.why;
  }

  /** The page calls window.open(url); returns whether a window would open (no handler: it would). */
  pageOpensWindow(url: string): boolean {
    const response = this.windowOpenHandler ? this.windowOpenHandler({ url }) : { action: 'allow' };
    if (response?.action === 'allow') return true;
    this.deniedWindowOpens.push(url);
    return false;
  }

  /** The page asks for a permission (getUserMedia, notifications…): the session's request handler, else granted. */
  pageRequestsPermission(permission: string): Promise<boolean> {
    const handler = this.session.permissionHandlers.request as PermissionRequestHandler | undefined;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) => handler(this, permission, resolve, { requestingUrl: this.getURL(), isMainFrame: true }));
  }

  /** Chromium checks a permission for the page (WebHID, WebUSB…): the session's check handler, else granted. */
  pageChecksPermission(permission: string): boolean {
    const handler = this.session.permissionHandlers.check as PermissionCheckHandler | undefined;
    const origin = URL.canParse(this.getURL()) ? new URL(this.getURL()).origin : '';
    return handler ? handler(this, permission, origin, { requestingUrl: this.getURL(), isMainFrame: true }) : true;
  }

  async #navigate(url: string, init: RequestInit, byPage: boolean): Promise<Navigated> {
    const notCommitted = (why: 'prevented' | 'failed' | 'replaced' | 'download' | 'gone', error: LoadError): Navigated => ({ committed: false, why, error });
    // electron_navigation_throttle.cc: will-frame-navigate for every frame, then will-navigate for the main frame.
    if (byPage && (this.#prevented('will-frame-navigate', url) || this.#prevented('will-navigate', url))) return notCommitted('prevented', STOPPED);
    const id = ++this.#navigation;
    const left = (): Navigated | null => (this.destroyed ? notCommitted('gone', ABORTED) : id !== this.#navigation ? notCommitted('replaced', ABORTED) : null);
    this.startedNavigations.push(url);
    this.emit('did-start-navigation', this.#navigationEvent(url), url, false, true, 1, 1);
    const fail = (error: LoadError, at = url): Navigated => {
      this.emit('did-fail-load', preventable(), error.errno, error.code, at, true, 1, 1);
      return notCommitted('failed', error);
    };
    if (this.standIn.options.failLoads?.test(url)) return fail({ errno: -101, code: 'ERR_CONNECTION_RESET' });

    const scheme = url.slice(0, url.indexOf(':'));
    let page: Page;
    if (scheme === 'data') {
      page = { url, status: -1, statusText: '', html: null };
    } else if (scheme === 'http' || scheme === 'https') {
      const loaded = await this.#fetchPage(url, init);
      const away = left();
      if (away) return away;
      if ('failed' in loaded) return fail(loaded.failed, loaded.at);
      if ('stopped' in loaded) return notCommitted(loaded.stopped, loaded.stopped === 'download' ? ABORTED : STOPPED);
      page = loaded;
    } else {
      const handler = this.session.protocolHandlers.get(scheme);
      if (!handler) return fail({ errno: -302, code: 'ERR_UNKNOWN_URL_SCHEME' });
      try {
        await handler(new Request(url));
      } catch {
        return fail({ errno: -2, code: 'ERR_FAILED' });
      }
      const away = left();
      if (away) return away;
      page = { url, status: 200, statusText: 'OK', html: null };
    }

    this.mainFrame.url = page.url;
    this.navigations.push(page.url);
    this.emit('did-navigate', preventable(), page.url, page.status, page.statusText);
    const title = page.html && /<title>([^<]*)<\/title>/i.exec(page.html)?.[1];
    if (title) this.owner.pageTitle(decodeEntities(title));
    this.emit('did-finish-load', preventable());
    const form = page.html ? autoSubmittedForm(page.html, page.url) : null;
    if (form) {
      // Standing in for Chromium running the page's `document.forms[0].submit()` (an OAuth form_post page), not
      // Chromium: the page starts a navigation, which the app may prevent, and posts the form's fields to its action.
      setImmediate(() => {
        if (this.destroyed || id !== this.#navigation) return;
        void this.#navigate(form.action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.body }, true);
      });
    }
    return { committed: true };
  }

  /** An http(s) page through the test's network, else Node's fetch, following redirects as Chromium does. */
  async #fetchPage(url: string, init: RequestInit): Promise<Page | { failed: LoadError; at: string } | { stopped: 'prevented' | 'download' }> {
    let current = new URL(url);
    let { method = 'GET', body } = init;
    let headers = new Headers(init.headers);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const cookie = this.session.cookieHeader(current);
      if (cookie) headers.set('cookie', cookie);
      let response: Response;
      try {
        response = await this.standIn.pageFetch(new Request(current, { method, headers, body, redirect: 'manual' }));
      } catch (err) {
        return { failed: networkError(err), at: current.href };
      }
      this.session.keepCookies(current, response);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        const next = new URL(location, current);
        // will-redirect: preventing it cancels the whole navigation (web-contents.md).
        if (this.#prevented('will-redirect', next.href)) return { stopped: 'prevented' };
        this.emit('did-redirect-navigation', this.#navigationEvent(next.href), next.href, false, true, 1, 1);
        // Fetch's redirect rules: 303, and a POST answered 301 or 302, continue as a GET without a body.
        if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
          method = 'GET';
          body = undefined;
          headers = new Headers();
        }
        current = next;
        continue;
      }
      if (/^\s*attachment/i.test(response.headers.get('content-disposition') ?? '')) {
        // Not a page: Chromium hands it to the download manager, and the page shown stays.
        await response.body?.cancel();
        this.session.download(current.href, this);
        return { stopped: 'download' };
      }
      const html = /text\/html/i.test(response.headers.get('content-type') ?? '') ? await response.text() : null;
      if (html === null) await response.body?.cancel();
      return { url: current.href, status: response.status, statusText: response.statusText, html };
    }
    return { failed: { errno: -310, code: 'ERR_TOO_MANY_REDIRECTS' }, at: current.href };
  }

  #navigationEvent(url: string): NavigationEvent {
    return preventable({ url, isSameDocument: false, isMainFrame: true, frame: this.mainFrame, initiator: this.mainFrame }) as NavigationEvent;
  }

  #prevented(kind: 'will-frame-navigate' | 'will-navigate' | 'will-redirect', url: string): boolean {
    const event = this.#navigationEvent(url);
    // The deprecated positional arguments after the event: url, isInPlace, isMainFrame, frameProcessId, frameRoutingId.
    this.emit(kind, event, url, false, true, 1, 1);
    if (event.defaultPrevented) this.preventedNavigations.push({ kind, url });
    return event.defaultPrevented;
  }
}

/** What net::Error a failed fetch stands for. */
function networkError(err: unknown): LoadError {
  const code = (err as { cause?: { code?: string } }).cause?.code;
  if (code === 'ECONNREFUSED') return { errno: -102, code: 'ERR_CONNECTION_REFUSED' };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { errno: -105, code: 'ERR_NAME_NOT_RESOLVED' };
  if (String(err).includes('ERR_INTERNET_DISCONNECTED')) return { errno: -106, code: 'ERR_INTERNET_DISCONNECTED' };
  return { errno: -2, code: 'ERR_FAILED' };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w-]+)\s*=\s*"([^"]*)"/g)) found[m[1]!.toLowerCase()] = decodeEntities(m[2]!);
  return found;
}

/** A page whose script submits its first form as a POST (an OAuth form_post page): the form's action and fields. */
function autoSubmittedForm(html: string, pageUrl: string): { action: string; body: string } | null {
  const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/i.exec(html);
  if (!form || !/<script\b[^>]*>[^<]*\.submit\(\)/i.test(html)) return null;
  const attrs = attributes(form[1]!);
  if ((attrs.method ?? 'get').toLowerCase() !== 'post') return null;
  const fields = new URLSearchParams();
  for (const input of form[2]!.matchAll(/<input\b([^>]*)>/gi)) {
    const { type, name, value } = attributes(input[1]!);
    if (type?.toLowerCase() === 'hidden' && name) fields.append(name, value ?? '');
  }
  return { action: new URL(attrs.action ?? '', pageUrl).href, body: fields.toString() };
}

export class StandInBrowserWindow extends EventEmitter {
  readonly webContents: StandInWebContents;
  visible = false;
  minimized = false;
  focused = false;
  destroyed = false;
  menuRemoved = false;
  title: string;
  #shownOnce = false;

  constructor(
    private readonly standIn: ElectronStandIn,
    readonly options: Record<string, unknown>,
  ) {
    super();
    const prefs = (options.webPreferences ?? {}) as { session?: StandInSession; partition?: string };
    const session = prefs.session ?? standIn.sessionFor(prefs.partition ?? '');
    this.webContents = new StandInWebContents(standIn, session, this);
    this.title = typeof options.title === 'string' ? options.title : 'Electron';
    standIn.windows.push(this);
    standIn.everyWindow.push(this);
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

  getParentWindow(): StandInBrowserWindow | null {
    return (this.options.parent as StandInBrowserWindow | undefined) ?? null;
  }

  getTitle(): string {
    return this.title;
  }

  /** The page's <title>: page-title-updated, and the window's title unless the app prevents it. */
  pageTitle(title: string): void {
    const event = preventable();
    this.emit('page-title-updated', event, title, true);
    if (!event.defaultPrevented) this.title = title;
  }

  removeMenu(): void {
    this.menuRemoved = true;
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

/** A child window the shell opened (the sign-in window), as the tests look at it. */
export interface StandInChildWindow {
  window: StandInBrowserWindow;
  parent: StandInBrowserWindow;
  partition: string;
  /** session.md: a partition without `persist:` lives in memory only. */
  inMemory: boolean;
  session: StandInSession;
  startedNavigations: readonly string[];
  navigations: readonly string[];
  preventedNavigations: StandInWebContents['preventedNavigations'];
  deniedWindowOpens: readonly string[];
  closed: boolean;
}

type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;

export class ElectronStandIn {
  /** What the shell did, in order (only the calls whose order matters). */
  readonly calls: string[] = [];
  readonly windows: StandInBrowserWindow[] = [];
  /** Every window the shell opened, closed ones too. */
  readonly everyWindow: StandInBrowserWindow[] = [];
  readonly defaultSession: StandInSession;
  /** The default session's (kept here for the tests that read them). */
  readonly protocolHandlers: StandInSession['protocolHandlers'];
  readonly privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[] = [];
  readonly ipcHandlers = new Map<string, IpcHandler>();
  /** Error dialogs that appeared on screen. */
  readonly errorBoxes: { title: string; content: string }[] = [];
  /** What Electron itself wrote to stderr (an error box asked for before ready on Linux). */
  readonly stderr: string[] = [];
  readonly openedExternally: string[] = [];
  readonly netFetches: { method: string; url: string }[] = [];
  readonly permissionHandlers: Record<string, unknown>;
  readonly #partitions = new Map<string, StandInSession>();
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
    this.defaultSession = new StandInSession(this, '');
    this.protocolHandlers = this.defaultSession.protocolHandlers;
    this.permissionHandlers = this.defaultSession.permissionHandlers;
    const whenReady = <T>(get: () => T): T => {
      if (!this.#ready) throw new TypeError('Session can only be received when app is ready');
      return get();
    };
    this.module = {
      app: this.app,
      BrowserWindow: windowClassOf(this),
      session: Object.defineProperty({ fromPartition: (partition: string) => whenReady(() => this.sessionFor(partition)) }, 'defaultSession', {
        get: () => whenReady(() => this.defaultSession),
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
          // dialog.md: before ready on Linux, stderr only and no dialog.
          if (!this.#ready && (this.options.platform ?? process.platform) === 'linux') this.stderr.push(`${title}\n${content}`);
          else this.errorBoxes.push({ title, content });
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

  /** session.fromPartition: '' is the default session; the same name, the same session. */
  sessionFor(partition: string): StandInSession {
    if (!partition) return this.defaultSession;
    let found = this.#partitions.get(partition);
    if (!found) this.#partitions.set(partition, (found = new StandInSession(this, partition)));
    return found;
  }

  /** The child windows the shell opened (its sign-in windows), closed ones too, in order. */
  get childWindows(): StandInChildWindow[] {
    return this.everyWindow.flatMap((window) => {
      const parent = window.getParentWindow();
      if (!parent) return [];
      const { session, startedNavigations, navigations, preventedNavigations, deniedWindowOpens } = window.webContents;
      return [{ window, parent, partition: session.partition, inMemory: !session.persistent, session, startedNavigations, navigations, preventedNavigations, deniedWindowOpens, closed: window.destroyed }];
    });
  }

  /** A window's page request: the test's network, else Node's fetch. */
  pageFetch(request: Request): Promise<Response> {
    const played = this.options.network?.(request);
    if (played) return played;
    // Chromium resolves "localhost" itself and tries each loopback address; Node may try ::1 alone, while MSAL's
    // listener is on 127.0.0.1 only. Same request, to 127.0.0.1.
    const url = new URL(request.url);
    if (url.hostname !== 'localhost') return nodeFetch(request);
    url.hostname = '127.0.0.1';
    return nodeFetch(new Request(url, request));
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
