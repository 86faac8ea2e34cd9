// A whole walk-up of each kind besides the Mac PIN, in Chromium against the real core and the demo tenant:
// BitLocker by the key ID on the recovery screen, a LAPS password read at arm's length, the Android passcode, the
// Activation Lock bypass code and the FileVault key; each reveal audited, none of them in the page before it.
import { createMemoryAuditTrail } from '../../electron/core/audit';
import { DEMO_EXAMPLES, DEMO_SECRET_EXAMPLES as S } from '../../electron/demo';
import { expect, expectAccessible, showDevice, test } from './fixtures';
import type { PageGlobals } from './page-globals';

const trail = createMemoryAuditTrail();
test.use({ coreOptions: { audit: trail } });

test.beforeEach(() => {
  trail.records.length = 0;
});

test('BitLocker: the key ID from the recovery screen finds the key, shown as 8 numbered groups of 6', async ({ page }) => {
  await showDevice(page, S.bitlocker.serialNumber);
  const offer = page.locator('[data-kind="bitlocker"]');
  await expect(offer).toContainText('3 recovery keys backed up to Entra ID.');
  expect(await page.content()).not.toContain(S.bitlocker.currentKey);
  await expectAccessible(page);

  await page.getByLabel('Recovery key ID, first characters').fill(S.bitlocker.currentKeyId.slice(0, 6).toUpperCase());
  await expect(page.getByTestId('key-match')).toHaveText('The key with this ID:');
  await expect(offer.getByTestId('bitlocker-key')).toHaveCount(1);
  await expect(offer.getByTestId('bitlocker-key')).toContainText('Windows drive');

  await page.getByLabel('Reason for the reveal').selectOption('BitLocker recovery after a hardware change');
  await page.getByRole('button', { name: /Reveal this key/ }).click();
  const groups = page.getByTestId('secret-group');
  await expect(groups).toHaveCount(8);
  await expect(groups).toHaveText(S.bitlocker.currentKey.split('-').map((g, i) => `${i + 1}${g}`));
  await expect(page.getByTestId('secret-shown')).toContainText(`Recovery key ID ${S.bitlocker.currentKeyId.toUpperCase()}`);
  await expect(page.getByTestId('key-id-check')).toHaveText(`Does the blue screen show ${S.bitlocker.currentKeyId.slice(0, 8).toUpperCase()}?`);
  // Read-aloud stays off for BitLocker keys unless the config turns it on.
  await expect(page.getByRole('button', { name: 'Read aloud' })).toHaveCount(0);
  await expectAccessible(page);
  expect(trail.records.filter((r) => r.action === 'secret-reveal')).toMatchObject([
    { secretKind: 'bitlocker', keyId: S.bitlocker.currentKeyId, reason: 'BitLocker recovery after a hardware change', outcome: 'unknown' },
    { secretKind: 'bitlocker', keyId: S.bitlocker.currentKeyId, reason: 'BitLocker recovery after a hardware change', outcome: 'success' },
  ]);

  await page.getByRole('button', { name: 'Hide', exact: true }).click();
  await expect(page.getByTestId('secret-shown')).toHaveCount(0);
  expect(await page.content()).not.toContain(S.bitlocker.currentKey.split('-')[3]);
});

test('BitLocker: an ID that matches no key lists every key of the device with drive and date', async ({ page }) => {
  await showDevice(page, S.bitlocker.serialNumber);
  await page.getByLabel('Recovery key ID, first characters').fill('ZZZZ0000');
  await expect(page.getByTestId('key-match')).toContainText('No recovery key of this device starts with “ZZZZ0000”');
  const keys = page.getByTestId('bitlocker-key');
  await expect(keys).toHaveCount(3);
  await expect(keys.nth(0)).toContainText('newest');
  await expect(keys.nth(2)).toContainText('Data drive');
  await expectAccessible(page);

  // The older OS-drive key, typed with the recovery screen's dash and confirmed with Enter.
  const older = S.bitlocker.olderKeyId.toUpperCase();
  await page.getByLabel('Recovery key ID, first characters').fill(`${older.slice(0, 8)}-${older.slice(9, 11)}`);
  await expect(keys).toHaveCount(1);
  await page.getByLabel('Recovery key ID, first characters').press('Enter');
  await expect(page.getByTestId('secret-group')).toHaveCount(8);
  expect(trail.records.find((r) => r.action === 'secret-reveal' && r.outcome === 'success')).toMatchObject({ keyId: S.bitlocker.olderKeyId });
});

