// One recommended next step at the top of the device screen, seen without scrolling, and the lock as an outcome.
import type { Page } from '@playwright/test';
import { DEMO_EXAMPLES, DEMO_SECRET_EXAMPLES } from '../../electron/demo';
import { DEMO_SERIALS, expect, expectAccessible, showDevice, test } from './fixtures';

/** Runs in the page: an element's computed font size in pixels. */
const fontSize = (el: unknown) =>
  parseFloat((globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(el).fontSize);


async function expectAboveFold(page: Page, serial: string): Promise<void> {
  await showDevice(page, serial);
  const steps = page.getByTestId('next-step');
  if ((await steps.count()) === 0) return;
  const box = await steps.first().getByRole('button').or(steps.first().locator('.statement')).first().boundingBox();
  expect(box, `${serial}: the next step is on screen`).not.toBeNull();
  expect(box!.y + box!.height, `${serial}: the next step is above the fold`).toBeLessThanOrEqual(800);
  expect(box!.y, `${serial}: the next step is not hidden above`).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Escape');
}

for (const locale of ['en-US', 'de-DE', 'fr-FR', 'es-ES']) {
  test.describe(`at 1280×800 in ${locale}`, () => {
    test.use({ viewport: { width: 1280, height: 800 }, locale });

    test('every demo scenario shows its next step without scrolling', async ({ page }) => {
      test.setTimeout(120_000);
      for (const serial of DEMO_SERIALS) await expectAboveFold(page, serial);
    });
  });
}

test('a Mac locked with a PIN: Reveal PIN first, the check before it in body size', async ({ page }) => {
  await showDevice(page, DEMO_EXAMPLES.macLockedWithPin.serialNumber);
  const step = page.getByTestId('next-step');
  await expect(step).toHaveAttribute('data-kind', 'pin');
  const check = step.getByText('Check that this is the person’s device.');
  const button = step.getByRole('button', { name: 'Reveal PIN' });
  expect((await check.boundingBox())!.y).toBeLessThan((await button.boundingBox())!.y);
  const size = await check.evaluate(fontSize);
  const body = await page.locator('body').evaluate(fontSize);
  expect(size).toBeGreaterThanOrEqual(body);
  // The first button of the action column is the recommended one.
  await expect(page.locator('.device > .column').nth(1).getByRole('button').first()).toHaveText('Reveal PIN');
});

test('a Windows PC: the BitLocker key first, the other secrets under their heading, and one line for the lock', async ({ page }) => {
  await showDevice(page, DEMO_SECRET_EXAMPLES.bitlocker.serialNumber);
  const step = page.getByTestId('next-step');
  await expect(step).toHaveAttribute('data-kind', 'secret');
  await expect(step.getByTestId('secret-offer')).toHaveAttribute('data-kind', 'bitlocker');
  const others = page.getByTestId('other-secrets');
  await expect(others.getByRole('heading', { name: 'Other secrets for this device' })).toBeVisible();
  await expect(others.getByTestId('secret-offer')).toHaveAttribute('data-kind', 'laps');
  const lock = page.getByTestId('lock-status');
  await expect(lock).toHaveText('Remote lock: Intune cannot lock Windows devices, so there is nothing to unlock here.');
  await expect(lock.getByRole('heading')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lock device…' })).toHaveCount(0);
  await expectAccessible(page);
});

test('a reset Android: its passcode first', async ({ page }) => {
  await showDevice(page, DEMO_SECRET_EXAMPLES.androidPasscode.serialNumber);
  await expect(page.getByTestId('next-step').getByTestId('secret-offer')).toHaveAttribute('data-kind', 'androidPasscode');
});

test('an iPhone lock: use the device’s own passcode, said, not a button; its bypass code under other secrets', async ({ page }) => {
  await showDevice(page, DEMO_SECRET_EXAMPLES.activationLock.serialNumber);
  const step = page.getByTestId('next-step');
  await expect(step).toHaveAttribute('data-kind', 'ownPasscode');
  await expect(step).toContainText('Ask the person to unlock it with the device’s own passcode.');
  await expect(step.getByRole('button')).toHaveCount(0);
  await expect(page.getByTestId('other-secrets').getByTestId('secret-offer')).toHaveAttribute('data-kind', 'activationLock');
  await expectAccessible(page);
});

const OUTCOMES = [
  { serial: DEMO_EXAMPLES.macLockedWithPin.serialNumber, outcome: 'locked', word: 'Locked', pin: true },
  { serial: 'J6D4TN9VXP', outcome: 'locking', word: 'Locking', pin: true },
  { serial: DEMO_EXAMPLES.macLockPending.serialNumber, outcome: 'waiting', word: 'Waiting for the device to come online', pin: true },
  { serial: 'C02YL4P8JGH7', outcome: 'noProgress', word: 'No progress after 5 days', pin: false },
  { serial: 'FVFF3L1KQ05D', outcome: 'canceled', word: 'Canceled — not locked', pin: false },
  { serial: 'N8B3X6Q1VK', outcome: 'failed', word: 'Failed', pin: false },
  { serial: DEMO_EXAMPLES.macPinNineDaysOld.serialNumber, outcome: 'pinGone', word: 'Locked — no PIN from Intune', pin: false },
];

for (const { serial, outcome, word, pin } of OUTCOMES) {
  test(`lock outcome ${outcome}: its words, its next step and Check again`, async ({ page }) => {
    await showDevice(page, serial);
    const status = page.getByTestId('lock-status');
    await expect(status).toHaveAttribute('data-outcome', outcome);
    await expect(status.getByText(word, { exact: true })).toBeVisible();
    await expect(status.getByRole('button', { name: 'Check again' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reveal PIN' })).toHaveCount(pin ? 1 : 0);
    await expectAccessible(page);
  });
}

test('a Mac whose PIN Intune no longer answers is amber, not green', async ({ page }) => {
  await showDevice(page, DEMO_EXAMPLES.macPinNineDaysOld.serialNumber);
  await expect(page.getByTestId('lock-status')).toHaveClass(/warn/);
  await expect(page.getByTestId('lock-status')).not.toHaveClass(/good/);
});

test('a failed lock offers the kiosk’s own lock button in its card', async ({ page }) => {
  await showDevice(page, 'N8B3X6Q1VK');
  await page.getByTestId('lock-status').getByRole('button', { name: 'Lock device…' }).click();
  await expect(page.getByRole('button', { name: 'Send lock' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lock device…' })).toHaveCount(0);
});

test.describe('with remote lock turned off', () => {
  test.use({ coreOptions: { features: { remoteLock: false } } });

  test('a failed lock says to ask an Intune administrator, with no lock button', async ({ page }) => {
    await showDevice(page, 'N8B3X6Q1VK');
    await expect(page.getByTestId('lock-status')).toContainText('ask an Intune administrator to send the lock again');
    await expect(page.getByRole('button', { name: 'Lock device…' })).toHaveCount(0);
  });
});

test('an action sent after the lock is named: it replaced the Mac’s PIN', async ({ page }) => {
  await showDevice(page, 'M3N8V6C2XJ');
  await expect(page.getByTestId('later-action')).toContainText('A wipe was sent yesterday, after this lock. Any action sent after a lock replaces the Mac’s PIN');
});

test('Check again re-reads the device on screen, without a new search', async ({ page, graph }) => {
  await showDevice(page, DEMO_EXAMPLES.macLockPending.serialNumber);
  await expect(page.getByTestId('lock-status')).toHaveAttribute('data-outcome', 'waiting');
  const searches = () => graph.requests.filter((r) => r.method === 'GET' && r.url.includes('filter=')).length;
  const before = searches();
  // The Mac checks in meanwhile.
  const lock = graph.devices.find((d) => d.serialNumber === DEMO_EXAMPLES.macLockPending.serialNumber)!.deviceActionResults[0]!;
  lock.actionState = 'done';
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(page.getByTestId('lock-status')).toHaveAttribute('data-outcome', 'locked');
  await expect(page.getByTestId('device-serial')).toHaveText(DEMO_EXAMPLES.macLockPending.serialNumber);
  expect(searches()).toBe(before);
});

test('Check again that cannot reach Intune says so and keeps the device', async ({ page, graph }) => {
  await showDevice(page, DEMO_EXAMPLES.macLockPending.serialNumber);
  graph.fault({ status: 403 });
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Could not check again' })).toBeVisible();
  await expect(page.getByTestId('device-serial')).toHaveText(DEMO_EXAMPLES.macLockPending.serialNumber);
});
