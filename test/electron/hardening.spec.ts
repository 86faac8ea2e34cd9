// The shell's hardening in real Electron, where a binary exists (ELECTRON_OVERRIDE_DIST_PATH, or one already
// downloaded); elsewhere it skips, and type checks, lint and the Electronegativity scan cover the shell.
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { findElectron } from '../../electron/dev/electron-binary';
import { repoRoot } from '../../electron/dev/paths';

const found = findElectron();
const binary = found.ok ? found.path : null;
const SKIP_REASON = 'No Electron binary on this machine (set ELECTRON_OVERRIDE_DIST_PATH to run this spec).';

test.describe('the hardened kiosk window', () => {
  let app: ElectronApplication;
  test.skip(!binary, SKIP_REASON);
  test.beforeAll(async () => {
    app = await electron.launch({ executablePath: binary!, args: [repoRoot, '--kiosk'] });
    // The window opens on its starting screen and moves to the kiosk page once the keychain has answered.
    await (await app.firstWindow()).waitForURL('app://kiosk/index.html');
  });
  test.afterAll(async () => {
    await app?.close();
  });

  test('runs the page from app://kiosk, isolated, with only the kiosk bridge', async () => {
    const window = await app.firstWindow();
    expect(window.url()).toBe('app://kiosk/index.html');
    expect(
      await window.evaluate(() => {
        const g = globalThis as unknown as Record<string, unknown>;
        return { require: typeof g.require, process: typeof g.process, bridge: Object.keys(g.kiosk as object).sort() };
      }),
    ).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke', 'subscribe'] });
  });

  test('is a kiosk: full screen, no menu, one window, no devtools', async () => {
    const window = await app.firstWindow();
    const state = () =>
      app.evaluate(({ BrowserWindow, Menu }) => {
        const all = BrowserWindow.getAllWindows();
        const win = all[0]!;
        return { windows: all.length, kiosk: win.isKiosk(), fullScreen: win.isFullScreen(), menu: Menu.getApplicationMenu(), devTools: win.webContents.isDevToolsOpened() };
      });
    // Entering full screen is asynchronous on some window managers (and animated on macOS).
    await expect.poll(state, { timeout: 5_000 }).toEqual({ windows: 1, kiosk: true, fullScreen: true, menu: null, devTools: false });

    // Asked for, the developer tools stay shut: by the keys a visitor might try, and by the API itself, which the
    // window's webPreferences.devTools: false turns off (Electron's structures/web-preferences.md).
    for (const keys of ['F12', 'Control+Shift+I', 'Meta+Alt+I']) await window.keyboard.press(keys);
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.openDevTools({ mode: 'detach' }));
    await window.waitForTimeout(500);
    expect(await state()).toEqual({ windows: 1, kiosk: true, fullScreen: true, menu: null, devTools: false });
  });

  test('denies navigation, new windows, permissions and network from the page', async () => {
    const window = await app.firstWindow();
    // The page's globals, typed here because this file is checked without the DOM library.
    type PageGlobals = {
      open(url: string): unknown;
      navigator: { permissions: { query(d: { name: string }): Promise<{ state: string }> } };
      location: { href: string };
    };
    expect(await window.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.com/') === null)).toBe(true);
    expect(
      await window.evaluate(async () => (await (globalThis as unknown as PageGlobals).navigator.permissions.query({ name: 'geolocation' })).state),
    ).toBe('denied');
    expect(await window.evaluate(() => fetch('app://kiosk/index.html').then(() => 'fetched', () => 'blocked'))).toBe('blocked');
    await window.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
    });
    await window.waitForTimeout(500);
    expect(window.url()).toBe('app://kiosk/index.html');
  });

  test('serves files with the CSP header and refuses traversal', async () => {
    await app.firstWindow();
    const answers = await app.evaluate(async ({ session }) => {
      const page = await session.defaultSession.fetch('app://kiosk/index.html');
      const escape = await session.defaultSession.fetch('app://kiosk/..%2f..%2fpackage.json');
      return { status: page.status, csp: page.headers.get('content-security-policy'), escape: escape.status };
    });
    expect(answers.status).toBe(200);
    expect(answers.csp).toContain("script-src 'self'");
    expect(answers.escape).toBe(404);
  });
});
