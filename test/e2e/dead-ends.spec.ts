// No dead ends at the counter: every screen that cannot give the person what they came for says what it means and
// what to do next — a device with nothing to reveal, a FileVault key Intune never held, a refusal, a busy Intune.
import { DEMO_EXAMPLES, DEMO_SECRET_EXAMPLES as S } from '../../electron/demo';
import { expect, expectAccessible, scan, showDevice, test } from './fixtures';
import type { PageGlobals } from './page-globals';

const mac = DEMO_EXAMPLES.macLockedWithPin;

test('a device with nothing to reveal says so and names the next step: the second-line desk', async ({ page }) => {
  await showDevice(page, S.windowsWithout.serialNumber);
  const step = page.getByTestId('next-step');
  await expect(step).toHaveAttribute('data-kind', 'none');
  await expect(step).toContainText('Nothing to reveal');
  await expect(step).toContainText('send them to the second-line desk');
  await expect(page.getByTestId('secret-offer')).toHaveCount(0);
  await expectAccessible(page);
});

test('FileVault: the offer is a question, and an empty answer says Intune holds no key for this Mac', async ({ page }) => {
  await showDevice(page, S.fileVaultMissing.serialNumber);
  const offer = page.locator('[data-testid="secret-offer"][data-kind="fileVault"]');
  await expect(offer).toContainText('Does Intune hold this Mac’s FileVault key?');
  await offer.getByRole('button', { name: 'Ask Intune for the key' }).click();
  const answer = page.getByTestId('secret-error');
  await expect(answer).toContainText('Intune holds no FileVault key for this Mac.');
  await expect(answer).toContainText('second-line desk');
  await expect(answer).not.toContainText('Device not found');
  await expectAccessible(page);
});

test('forbidden: one sentence for the counter, the roles and permissions folded for the admin, no Try again', async ({ page, graph }) => {
  graph.fault({ status: 403 });
  await scan(page, mac.serialNumber);
  const panel = page.getByRole('alert');
  await expect(panel).toHaveAttribute('data-code', 'forbidden');
  await expect(page.getByTestId('error-advice')).toContainText('send them to the second-line desk');
  const details = page.getByTestId('admin-details');
  // Folded until the admin opens it.
  await expect(details.getByText(/PrivilegedOperations/)).toBeHidden();
  await expect(panel.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'New search' })).toBeVisible();
  await details.getByText('Details for your admin').click();
  await expect(details).toContainText('DeviceManagementManagedDevices.PrivilegedOperations.All');
  await expectAccessible(page);
});

test('forbidden at 200 %: the long permission names wrap inside the panel', async ({ page, graph }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  graph.fault({ status: 403 });
  await scan(page, mac.serialNumber);
  await page.getByTestId('admin-details').getByText('Details for your admin').click();
  const overflow = await page.evaluate(() => {
    const { documentElement: root } = (globalThis as unknown as PageGlobals).document;
    return root.scrollWidth - root.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
  const panel = await page.getByRole('alert').boundingBox();
  const text = await page.getByTestId('admin-details').locator('p').boundingBox();
  expect(text!.x + text!.width).toBeLessThanOrEqual(panel!.x + panel!.width);
});

test('a secret refused: the same sentence beside its offer, details folded', async ({ page, graph }) => {
  await showDevice(page, S.laps.serialNumber);
  graph.fault({ status: 403 });
  await page.getByRole('button', { name: 'Reveal password' }).click();
  const answer = page.getByTestId('secret-error');
  await expect(answer).toHaveAttribute('data-code', 'forbidden');
  await expect(answer).toContainText('second-line desk');
  await expect(answer.getByTestId('admin-details')).toBeVisible();
  await expectAccessible(page);
});

test.describe('throttled', () => {
  // The core gives up at once, so the screen's own wait and retry are what is seen.
  test.use({ coreOptions: { retry: { attempts: 1, baseDelayMs: 500, maxDelayMs: 8_000 } } });

  test('amber, a live countdown from Retry-After, and it tries again by itself', async ({ page, graph }) => {
    graph.fault({ status: 429, retryAfter: '4' });
    await scan(page, mac.serialNumber);
    const panel = page.getByRole('alert');
    await expect(panel).toHaveAttribute('data-code', 'throttled');
    const advice = page.getByTestId('error-advice');
    await expect(advice).toContainText(/tries again by itself in [34] seconds/);
    // Amber, not the red of a failure.
    const border = await panel.evaluate((el) => (globalThis as unknown as PageGlobals).getComputedStyle(el).borderTopColor);
    expect(border).toBe('rgb(122, 74, 0)');
    await expect(advice).toContainText(/in [12] seconds?/);
    await expectAccessible(page);
    // Intune answers the retry: the device, with no press of a button.
    await expect(page.getByRole('heading', { name: mac.deviceName })).toBeVisible({ timeout: 10_000 });
  });

  test('Try again now does not wait, and a new search ends the countdown', async ({ page, graph }) => {
    graph.fault({ status: 429, retryAfter: '60' });
    await scan(page, mac.serialNumber);
    await page.getByRole('button', { name: 'Try again now' }).click();
    await expect(page.getByRole('heading', { name: mac.deviceName })).toBeVisible();

    graph.fault({ status: 429, retryAfter: '2' });
    await page.keyboard.press('Escape');
    await scan(page, DEMO_EXAMPLES.multiMatchPrefix);
    await expect(page.getByRole('alert')).toHaveAttribute('data-code', 'throttled');
    await page.getByRole('button', { name: 'New search' }).click();
    // The retry that was counted down does not come back after the technician moved on.
    await page.waitForTimeout(3_000);
    await expect(page.getByRole('heading', { name: 'Scan or type a serial number' })).toBeVisible();
  });
});
