// Scan-to-PIN in Chromium: from the scanner's Enter to the PIN painted, with 50 ms of Graph latency. The page itself
// notes the times and presses Reveal the moment it appears, so Playwright's polling does not count.
import { chromium } from 'playwright-core';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createKioskCore, nodeFetch } from '../../electron/core';
import { createDemoGraph, DEMO_EXAMPLES, demoTenant, listenOnLoopback } from '../../electron/demo';
import { CHROMIUM_ARGS, chromiumPath } from '../../electron/dev/chromium';
import { attachKiosk, PAGE_ORIGIN } from '../../electron/dev/page-bridge';
import type { Figure } from './figure';

const LATENCY_MS = 50;
const RUNS = 15;

const STOPWATCH = `(() => {
  const times = (window.__scanToPin = []);
  let enterAt = null;
  addEventListener('keydown', (e) => { if (e.key === 'Enter') enterAt = performance.now(); }, true);
  new MutationObserver(() => {
    if (enterAt === null) return;
    const reveal = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Reveal PIN' && !b.disabled);
    if (reveal && !reveal.dataset.benchPressed) { reveal.dataset.benchPressed = '1'; reveal.click(); }
    if (document.querySelector('[data-testid="pin"]')) {
      const start = enterAt;
      enterAt = null;
      // Two frames: the one that lays the PIN out, then the one after it was painted.
      requestAnimationFrame(() => requestAnimationFrame(() => times.push(performance.now() - start)));
    }
  }).observe(document, { subtree: true, childList: true });
})();`;

export async function scanToPin(): Promise<Figure[]> {
  const server = await listenOnLoopback(createDemoGraph({ latencyMs: LATENCY_MS }).handle);
  const core = createKioskCore({ fetch: nodeFetch, signInFetch: nodeFetch, dataDir: await mkdtemp(path.join(os.tmpdir(), 'kiosk-bench-')), tenant: demoTenant({ graphUrl: server.url  })});
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await attachKiosk(page, core);
    await page.addInitScript(STOPWATCH);
    await page.goto(`${PAGE_ORIGIN}/index.html`);
    const field = page.getByLabel('Serial number, device name or e-mail');
    await field.waitFor();
    const serial = DEMO_EXAMPLES.macLockedWithPin.serialNumber;
    for (let run = 0; run <= RUNS; run++) {
      await page.keyboard.press('Escape');
      await field.focus();
      await page.keyboard.type(serial, { delay: 2 });
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => (globalThis as unknown as { __scanToPin: number[] }).__scanToPin.length > n, run);
    }
    // The first run warms up the page and the core; it is not counted.
    const times = (await page.evaluate(() => (globalThis as unknown as { __scanToPin: number[] }).__scanToPin)).slice(1);
    const sorted = [...times].sort((a, b) => a - b);
    return [
      { name: 'scanToPin.median.ms', value: Math.round(sorted[Math.floor(sorted.length / 2)]!), unit: 'ms' },
      { name: 'scanToPin.worst.ms', value: Math.round(sorted.at(-1)!), unit: 'ms' },
    ];
  } finally {
    await browser.close();
    await core.dispose();
    await server.close();
  }
}
