// The kiosk's sign-in window (electron/shell/sign-in-window.ts) against the Electron STAND-IN (./electron-stand-in.ts):
// the real module, with `electron` answered by the stand-in, Entra's pages played through its `network` option, and a
// real HTTP listener on 127.0.0.1 in place of MSAL's loopback client. Not Electron: no page runs.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SignInWindow } from '../../electron/core/auth/methods';
import { bindIpc } from '../../electron/shell/ipc';
import { lockNavigation } from '../../electron/shell/navigation';
import { signInWindowOpener } from '../../electron/shell/sign-in-window';
import { ElectronStandIn, type StandInBrowserWindow, type StandInChildWindow } from './electron-stand-in';

const hold = vi.hoisted(() => ({ standIn: null as ElectronStandIn | null }));
// The module imports BrowserWindow, session and ipcMain from `electron`: this test's stand-in.
vi.mock('electron', () => ({
  get BrowserWindow() {
    return hold.standIn!.module.BrowserWindow;
  },
  get session() {
    return hold.standIn!.module.session;
  },
  get ipcMain() {
    return hold.standIn!.module.ipcMain;
  },
}));

const AUTHORITY_HOST = 'login.microsoftonline.com';
const AUTHORITY = `https://${AUTHORITY_HOST}/contoso.onmicrosoft.com`;
const FEDERATION = 'adfs.contoso.com';
const STATE = 'state-7f3a';
const CODE = 'code-0.AXoA-secret';

/** MSAL's loopback listener, as far as the window sees it: a form_post answer on "/" and a page saying so. */
interface Loopback {
  redirectUri: string;
  posts: string[];
  /** Holds the listener's answers back until `release` (MSAL busy redeeming the code). */
  holding: boolean;
  release(): void;
  close(): Promise<void>;
}

