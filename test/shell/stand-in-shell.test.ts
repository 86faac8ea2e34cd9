// The built shell (dist/electron/main.cjs) run in plain Node against an Electron STAND-IN (./electron-stand-in.ts),
// because no Electron binary can run here. The bundle, its core, the renderer files, the demo tenant and the files on
// disk are real; Electron is imitated as its docs describe. The real-Electron spec is test/electron/ (Playwright
// `_electron`), which runs wherever a binary exists.
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import {
  createDemoGraph,
  createDemoIdentityProvider,
  DEMO_AUTHORITY,
  DEMO_AUTHORITY_HOST,
  DEMO_CLIENT_ID,
  DEMO_EXAMPLES,
  DEMO_TENANT_ID,
  listenOnLoopback,
} from '../../electron/demo';
import { createAuditTrail } from '../../electron/core/audit';
import { ElectronStandIn, StandInFrame, type StandInKeychain } from './electron-stand-in';
import { assertBuilt, endRun, MAIN_BUNDLE, runShell, type RunningShell } from './run-shell';

const mac = DEMO_EXAMPLES.macLockedWithPin;
const APP_PAGE = 'app://kiosk/index.html';
let running: RunningShell | null = null;

beforeAll(() => assertBuilt());

afterEach(async () => {
  vi.useRealTimers();
  if (running && running.standIn.exitCode === null) await running.quit();
  running = null;
  endRun();
});

async function start(run: Parameters<typeof runShell>[0] = {}): Promise<RunningShell> {
  // The shell echoes its log to the console when not packaged, and a start-up failure to stderr; the tests read the
  // log file and the error dialog instead.
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  running = await runShell(run);
  return running;
}

async function started(run: Parameters<typeof runShell>[0] = {}): Promise<RunningShell> {
  const shell = await start(run);
  await shell.until(() => shell.standIn.windows[0]?.webContents.getURL() === APP_PAGE, 'the kiosk page');
  return shell;
}

const value = <T = Record<string, unknown>>(result: unknown): T => {
  const r = result as { ok: boolean; value?: T; error?: unknown };
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value as T;
};

async function lookUpAndReveal(shell: RunningShell): Promise<string> {
  const found = value<{ devices: { id: string }[] }>(await shell.invoke('devices:search', { query: mac.serialNumber }));
  expect(found.devices).toHaveLength(1);
  const id = found.devices[0]!.id;
  value(await shell.invoke('devices:get', { id }));
  return value<{ pin: string }>(await shell.invoke('pin:reveal', { id })).pin;
}

const logOf = (shell: RunningShell) => readFile(path.join(shell.userData, 'logs', 'kiosk.log'), 'utf8').catch(() => '');

