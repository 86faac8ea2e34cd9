// Which Chromium the browser tests, the preview and the screenshots drive: the one named by KIOSK_CHROMIUM, else the
// system's (Debian: /usr/bin/chromium, found on PATH), else one installed by `npx playwright install chromium`.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

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

/** What to do when there is no Chromium; the same words are in the README's test section. */
export const HOW_TO_GET_CHROMIUM = 'install one with `sudo apt-get install chromium` (Debian) or `npx playwright install chromium`, or name one in KIOSK_CHROMIUM';

export type ChromiumFound =
  | { ok: true; path: string; source: 'KIOSK_CHROMIUM' | 'system' | 'playwright' }
  | { ok: false; message: string };

const SYSTEM_NAMES = ['chromium', 'chromium-browser'];

/** Looks in KIOSK_CHROMIUM, then PATH, then Playwright's browser folder; only looks at files, launches nothing. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumFound {
  const named = env.KIOSK_CHROMIUM;
  if (named) {
    if (isFile(named)) return { ok: true, path: named, source: 'KIOSK_CHROMIUM' };
    return { ok: false, message: `KIOSK_CHROMIUM names ${named}, which is not a file: ${HOW_TO_GET_CHROMIUM}.` };
  }
  const system = onPath(SYSTEM_NAMES, env.PATH ?? '');
  if (system) return { ok: true, path: system, source: 'system' };
  const installed = playwrightChromium();
  if (installed) return { ok: true, path: installed, source: 'playwright' };
  return { ok: false, message: `No Chromium found (KIOSK_CHROMIUM, PATH, Playwright's browsers): ${HOW_TO_GET_CHROMIUM}.` };
}

/** The Chromium to launch, or undefined to let Playwright report its own error. */
export function chromiumPath(): string | undefined {
  const found = findChromium();
  return found.ok ? found.path : undefined;
}

function onPath(names: string[], searchPath: string): string | undefined {
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (isFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Playwright's own Chromium of the pinned version (its folder honours PLAYWRIGHT_BROWSERS_PATH, read at load). */
function playwrightChromium(): string | undefined {
  try {
    const candidate = chromium.executablePath();
    return isFile(candidate) ? candidate : undefined;
  } catch {
    return undefined;
  }
}

function isFile(candidate: string): boolean {
  try {
    return existsSync(candidate) && statSync(candidate).isFile();
  } catch {
    return false;
  }
}
