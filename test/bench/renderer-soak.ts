// A shift at the counter, compressed: 1,000 walk-ups (scan a serial, the device card, Reveal PIN, New search or
// Escape) through the built renderer in Chromium, against the real core and the simulated tenant. What it looks for is
// what a kiosk left running for weeks would show: a JS heap that keeps growing, or screens of earlier people that stay
// alive after they left the page. BENCH_SOAK_WALKUPS=50 makes a short run.
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createKioskCore, nodeFetch } from '../../electron/core';
import { createDemoGraph, DEMO_EXAMPLES, demoTenant, listenOnLoopback } from '../../electron/demo';
import { CHROMIUM_ARGS, chromiumPath } from '../../electron/dev/chromium';
import { attachKiosk, PAGE_ORIGIN } from '../../electron/dev/page-bridge';
import type { Figure } from './figure';

/** Walk-ups before the first heap sample, shown for context: each screen has been built once. */
const WARM_UP = 10;
const STEP_TIMEOUT_MS = 10_000;

// Every node that was ever in the document, held weakly so the record keeps nothing alive. A MutationObserver sees
// each subtree that goes in, also one taken out again in the same task.
const SEEN_ON_SCREEN = `(() => {
  const seen = new WeakSet();
  const mark = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = root; node; node = walker.nextNode()) seen.add(node);
  };
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(mark);
  }).observe(document, { childList: true, subtree: true });
  Object.defineProperty(window, '__soakSeenOnScreen', { value: seen });
})();`;

// Called on the array Runtime.queryObjects gives for Node.prototype: every live Node wrapper of the page's world,
// prototypes included (their getters throw). Left over: was on screen once, is not now, and is still alive.
const LEFT_OVER = `function () {
  const seen = window.__soakSeenOnScreen;
  const found = [];
  for (const node of this) {
    let connected;
    try { connected = node.isConnected; } catch { continue; }
    if (connected || !seen.has(node)) continue;
    const label = node.nodeType === Node.ELEMENT_NODE
      ? node.nodeName.toLowerCase() + (node.dataset.testid ? '[data-testid=' + node.dataset.testid + ']' : '') + (node.className ? '.' + String(node.className).split(' ')[0] : '')
      : node.nodeName + ' ' + JSON.stringify((node.nodeValue || '').slice(0, 30));
    found.push(label);
  }
  return { count: found.length, sample: found.slice(0, 12) };
}`;

const PIN_DEVICES = [
  DEMO_EXAMPLES.macLockedWithPin,
  DEMO_EXAMPLES.macLockPending,
  DEMO_EXAMPLES.macTwoLocks,
  DEMO_EXAMPLES.pinWithLeadingZero,
  DEMO_EXAMPLES.apostropheName,
];

