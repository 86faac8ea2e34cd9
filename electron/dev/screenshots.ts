// `npm run screenshots`: a PNG of every kiosk screen on the demo tenant, written to docs/screenshots/.
// Each screen gets a fresh simulated tenant and core, driven through the built renderer in Chromium.
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createKioskCore, nodeFetch, type KioskCoreOptions } from '../core';
import {
  createDemoBroker,
  createDemoGraph,
  createDemoIdentityProvider,
  DEMO_EXAMPLES,
  DEMO_SECRET_EXAMPLES,
  demoDevices,
  demoTenant,
  listenOnLoopback,
  type DemoGraph,
  type DemoIdentityProvider,
} from '../demo';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { attachKiosk, PAGE_ORIGIN } from './page-bridge';
import { repoRoot } from './paths';

interface Shot {
  name: string;
  /** Browser zoom in percent; 200 renders the page as a 200 % zoomed 1280×800 window. */
  zoom?: 100 | 200;
  locale?: string;
  query?: string;
  core?: Partial<KioskCoreOptions>;
  /** Offers Windows' sign-in first, through the demo's broker stand-in, as a kiosk on a Windows PC does. */
  broker?: boolean;
  run: (page: Page, tenant: Tenant) => Promise<void>;
}

interface Tenant {
  graph: DemoGraph;
  identity: DemoIdentityProvider;
  /** Moves the clock forward, the tenant's and the page's (a remote lock is delivered 30 s after it is sent). */
  advance(ms: number): Promise<void>;
}

const outDir = path.join(repoRoot, 'docs', 'screenshots');
/**
 * Every screen is taken at this instant, on the page and in the simulated tenant, with fixed sign-in codes: the same
 * build writes the same files. The clock moves only when a shot moves it.
 */
const SHOT_TIME = Date.parse('2026-03-10T09:41:00Z');
const only = process.argv.slice(2);

async function scan(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 5 });
  await page.keyboard.press('Enter');
}

async function device(page: Page, serial: string): Promise<void> {
  await scan(page, serial);
  await page.getByTestId('lock-status').waitFor();
}

async function sendLock(page: Page, serial: string): Promise<void> {
  await device(page, serial);
  await page.getByRole('button', { name: 'Lock device…' }).click();
  await page.getByRole('button', { name: 'Send lock' }).waitFor();
  await settled(page);
  await page.getByRole('button', { name: 'Send lock' }).click();
}

async function bitlockerKey(page: Page): Promise<void> {
  await device(page, DEMO_SECRET_EXAMPLES.bitlocker.serialNumber);
  await page.getByLabel('Recovery key ID, first characters').fill(DEMO_SECRET_EXAMPLES.bitlocker.currentKeyId.slice(0, 8).toUpperCase());
  await page.getByLabel('Reason for the reveal').selectOption({ index: 3 });
  await page.getByRole('button', { name: /Reveal this key/ }).click();
  await page.getByTestId('secret-shown').waitFor();
}

function secretShot(name: string, serial: string, button: string): Shot {
  return {
    name,
    run: async (page) => {
      await device(page, serial);
      await page.getByRole('button', { name: button }).click();
      await page.getByTestId('secret-shown').waitFor();
    },
  };
}

/** A list of matches once every row's lock has come in ("Checking lock…" would be caught half-way). */
async function matchList(page: Page, query: string): Promise<void> {
  await scan(page, query);
  await page.getByRole('list').waitFor();
  // A locator, not a string to evaluate: the page's CSP allows no eval.
  const checking = page.locator('[data-testid="match-lock"][data-outcome="checking"]');
  while ((await checking.count()) > 0) await page.waitForTimeout(50);
}

/** The demo Mac's PIN revealed, with the button's words in the shot's language. */
function pinShot(name: string, reveal: string, locale?: string): Shot {
  return {
    name,
    locale,
    run: async (page) => {
      await device(page, DEMO_EXAMPLES.macLockedWithPin.serialNumber);
      await page.getByRole('button', { name: reveal }).click();
      await page.getByTestId('pin').waitFor();
      await settled(page);
      await page.mouse.move(0, 0);
    },
  };
}

/** The demo PC's LAPS password revealed and spelled out. */
async function spellLaps(page: Page, reveal: string, spell: string): Promise<void> {
  await device(page, DEMO_SECRET_EXAMPLES.laps.serialNumber);
  await page.getByRole('button', { name: reveal }).click();
  await page.getByTestId('secret-shown').waitFor();
  await settled(page);
  await page.getByRole('button', { name: spell }).click();
  await page.getByTestId('spelling').waitFor();
}

