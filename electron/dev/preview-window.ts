// The kiosk in a Chromium window, without Electron: the built renderer, the real core in this process, on the demo
// tenant unless the machine has a config file. Used by `npm run preview` and by `npm start` where Electron is missing.
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createKioskCore, nodeFetch } from '../core';
import { startDemoTenant } from '../demo';
import { coreOptionsFromConfig, loadKioskConfig } from '../core/config';
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from './chromium';
import { attachKiosk, PAGE_ORIGIN } from './page-bridge';

/** Opens the window and resolves with an exit code once it is closed (or could not open). */
export async function openPreview(): Promise<number> {
  const loaded = loadKioskConfig({ argv: process.argv, env: process.env, platform: process.platform });
  if (!loaded.ok) {
    console.error(`The config file is not valid: ${loaded.message.split('\n').join(' ')}`);
    return 1;
  }
  const found = findChromium();
  if (!found.ok) {
    console.error(`The preview needs Chromium: ${HOW_TO_GET_CHROMIUM}.`);
    return 1;
  }
  let browser: Browser;
  try {
    browser = await chromium.launch({ headless: false, executablePath: found.path, args: [...CHROMIUM_ARGS, '--app=about:blank'] });
  } catch (err) {
    const reason = err instanceof Error ? (err.message.split('\n')[0] ?? err.message) : String(err);
    console.error(`Could not open a Chromium window (${reason}); the preview needs a desktop session.`);
    return 1;
  }
  const config = loaded.config;
  // No config: the demo tenant, a little slow so that progress shows as at a real counter.
  const demo = config ? null : await startDemoTenant({ latencyMs: 300 });
  const settings = config ? coreOptionsFromConfig(config) : { tenant: demo!.tenant };
  const core = createKioskCore({
    ...settings,
    dataDir: path.join(os.tmpdir(), 'unlock-pin-kiosk-preview', config ? 'tenant' : 'demo'),
    fetch: nodeFetch,
    signInFetch: nodeFetch,
    // A real tenant's sign-in opens in a second window of the same Chromium.
    signIn: { ...settings.signIn, openBrowser: async (url) => void (await (await browser.newPage()).goto(url)) },
  });
  const page = await browser.newPage({ viewport: null });
  await attachKiosk(page, core);
  await page.goto(`${PAGE_ORIGIN}/index.html`);
  console.log(`Kiosk preview is open${config ? ` on ${config.tenantName ?? config.tenantId}` : ' on the demo tenant'}. Close its window (or press Ctrl+C here) to stop.`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      await core.dispose();
      await demo?.close();
      await browser.close().catch(() => {});
      resolve(0);
    };
    page.once('close', () => void stop());
    browser.once('disconnected', () => void stop());
    process.once('SIGINT', () => void stop());
  });
}
