// The kiosk's own sign-in window (the `window` sign-in): Entra's authorize page in a child of the kiosk window instead
// of a whole system browser at a public counter. It walks only Entra, the admin's federation hosts and MSAL's loopback
// address, and closes itself once Entra's form_post has reached that listener. Sources: electron/electron docs/api.
import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type Event, type Session, type WebContents, type WebContentsWillNavigateEventParams } from 'electron';
import type { OpenSignInWindow, SignInWindow } from '../core/auth/methods';

export interface SignInWindowOptions {
  /** The tenant's sign-in authority (https://login.microsoftonline.com/<tenant>); its host is where the window starts. */
  authority: string;
  /** Other hosts the sign-in may pass through: the tenant's federation service (ADFS, Okta…), exact host names. */
  federationHosts: readonly string[];
  log: (line: string) => void;
}

const TITLE = 'Sign in – Unlock PIN Kiosk';

/** Opens Entra's authorize page in a sign-in window of the kiosk's own, above `parent` (the kiosk window). */
export function signInWindowOpener(parent: BrowserWindow, options: SignInWindowOptions): OpenSignInWindow {
  const authorityHost = new URL(options.authority).host;
  const hosts = new Set([authorityHost, ...options.federationHosts.map((h) => h.toLowerCase())]);
  const log = (line: string) => options.log(`sign-in window: ${line}`);
  return (url) => {
    const start = new URL(url);
    if (start.protocol !== 'https:' || start.host !== authorityHost) throw new Error(`refused to open ${where(start.href)} in the sign-in window`);
    const loopback = loopbackOrigin(start.searchParams.get('redirect_uri'));
    if (!loopback) throw new Error('the sign-in page names no loopback redirect address');
    const allowed = (target: string) => {
      const parsed = parse(target);
      return parsed !== null && (parsed.origin === loopback || (parsed.protocol === 'https:' && hosts.has(parsed.host)));
    };
    return openWindow(parent, start.href, { allowed, loopback, log });
  };
}

interface Policy {
  allowed: (url: string) => boolean;
  loopback: string;
  log: (line: string) => void;
}

function openWindow(parent: BrowserWindow, url: string, { allowed, loopback, log }: Policy): SignInWindow {
  // No "persist:" prefix: an in-memory session (session.md, fromPartition), and a new one for every window, so no
  // cookie of one technician's sign-in is there for the next.
  const ses = session.fromPartition(`sign-in-${randomUUID()}`);
  lockDownSession(ses, log);
  const window = new BrowserWindow({
    parent,
    width: 520,
    height: 720,
    center: true,
    title: TITLE,
    backgroundColor: '#ffffff',
    minimizable: false,
    fullscreenable: false,
    // Spelled out as in window.ts rather than shared: the Electron security scan reads each window's literal options.
    webPreferences: {
      session: ses,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click asks for a new window, which is refused anyway; better never asked.
      disableBlinkFeatures: 'Auxclick',
      // OpenDevTools and friends return at once when this is false (electron_api_web_contents.cc), so no
      // 'devtools-opened' watch is needed.
      devTools: false,
      spellcheck: false,
    },
  });
  window.removeMenu();
  // The page's <title> would replace ours (browser-window.md, page-title-updated): the technician sees whose window it is.
  window.on('page-title-updated', (event) => event.preventDefault());
  const contents = window.webContents;
  let committed = false;
  // Entra's answer is on its way once the page heads for the loopback address: the form_post is sent with it.
  let answered = false;
  releaseAppWideLock(contents);
  guardNavigation(contents, allowed, log, (url) => {
    if (parse(url)?.origin === loopback) answered = true;
  });

  let settled = false;
  let resolveClosed!: (how: 'redirected' | 'dismissed') => void;
  let rejectClosed!: (err: Error) => void;
  const closed = new Promise<'redirected' | 'dismissed'>((resolve, reject) => {
    resolveClosed = resolve;
    rejectClosed = reject;
  });
  const close = () => {
    // destroy(): no beforeunload can keep it open, and `closed` is still emitted (base-window.md).
    if (!window.isDestroyed()) window.destroy();
  };

  contents.on('did-navigate', () => (committed = true));
  // MSAL's listener has answered Entra's form_post and its page is shown: the kiosk has what it needs.
  contents.on('did-finish-load', () => {
    if (answered && parse(contents.getURL())?.origin === loopback) close();
  });
  // A page's beforeunload must not keep the technician from closing the window (web-contents.md, will-prevent-unload).
  contents.on('will-prevent-unload', (event) => event.preventDefault());
  window.on('closed', () => {
    if (!settled) {
      settled = true;
      resolveClosed(answered ? 'redirected' : 'dismissed');
    }
    ses.clearStorageData().catch((err: unknown) => log(`clearing its storage failed: ${err instanceof Error ? err.name : 'error'}`));
  });

  // loadURL rejects when the first page fails, and also (ERR_ABORTED) when a page it led to navigates on before
  // finishing (web-contents.ts, _awaitNextLoad); only a window that never showed a page has failed.
  window.loadURL(url).catch((err: unknown) => {
    if (committed || settled) return;
    const code = (err as { code?: unknown }).code;
    const reason = typeof code === 'string' ? code : 'an error';
    log(`the sign-in page did not load (${reason})`);
    settled = true;
    rejectClosed(new Error(`The sign-in page did not load (${reason}).`));
    close();
  });
  return { closed, close };
}

