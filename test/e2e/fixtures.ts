// Each test gets its own simulated tenant on loopback, a real core talking to it over HTTP, and a Chromium
// page running the built renderer whose `window.kiosk` reaches that core (standing in for the preload).
import { test as base, expect } from '@playwright/test';
import { createKioskCore, type KioskCore } from '../../electron/core';
import { createDemoGraph, listenOnLoopback, type DemoGraph } from '../../electron/demo';
import { attachKiosk, PAGE_ORIGIN } from '../../electron/dev/page-bridge';

interface KioskFixtures {
  graph: DemoGraph;
  core: KioskCore;
}

export const test = base.extend<KioskFixtures>({
  // eslint-disable-next-line no-empty-pattern
  graph: async ({}, use) => {
    await use(createDemoGraph());
  },
  core: async ({ graph }, use, testInfo) => {
    const server = await listenOnLoopback(graph.handle);
    const core = createKioskCore({ dataDir: testInfo.outputPath('data'), demoGraphUrl: server.url });
    await use(core);
    await core.dispose();
    await server.close();
  },
  page: async ({ page, core }, use) => {
    await attachKiosk(page, core);
    await page.goto(`${PAGE_ORIGIN}/index.html`);
    await use(page);
  },
});

export { expect };

/** Types like a barcode scanner: a fast burst of keystrokes ending in Enter, into whatever has focus. */
export async function scan(page: import('@playwright/test').Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 4 });
  await page.keyboard.press('Enter');
}
