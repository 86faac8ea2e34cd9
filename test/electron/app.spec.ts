// Runs the packaged main process in real Electron where a binary exists (ELECTRON_OVERRIDE_DIST_PATH, or one
// already downloaded into node_modules/electron); elsewhere it skips, and the other specs cover the renderer and core.
import { _electron as electron, expect, test } from '@playwright/test';
import { DEMO_EXAMPLES } from '../../electron/demo';
import { findElectron } from '../../electron/dev/electron-binary';
import { repoRoot } from '../../electron/dev/paths';

const found = findElectron();
const binary = found.ok ? found.path : null;
const SKIP_REASON = 'No Electron binary on this machine (set ELECTRON_OVERRIDE_DIST_PATH to run this spec).';

test('the Electron kiosk looks up a device and reveals its PIN', async () => {
  if (!binary) console.log(`Electron spec skipped: ${SKIP_REASON}`);
  test.skip(!binary, SKIP_REASON);
  const app = await electron.launch({ executablePath: binary!, args: [repoRoot] });
  try {
    const window = await app.firstWindow();
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    await window.getByLabel('Serial number, device name or e-mail').fill(DEMO_EXAMPLES.macLockedWithPin.serialNumber);
    await window.keyboard.press('Enter');
    await window.getByRole('button', { name: 'Reveal PIN' }).click();
    await expect(window.getByTestId('pin')).toHaveText(DEMO_EXAMPLES.macLockedWithPin.pin.replace(/(\d{3})(\d{3})/, '$1 $2'));
  } finally {
    await app.close();
  }
});
