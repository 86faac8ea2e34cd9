import { DEMO_EXAMPLES } from '../../electron/demo';
import { expect, scan, test } from './fixtures';

const grouped = (pin: string) => pin.replace(/(\d{3})(?=\d)/g, '$1 ');

test('the demo tenant is labelled on screen', async ({ page }) => {
  await expect(page.getByTestId('demo-badge')).toHaveText('DEMO');
  await expect(page.getByTestId('tenant-name')).toHaveText('Contoso (demo)');
});

test('a scanned serial shows the device, and Reveal shows its PIN', async ({ page, graph }) => {
  const mac = DEMO_EXAMPLES.macLockedWithPin;
  await scan(page, mac.serialNumber);

  await expect(page.getByRole('heading', { name: mac.deviceName })).toBeVisible();
  await expect(page.getByText(mac.serialNumber)).toBeVisible();
  await expect(page.getByTestId('lock-status')).toContainText(/locked|done/i);
  // The PIN reaches the page only through the deliberate reveal.
  await expect(page.locator('body')).not.toContainText(grouped(mac.pin));
  expect(await page.content()).not.toContain(mac.pin);

  await page.getByRole('button', { name: 'Reveal PIN' }).click();
  await expect(page.getByTestId('pin')).toHaveText(grouped(mac.pin));
  // One search (its serial and name clauses side by side), one GET by id; the reveal uses the PIN fetched with the device.
  expect(graph.requests).toHaveLength(3);

  await page.getByRole('button', { name: 'Hide PIN' }).click();
  await expect(page.getByTestId('pin')).toHaveCount(0);
});

test('several matches are listed and one can be picked', async ({ page }) => {
  await scan(page, DEMO_EXAMPLES.multiMatchPrefix);
  const choices = page.getByRole('list').getByRole('button');
  await expect(choices.first()).toBeVisible();
  expect(await choices.count()).toBeGreaterThan(1);

  const second = choices.nth(1);
  const name = (await second.textContent())?.match(/LOANER-MBA-\d+/)?.[0];
  expect(name).toBeTruthy();
  await second.click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  await expect(page.getByTestId('lock-status')).toBeVisible();
});

test('no match says so and keeps the search field ready', async ({ page }) => {
  await scan(page, 'NOSUCHSERIAL42');
  await expect(page.getByRole('status')).toContainText(/no device/i);
  await expect(page.getByLabel('Serial number, device name or e-mail')).toBeFocused();
});

test('an empty search is refused on screen before any request', async ({ page, graph }) => {
  await page.keyboard.press('Enter');
  await page.getByLabel('Serial number, device name or e-mail').fill('   ');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByText(/type or scan/i).first()).toBeVisible();
  expect(graph.requests).toHaveLength(0);
});

test('a lock without a PIN says so and offers no reveal', async ({ page }) => {
  await scan(page, DEMO_EXAMPLES.iphoneLockedNoPin.serialNumber);
  await expect(page.getByRole('heading', { name: DEMO_EXAMPLES.iphoneLockedNoPin.deviceName })).toBeVisible();
  await expect(page.getByText(/no unlock PIN/i)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reveal PIN' })).toHaveCount(0);
});

test('a Graph failure shows what happened and what to do', async ({ page, graph }) => {
  // Every attempt of the core answers 500 (as screens.spec's graph_error).
  graph.fault({ status: 500, times: 6 });
  await scan(page, DEMO_EXAMPLES.macLockedWithPin.serialNumber);
  await expect(page.locator('[data-code="graph_error"]')).toContainText(/service health/);
  graph.clearFaults();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: DEMO_EXAMPLES.macLockedWithPin.deviceName })).toBeVisible();
});

test('Escape clears the previous person’s device and PIN', async ({ page }) => {
  const mac = DEMO_EXAMPLES.macLockedWithPin;
  await scan(page, mac.serialNumber);
  await page.getByRole('button', { name: 'Reveal PIN' }).click();
  await expect(page.getByTestId('pin')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Serial number, device name or e-mail')).toBeFocused();
  await expect(page.getByLabel('Serial number, device name or e-mail')).toHaveValue('');
  expect(await page.content()).not.toContain(mac.pin);
  await expect(page.getByText(mac.serialNumber)).toHaveCount(0);
});
