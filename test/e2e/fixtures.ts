// Each test gets its own simulated tenant on loopback, a real core talking to it over HTTP, and a Chromium
// page running the built renderer whose `window.kiosk` reaches that core (standing in for the preload).
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { AppInfo, Result } from '../../electron/core/contract';
import { createKioskCore, type KioskCore, type KioskCoreOptions, nodeFetch } from '../../electron/core';
import {
  createDemoBroker,
  createDemoGraph,
  createDemoIdentityProvider,
  DEMO_EXAMPLES,
  DEMO_SECRET_EXAMPLES,
  demoDevices,
  demoTenant,
  listenOnLoopback,
  type DemoBroker,
  type DemoBrokerOptions,
  type DemoGraph,
  type DemoIdentityOptions,
  type DemoIdentityProvider,
  type DemoQuirks,
} from '../../electron/demo';
import { attachKiosk, PAGE_ORIGIN } from '../../electron/dev/page-bridge';
import { firstRunCore } from '../../electron/shell/first-run';

interface KioskFixtures {
  /** The simulated tenant's clock, its Graph's and its identity provider's: `advance` moves it on (a sent remote lock is delivered after 30 s). */
  tenantClock: { offset: number; advance(ms: number): void };
  graph: DemoGraph;
  /** The demo tenant's identity provider; device codes wait until a test approves them. Change `identity.policies` at any time. */
  identity: DemoIdentityProvider;
  /** How the identity provider is made, where a test needs other than its defaults (short-lived access tokens). */
  identityOptions: Partial<DemoIdentityOptions>;
  /** Offers Windows' broker, as the demo's stand-in for it on this identity provider; null: no broker. */
  demoBroker: DemoBrokerOptions | null;
  /** The broker stand-in the core was handed, when `demoBroker` is set. */
  broker: DemoBroker | null;
  core: KioskCore;
  /** Query string for the page: `?idle=…&pin=…&lang=…` (milliseconds). */
  kioskQuery: string;
  /** Changes to the core's options for one file or test. */
  coreOptions: Partial<KioskCoreOptions>;
  /** How the simulated tenant behaves, where a test needs other than the strictest (e.g. PINs kept 30 days). */
  demoQuirks: Partial<DemoQuirks>;
  /** Devices in the simulated tenant: the ~50 named ones, or more for the cost of "the whole tenant came back". */
  tenantSize: number;
  /** Overrides what `app:info` tells the page (a setting that changed after the screen loaded). */
  appInfo: Partial<AppInfo> | null;
  /** A packaged kiosk without a config file (electron/shell/first-run.ts), where it looked for one; its demo is `core`. */
  firstRun: string | null;
}

