import { existsSync } from 'node:fs';

/** Flags for Chromium on a machine without GPU or network beyond loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium unless KIOSK_CHROMIUM names another; undefined lets Playwright use its own browser. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.KIOSK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}