function spelledShot(name: string, reveal: string, spell: string, locale?: string): Shot {
  return {
    name,
    locale,
    run: async (page) => {
      await spellLaps(page, reveal, spell);
      await toTop(page);
    },
  };
}

const lockState = (name: string, serial: string): Shot => ({ name, run: (page) => device(page, serial) });

const signedOut: Partial<KioskCoreOptions> = { signIn: { autoSignIn: false } };

async function codeSignIn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign in with a code' }).click();
  await page.getByTestId('user-code').waitFor();
  await toTop(page);
}

/** Once the screen has settled (two frames), the top of the page: where focus moved may otherwise decide the view. */
async function toTop(page: Page): Promise<void> {
  await settled(page);
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
}

/**
 * Three frames after a press: the screen has laid out and the pointer guard (renderer/src/lib/pointer-guard.ts) has
 * moved any control out from under the pointer, so the next press does not race it and every run takes the same view.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const view = globalThis as unknown as { requestAnimationFrame(cb: () => void): void };
    await new Promise<void>((done) => view.requestAnimationFrame(() => view.requestAnimationFrame(() => view.requestAnimationFrame(done))));
  });
}

/** A compliant-device policy refuses the sign-in window; the screen points to Windows' sign-in (in any language). */
function refusedShot(name: string, locale?: string): Shot {
  return {
    name,
    locale,
    core: signedOut,
    broker: true,
    run: async (page, { identity }) => {
      identity.policies.compliantDevice = true;
      await page.locator('button[data-method="window"]').click();
      await page.getByRole('alert').getByTestId('entra-code').waitFor();
      await settled(page);
      await page.mouse.move(0, 0);
    },
  };
}

