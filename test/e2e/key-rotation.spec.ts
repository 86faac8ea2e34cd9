// After a BitLocker or FileVault key was revealed: the offer to have Intune rotate it (asked, confirmed, sent, its
// outcome in words, each failure said), or, where the config leaves rotation off, the reminder to have it rotated.
// In Chromium against the real core and the demo tenant; every step audited, nothing moving under the pointer.
import type { Page } from '@playwright/test';
import { createMemoryAuditTrail } from '../../electron/core/audit';
import { DEMO_SECRET_EXAMPLES as S } from '../../electron/demo';
import { expect, expectAccessible, showDevice, test } from './fixtures';

const trail = createMemoryAuditTrail();
test.use({ coreOptions: { audit: trail } });

test.beforeEach(() => {
  trail.records.length = 0;
});

async function revealBitLocker(page: Page): Promise<void> {
  await showDevice(page, S.bitlocker.serialNumber);
  await page.getByLabel('Recovery key ID, first characters').fill(S.bitlocker.currentKeyId.slice(0, 8));
  await page.getByRole('button', { name: /Reveal this key/ }).click();
  await expect(page.getByTestId('secret-group')).toHaveCount(8);
}

const top = async (page: Page, name: string) => (await page.getByRole('button', { name, exact: true }).boundingBox())!.y;

test('a revealed BitLocker key offers its rotation: confirm, progress, and what happens next', async ({ page, graph }) => {
  await revealBitLocker(page);
  const region = page.getByTestId('key-rotation');
  await expect(region).toContainText('This key has now been seen. Once the person is in, have Intune replace it.');
  await expectAccessible(page);

  const done = 'Done — clear for the next person';
  // Where the technician's pointer is when the offer is pressed: positions are compared on the screen from here on.
  await page.getByRole('button', { name: 'Rotate this key…' }).scrollIntoViewIfNeeded();
  const doneAt = await top(page, done);
  const offerAt = (await page.getByRole('button', { name: 'Rotate this key…' }).boundingBox())!;
  await page.getByRole('button', { name: 'Rotate this key…' }).click();
  await expect(region.getByRole('group')).toContainText('Have Intune rotate this PC’s BitLocker recovery keys?');
  await expect(region).toContainText('When the device next checks in, the key on screen stops working');
  // A stray Enter cancels; the confirm button is not where the offer was; the panel's buttons stay put.
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  const confirmAt = (await page.getByRole('button', { name: 'Rotate key', exact: true }).boundingBox())!;
  expect(confirmAt.y > offerAt.y + offerAt.height || confirmAt.y + confirmAt.height < offerAt.y).toBe(true);
  expect(await top(page, done)).toBe(doneAt);
  await expectAccessible(page);
  expect(graph.requests.filter((r) => r.method === 'POST')).toEqual([]);

  const before = (await region.boundingBox())!;
  await page.getByRole('button', { name: 'Rotate key', exact: true }).click();
  await expect(page.getByTestId('rotation-progress')).toContainText('Intune asked the device for a new key');
  await expect(page.getByTestId('rotation-progress')).toContainText('It takes effect when the device next checks in. From then on, the key on screen no longer works.');
  const after = (await region.boundingBox())!;
  expect([after.y, after.height >= before.height]).toEqual([before.y, true]);
  expect(await top(page, done)).toBe(doneAt);
  // The key stays on screen: the person may still be typing it.
  await expect(page.getByTestId('secret-group')).toHaveCount(8);
  await expectAccessible(page);

  const id = graph.devices.find((d) => d.serialNumber === S.bitlocker.serialNumber)!.id;
  expect(graph.requests.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname)).toEqual([`/beta/deviceManagement/managedDevices/${id}/rotateBitLockerKeys`]);
  expect(trail.records.filter((r) => r.action === 'key-rotation')).toMatchObject([{ outcome: 'success', secretKind: 'bitlocker', deviceId: id }]);

  await page.getByRole('button', { name: done }).click();
  await expect(page.getByTestId('secret-shown')).toHaveCount(0);
});

test('a removable drive’s key says Intune leaves it as it is, and offers nothing to send', async ({ page, graph }) => {
  await showDevice(page, S.removableDriveKey.serialNumber);
  await page.getByLabel('Recovery key ID, first characters').fill(S.removableDriveKey.keyId.slice(0, 8));
  await page.getByRole('button', { name: /Reveal this key/ }).click();
  await expect(page.getByTestId('secret-group')).toHaveCount(8);
  await expect(page.getByTestId('rotation-removable')).toHaveText(/Intune does not rotate the keys of removable drives\s*This key opens a removable drive, and it keeps working/);
  await expect(page.getByRole('button', { name: 'Rotate this key…' })).toHaveCount(0);
  await expect(page.getByTestId('rotation-reminder')).toHaveCount(0);
  await expectAccessible(page);
  expect(graph.requests.filter((r) => r.method === 'POST')).toEqual([]);
});

