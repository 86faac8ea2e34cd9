// Nothing of the previous person stays on screen: idle clear and Escape.
import { DEMO_EXAMPLES } from '../../electron/demo';
import { expect, SEARCH_LABEL, showDevice, test } from './fixtures';

const mac = DEMO_EXAMPLES.macLockedWithPin;

test.describe('with a short idle time', () => {
  test.use({ kioskQuery: '?idle=3000' });

  test('an untouched counter returns to the idle screen and forgets the device and PIN', async ({ page }) => {
    await showDevice(page, mac.serialNumber);
    await page.getByRole('button', { name: 'Reveal PIN' }).click();
    await expect(page.getByTestId('pin')).toBeVisible();

    await expect(page.getByRole('heading', { name: 'Scan or type a serial number' })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByTestId('pin')).toHaveCount(0);
    await expect(page.getByLabel(SEARCH_LABEL)).toHaveValue('');
    const html = await page.content();
    expect(html).not.toContain(mac.pin);
    expect(html).not.toContain(mac.serialNumber);
    expect(html).not.toContain(mac.deviceName);
  });
});

test.describe('with an idle time of three seconds', () => {
  test.use({ kioskQuery: '?idle=3000' });

  test('someone using the kiosk keeps the device on screen', async ({ page }) => {
    await showDevice(page, mac.serialNumber);
    // A key every second, for longer than the idle time.
    for (let i = 0; i < 5; i++) {
      await page.waitForTimeout(1000);
      await page.keyboard.press('Shift');
    }
    await expect(page.getByRole('heading', { name: mac.deviceName })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Scan or type a serial number' })).toHaveCount(0);
  });
});

test('Escape clears the error screen and the search field too', async ({ page, graph }) => {
  graph.fault({ status: 403 });
  await page.keyboard.type('C02XK1ABJG5H');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByLabel(SEARCH_LABEL)).toHaveValue('');
  await expect(page.getByLabel(SEARCH_LABEL)).toBeFocused();
});