const SHOTS: Shot[] = [
  { name: 'sign-in', core: signedOut, run: (page) => page.getByRole('button', { name: 'Sign in with a code' }).waitFor() },
  { name: 'sign-in-code', core: signedOut, run: codeSignIn },
  { name: 'sign-in-windows', core: signedOut, broker: true, run: (page) => page.locator('button[data-method="broker"]').waitFor() },
  refusedShot('sign-in-refused'),
  refusedShot('de-sign-in-refused', 'de-DE'),
  { name: 'idle', run: async () => {} },
  {
    name: 'searching',
    run: async (page, { graph }) => {
      graph.latencyMs = 3_000;
      await scan(page, DEMO_EXAMPLES.macLockedWithPin.serialNumber);
      await page.getByText(/Searching Intune/).waitFor();
    },
  },
  {
    name: 'matches',
    run: (page) => matchList(page, DEMO_EXAMPLES.multiMatchPrefix),
  },
  { name: 'matches-by-email', run: (page) => matchList(page, DEMO_EXAMPLES.userWithThreeDevices) },
  lockState('device-locked-with-pin', DEMO_EXAMPLES.macLockedWithPin.serialNumber),
  pinShot('pin', 'Reveal PIN'),
  {
    name: 'apple-label',
    run: (page) => device(page, `S${DEMO_EXAMPLES.macLockedWithPin.serialNumber}`),
  },
  lockState('lock-pending', DEMO_EXAMPLES.macLockPending.serialNumber),
  lockState('lock-active', 'J6D4TN9VXP'),
  lockState('lock-failed', 'N8B3X6Q1VK'),
  lockState('lock-canceled', 'FVFF3L1KQ05D'),
  lockState('lock-none', 'C02YL4P8JGH7'),
  lockState('lock-not-supported', DEMO_EXAMPLES.windowsNotSupported.serialNumber),
  lockState('lock-not-sent', 'C02ZT1YHMD6M'),
  lockState('iphone-no-pin', DEMO_EXAMPLES.iphoneLockedNoPin.serialNumber),
  {
    name: 'no-match',
    run: async (page) => {
      await scan(page, 'NOSUCHSERIAL42');
      await page.getByText(/No device matches/).waitFor();
    },
  },
  {
    name: 'error-forbidden',
    run: async (page, { graph }) => {
      graph.fault({ status: 403 });
      await scan(page, DEMO_EXAMPLES.macLockedWithPin.serialNumber);
      await page.getByRole('alert').waitFor();
    },
  },
  {
    name: 'error-throttled',
    run: async (page, { graph }) => {
      graph.fault({ status: 429, retryAfter: '120' });
      await scan(page, DEMO_EXAMPLES.macLockedWithPin.serialNumber);
      await page.getByRole('alert').waitFor();
    },
  },
  {
    name: 'offline-cached',
    run: async (page, { graph }) => {
      await device(page, DEMO_EXAMPLES.macLockedWithPin.serialNumber);
      graph.fault({ status: 503, times: Infinity });
      await page.keyboard.press('Escape');
      await scan(page, DEMO_EXAMPLES.macLockedWithPin.serialNumber);
      await page.getByTestId('offline-banner').waitFor();
      await page.getByTestId('lock-status').waitFor();
    },
  },
  {
    name: 'remote-lock-confirm',
    run: async (page) => {
      await device(page, 'C02ZT1YHMD6M');
      await page.getByRole('button', { name: 'Lock device…' }).click();
    },
  },
  {
    name: 'remote-lock-waiting',
    run: async (page) => {
      await sendLock(page, 'C02ZT1YHMD6M');
      await page.getByText(/waiting for the device/).waitFor();
    },
  },
  {
    name: 'remote-lock-delivered',
    run: async (page, tenant) => {
      await sendLock(page, 'C02ZT1YHMD6M');
      await page.getByText(/waiting for the device/).waitFor();
      await tenant.advance(31_000);
      await page.locator('[data-phase="settled"]').waitFor();
    },
  },
  {
    name: 'remote-lock-already-locked',
    run: async (page) => {
      await sendLock(page, DEMO_EXAMPLES.macLockedWithPin.serialNumber);
      await page.getByText('This Mac already has a remote lock').waitFor();
    },
  },
  pinShot('de-pin', 'PIN anzeigen', 'de-DE'),
  lockState('zoom200-device', DEMO_EXAMPLES.macLockedWithPin.serialNumber),
  {
    name: 'zoom200-matches',
    run: (page) => matchList(page, DEMO_EXAMPLES.multiMatchPrefix),
  },
  {
    name: 'zoom200-already-locked',
    run: async (page) => {
      await sendLock(page, DEMO_EXAMPLES.macLockedWithPin.serialNumber);
      await page.getByText('This Mac already has a remote lock').waitFor();
    },
  },
  { name: 'zoom200-sign-in-code', core: signedOut, run: codeSignIn },
  refusedShot('zoom200-sign-in-refused'),
  pinShot('zoom200-pin', 'Reveal PIN'),
  {
    name: 'zoom200-bitlocker-key',
    run: async (page) => {
      await bitlockerKey(page);
    },
  },
  { name: 'bitlocker-device', run: (page) => device(page, DEMO_SECRET_EXAMPLES.bitlocker.serialNumber) },
  {
    name: 'bitlocker-no-match',
    run: async (page) => {
      await device(page, DEMO_SECRET_EXAMPLES.bitlocker.serialNumber);
      await page.getByLabel('Recovery key ID, first characters').fill('ZZZZ0000');
      await page.getByTestId('key-match').waitFor();
    },
  },
  { name: 'bitlocker-key', run: bitlockerKey },
  {
    name: 'bitlocker-rotate-confirm',
    run: async (page) => {
      await bitlockerKey(page);
      await page.getByRole('button', { name: 'Rotate this key…' }).click();
      await page.getByTestId('key-rotation').getByRole('group').scrollIntoViewIfNeeded();
    },
  },
  spelledShot('laps-password', 'Reveal password', 'Spell it out'),
  secretShot('android-passcode', DEMO_SECRET_EXAMPLES.androidPasscode.serialNumber, 'Reveal passcode'),
  secretShot('activation-lock', DEMO_SECRET_EXAMPLES.activationLock.serialNumber, 'Reveal bypass code'),
  secretShot('filevault-key', DEMO_SECRET_EXAMPLES.fileVault.serialNumber, 'Ask Intune for the key'),
  {
    name: 'secret-forbidden',
    core: signedOut,
    run: async (page, { identity }) => {
      // A technician without an Entra role that may read keys or passwords.
      identity.user = { ...identity.user!, roles: [] };
      await page.getByRole('button', { name: 'Sign in with the browser' }).click();
      await page.getByRole('button', { name: 'Search', exact: true }).waitFor();
      await device(page, DEMO_SECRET_EXAMPLES.bitlocker.serialNumber);
    },
  },
  lockState('pin-stale', 'H4TC9LQ2MX'),
  lockState('nothing-to-reveal', DEMO_SECRET_EXAMPLES.windowsWithout.serialNumber),
  {
    name: 'filevault-missing',
    run: async (page) => {
      await device(page, DEMO_SECRET_EXAMPLES.fileVaultMissing.serialNumber);
      await page.getByRole('button', { name: 'Ask Intune for the key' }).click();
      await page.getByText('Intune holds no FileVault key for this Mac.').waitFor();
      await settled(page);
      await page.mouse.move(0, 0);
    },
  },
  { name: 'de-device', locale: 'de-DE', run: (page) => device(page, DEMO_EXAMPLES.macLockedWithPin.serialNumber) },
  { name: 'de-bitlocker-device', locale: 'de-DE', run: (page) => device(page, DEMO_SECRET_EXAMPLES.bitlocker.serialNumber) },
  spelledShot('de-laps-password', 'Kennwort anzeigen', 'Buchstabieren', 'de-DE'),
  {
    // A German counter, a person who speaks French: the password spelled out in French, the screen in German.
    name: 'de-laps-password-in-french',
    locale: 'de-DE',
    run: async (page) => {
      await spellLaps(page, 'Kennwort anzeigen', 'Buchstabieren');
      await page.getByTestId('visitor-language').getByRole('button', { name: 'Français' }).click();
      await page.getByTestId('spelling').getByText('K majuscule').waitFor();
      // The password at the top, with the French spelling and the row of languages under it.
      await page.getByTestId('secret').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    },
  },
  { name: 'fr-sign-in', locale: 'fr-FR', core: signedOut, run: (page) => page.getByRole('button', { name: 'Se connecter avec un code' }).waitFor() },
  { ...lockState('fr-device-locked-with-pin', DEMO_EXAMPLES.macLockedWithPin.serialNumber), locale: 'fr-FR' },
  pinShot('fr-pin', 'Afficher le code PIN', 'fr-FR'),
  spelledShot('fr-laps-password', 'Afficher le mot de passe', 'Épeler', 'fr-FR'),
];
for (const shot of SHOTS) if (shot.name.startsWith('zoom200')) shot.zoom = 200;