test('Cancel sends nothing and offers the rotation again', async ({ page, graph }) => {
  await revealBitLocker(page);
  await page.getByRole('button', { name: 'Rotate this key…' }).click();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Rotate this key…' })).toBeVisible();
  expect(graph.requests.filter((r) => r.method === 'POST')).toEqual([]);
  expect(trail.records.filter((r) => r.action === 'key-rotation')).toEqual([]);
});

test('a FileVault rotation Intune throttles says so, and Try again sends it', async ({ page, graph }) => {
  await showDevice(page, S.fileVault.serialNumber);
  await page.getByRole('button', { name: 'Ask Intune for the key' }).click();
  await expect(page.getByTestId('secret-group')).toHaveText(S.fileVault.key.split('-'));
  await page.getByRole('button', { name: 'Rotate this key…' }).click();
  await expect(page.getByTestId('key-rotation')).toContainText('Have Intune rotate this Mac’s FileVault recovery key?');
  graph.fault({ status: 429, times: 3 });
  await page.getByRole('button', { name: 'Rotate key', exact: true }).click();
  const alert = page.getByTestId('key-rotation').getByRole('alert');
  await expect(alert).toContainText('The rotation could not be sent');
  await expect(alert).toContainText('Wait a minute, then press Try again.');
  await expectAccessible(page);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('rotation-progress')).toContainText('Intune asked the device for a new key');
  expect(trail.records.filter((r) => r.action === 'key-rotation').map((r) => r.outcome)).toEqual(['failure', 'success']);
});

test('a Mac Intune will not rotate gets nothing sent and the admin’s details folded', async ({ page, graph }) => {
  await showDevice(page, S.fileVault.serialNumber);
  graph.devices.find((d) => d.serialNumber === S.fileVault.serialNumber)!.managedDeviceOwnerType = 'personal';
  await page.getByRole('button', { name: 'Ask Intune for the key' }).click();
  await page.getByRole('button', { name: 'Rotate this key…' }).click();
  await page.getByRole('button', { name: 'Rotate key', exact: true }).click();
  const alert = page.getByTestId('key-rotation').getByRole('alert');
  await expect(alert).toContainText('Intune will not rotate this key');
  await expect(alert).toContainText('Nothing was sent. Ask your IT administrator to rotate the key in Intune.');
  await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expectAccessible(page);
});

test.describe('with rotation off', () => {
  test.use({ coreOptions: { audit: trail, secrets: { bitlocker: { rotate: false }, fileVault: { rotate: false } } } });

  test('the revealed key reminds the technician to have it rotated, and offers nothing to send', async ({ page, graph }) => {
    await revealBitLocker(page);
    const reminder = page.getByTestId('rotation-reminder');
    await expect(reminder).toHaveText(/This key has now been seen\s*Ask your IT administrator to rotate it in Intune\./);
    await expect(page.getByRole('button', { name: 'Rotate this key…' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Done — clear for the next person' })).toBeVisible();
    await expectAccessible(page);
    expect(graph.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  test('a LAPS password has neither offer nor reminder: Windows LAPS changes it by itself', async ({ page }) => {
    await showDevice(page, S.laps.serialNumber);
    await page.getByRole('button', { name: 'Reveal password' }).click();
    await expect(page.getByTestId('secret')).toBeVisible();
    await expect(page.getByTestId('key-rotation')).toHaveCount(0);
  });
});

test.describe('in German', () => {
  test.use({ kioskQuery: '?lang=de' });

  test('offers and confirms the rotation in German', async ({ page }) => {
    await showDevice(page, S.fileVault.serialNumber);
    await page.getByRole('button', { name: 'Schlüssel bei Intune abfragen' }).click();
    await page.getByRole('button', { name: 'Diesen Schlüssel rotieren …' }).click();
    await expect(page.getByTestId('key-rotation')).toContainText('Den FileVault-Wiederherstellungsschlüssel dieses Mac von Intune rotieren lassen?');
    await page.getByRole('button', { name: 'Schlüssel rotieren', exact: true }).click();
    await expect(page.getByTestId('rotation-progress')).toContainText('Intune hat beim Gerät einen neuen Schlüssel angefordert');
    await expectAccessible(page);
  });
});
