// Sending a remote lock from the device card: confirmation, delivery progress, and the cases that must not lock.
import type { KioskEvent } from '../../electron/core';
import { DEMO_EXAMPLES } from '../../electron/demo';
import { expect, expectAccessible, showDevice, test } from './fixtures';

/** A Mac with no remote lock yet. */
const JDOE = { serial: 'C02ZT1YHMD6M', name: 'MBP-JDOE' };
const mac = DEMO_EXAMPLES.macLockedWithPin;
const grouped = (pin: string) => pin.replace(/(\d{3})(?=\d)/g, '$1 ');
const posts = (graph: { requests: Array<{ method: string }> }) => graph.requests.filter((r) => r.method === 'POST');

test('Lock device asks first, with the serial number to compare once more, and Cancel sends nothing', async ({ page, graph }) => {
  await showDevice(page, JDOE.serial);
  await page.getByRole('button', { name: 'Lock device…' }).click();
  const question = page.getByRole('group', { name: `Send a remote lock to ${JDOE.name}?` });
  await expect(question).toBeVisible();
  await expect(question.getByTestId('lock-question-serial')).toHaveText(`Serial number ${JDOE.serial}`);
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page);

  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lock device…' })).toBeVisible();
  expect(posts(graph)).toHaveLength(0);
});

test('a sent lock shows its progress until the Mac checks in, then offers the new PIN', async ({ page, graph, tenantClock }) => {
  await showDevice(page, JDOE.serial);
  await page.getByRole('button', { name: 'Lock device…' }).click();
  await page.getByRole('button', { name: 'Send lock' }).click();

  const progress = page.getByTestId('lock-progress');
  await expect(progress).toContainText('Lock sent — waiting for the device to check in');
  await expect(progress).toContainText(/The kiosk last asked Intune at/);
  await expect(page.getByTestId('lock-status')).toHaveAttribute('data-state', 'pending');
  // Not before the device has the lock.
  await expect(page.getByRole('button', { name: 'Reveal PIN' })).toHaveCount(0);
  await expectAccessible(page);
  expect(posts(graph)).toHaveLength(1);

  tenantClock.advance(31_000);
  await expect(progress).toContainText('The device has checked in. Its unlock PIN can be revealed now.');
  await expect(page.getByTestId('lock-status')).toHaveAttribute('data-state', 'done');

  await page.getByRole('button', { name: 'Reveal PIN' }).click();
  const sent = graph.devices.find((d) => d.serialNumber === JDOE.serial)!.deviceActionResults.find((a) => a.actionName === 'remoteLock');
  await expect(page.getByTestId('pin')).toHaveText(grouped(sent!.unlockPin!));
});

test.describe('when the device does not check in', () => {
  test.use({ coreOptions: { lockPollDelaysMs: [50, 50] } });

  test('the kiosk says it stopped waiting', async ({ page }) => {
    await showDevice(page, JDOE.serial);
    await page.getByRole('button', { name: 'Lock device…' }).click();
    await page.getByRole('button', { name: 'Send lock' }).click();
    await expect(page.getByTestId('lock-progress')).toContainText('the kiosk stopped waiting');
  });
});

test('a Mac that already has a lock: explain, and reveal the existing PIN instead', async ({ page, graph }) => {
  await showDevice(page, mac.serialNumber);
  await page.getByRole('button', { name: 'Lock device…' }).click();
  await page.getByRole('button', { name: 'Send lock' }).click();

  const warning = page.getByRole('alert').filter({ hasText: 'This Mac already has a remote lock' });
  await expect(warning).toContainText('the PIN it is waiting for is lost');
  await expect(warning.getByTestId('lock-question-serial')).toHaveText(`Serial number ${mac.serialNumber}`);
  await expect(warning.getByRole('button', { name: 'Reveal the existing PIN' })).toBeFocused();
  await expectAccessible(page);
  expect(posts(graph)).toHaveLength(0);

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pin')).toHaveText(grouped(mac.pin));
});

test('Lock again anyway sends a second lock on purpose, and the Mac refuses it', async ({ page, graph }) => {
  await showDevice(page, mac.serialNumber);
  await page.getByRole('button', { name: 'Lock device…' }).click();
  await page.getByRole('button', { name: 'Send lock' }).click();
  await page.getByRole('button', { name: 'Lock again anyway' }).click();

  await expect(page.getByTestId('lock-status')).toHaveAttribute('data-state', 'failed');
  await expect(page.getByTestId('remote-lock')).toHaveAttribute('data-phase', 'settled');
  await expect(page.getByRole('button', { name: 'Reveal PIN' })).toHaveCount(0);
  expect(posts(graph)).toHaveLength(1);
});

test('a Windows PC offers no lock and says why', async ({ page }) => {
  await showDevice(page, DEMO_EXAMPLES.windowsNotSupported.serialNumber);
  await expect(page.getByTestId('lock-status')).toHaveText('Remote lock: Intune cannot lock Windows devices, so there is nothing to unlock here.');
  await expect(page.getByRole('button', { name: 'Lock device…' })).toHaveCount(0);
});

test.describe('with remote lock turned off', () => {
  test.use({ coreOptions: { features: { remoteLock: false } } });

  test('no device offers a lock', async ({ page }) => {
    await showDevice(page, JDOE.serial);
    await expect(page.getByRole('button', { name: 'Reveal PIN' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Lock device…' })).toHaveCount(0);
  });
});

test.describe('when the kiosk refuses the lock after the screen offered it', () => {
  test.use({ coreOptions: { features: { remoteLock: false } }, appInfo: { features: { remoteLock: true } } });

  test('not_supported: nothing was sent, and the panel says so', async ({ page, graph }) => {
    await showDevice(page, '38211FDJH00A1B');
    await page.getByRole('button', { name: 'Lock device…' }).click();
    await page.getByRole('button', { name: 'Send lock' }).click();
    const panel = page.getByRole('alert').filter({ hasText: 'This device cannot be locked from the kiosk' });
    await expect(panel).toContainText('Nothing was sent to the device.');
    await expect(panel.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    await expectAccessible(page);
    expect(posts(graph)).toHaveLength(0);
  });
});

test('updates for a device no longer on screen are ignored', async ({ page, core, graph, tenantClock }) => {
  await showDevice(page, JDOE.serial);
  await page.getByRole('button', { name: 'Lock device…' }).click();
  await page.getByRole('button', { name: 'Send lock' }).click();
  await expect(page.getByTestId('lock-progress')).toContainText('waiting for the device');

  const other = 'F4K9P2L7QX';
  await page.keyboard.press('Escape');
  await showDevice(page, other);
  let settled = false;
  core.subscribe((event: KioskEvent) => {
    if (event.name === 'devices:updated' && event.payload.settled) settled = true;
  });
  tenantClock.advance(31_000);
  await expect.poll(() => settled).toBe(true);
  // The page has handled every event sent before this round trip.
  await page.evaluate(() => 0);

  await expect(page.getByTestId('device-serial')).toHaveText(other);
  await expect(page.getByTestId('lock-status')).toHaveAttribute('data-state', 'not-sent');
  await expect(page.getByTestId('lock-progress')).toHaveText('');
  expect(graph.devices.find((d) => d.serialNumber === JDOE.serial)!.deviceActionResults.some((a) => a.actionState === 'done')).toBe(true);
});