export async function rendererSoak(walkUps = Number(process.env.BENCH_SOAK_WALKUPS ?? 1000)): Promise<Figure[]> {
  if (!Number.isInteger(walkUps) || walkUps < 2 * WARM_UP) throw new Error(`renderer soak: BENCH_SOAK_WALKUPS must be a whole number of at least ${2 * WARM_UP}.`);
  // Growth is judged over the second half: through the first few hundred walk-ups V8 still adds optimised code and
  // type feedback (it slows down and stops), while a leak keeps growing at the same pace in any half.
  const half = Math.floor(walkUps / 2);
  const server = await listenOnLoopback(createDemoGraph().handle);
  const core = createKioskCore({
    fetch: nodeFetch,
    signInFetch: nodeFetch,
    dataDir: await mkdtemp(path.join(os.tmpdir(), 'kiosk-soak-')),
    tenant: demoTenant({ graphUrl: server.url }),
    // A walk-up every few hundred milliseconds is far past the per-kiosk budget that guards a real tenant.
    requestBudget: 1_000_000,
    log: () => {},
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await attachKiosk(page, core);
    await page.addInitScript(SEEN_ON_SCREEN);
    await page.goto(`${PAGE_ORIGIN}/index.html`);
    await page.getByLabel('Serial number, device name or e-mail').waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');

    const times: number[] = [];
    const walk = async (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const t = performance.now();
        await walkUp(page, PIN_DEVICES[i % PIN_DEVICES.length]!, i);
        times.push(performance.now() - t);
      }
    };
    await walk(0, WARM_UP);
    const warm = await heapAfterGc(cdp);
    await walk(WARM_UP, half);
    const halfway = await heapAfterGc(cdp);
    await walk(half, walkUps);
    const end = await heapAfterGc(cdp);
    const leftOver = await leftOverNodes(cdp);
    if (leftOver.count > 0) process.stderr.write(`renderer soak: left over from earlier walk-ups: ${leftOver.sample.join(', ')}\n`);
    const mb = (bytes: number) => round(bytes / 2 ** 20, 2);
    const sorted = times.slice(WARM_UP).sort((a, b) => a - b);
    return [
      { name: 'renderer.soak.walkUps', value: walkUps, unit: 'walk-ups' },
      { name: 'renderer.soak.walkUp.median.ms', value: round(sorted[Math.floor(sorted.length / 2)]!, 0), unit: 'ms' },
      { name: `renderer.soak.heap.after${WARM_UP}.MB`, value: mb(warm), unit: 'MB' },
      { name: `renderer.soak.heap.after${half}.MB`, value: mb(halfway), unit: 'MB' },
      { name: `renderer.soak.heap.after${walkUps}.MB`, value: mb(end), unit: 'MB' },
      { name: 'renderer.soak.heap.growth.percent', value: round(((end - halfway) / halfway) * 100, 1), unit: '%' },
      { name: 'renderer.soak.detachedNodes', value: leftOver.count, unit: 'nodes' },
    ];
  } finally {
    await browser.close();
    await core.dispose();
    await server.close();
  }
}

/** One person at the counter; each step waits at most STEP_TIMEOUT_MS and says which walk-up and step failed. */
async function walkUp(page: Page, device: { serialNumber: string; pin: string }, n: number): Promise<void> {
  const step = async <T>(what: string, action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      throw new Error(`renderer soak, walk-up ${n + 1} (${device.serialNumber}): ${what}: ${(error as Error).message.split('\n')[0]}`, { cause: error });
    }
  };
  const timeout = STEP_TIMEOUT_MS;
  await step('scan', async () => {
    await page.keyboard.type(device.serialNumber, { delay: 2 });
    await page.keyboard.press('Enter');
  });
  await step('device card', () => page.getByTestId('device-serial').and(page.getByText(device.serialNumber, { exact: true })).waitFor({ timeout }));
  await step('Reveal PIN', () => page.getByRole('button', { name: 'Reveal PIN' }).click({ timeout }));
  const shown = await step('PIN', async () => {
    const pin = page.getByTestId('pin');
    await pin.waitFor({ timeout });
    return (await pin.textContent({ timeout }))?.replace(/\s/g, '');
  });
  if (shown !== device.pin) throw new Error(`renderer soak, walk-up ${n + 1} (${device.serialNumber}): the screen shows PIN ${shown}, not the device's.`);
  // The technician ends a visit either way: the button under the card, or Escape from anywhere.
  await step('done', async () => {
    if (n % 2 === 0) await page.getByRole('button', { name: 'New search' }).click({ timeout });
    else await page.keyboard.press('Escape');
    await page.getByTestId('device-serial').waitFor({ state: 'detached', timeout });
  });
}

/** The lowest of a few samples of the used JS heap, each after a full collection: what stays, not what is in flight. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  let lowest = Infinity;
  for (let i = 0; i < 5; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await new Promise((r) => setTimeout(r, 200));
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    if (used === undefined) throw new Error('renderer soak: Chromium reported no JSHeapUsedSize.');
    lowest = Math.min(lowest, used);
  }
  return lowest;
}

/** Nodes once on screen, now off it and still alive after a full collection. */
async function leftOverNodes(cdp: CDPSession): Promise<{ count: number; sample: string[] }> {
  const group = 'renderer-soak';
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: 'Node.prototype', objectGroup: group });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId!, objectGroup: group });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId!,
      functionDeclaration: LEFT_OVER,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`renderer soak: counting left-over nodes failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as { count: number; sample: string[] };
  } finally {
    // The answer's handles would keep the nodes alive.
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group });
  }
}

function round(x: number, digits: number): number {
  return Number(x.toFixed(digits));
}
