// The network pulled in the middle of a shift: the kiosk's own requests fail as they would without a route to Graph.
import { DEMO_EXAMPLES, DEMO_SECRET_EXAMPLES } from '../../electron/demo';
import { expect, scan, showDevice, test } from './fixtures';

const mac = DEMO_EXAMPLES.macLockedWithPin;
const network = { up: true };

test.use({
  coreOptions: {
    fetch: (input, init) => (network.up ? fetch(input, init) : Promise.reject(new TypeError('fetch failed'))),
    offlineProbeMs: 200,
  },
});

test.beforeEach(() => {
  network.up = true;
});

test('the counter keeps working from the cache while the network is out, and says so', async ({ page }) => {
  await showDevice(page, mac.serialNumber);
  await page.keyboard.press('Escape');

  network.up = false;
  await showDevice(page, mac.serialNumber);
  await expect(page.getByTestId('offline-banner')).toContainText('Offline');
  await expect(page.getByTestId('cached-note')).toContainText(/Intune could not be reached, so this may be out of date/);

  await page.getByRole('button', { name: 'Reveal PIN' }).click();
  await expect(page.getByTestId('pin')).toHaveText(mac.pin.replace(/(\d{3})(\d{3})/, '$1 $2'));
  await expect(page.getByText(/From the offline cache/)).toBeVisible();

  // A device the kiosk never looked up cannot be answered offline, and the screen says why.
  await page.keyboard.press('Escape');
  await scan(page, DEMO_EXAMPLES.iphoneLockedNoPin.serialNumber);
  await expect(page.getByRole('alert', { name: 'Intune could not be reached' })).toContainText(/network/i);

  network.up = true;
  await expect(page.getByTestId('offline-banner')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await showDevice(page, mac.serialNumber);
  await expect(page.getByTestId('cached-note')).toHaveCount(0);
});

test('offline, a kept Android passcode is shown marked as cached; a BitLocker key was never kept, and the panel says so', async ({ page }) => {
  await showDevice(page, DEMO_SECRET_EXAMPLES.androidPasscode.serialNumber);
  await page.getByRole('button', { name: 'Reveal passcode' }).click();
  await expect(page.getByTestId('secret')).toHaveText(DEMO_SECRET_EXAMPLES.androidPasscode.passcode);
  await page.keyboard.press('Escape');
  await showDevice(page, DEMO_SECRET_EXAMPLES.bitlocker.serialNumber);
  await page.getByLabel('Recovery key ID, first characters').fill(DEMO_SECRET_EXAMPLES.bitlocker.currentKeyId.slice(0, 8));
  await page.getByRole('button', { name: /Reveal this key/ }).click();
  await expect(page.getByTestId('secret-group')).toHaveCount(8);
  await page.keyboard.press('Escape');

  network.up = false;
  await showDevice(page, DEMO_SECRET_EXAMPLES.androidPasscode.serialNumber);
  await page.getByRole('button', { name: 'Reveal passcode' }).click();
  await expect(page.getByTestId('secret')).toHaveText(DEMO_SECRET_EXAMPLES.androidPasscode.passcode);
  await expect(page.getByTestId('secret-shown')).toContainText('From the offline cache');

  await page.keyboard.press('Escape');
  await showDevice(page, DEMO_SECRET_EXAMPLES.bitlocker.serialNumber);
  await page.getByLabel('Recovery key ID, first characters').fill(DEMO_SECRET_EXAMPLES.bitlocker.currentKeyId.slice(0, 8));
  await page.getByRole('button', { name: /Reveal this key/ }).click();
  await expect(page.getByTestId('secret-error')).toContainText('never keeps a BitLocker recovery key offline');
  await expect(page.getByTestId('secret-group')).toHaveCount(0);
});

test('offline, a match list shows the locks the cache holds, marked as cached, and says the others are unknown', async ({ page }) => {
  await scan(page, DEMO_EXAMPLES.multiMatchPrefix);
  await page.getByRole('button', { name: /^LOANER-MBA-02 / }).click();
  await expect(page.getByRole('heading', { name: 'LOANER-MBA-02' })).toBeVisible();
  await page.getByRole('button', { name: 'New search' }).click();

  network.up = false;
  await scan(page, DEMO_EXAMPLES.multiMatchPrefix);
  const lockOf = (name: string) => page.getByRole('listitem').filter({ hasText: name }).getByTestId('match-lock');
  await expect(lockOf('LOANER-MBA-02')).toContainText('Locked');
  await expect(lockOf('LOANER-MBA-02').getByTestId('match-lock-cached')).toContainText(/^Cached, /);
  for (const name of ['LOANER-MBA-01', 'LOANER-MBA-03', 'LOANER-MBA-04', 'LOANER-MBA-05']) {
    await expect(lockOf(name)).toHaveText(/Unknown — Intune could not be reached/);
  }
});