/** Only what Entra's page may need: nothing. WebAuthn (security keys, passkeys) asks for no permission in Electron. */
function lockDownSession(ses: Session, log: (line: string) => void): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`denied a permission request: ${permission}`);
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
  // WebHID, WebUSB and Web Serial; a security key is reached by Chromium's own FIDO code, not through these.
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // session.md, will-download: preventDefault cancels the download.
  ses.on('will-download', (event, item) => {
    log(`blocked a download from ${where(item.getURL())}`);
    event.preventDefault();
  });
}

/**
 * The app-wide lock (navigation.ts) pins every page where it was loaded, and logs whole URLs. This window must walk
 * Entra's pages, so its listeners, attached as the window was created (web-contents-created), give way to the
 * per-host policy below; its webview block stays.
 */
function releaseAppWideLock(contents: WebContents): void {
  for (const listener of contents.listeners('will-navigate')) contents.off('will-navigate', listener as never);
  for (const listener of contents.listeners('will-redirect')) contents.off('will-redirect', listener as never);
}

function guardNavigation(contents: WebContents, allowed: (url: string) => boolean, log: (line: string) => void, going: (url: string) => void): void {
  const check = (kind: string) => (event: Event<WebContentsWillNavigateEventParams>) => {
    // Subframes stay inside the page that holds them; the main frame is what the technician sees and where answers go.
    if (!event.isMainFrame) return;
    if (allowed(event.url)) {
      going(event.url);
      return;
    }
    // Host only: the rest of the address may carry an authorization code or the technician's name.
    log(`blocked ${kind} to ${where(event.url)}`);
    event.preventDefault();
  };
  // will-frame-navigate comes first and, when prevented, will-navigate never comes (electron_navigation_throttle.cc);
  // neither comes for loadURL. will-redirect comes for every server redirect, loadURL's too.
  contents.on('will-frame-navigate', check('a navigation'));
  contents.on('will-navigate', check('a navigation'));
  contents.on('will-redirect', check('a redirect'));
  contents.setWindowOpenHandler(({ url }) => {
    log(`blocked a new window for ${where(url)}`);
    return { action: 'deny' };
  });
}

/** MSAL's loopback redirect (http://localhost:<port>, or 127.0.0.1 / [::1]) as an origin; anything else is no redirect of ours. */
function loopbackOrigin(redirectUri: string | null): string | null {
  const parsed = redirectUri ? parse(redirectUri) : null;
  if (!parsed || parsed.protocol !== 'http:' || parsed.username || parsed.password) return null;
  return ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname) ? parsed.origin : null;
}

/** An address as the log may show it: its host (with the scheme where it is not https), never its path or query. */
function where(url: string): string {
  const parsed = parse(url);
  if (!parsed) return 'an unreadable address';
  if (parsed.protocol === 'https:') return parsed.host;
  return parsed.host ? `${parsed.protocol}//${parsed.host}` : parsed.protocol;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