describe('Electron stand-in running the built shell (not Electron: see test/shell/electron-stand-in.ts)', () => {
  it('starts in the documented order: sandbox and scheme before ready, the protocol and IPC handler before the page', async () => {
    const shell = await started();
    const { calls, privilegedSchemes, sandboxEnabled } = shell.standIn;
    const at = (call: string) => {
      const i = calls.indexOf(call);
      expect(i, `${call} in ${calls.join(', ')}`).toBeGreaterThanOrEqual(0);
      return i;
    };
    expect(sandboxEnabled).toBe(true);
    expect(at('app.enableSandbox')).toBeLessThan(at('ready'));
    expect(at('protocol.registerSchemesAsPrivileged')).toBeLessThan(at('ready'));
    expect(privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(at('session.protocol.handle app')).toBeLessThan(at(`loadURL ${APP_PAGE}`));
    expect(at('ipcMain.handle kiosk:invoke')).toBeLessThan(at(`loadURL ${APP_PAGE}`));
    // The window is on screen (the starting page) before the keychain is asked, and the kiosk page comes after it.
    expect(at('window.show')).toBeLessThan(at(`loadURL ${APP_PAGE}`));
    expect(at('loadURL data:…')).toBeLessThan(at('safeStorage.isAsyncEncryptionAvailable'));
    const prefs = shell.window().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
  });

  it('serves the built renderer on app:// with its CSP, and refuses traversal, other hosts and writes', async () => {
    const shell = await started();
    const page = await shell.standIn.fetchFromPage(APP_PAGE);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'; script-src 'self'/);
    expect(await page.text()).toBe(readFileSync(path.join(path.dirname(MAIN_BUNDLE), '../renderer/index.html'), 'utf8'));
    for (const url of ['app://kiosk/..%2f..%2fpackage.json', 'app://kiosk/%2e%2e/electron/main.cjs', 'app://kiosk/assets/..%5c..%5cmain.cjs', 'app://other/index.html']) {
      const refused = await shell.standIn.fetchFromPage(url);
      expect(refused.status, url).toBe(404);
      expect(await refused.text()).toBe('Not found');
    }
    expect((await shell.standIn.fetchFromPage(APP_PAGE, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('answers only the kiosk page in the top frame: an iframe, a page elsewhere, the starting screen and other files are refused', async () => {
    const shell = await started();
    const window = shell.window();
    const forbidden = { ok: false, error: { code: 'forbidden' } };
    const iframe = new StandInFrame(APP_PAGE, window.webContents.mainFrame);
    expect(await shell.standIn.invokeFromPage(window, 'kiosk:invoke', ['app:info', {}], iframe)).toMatchObject(forbidden);
    for (const elsewhere of ['https://example.com/', 'data:text/html,starting', 'app://kiosk/assets/other.html']) {
      window.webContents.mainFrame.url = elsewhere;
      expect(await shell.invoke('app:info', {}), elsewhere).toMatchObject(forbidden);
    }
    window.webContents.mainFrame.url = APP_PAGE;
    expect(await shell.invoke('app:info', {})).toMatchObject({ ok: true, value: { mode: 'demo' } });
  });

  it('looks up a demo device and reveals its PIN through the real IPC handler, with Graph on Electron\'s net.fetch only', async () => {
    // Node's fetch still carries the demo's simulated browser to MSAL's loopback redirect; Graph must not use it.
    const realFetch = globalThis.fetch;
    const nodeFetches: string[] = [];
    vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
      nodeFetches.push(input instanceof Request ? input.url : String(input));
      return realFetch(input, init);
    });
    try {
      const shell = await started();
      expect(await lookUpAndReveal(shell)).toBe(mac.pin);
      const graph = shell.standIn.netFetches.filter((f) => f.url.includes('/v1.0/deviceManagement/managedDevices'));
      expect(graph.length).toBeGreaterThanOrEqual(2);
      expect(nodeFetches.filter((url) => url.includes('/v1.0/'))).toEqual([]);
      // Events reach the page on the kiosk's event channel, never a token or PIN.
      const sent = JSON.stringify(shell.window().webContents.sent);
      expect(shell.window().webContents.sent.every((s) => s.channel === 'kiosk:event')).toBe(true);
      expect(sent).not.toContain(mac.pin);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('shows a starting screen at once and, when the keychain never answers, an error dialog and exit code 1', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const shell = await start({ keychain: 'hang' });
    await shell.until(() => shell.standIn.calls.includes('safeStorage.isAsyncEncryptionAvailable'), 'the keychain question');
    expect(shell.window().isVisible()).toBe(true);
    expect(shell.standIn.calls).not.toContain(`loadURL ${APP_PAGE}`);
    expect(decodeURIComponent(shell.window().webContents.getURL())).toMatch(/^data:text\/html[\s\S]*Waiting for the system keychain/);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await shell.standIn.exited).toBe(1);
    expect(shell.standIn.errorBoxes).toEqual([{ title: 'Unlock PIN Kiosk cannot start', content: expect.stringMatching(/keychain did not answer within 60 seconds[\s\S]*start the kiosk again/) }]);
    expect(shell.standIn.windows).toEqual([]);
  });

  it('a start-up failure (a broken config file) ends in a dialog that says what to do and exit code 1', async () => {
    const shell = await start({ args: ['--config', '/nonexistent/kiosk-config.json'] });
    expect(await shell.standIn.exited).toBe(1);
    expect(shell.standIn.errorBoxes[0]).toMatchObject({ title: 'Unlock PIN Kiosk cannot start', content: expect.stringMatching(/kiosk-config\.json[\s\S]*Fix the config file/) });
    expect(shell.standIn.windows).toEqual([]);
  });

  it('keeps the offline cache when the keychain is briefly away, reads it once it answers, and reseals a rotated key', async () => {
    const keychain: StandInKeychain = { keys: [Buffer.alloc(32, 1)] };
    const first = await started({ keychainStore: keychain });
    await lookUpAndReveal(first);
    expect(await first.quit()).toBe(0);
    const file = path.join(first.userData, 'data', 'offline-cache.bin');
    const written = await readFile(file);
    endRun();

    // Away for longer than the retries: the file stays as it is, and the technician hears why.
    const away = await started({ keychainStore: keychain, userData: first.userData });
    away.standIn.keychainAwayFor = 100;
    await away.invoke('devices:search', { query: mac.serialNumber });
    await away.until(() => JSON.stringify(away.window().webContents.sent).includes('keychain did not answer'), 'the keychain notice', 15_000);
    expect(await away.quit()).toBe(0);
    expect(await readFile(file)).toEqual(written);
    expect((await readdir(path.join(first.userData, 'data'))).filter((f) => f.includes('unreadable'))).toEqual([]);
    endRun();

    // Away for two tries, then back, under a rotated key: the cache is read, answers offline, and is sealed anew.
    keychain.keys.push(Buffer.alloc(32, 2));
    const cut = () => Promise.reject(new TypeError('net::ERR_INTERNET_DISCONNECTED'));
    const back = await started({ keychainStore: keychain, userData: first.userData, network: (r) => (r.url.includes('/v1.0/') ? cut() : null) });
    back.standIn.keychainAwayFor = 2;
    const found = value<{ source: string; devices: unknown[] }>(await back.invoke('devices:search', { query: mac.serialNumber }));
    expect(found).toMatchObject({ source: 'cache', devices: [expect.objectContaining({ serialNumber: mac.serialNumber })] });
    await back.until(() => readFileSync(file)[3] === 1, 'the cache sealed under the new key');
  }, 30_000);

  it('with no keychain, keeps sign-ins in memory, says why on screen, writes no key file and no PIN', async () => {
    const shell = await started({ keychain: 'unavailable' });
    expect(await lookUpAndReveal(shell)).toBe(mac.pin);
    expect(await shell.quit()).toBe(0);
    const data = path.join(shell.userData, 'data');
    const files = await readdir(data);
    expect(files).not.toContain('kiosk.key');
    const cache = await readFile(path.join(data, 'offline-cache.bin'), 'utf8');
    expect(cache).toContain(mac.serialNumber);
    expect(cache).not.toContain(mac.pin);
  });

  /** A config file for the demo tenant's identity provider and Graph (on loopback), as an admin would write one. */
  async function tenantConfig(graphUrl: string, extra: Record<string, unknown> = {}): Promise<string> {
    const configFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'kiosk-config-')), 'config.json');
    await writeFile(configFile, JSON.stringify({ tenantId: DEMO_TENANT_ID, clientId: DEMO_CLIENT_ID, authority: DEMO_AUTHORITY, graphBaseUrl: `${graphUrl}/v1.0`, kiosk: true, ...extra }));
    return configFile;
  }

  /** The sign-in authority is played by the demo identity provider; everything else goes to the real network. */
  const playing = (idp: ReturnType<typeof createDemoIdentityProvider>) => (request: Request) => (new URL(request.url).host === DEMO_AUTHORITY_HOST ? idp.handle(request) : null);

  it('kiosk mode on a tenant: the sign-in window, sign-in and Graph on net.fetch, never the system browser', async () => {
    const idp = createDemoIdentityProvider();
    const server = await listenOnLoopback(createDemoGraph({ verifyToken: idp.verifyAccessToken }).handle);
    const nodeFetch = vi.fn();
    vi.stubGlobal('fetch', nodeFetch);
    try {
      const shell = await started({ args: ['--config', await tenantConfig(server.url)], keychain: 'unavailable', network: playing(idp) });
      const status = value(await shell.invoke('auth:status', {}));
      expect(status).toMatchObject({ state: 'signedOut', methods: ['window'], tokenCache: { persisted: false, protection: 'none', note: { id: 'signInsNotKept', why: 'noKeychain' } } });
      expect(await shell.invoke('auth:signIn', { method: 'browser' })).toMatchObject({ ok: false, error: { code: 'not_supported' } });
      expect(await shell.invoke('auth:signIn', { method: 'deviceCode' })).toMatchObject({ ok: false, error: { code: 'not_supported' } });

      // The stand-in loads the authorize page from the played host and submits its form_post to MSAL's loopback
      // listener, as Chromium would run the page; the window then closes itself.
      expect(value(await shell.invoke('auth:signIn', { method: 'window' }))).toMatchObject({ state: 'signedIn' });
      const [signIn, ...more] = shell.standIn.childWindows;
      expect(more).toEqual([]);
      expect(signIn!.parent).toBe(shell.window());
      expect(signIn!.inMemory).toBe(true);
      expect((signIn!.window.options.webPreferences as Record<string, unknown>)).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false });
      // The sign-in may end (MSAL has the code) before the window shows the listener's answer: then the core closes it.
      await shell.until(() => signIn!.closed && signIn!.session.storageCleared === 1, 'the sign-in window to close and forget its session');
      expect(signIn!.startedNavigations.map((url) => new URL(url).origin)).toEqual([`https://${DEMO_AUTHORITY_HOST}`, expect.stringMatching(/^http:\/\/localhost:\d+$/)]);
      expect(signIn!.preventedNavigations).toEqual([]);
      // The window's end was Entra's answer, not a cancellation.
      expect(value(await shell.invoke('auth:status', {}))).toMatchObject({ state: 'signedIn' });
      expect(idp.requests).toContainEqual({ method: 'GET', url: `${DEMO_AUTHORITY}/oauth2/v2.0/authorize` });

      const found = value<{ devices: { id: string }[] }>(await shell.invoke('devices:search', { query: mac.serialNumber }));
      expect(found.devices).toHaveLength(1);
      expect(shell.standIn.openedExternally).toEqual([]);
      expect(shell.standIn.netFetches.some((f) => new URL(f.url).host === DEMO_AUTHORITY_HOST && f.method === 'POST')).toBe(true);
      expect(shell.standIn.netFetches.some((f) => f.url.startsWith(`${server.url}/v1.0/deviceManagement/managedDevices`))).toBe(true);
      expect(nodeFetch).not.toHaveBeenCalled();
      // Nothing of the authorize address (state, PKCE challenge) or the code in the log.
      const log = await logOf(shell);
      expect(log).not.toMatch(/authorize\?|code_challenge|demo-code\./);
      // Kiosk mode: the window closes only when the app quits.
      expect(shell.window().close()).toBe(false);
    } finally {
      vi.unstubAllGlobals();
      await server.close();
    }
  });

  it('kiosk mode on a tenant whose config lists the device code: both sign-ins offered, the window first', async () => {
    const idp = createDemoIdentityProvider({ autoApproveDeviceCodesAfterMs: 200, deviceCodeIntervalSec: 1 });
    const server = await listenOnLoopback(createDemoGraph({ verifyToken: idp.verifyAccessToken }).handle);
    try {
      const configFile = await tenantConfig(server.url, { signIn: { methods: ['window', 'deviceCode'] } });
      const shell = await started({ args: ['--config', configFile], keychain: 'unavailable', network: playing(idp) });
      expect(value(await shell.invoke('auth:status', {}))).toMatchObject({ state: 'signedOut', methods: ['window', 'deviceCode'] });
      expect(await shell.invoke('auth:signIn', { method: 'browser' })).toMatchObject({ ok: false, error: { code: 'not_supported' } });
      expect(value(await shell.invoke('auth:signIn', { method: 'deviceCode' }))).toMatchObject({ state: 'signedIn' });
      expect(shell.standIn.childWindows).toEqual([]);
      expect(shell.standIn.openedExternally).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("the sign-in window cannot use the kiosk's IPC, and closing it cancels the sign-in", async () => {
    const idp = createDemoIdentityProvider();
    const server = await listenOnLoopback(createDemoGraph({ verifyToken: idp.verifyAccessToken }).handle);
    try {
      // Entra's page waits for the technician: it shows a form and submits nothing by itself.
      const waiting = (request: Request) =>
        new URL(request.url).pathname.endsWith('/oauth2/v2.0/authorize')
          ? Promise.resolve(new Response('<!doctype html><title>Sign in</title><form><input name="loginfmt"></form>', { headers: { 'content-type': 'text/html' } }))
          : playing(idp)(request);
      const shell = await started({ args: ['--config', await tenantConfig(server.url)], keychain: 'unavailable', network: waiting });
      const signingIn = shell.invoke('auth:signIn', { method: 'window' });
      await shell.until(() => shell.standIn.childWindows[0]?.navigations.length === 1, 'the sign-in page');
      const signIn = shell.standIn.childWindows[0]!;

      const forbidden = { ok: false, error: { code: 'forbidden' } };
      expect(await shell.standIn.invokeFromPage(signIn.window, 'kiosk:invoke', ['auth:status', {}])).toMatchObject(forbidden);
      // Not even on the kiosk page's own address: it is another window's frame.
      signIn.window.webContents.mainFrame.url = APP_PAGE;
      expect(await shell.standIn.invokeFromPage(signIn.window, 'kiosk:invoke', ['app:info', {}])).toMatchObject(forbidden);
      expect(signIn.window.webContents.sent).toEqual([]);

      // The technician closes the window: the sign-in is canceled, and nothing of it stays.
      expect(signIn.window.close()).toBe(true);
      expect(await signingIn).toMatchObject({ ok: false, error: { code: 'canceled' } });
      expect(value(await shell.invoke('auth:status', {}))).toMatchObject({ state: 'signedOut' });
      await shell.until(() => signIn.session.storageCleared === 1, 'the sign-in session cleared');
    } finally {
      await server.close();
    }
  });

  it('packaged: ignores --config and the config variable, and refuses debugging and no-sandbox switches', async () => {
    const env = { UNLOCK_PIN_KIOSK_CONFIG: '/nonexistent/env-config.json' };
    const shell = await started({ isPackaged: true, args: ['--config', '/nonexistent/arg-config.json'], env });
    expect(value(await shell.invoke('app:info', {}))).toMatchObject({ mode: 'unconfigured' });
    expect(shell.standIn.errorBoxes).toEqual([]);
    expect(await shell.quit()).toBe(0);
    endRun();

    for (const args of [['--remote-debugging-port=9222'], ['--remote-debugging-pipe'], ['--no-sandbox'], ['--inspect-brk=9229'], ['-inspect']]) {
      const refused = await start({ isPackaged: true, args, platform: 'linux' });
      expect(await refused.standIn.exited, args[0]).toBe(1);
      // A dialog on screen, also on Linux: the refusal waits for ready, before which Linux shows none.
      expect(refused.standIn.errorBoxes, args[0]).toEqual([{ title: 'Unlock PIN Kiosk cannot start', content: expect.stringContaining(args[0]!.split('=')[0]!) }]);
      expect(refused.standIn.stderr).toEqual([]);
      const { calls } = refused.standIn;
      expect(calls.indexOf('ready'), calls.join(', ')).toBeGreaterThanOrEqual(0);
      expect(calls.indexOf('ready')).toBeLessThan(calls.indexOf('dialog.showErrorBox'));
      expect(calls).not.toContain('new BrowserWindow');
      endRun();
    }
    // A developer's unpackaged run may use them.
    const dev = await started({ args: ['--remote-debugging-port=9222'] });
    expect(dev.standIn.errorBoxes).toEqual([]);
  });

  it("runs an admin's report without opening the kiosk, and a packaged one still refuses debugging switches", async () => {
    // A trail the kiosk wrote: two sealed records, checked intact (exit 0); one record edited, not intact (exit 1).
    const folder = await mkdtemp(path.join(os.tmpdir(), 'kiosk-audit-'));
    const trail = createAuditTrail({ dir: folder });
    for (const [time, action] of [['2026-05-04T10:02:13.481Z', 'device-view'], ['2026-05-04T10:02:20.000Z', 'pin-reveal']] as const) {
      trail.append({ time, technician: 'alex.wilber@contoso.com', computer: 'HELPDESK-03', appVersion: '0.1.0', action, outcome: 'success', deviceId: mac.id });
    }
    const printed = () => (console.log as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((c) => c.join(' ')).join('\n');
    const report = await start({ isPackaged: true, args: ['--verify-audit', folder] });
    expect(await report.standIn.exited).toBe(0);
    expect(printed()).toMatch(/^Intact: 2 records, from 2026-05-04T10:02:13\.481Z to 2026-05-04T10:02:20\.000Z/m);
    expect(report.standIn.calls).not.toContain('new BrowserWindow');
    expect(report.standIn.errorBoxes).toEqual([]);
    endRun();
    vi.restoreAllMocks();

    const file = path.join(folder, 'audit.jsonl');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"pin-reveal"', '"device-view"'));
    const tampered = await start({ isPackaged: true, args: ['--verify-audit', folder] });
    expect(await tampered.standIn.exited).toBe(1);
    expect(printed()).toMatch(/^NOT intact: .*Record 2 .*was changed after it was written/m);
    endRun();

    const refused = await start({ isPackaged: true, args: ['--verify-audit', folder, '--remote-debugging-port=9222'] });
    expect(await refused.standIn.exited).toBe(1);
    expect(refused.standIn.errorBoxes[0]?.content).toContain('--remote-debugging-port');
  });

  it('quits within about 3 s even when the last write never finishes', async () => {
    const shell = await started();
    await lookUpAndReveal(shell);
    // The keychain stops answering: the offline cache's last write waits for it for ever.
    (shell.standIn.module.safeStorage as { encryptStringAsync: unknown }).encryptStringAsync = () => new Promise(() => {});
    await lookUpAndReveal(shell);
    expect(await shell.quit()).toBe(0);
    expect(await logOf(shell)).toMatch(/the last writes did not finish within 3 s; quitting anyway/);
  });

  it('a second start after the window closed touches no destroyed window; a failed page load is logged', async () => {
    const shell = await start({ failLoads: /^app:\/\/kiosk\/index\.html$/ });
    await shell.until(() => shell.standIn.calls.includes(`loadURL ${APP_PAGE}`), 'the page load');
    await shell.until(() => readFileSync(path.join(shell.userData, 'logs', 'kiosk.log'), 'utf8').includes('the kiosk page did not load'), 'the log line').catch(async () => {
      throw new Error(`log: ${await logOf(shell)}`);
    });
    shell.window().destroy();
    expect(() => shell.standIn.secondInstance()).not.toThrow();
    expect(await shell.standIn.exited).toBe(0);
  });

  it('blocks navigation and new windows from the page', async () => {
    const shell = await started();
    const contents = shell.window().webContents;
    const navigation = { url: 'https://example.com/', defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    contents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('bundles only the version of package.json into main.cjs', () => {
    const bundle = readFileSync(MAIN_BUNDLE, 'utf8');
    expect(bundle).toContain(JSON.stringify(packageJson.version));
    expect(bundle).not.toContain(packageJson.description);
    expect(bundle).not.toContain('devDependencies');
  });
});

describe('the stand-in is as strict as Electron’s docs', () => {
  it('shows an error box asked for before ready on Linux only on stderr (dialog.md), elsewhere and after ready as a dialog', async () => {
    const userData = await mkdtemp(path.join(os.tmpdir(), 'kiosk-stand-in-'));
    const box = (standIn: ElectronStandIn) => (standIn.module.dialog as { showErrorBox(title: string, content: string): void }).showErrorBox('Title', 'Content');
    const linux = new ElectronStandIn({ version: packageJson.version, userData, platform: 'linux' });
    box(linux);
    expect([linux.errorBoxes, linux.stderr]).toEqual([[], ['Title\nContent']]);
    linux.becomeReady();
    await (linux.app.whenReady as () => Promise<void>)();
    box(linux);
    expect(linux.errorBoxes).toEqual([{ title: 'Title', content: 'Content' }]);
    for (const platform of ['win32', 'darwin'] as const) {
      const other = new ElectronStandIn({ version: packageJson.version, userData, platform });
      box(other);
      expect([other.errorBoxes, other.stderr], platform).toEqual([[{ title: 'Title', content: 'Content' }], []]);
    }
  });
});