async function listen(): Promise<Loopback> {
  const posts: string[] = [];
  const held: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (req.method === 'POST') posts.push(body);
      const answer = () => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Signed in</title><p>You can close this window.</p>');
      if (listener.holding) held.push(answer);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const listener: Loopback = {
    redirectUri: `http://localhost:${(server.address() as AddressInfo).port}`,
    posts,
    holding: false,
    release: () => held.splice(0).forEach((answer) => answer()),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return listener;
}

const html = (body: string, headers: Record<string, string> = {}) =>
  new Response(`<!doctype html><html><head><title>Sign in to your account</title></head><body>${body}</body></html>`, { headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });

/** Entra's form_post answer page, as the demo identity provider (and Entra) writes it. */
const formPost = (action: string) =>
  html(`<form method="POST" name="hiddenform" action="${action}"><input type="hidden" name="code" value="${CODE}"><input type="hidden" name="state" value="${STATE}"><noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit"></noscript></form><script>document.forms[0].submit()</script>`);

let loopback: Loopback;
let standIn: ElectronStandIn;
let kiosk: StandInBrowserWindow;
let logged: string[];
/** What the played hosts answer: `authorize` for the first page. */
let pages: Record<string, (request: Request) => Response>;

beforeEach(async () => {
  loopback = await listen();
  logged = [];
  pages = {
    [`${AUTHORITY_HOST} /contoso.onmicrosoft.com/oauth2/v2.0/authorize`]: () => html('<form id="i0281"><input name="loginfmt"></form>', { 'set-cookie': 'ESTSAUTH=technician-one; path=/; secure; httponly' }),
    [`${FEDERATION} /adfs/ls/`]: () => html('<form method="post" action="/adfs/ls/"><input name="UserName"></form>'),
  };
  standIn = new ElectronStandIn({
    userData: '/nonexistent',
    version: '0.0.0',
    network: (request) => {
      const url = new URL(request.url);
      if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') return null;
      const page = pages[`${url.host} ${url.pathname}`];
      return Promise.resolve(page ? page(request) : new Response('not found', { status: 404 }));
    },
  });
  hold.standIn = standIn;
  standIn.becomeReady();
  await (standIn.app.whenReady as () => Promise<void>)();
  kiosk = new (standIn.module.BrowserWindow as new (options: object) => StandInBrowserWindow)({ width: 1280, height: 800 });
});

afterEach(async () => {
  await loopback.close();
});

function opener(federationHosts: string[] = [FEDERATION]) {
  return signInWindowOpener(kiosk as never, { authority: AUTHORITY, federationHosts, log: (line) => logged.push(line) });
}

function authorizeUrl(redirectUri = loopback.redirectUri): string {
  const params = new URLSearchParams({ client_id: 'c0ffee', response_type: 'code', response_mode: 'form_post', redirect_uri: redirectUri, state: STATE, login_hint: 'alex.wilber@contoso.com' });
  return `${AUTHORITY}/oauth2/v2.0/authorize?${params}`;
}

/** Opens the window and waits until its first page is shown. */
async function opened(url = authorizeUrl()): Promise<{ handle: SignInWindow; child: StandInChildWindow }> {
  const handle = opener()(url);
  const child = standIn.childWindows.at(-1)!;
  await vi.waitFor(() => expect(child.navigations.length).toBeGreaterThan(0));
  return { handle, child };
}

const settled = (closed: Promise<unknown>) => Promise.race([closed.then((how) => how), new Promise((resolve) => setTimeout(() => resolve('pending'), 50))]);

describe("the kiosk's sign-in window (against the Electron stand-in, not Electron)", () => {
  it('is a child of the kiosk window, in an in-memory session of its own, sandboxed, without developer tools or a preload', async () => {
    const { child } = await opened();
    const { window } = child;
    expect(child.parent).toBe(kiosk);
    expect(window.getParentWindow()).toBe(kiosk);
    expect(window.options).toMatchObject({ width: 520, height: 720, center: true, title: expect.stringContaining('Sign in') });
    expect(window.menuRemoved).toBe(true);
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false, spellcheck: false, webviewTag: false, webSecurity: true });
    expect(prefs.preload).toBeUndefined();
    expect(child.partition).not.toBe('');
    expect(child.partition.startsWith('persist:')).toBe(false);
    expect(child.inMemory).toBe(true);
    expect(prefs.session).toBe(child.session);
    // The page's <title> does not replace the window's.
    expect(window.getTitle()).toMatch(/Sign in – Unlock PIN Kiosk/);

    // Every window a session of its own.
    await opened();
    const [first, second] = standIn.childWindows;
    expect(second!.partition).not.toBe(first!.partition);
    expect(second!.session).not.toBe(first!.session);
  });

  it("walks Entra's form_post to MSAL's loopback listener, then closes itself ('redirected') and clears its session", async () => {
    pages[`${AUTHORITY_HOST} /contoso.onmicrosoft.com/oauth2/v2.0/authorize`] = () => {
      const page = formPost(loopback.redirectUri);
      page.headers.append('set-cookie', 'ESTSAUTH=technician-one; path=/; secure');
      return page;
    };
    const handle = opener()(authorizeUrl());
    const child = standIn.childWindows[0]!;
    await expect(handle.closed).resolves.toBe('redirected');
    expect(loopback.posts).toEqual([new URLSearchParams({ code: CODE, state: STATE }).toString()]);
    expect(child.navigations.map((url) => new URL(url).origin)).toEqual([`https://${AUTHORITY_HOST}`, loopback.redirectUri]);
    expect(child.preventedNavigations).toEqual([]);
    expect(child.window.isDestroyed()).toBe(true);
    await vi.waitFor(() => expect(child.session.storageCleared).toBe(1));
    expect(child.session.cookies.size).toBe(0);
    expect(() => handle.close()).not.toThrow();

    // The next technician's window starts with nothing of this sign-in.
    opener()(authorizeUrl());
    const next = standIn.childWindows[1]!;
    expect(next.session).not.toBe(child.session);
    expect(next.session.cookies.size).toBe(0);
  });

  it("closed by the core once Entra's answer is on its way to the listener: 'redirected', not a cancellation", async () => {
    pages[`${AUTHORITY_HOST} /contoso.onmicrosoft.com/oauth2/v2.0/authorize`] = () => formPost(loopback.redirectUri);
    loopback.holding = true;
    const handle = opener()(authorizeUrl());
    // MSAL has the code (and the core ends the sign-in) before its listener answers the window.
    await vi.waitFor(() => expect(loopback.posts).toHaveLength(1));
    handle.close();
    await expect(handle.closed).resolves.toBe('redirected');
    loopback.release();
  });

  it('goes to the federation hosts, the loopback redirect and the authority only, logging a refused host without its address', async () => {
    const { child } = await opened();
    const contents = child.window.webContents;
    expect(await contents.pageNavigates(`https://${FEDERATION}/adfs/ls/?username=alex.wilber%40contoso.com`)).toBe('finished');
    expect(await contents.pageNavigates(authorizeUrl())).toBe('finished');

    const refused = [
      'https://evil.example/phish?code=stolen-code&login_hint=alex.wilber',
      `http://${AUTHORITY_HOST}/contoso.onmicrosoft.com/oauth2/v2.0/authorize`,
      `https://${FEDERATION}.evil.example/adfs/ls/`,
      `https://${AUTHORITY_HOST}.evil.example/`,
      `https://${AUTHORITY_HOST}:8443/`,
      `http://localhost:${Number(new URL(loopback.redirectUri).port) + 1}/`,
      loopback.redirectUri.replace('localhost', '127.0.0.1'),
      'file:///etc/passwd',
      'data:text/html,<h1>not Entra</h1>',
      'javascript:alert(1)',
    ];
    for (const url of refused) expect(await contents.pageNavigates(url), url).toBe('prevented');
    // will-frame-navigate refuses first, so will-navigate never comes (electron_navigation_throttle.cc).
    expect(child.preventedNavigations).toEqual(refused.map((url) => ({ kind: 'will-frame-navigate', url })));
    expect(logged).toContain('sign-in window: blocked a navigation to evil.example');
    expect(logged).toContain(`sign-in window: blocked a navigation to http://${AUTHORITY_HOST}`);
    expect(logged).toContain('sign-in window: blocked a navigation to file:');
    const log = logged.join('\n');
    for (const secret of ['phish', 'stolen-code', 'alex.wilber', 'passwd', 'alert', 'not Entra', '/adfs/']) expect(log).not.toContain(secret);

    // A subframe stays inside the page that holds it; the main frame is what the policy guards.
    const subframe = { url: 'https://autologon.microsoftazuread-sso.com/', isMainFrame: false, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    contents.emit('will-frame-navigate', subframe);
    expect(subframe.defaultPrevented).toBe(false);
  });

  it('refuses a server redirect off the allowed hosts, loadURL\'s own included', async () => {
    pages[`${AUTHORITY_HOST} /contoso.onmicrosoft.com/oauth2/v2.0/authorize`] = () => new Response(null, { status: 302, headers: { location: 'https://evil.example/collect?code=stolen' } });
    const handle = opener()(authorizeUrl());
    const child = standIn.childWindows[0]!;
    // Nothing was ever shown: the window goes, and the core hears that the page did not load.
    await expect(handle.closed).rejects.toThrow(/The sign-in page did not load \(ERR_/);
    expect(child.preventedNavigations).toEqual([{ kind: 'will-redirect', url: 'https://evil.example/collect?code=stolen' }]);
    expect(child.window.isDestroyed()).toBe(true);
    expect(logged).toContain('sign-in window: blocked a redirect to evil.example');
    expect(logged.join('\n')).not.toMatch(/stolen|collect|authorize|alex/);

    // A redirect to a federation host is followed.
    pages[`${AUTHORITY_HOST} /contoso.onmicrosoft.com/oauth2/v2.0/authorize`] = () => new Response(null, { status: 302, headers: { location: `https://${FEDERATION}/adfs/ls/?wa=wsignin1.0` } });
    const { child: federated } = await opened();
    expect(federated.navigations).toEqual([`https://${FEDERATION}/adfs/ls/?wa=wsignin1.0`]);
  });

  it('opens no other window, downloads nothing and grants no permission', async () => {
    const { child } = await opened();
    const contents = child.window.webContents;
    expect(contents.pageOpensWindow('https://login.microsoftonline.com/help?x=1')).toBe(false);
    expect(contents.pageOpensWindow('https://evil.example/')).toBe(false);
    expect(child.deniedWindowOpens).toEqual(['https://login.microsoftonline.com/help?x=1', 'https://evil.example/']);
    expect(logged).toContain('sign-in window: blocked a new window for evil.example');

    contents.downloadURL('https://evil.example/tool.exe');
    pages[`${AUTHORITY_HOST} /file`] = () => new Response('MZ', { headers: { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="tool.exe"' } });
    expect(await contents.pageNavigates(`https://${AUTHORITY_HOST}/file`)).toBe('download');
    expect(child.session.downloads).toEqual([
      { url: 'https://evil.example/tool.exe', prevented: true },
      { url: `https://${AUTHORITY_HOST}/file`, prevented: true },
    ]);

    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'hid', 'usb', 'local-network-access', 'loopback-network']) {
      expect(await contents.pageRequestsPermission(permission), permission).toBe(false);
      expect(contents.pageChecksPermission(permission), permission).toBe(false);
    }
    expect(logged).toContain('sign-in window: denied a permission request: media');
    const device = child.session.permissionHandlers.device as (details: object) => boolean;
    expect(device({ deviceType: 'hid', origin: `https://${AUTHORITY_HOST}`, device: {} })).toBe(false);
    // Its own session's handlers: the kiosk page's default session is left to permissions.ts.
    expect(standIn.defaultSession.permissionHandlers).toEqual({});
  });

  it("closed by the technician: 'dismissed', and its storage cleared", async () => {
    const { handle, child } = await opened();
    expect(child.session.cookies.get(AUTHORITY_HOST)?.get('ESTSAUTH')).toBe('technician-one');
    // A page's beforeunload may not keep it open (will-prevent-unload).
    const unload = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    child.window.webContents.emit('will-prevent-unload', unload);
    expect(unload.defaultPrevented).toBe(true);
    expect(child.window.close()).toBe(true);
    await expect(handle.closed).resolves.toBe('dismissed');
    await vi.waitFor(() => expect(child.session.storageCleared).toBe(1));
    expect(child.session.cookies.size).toBe(0);
  });

  it("close() from the core closes it once, and is safe again and after it is gone", async () => {
    const { handle, child } = await opened();
    expect(await settled(handle.closed)).toBe('pending');
    handle.close();
    handle.close();
    await expect(handle.closed).resolves.toBe('dismissed');
    expect(child.window.isDestroyed()).toBe(true);
    expect(() => handle.close()).not.toThrow();
    await vi.waitFor(() => expect(child.session.storageCleared).toBe(1));
  });

  it("opens only an https page on the authority's host that names a loopback redirect", () => {
    const open = opener();
    const refused = [
      authorizeUrl().replace('https:', 'http:'),
      authorizeUrl().replace(AUTHORITY_HOST, FEDERATION),
      authorizeUrl().replace(AUTHORITY_HOST, 'evil.example'),
      authorizeUrl('https://evil.example/'),
      authorizeUrl('http://evil.example:1234/'),
      authorizeUrl('http://user:pw@localhost:1234/'),
      `${AUTHORITY}/oauth2/v2.0/authorize?client_id=c0ffee`,
      'not a url',
    ];
    for (const url of refused) expect(() => open(url), url).toThrow();
    expect(standIn.childWindows).toEqual([]);
    expect(() => open(authorizeUrl('http://127.0.0.1:1234'))).not.toThrow();
  });

  it('a sign-in page that cannot be reached closes the window and says so, without its address in the log', async () => {
    standIn.options.network = () => Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } }));
    const handle = opener()(authorizeUrl());
    await expect(handle.closed).rejects.toThrow('The sign-in page did not load (ERR_NAME_NOT_RESOLVED).');
    expect(standIn.childWindows[0]!.window.isDestroyed()).toBe(true);
    expect(logged).toEqual(['sign-in window: the sign-in page did not load (ERR_NAME_NOT_RESOLVED)']);
  });

  it("the app-wide navigation lock gives way in the sign-in window only", async () => {
    const warned: string[] = [];
    lockNavigation(standIn.app as never, { info: () => {}, warn: (line: string) => warned.push(line), error: () => {}, core: () => {} });
    const { child } = await opened();
    expect(await child.window.webContents.pageNavigates(`https://${FEDERATION}/adfs/ls/`)).toBe('finished');
    expect(await child.window.webContents.pageNavigates('https://evil.example/?code=x')).toBe('prevented');
    expect(warned).toEqual([]);
    // A window opened afterwards (the kiosk's kind) is still pinned to its page.
    const other = new (standIn.module.BrowserWindow as new (options: object) => StandInBrowserWindow)({});
    expect(await other.webContents.pageNavigates(`https://${FEDERATION}/adfs/ls/`)).toBe('prevented');
  });

  it("cannot reach the kiosk's IPC: a frame of the sign-in window is refused, even on the kiosk page's address", async () => {
    const core = { invoke: vi.fn(async () => ({ ok: true, value: {} })), subscribe: () => () => {}, dispose: async () => {} };
    const unbind = bindIpc(core as never, kiosk as never);
    try {
      const { child } = await opened();
      child.window.webContents.mainFrame.url = 'app://kiosk/index.html';
      expect(await standIn.invokeFromPage(child.window, 'kiosk:invoke', ['auth:status', {}])).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(core.invoke).not.toHaveBeenCalled();
      kiosk.webContents.mainFrame.url = 'app://kiosk/index.html';
      expect(await standIn.invokeFromPage(kiosk, 'kiosk:invoke', ['auth:status', {}])).toMatchObject({ ok: true });
    } finally {
      unbind();
    }
  });
});