test('LAPS: the password in legible groups, marked by character class, with a spelled-out reading', async ({ page }) => {
  await showDevice(page, S.laps.serialNumber);
  await page.getByRole('button', { name: 'Reveal password' }).click();
  const shown = page.getByTestId('secret');
  await expect(shown).toHaveText(S.laps.current.match(/.{1,4}/g)!.join(''));
  await expect(page.getByTestId('secret-group')).toHaveText(['Kl1O', '0-S5', 'sIb8', '#e']);
  await expect(page.getByTestId('secret-shown')).toContainText('type this user name: .\\Administrator');
  const classes = await shown.locator('[data-class]').evaluateAll((els) => els.slice(0, 5).map((e) => e.getAttribute('data-class')));
  expect(classes).toEqual(['upper', 'lower', 'digit', 'upper', 'digit']);
  await expect(page.getByRole('button', { name: 'Read aloud' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Spell it out' }).click();
  await expect(page.getByTestId('spelling').locator('li').first()).toHaveText('Kl1O — capital K, lower-case l, digit one, capital O');
  await expect(page.getByTestId('spelling').locator('li').nth(1)).toContainText('digit zero, hyphen, capital S, digit five');
  await expectAccessible(page);
  expect(trail.records.filter((r) => r.action === 'secret-reveal' && r.outcome === 'success').map((r) => r.secretKind)).toEqual(['laps']);
});

test('Android, Activation Lock and FileVault walk-ups each reveal their one secret', async ({ page }) => {
  await showDevice(page, S.androidPasscode.serialNumber);
  await page.getByRole('button', { name: 'Reveal passcode' }).click();
  await expect(page.getByTestId('secret')).toHaveText('58274613');
  await expect(page.getByRole('button', { name: 'Read aloud' })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('secret-shown')).toHaveCount(0);

  await showDevice(page, S.activationLock.serialNumber);
  await page.getByRole('button', { name: 'Reveal bypass code' }).click();
  await expect(page.getByTestId('secret-group')).toHaveText(S.activationLock.code.split('-'));
  await page.keyboard.press('Escape');

  await showDevice(page, S.fileVault.serialNumber);
  await page.getByRole('button', { name: 'Ask Intune for the key' }).click();
  await expect(page.getByTestId('secret-group')).toHaveText(S.fileVault.key.split('-'));
  await expectAccessible(page);
  expect(trail.records.filter((r) => r.action === 'secret-reveal' && r.outcome === 'success').map((r) => r.secretKind)).toEqual(['androidPasscode', 'activationLock', 'fileVault']);
});

test('Done on a revealed secret clears the screen for the next person', async ({ page }) => {
  await showDevice(page, S.activationLock.serialNumber);
  await page.getByRole('button', { name: 'Reveal bypass code' }).click();
  await expect(page.getByTestId('secret-shown')).toBeVisible();
  await page.getByRole('button', { name: 'Done — clear for the next person' }).click();
  await expect(page.getByTestId('secret-shown')).toHaveCount(0);
  await expect(page.getByTestId('device-serial')).toHaveCount(0);
  expect(await page.content()).not.toContain(S.activationLock.code.split('-')[0]);
});

test('a FileVault key Intune never escrowed is explained beside the offer, and the device stays on screen', async ({ page }) => {
  await showDevice(page, S.fileVaultMissing.serialNumber);
  await page.getByRole('button', { name: 'Ask Intune for the key' }).click();
  await expect(page.getByTestId('secret-error')).toContainText('the Mac never stored it in Intune');
  await expect(page.getByTestId('device-serial')).toHaveText(S.fileVaultMissing.serialNumber);
});

test.describe('with a reason required', () => {
  test.use({ coreOptions: { audit: trail, revealReason: { mode: 'required', choices: ['Locked out', 'Forgot password'] } } });

  test('asks for the reason before revealing, then records it', async ({ page }) => {
    await showDevice(page, S.laps.serialNumber);
    await page.getByRole('button', { name: 'Reveal password' }).click();
    await expect(page.getByRole('alert')).toHaveText('Choose a reason first: the audit trail records it with the reveal.');
    await expect(page.getByLabel('Reason for the reveal')).toBeFocused();
    expect(trail.records.some((r) => r.action === 'secret-reveal')).toBe(false);
    await page.getByLabel('Reason for the reveal').selectOption('Locked out');
    await page.getByRole('button', { name: 'Reveal password' }).click();
    await expect(page.getByTestId('secret')).toBeVisible();
    expect(trail.records.find((r) => r.action === 'secret-reveal' && r.outcome === 'success')).toMatchObject({ reason: 'Locked out', secretKind: 'laps' });
  });
});

test.describe('in German', () => {
  test.use({ kioskQuery: '?lang=de' });

  test('names the secret and spells it out in German', async ({ page }) => {
    await showDevice(page, S.laps.serialNumber);
    await page.getByRole('button', { name: 'Kennwort anzeigen' }).click();
    await page.getByRole('button', { name: 'Buchstabieren' }).click();
    await expect(page.getByTestId('spelling').locator('li').first()).toHaveText('Kl1O — großes K, kleines l, Ziffer eins, großes O');
    await expectAccessible(page);
  });
});

test.describe('gone again when the person leaves', () => {
  test.use({ kioskQuery: '?pin=3000&idle=8000' });

  test('a revealed password hides itself after the display time, and an untouched counter forgets the device', async ({ page }) => {
    await showDevice(page, S.laps.serialNumber);
    await page.getByRole('button', { name: 'Reveal password' }).click();
    await expect(page.getByTestId('secret')).toBeVisible();
    await expect(page.getByTestId('secret-shown')).toHaveCount(0, { timeout: 10_000 });
    await expect(page.getByTestId('status')).toContainText('The secret was hidden after 3 seconds.');
    expect(await page.content()).not.toContain('sIb8');

    await expect(page.getByRole('heading', { name: 'Scan or type a serial number' })).toBeVisible({ timeout: 15_000 });
    expect(await page.content()).not.toContain(S.laps.serialNumber);
  });
});

/** A rendered font size in CSS pixels. */
const fontPx = (locator: import('@playwright/test').Locator) => locator.evaluate((el) => parseFloat((globalThis as unknown as PageGlobals).getComputedStyle(el).fontSize));

test.describe('BitLocker you can type', () => {
  async function revealKey(page: import('@playwright/test').Page): Promise<void> {
    await showDevice(page, S.bitlocker.serialNumber);
    await page.getByLabel('Recovery key ID, first characters').fill(S.bitlocker.currentKeyId.slice(0, 8));
    await page.getByLabel('Reason for the reveal').selectOption('BitLocker recovery after a hardware change');
    await page.getByRole('button', { name: /Reveal this key/ }).click();
    await expect(page.getByTestId('secret-group')).toHaveCount(8);
  }

  test('digits as large as a typed password, the key ID to check in large print, and the typing hints', async ({ page }) => {
    await revealKey(page);
    const groups = page.getByTestId('secret');
    const bitlockerPx = await fontPx(groups);
    const big = page.getByTestId('key-id-check').locator('strong');
    await expect(big).toHaveText(S.bitlocker.currentKeyId.slice(0, 8).toUpperCase());
    expect(await fontPx(big)).toBeGreaterThanOrEqual(30);
    const hints = page.getByTestId('typing-hints');
    await expect(hints).toContainText('Don’t type the spaces');
    await expect(hints).toContainText('Type only the digits: the recovery screen puts in the hyphens itself.');
    await expect(page.getByTestId('f-keys')).toHaveText('No digits appear? On a keyboard whose number row needs Shift, use F1–F9 for 1–9 and F10 for 0.');

    await page.getByRole('button', { name: 'Hide', exact: true }).click();
    await page.getByRole('button', { name: 'Reveal password' }).click();
    const lapsPx = await fontPx(page.getByTestId('secret'));
    expect(bitlockerPx, `BitLocker ${bitlockerPx}px against LAPS ${lapsPx}px`).toBeGreaterThanOrEqual(lapsPx);
  });

  test('steps through the groups one at a time: "Group 3 of 8", → and ← and buttons, the whole key small below', async ({ page }) => {
    await revealKey(page);
    const key = S.bitlocker.currentKey.split('-');
    await page.getByRole('button', { name: 'One group at a time' }).click();
    await expect(page.getByTestId('step-label')).toHaveText('Group 1 of 8');
    await expect(page.getByTestId('step-group')).toHaveText(key[0]!);
    await expect(page.getByTestId('whole-key')).toHaveText(key.join(''));
    await expect(page.getByTestId('whole-key').locator('.current')).toHaveText(key[0]!);
    expect(await fontPx(page.getByTestId('step-group'))).toBeGreaterThan(await fontPx(page.getByTestId('whole-key')) * 4);

    await page.getByRole('button', { name: 'Next group' }).click();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-label')).toHaveText('Group 3 of 8');
    await expect(page.getByTestId('step-group')).toHaveText(key[2]!);
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('step-label')).toHaveText('Group 2 of 8');
    await page.getByRole('button', { name: 'Previous group' }).click();
    await expect(page.getByTestId('step-label')).toHaveText('Group 1 of 8');
    await expect(page.getByRole('button', { name: 'Previous group' })).toHaveAttribute('aria-disabled', 'true');
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-label')).toHaveText('Group 8 of 8');
    await expect(page.getByTestId('step-view')).toContainText('That is the last group');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Show all 8 groups' }).click();
    await expect(page.getByTestId('secret-group')).toHaveCount(8);
  });
});

test.describe('a BitLocker key stays longer than a password', () => {
  test.use({ coreOptions: { audit: trail, screen: { pinVisibleMs: 2_000, recoveryKeyVisibleMs: 6_000 } } });

  test('each follows its own display time from app:info', async ({ page }) => {
    await showDevice(page, S.laps.serialNumber);
    await page.getByRole('button', { name: 'Reveal password' }).click();
    await expect(page.getByTestId('pin-countdown')).toHaveAttribute('aria-label', /Hides in [12] s/);
    await page.getByRole('button', { name: 'Hide', exact: true }).click();
    await page.getByLabel('Recovery key ID, first characters').fill(S.bitlocker.currentKeyId.slice(0, 8));
    await page.getByLabel('Reason for the reveal').selectOption('BitLocker recovery after a hardware change');
    await page.getByRole('button', { name: /Reveal this key/ }).click();
    await expect(page.getByTestId('pin-countdown')).toHaveAttribute('aria-label', /Hides in [56] s/);
    await page.waitForTimeout(3_000);
    await expect(page.getByTestId('secret-group')).toHaveCount(8);
  });
});

test.describe('typed secrets', () => {
  test('LAPS: sign in as Other user with .\\account, check with the eye button, every character typed', async ({ page }) => {
    await showDevice(page, S.laps.serialNumber);
    await page.getByRole('button', { name: 'Reveal password' }).click();
    await expect(page.getByTestId('laps-account')).toHaveText(`On the Windows sign-in screen, choose “Other user” and type this user name: .\\${S.laps.account}`);
    const hints = page.getByTestId('typing-hints');
    await expect(hints).toContainText('Don’t type the spaces');
    await expect(hints).toContainText('every character shown is typed, a hyphen too');
    await expect(hints).toContainText('hold the eye button at the end of the password box');
    // Every class is in this password, so every mark and the whole legend.
    await expect(page.getByTestId('legend')).toHaveText('Digits are blue, symbols are yellow, capital letters are underlined.');
    await expectAccessible(page);
  });

  test('a Windows LAPS passphrase is grouped by word, with only the marks it needs', async ({ page }) => {
    await showDevice(page, S.lapsPassphrase.serialNumber);
    await page.getByRole('button', { name: 'Reveal password' }).click();
    await expect(page.getByTestId('secret-group')).toHaveText(['Thimble', 'Careful', 'Overtime', 'Juniper', 'Magnet', 'Glider']);
    await expect(page.getByTestId('legend')).toHaveText('Capital letters are underlined.');
    await expectAccessible(page);
  });

  test('marks and legend only for the classes a secret has; a digits-only passcode is as large as the PIN', async ({ page }) => {
    await showDevice(page, S.activationLock.serialNumber);
    await page.getByRole('button', { name: 'Reveal bypass code' }).click();
    // Capitals only: no underline, as there is no small letter to tell them from; digits set apart from letters.
    await expect(page.getByTestId('legend')).toHaveText('Digits are blue.');
    const underlined = await page.getByTestId('secret').locator('[data-class="upper"]').evaluateAll((els) => els.filter((e) => (globalThis as unknown as PageGlobals).getComputedStyle(e).textDecorationLine.includes('underline')).length);
    expect(underlined).toBe(0);
    await expect(page.getByTestId('typing-hints')).toContainText('Type it exactly as shown, with its hyphens');
    await page.keyboard.press('Escape');

    await showDevice(page, S.fileVault.serialNumber);
    await page.getByRole('button', { name: 'Ask Intune for the key' }).click();
    await expect(page.getByTestId('typing-hints')).toContainText('the Mac puts in the hyphens as you type');
    await page.keyboard.press('Escape');

    await showDevice(page, S.androidPasscode.serialNumber);
    await page.getByRole('button', { name: 'Reveal passcode' }).click();
    await expect(page.getByTestId('secret')).toHaveText(S.androidPasscode.passcode);
    await expect(page.getByRole('button', { name: 'Spell it out' })).toHaveCount(0);
    await expect(page.getByTestId('legend')).toHaveCount(0);
    await expect(page.getByTestId('typing-hints')).toHaveText('Type only the digits.');
    const passcodePx = await fontPx(page.getByTestId('secret'));
    await page.keyboard.press('Escape');

    await showDevice(page, DEMO_EXAMPLES.macLockedWithPin.serialNumber);
    await page.getByRole('button', { name: 'Reveal PIN' }).click();
    const pinPx = await fontPx(page.getByTestId('pin'));
    expect(passcodePx, `passcode ${passcodePx}px against PIN ${pinPx}px`).toBeGreaterThanOrEqual(pinPx);
  });
});

test.describe('typed secrets in German', () => {
  test.use({ kioskQuery: '?lang=de' });

  test('says how to type each, in German', async ({ page }) => {
    await showDevice(page, S.bitlocker.serialNumber);
    await page.getByLabel(/Wiederherstellungsschlüssel-ID/).fill(S.bitlocker.currentKeyId.slice(0, 8));
    await page.getByRole('button', { name: /Diesen Schlüssel anzeigen/ }).click();
    await expect(page.getByTestId('key-id-check')).toHaveText(`Zeigt der blaue Bildschirm ${S.bitlocker.currentKeyId.slice(0, 8).toUpperCase()}?`);
    await expect(page.getByTestId('f-keys')).toContainText('F10 für 0');
    await page.getByRole('button', { name: 'Eine Gruppe nach der anderen' }).click();
    await expect(page.getByTestId('step-label')).toHaveText('Gruppe 1 von 8');
    await expectAccessible(page);
  });
});
