// `npm run preview`: the kiosk in a Chromium window, without Electron, on the built-in demo tenant.
import { chromium } from 'playwright-core';
import os from 'node:os';
import path from 'node:path';
import { createKioskCore } from '../core';
import { startDemoTenant } from '../demo';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { attachKiosk, PAGE_ORIGIN } from './page-bridge';

const executablePath = chromiumPath();
const browser = await chromium
  .launch({ headless: false, executablePath, args: [...CHROMIUM_ARGS, '--app=about:blank'] })
  .catch((err: unknown) => {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    console.error(`Could not open a Chromium window (${reason}).`);
    console.error('The preview needs a desktop session and Chromium (Debian: apt-get install chromium; or set KIOSK_CHROMIUM).');
    process.exit(1);
  });

// A little latency, so that progress is visible as it would be at a real counter.
const demo = await startDemoTenant({ latencyMs: 300 });
const core = createKioskCore({ dataDir: path.join(os.tmpdir(), 'unlock-pin-kiosk-preview'), tenant: demo.tenant });
const page = await browser.newPage({ viewport: null });
await attachKiosk(page, core);
await page.goto(`${PAGE_ORIGIN}/index.html`);
console.log('Kiosk preview is open. Close its window (or press Ctrl+C here) to stop.');

async function stop(): Promise<void> {
  await core.dispose();
  await demo.close();
  await browser.close().catch(() => {});
  process.exit(0);
}
page.once('close', () => void stop());
browser.once('disconnected', () => void stop());
process.once('SIGINT', () => void stop());