async function take(browser: Browser, shot: Shot, scratch: string): Promise<void> {
  let offset = 0;
  const now = () => new Date(SHOT_TIME + offset);
  let codes = 0;
  const identity = createDemoIdentityProvider({ now, userCode: () => `BXD7K2QP${++codes}` });
  const graph = createDemoGraph({ now, devices: demoDevices(now()), verifyToken: identity.verifyAccessToken });
  const server = await listenOnLoopback(graph.handle);
  const broker = shot.broker ? { plugin: createDemoBroker(identity), windowHandle: () => Buffer.alloc(8) } : undefined;
  const core = createKioskCore({
    dataDir: path.join(scratch, shot.name),
    tenant: demoTenant({ graphUrl: server.url, identity }),
    fetch: nodeFetch,
    signInFetch: nodeFetch,
    now,
    lockPollDelaysMs: [500, 500, 500, 500, 500, 500],
    retry: { attempts: 1 },
    log: () => {},
    ...shot.core,
    ...(broker && { signIn: { ...shot.core?.signIn, methods: ['broker', 'window', 'deviceCode'], broker } }),
  });
  const scale = (shot.zoom ?? 100) / 100;
  const context = await browser.newContext({
    viewport: { width: 1280 / scale, height: 800 / scale },
    deviceScaleFactor: scale,
    locale: shot.locale ?? 'en-GB',
    reducedMotion: 'reduce',
  });
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(SHOT_TIME);
    await attachKiosk(page, core);
    await page.goto(`${PAGE_ORIGIN}/index.html${shot.query ?? ''}`);
    await page.getByTestId('demo-badge').waitFor();
    // The screen is drawn once the config answers; the demo's automatic sign-in may still be on its way.
    await page.getByTestId('sign-in-checking').waitFor({ state: 'detached' });
    const advance = async (ms: number) => {
      offset += ms;
      await page.clock.setFixedTime(SHOT_TIME + offset);
    };
    await shot.run(page, { graph, identity, advance });
    await settled(page);
    // No transition or spinner caught half-way: the same screen gives the same file.
    await page.screenshot({ path: path.join(outDir, `${shot.name}.png`), animations: 'disabled' });
    console.log(`docs/screenshots/${shot.name}.png`);
  } finally {
    await context.close();
    await core.dispose();
    await server.close();
  }
}

await mkdir(outDir, { recursive: true });
const scratch = await mkdtemp(path.join(os.tmpdir(), 'kiosk-screenshots-'));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const shot of SHOTS) {
    if (only.length === 0 || only.includes(shot.name)) await take(browser, shot, scratch);
  }
} finally {
  await browser.close();
  await rm(scratch, { recursive: true, force: true });
}
// Node was seen to stay up after this point with no active handle left; the work is done, so end here.
process.exit(0);
