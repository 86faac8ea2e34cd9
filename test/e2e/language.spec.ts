// A second complete locale, chosen from the machine's language; dates and ages in that locale.
import { DEMO_EXAMPLES } from '../../electron/demo';
import { expect, expectAccessible, scan, showDevice, test } from './fixtures';

const mac = DEMO_EXAMPLES.macLockedWithPin;

test.describe('on a German machine', () => {
  test.use({ locale: 'de-DE' });

  test('the kiosk speaks German, with German dates and relative ages', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { name: 'Seriennummer scannen oder eintippen' })).toBeVisible();
    await expect(page.getByLabel('Seriennummer, Gerätename oder E-Mail')).toBeFocused();

    await showDevice(page, mac.serialNumber);
    const status = page.getByTestId('lock-status');
    await expect(status.getByText('Gesperrt', { exact: true })).toBeVisible();
    await expect(status).toContainText('vor 2 Stunden');
    await expect(status).toContainText(/\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'PIN anzeigen' }).click();
    await expect(page.getByTestId('pin')).toHaveText('482 913');
    await expect(page.getByTestId('pin-countdown')).toContainText(/Wird in \d+ s ausgeblendet/);
    await expectAccessible(page);
  });

  test('an error explains itself in German and keeps the kiosk’s own words as details', async ({ page, graph }) => {
    graph.fault({ status: 403 });
    await scan(page, mac.serialNumber);
    const panel = page.getByRole('alert');
    await expect(panel.getByRole('heading', { name: 'Nicht erlaubt' })).toBeVisible();
    await expect(panel).toContainText('bitten Sie eine Intune-Administration um Zugriff');
    await expect(panel.locator('[lang="en"]')).toContainText('Intune administrator');
    await expectAccessible(page);
  });
});

test.describe('with the language set for the page', () => {
  test.use({ locale: 'en-US', kioskQuery: '?lang=de' });

  test('?lang=de wins over the machine’s language', async ({ page }) => {
    await expect(page.getByRole('button', { name: 'Suchen', exact: true })).toBeVisible();
  });
});

test.describe('on a machine in a language the kiosk does not have', () => {
  test.use({ locale: 'ja-JP' });

  test('it falls back to English', async ({ page }) => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeVisible();
  });
});
