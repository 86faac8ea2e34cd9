// A packaged kiosk that finds no config file says so, shows where the file belongs, and runs the built-in demo only
// when the technician asks for it (electron/shell/first-run.ts).
import { DEMO_EXAMPLES } from '../../electron/demo';
import { expect, expectAccessible, SEARCH_LABEL, showDevice, test } from './fixtures';

const CONFIG_PATH = 'C:\\ProgramData\\UnlockPinKiosk\\config.json';

test.describe('no config file', () => {
  test.use({ firstRun: CONFIG_PATH });

  test('says that no tenant is configured and where the file belongs, and starts the demo on request', async ({ page }) => {
    await expect(page.getByRole('heading', { name: 'No tenant is configured' })).toBeVisible();
    await expect(page.getByTestId('config-path')).toHaveText(CONFIG_PATH);
    // Nothing pretends to work for a tenant: no DEMO badge, no sign-in, no search.
    await expect(page.getByTestId('demo-badge')).toHaveCount(0);
    await expect(page.getByLabel(SEARCH_LABEL)).toHaveCount(0);
    await expect(page.getByRole('button', { name: /sign in/i })).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Try the built-in demo' }).click();
    await expect(page.getByTestId('demo-badge')).toBeVisible();
    await expect(page.getByTestId('first-run')).toHaveCount(0);
    await showDevice(page, DEMO_EXAMPLES.macLockedWithPin.serialNumber);
  });
});

test.describe('no config file, in German', () => {
  test.use({ firstRun: CONFIG_PATH, kioskQuery: '?lang=de' });

  test('speaks German', async ({ page }) => {
    await expect(page.getByRole('heading', { name: 'Kein Mandant eingerichtet' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Die eingebaute Demo ausprobieren' })).toBeVisible();
  });
});