export const test = base.extend<KioskFixtures>({
  kioskQuery: ['', { option: true }],
  coreOptions: [{}, { option: true }],
  demoQuirks: [{}, { option: true }],
  tenantSize: [0, { option: true }],
  appInfo: [null, { option: true }],
  firstRun: [null, { option: true }],
  identityOptions: [{}, { option: true }],
  demoBroker: [null, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  tenantClock: async ({}, use) => {
    const clock = { offset: 0, advance: (ms: number) => void (clock.offset += ms) };
    await use(clock);
  },
  graph: async ({ tenantClock, demoQuirks, tenantSize }, use) => {
    const now = () => new Date(Date.now() + tenantClock.offset);
    await use(createDemoGraph({ now, quirks: demoQuirks, devices: demoDevices(now(), tenantSize) }));
  },
  identity: async ({ tenantClock, identityOptions }, use) => {
    await use(createDemoIdentityProvider({ deviceCodeIntervalSec: 1, now: () => new Date(Date.now() + tenantClock.offset), ...identityOptions }));
  },
  broker: async ({ identity, demoBroker }, use) => {
    await use(demoBroker ? createDemoBroker(identity, demoBroker) : null);
  },
  core: async ({ graph, identity, broker, coreOptions }, use, testInfo) => {
    const server = await listenOnLoopback(graph.handle);
    // The broker plugin must sign in at this test's identity provider, so it joins the options here.
    const signIn = broker ? { ...coreOptions.signIn, broker: { plugin: broker, windowHandle: () => Buffer.alloc(8) } } : coreOptions.signIn;
    const core = createKioskCore({ fetch: nodeFetch, signInFetch: nodeFetch,
      dataDir: testInfo.outputPath('data'),
      tenant: demoTenant({ graphUrl: server.url, identity: identity }),
      // Quick checks after a remote lock, for about half a minute; tests move the tenant's clock instead of waiting.
      lockPollDelaysMs: Array.from({ length: 300 }, () => 100),
      retry: { baseDelayMs: 10, maxDelayMs: 50 },
      offlineProbeMs: 200,
      log: () => {},
      ...coreOptions,
      ...(signIn && { signIn }),
    });
    await use(core);
    await core.dispose();
    await server.close();
  },
  page: async ({ page, core: demoCore, identity, kioskQuery, appInfo, firstRun }, use) => {
    const core = firstRun ? firstRunCore({ configPath: firstRun, version: '0.0.0', startDemo: async () => demoCore, log: () => {} }) : demoCore;
    // Everything the page receives, so that after each test no sign-in token is found in it.
    const received: string[] = [];
    const invoke = async (channel: string, request: unknown) => {
      const answer = await (core.invoke as (c: string, r: unknown) => Promise<Result<unknown>>)(channel, request);
      const shown = channel === 'app:info' && answer.ok && appInfo ? { ok: true, value: { ...(answer.value as AppInfo), ...appInfo } } : answer;
      received.push(JSON.stringify(shown));
      return shown;
    };
    const bridge: KioskCore = {
      ...core,
      invoke: invoke as KioskCore['invoke'],
      subscribe: (listener) => core.subscribe((event) => {
        received.push(JSON.stringify(event));
        listener(event);
      }),
    };
    await attachKiosk(page, bridge);
    await page.goto(`${PAGE_ORIGIN}/index.html${kioskQuery}`);
    await expect(page.getByTestId(firstRun ? 'first-run' : 'demo-badge')).toBeVisible();
    // The screen is drawn once the config has answered; the sign-in (the demo's automatic one) may still be on its way.
    await expect(page.getByTestId('sign-in-checking')).toHaveCount(0);
    await use(page);
    const tokens = identity.issuedTokens.filter((token) => token.length > 20);
    const leaked = tokens.filter((token) => received.some((text) => text.includes(token)));
    expect(leaked, 'a sign-in token reached the page').toEqual([]);
  },
});

export { expect };

/** Types like a barcode scanner: a fast burst of keystrokes ending in Enter, into whatever has focus. */
/**
 * Types `text` and presses `end` the way a barcode scanner does: one burst of keys `gapMs` apart. The gaps are the
 * key events' own timestamps (as the keyboard stamps them, `event.timeStamp` on the page), so a busy test machine
 * that delivers the keys late still shows the page a scanner's burst, and a slower `gapMs` shows it a person typing.
 */
export async function scan(page: Page, text: string, end: 'Enter' | 'Tab' = 'Enter', gapMs = 8): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  const keys = [...[...text].map((c) => ({ key: c, text: c })), END_KEYS[end]];
  try {
    for (const [i, key] of keys.entries()) {
      const timestamp = start + (i * gapMs) / 1000;
      await cdp.send('Input.dispatchKeyEvent', { type: key.text ? 'keyDown' : 'rawKeyDown', ...key, timestamp });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key, text: undefined, timestamp: timestamp + 0.002 });
    }
  } finally {
    await cdp.detach();
  }
}

const END_KEYS = {
  Enter: { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' },
  Tab: { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, text: undefined },
};

/** Scans a serial and waits for its device card. */
export async function showDevice(page: Page, serial: string): Promise<void> {
  await scan(page, serial);
  await expect(page.getByTestId('device-serial')).toHaveText(serial);
}

/** No axe violations (WCAG 2.2 A/AA and best practices) on what is on screen now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(found).toEqual([]);
}

export const SEARCH_LABEL = 'Serial number, device name or e-mail';

/** The serial of every demo scenario (electron/demo: DEMO_EXAMPLES and DEMO_SECRET_EXAMPLES), once each. */
export const DEMO_SERIALS = [
  ...new Set([
    ...Object.values(DEMO_EXAMPLES).flatMap((e) => (typeof e === 'object' && e.serialNumber ? [e.serialNumber] : [])),
    ...Object.values(DEMO_SECRET_EXAMPLES).map((e) => e.serialNumber),
  ]),
];
