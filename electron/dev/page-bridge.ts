// Stands in for the preload where no Electron binary runs (tests, `npm run preview`): the built renderer
// is served to a Chromium page and its `window.kiosk` calls the real core in this Node process.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { KioskCore, KioskEvent } from '../core';
import { distDir } from './paths';

/** The page's origin. Chromium treats *.localhost as a secure context; requests never reach the network. */
export const PAGE_ORIGIN = 'http://kiosk.localhost';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export async function attachKiosk(page: Page, core: KioskCore): Promise<void> {
  const rendererDir = path.join(distDir, 'renderer');
  await page.route(`${PAGE_ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const file = path.join(rendererDir, path.normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
    if (!file.startsWith(rendererDir + path.sep)) return route.fulfill({ status: 403 });
    try {
      const body = await readFile(file);
      await route.fulfill({ status: 200, body, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
  // Anything else the page asks for would be a leak: refuse it.
  await page.context().route((url) => !url.href.startsWith(PAGE_ORIGIN), (route) => route.abort('blockedbyclient'));

  await page.exposeBinding('__kioskInvoke', (_source, channel: unknown, request: unknown) =>
    core.invoke(channel as never, request as never),
  );
  const unsubscribe = core.subscribe((event) => {
    page.evaluate((e) => (globalThis as unknown as { __kioskEmit?: (e: KioskEvent) => void }).__kioskEmit?.(e), event).catch(() => {});
  });
  page.once('close', unsubscribe);

  await page.addInitScript(BRIDGE_SCRIPT);
}

// Runs in the page before its own scripts. A string, not a function, so no build tool rewrites it.
const BRIDGE_SCRIPT = `(() => {
  const invoke = window.__kioskInvoke;
  const listeners = new Set();
  window.__kioskEmit = (event) => listeners.forEach((listener) => listener(event));
  window.kiosk = Object.freeze({
    invoke: (channel, request) => invoke(channel, request),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
})();`;
