// Runs the packaged main process in real Electron where a binary exists (ELECTRON_OVERRIDE_DIST_PATH, or one
// already downloaded into node_modules/electron); elsewhere it skips, and the other specs cover the renderer and core.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DEMO_EXAMPLES } from '../../electron/demo';
import { repoRoot } from '../../electron/dev/paths';

function electronBinary(): string | null {
  const dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const candidate = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : path.join(dir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

const binary = electronBinary();
const SKIP_REASON = 'No Electron binary on this machine (set ELECTRON_OVERRIDE_DIST_PATH to run this spec).';

test('the Electron kiosk looks up a device and reveals its PIN', async () => {
  if (!binary) console.log(`Electron spec skipped: ${SKIP_REASON}`);
  test.skip(!binary, SKIP_REASON);
  const app = await electron.launch({ executablePath: binary!, args: [repoRoot] });
  try {
    const window = await app.firstWindow();
    await window.waitForURL('app://kiosk/index.html');
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    await window.getByLabel('Serial number, device name or e-mail').fill(DEMO_EXAMPLES.macLockedWithPin.serialNumber);
    await window.keyboard.press('Enter');
    await window.getByRole('button', { name: 'Reveal PIN' }).click();
    await expect(window.getByTestId('pin')).toHaveText(DEMO_EXAMPLES.macLockedWithPin.pin.replace(/(\d{3})(\d{3})/, '$1 $2'));
  } finally {
    await app.close();
  }
});
