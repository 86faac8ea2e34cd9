// Nothing moves under the pointer: after a click, and once the screen has settled, the spot the technician pressed
// holds the same control or none, never another one that a second tap (or a double click) would press by mistake.
import { DEMO_EXAMPLES, DEMO_SECRET_EXAMPLES as S } from '../../electron/demo';
import { expect, scan, showDevice, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const CONTROL = 'button, a[href], input, select, textarea, summary, [role="button"]';

/**
 * Presses `button` where it is on screen, waits for `settled`, and expects no other control under the pointer once
 * the page has had its time to answer (on a loaded machine the guard's frames may come after `settled`). The pressed
 * button itself may stay there (Next group, a toggle that changes its words).
 */
async function pressInPlace(page: Page, button: Locator, settled: () => Promise<void>): Promise<void> {
  await button.scrollIntoViewIfNeeded();
  const pressed = await button.elementHandle();
  const box = (await button.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const name = (await button.innerText()).trim();
  await page.mouse.click(x, y);
  await settled();
  const under = () =>
    page.evaluate(
      ([px, py, selector, before]) => {
        const { document } = globalThis as unknown as { document: { elementFromPoint(x: number, y: number): { closest(s: string): unknown } | null } };
        const control = document.elementFromPoint(px, py)?.closest(selector) as { textContent: string | null } | null | undefined;
        return !control || control === before ? null : (control.textContent ?? '').trim();
      },
      [x, y, CONTROL, pressed] as const,
    );
  await expect.poll(under, { message: `the control under the pointer after "${name}"` }).toBeNull();
}

test.describe('nothing moves under the pointer', () => {
  test('the Mac PIN: reveal, keep showing, hide, done', async ({ page }) => {
    const mac = DEMO_EXAMPLES.macLockedWithPin;
    await showDevice(page, mac.serialNumber);
    const pin = page.getByTestId('pin');
    await pressInPlace(page, page.getByRole('button', { name: 'Reveal PIN' }), () => expect(pin).toBeVisible());
    await pressInPlace(page, page.getByRole('button', { name: 'Keep showing' }), () => expect(pin).toBeVisible());
    await pressInPlace(page, page.getByRole('button', { name: 'Hide PIN' }), () => expect(pin).toHaveCount(0));
    await page.getByRole('button', { name: 'Reveal PIN' }).click();
    await pressInPlace(page, page.getByRole('button', { name: 'Done — clear for the next person' }), () => expect(pin).toHaveCount(0));
  });

  test('the remote lock: ask, cancel, send', async ({ page }) => {
    await showDevice(page, 'C02ZT1YHMD6M');
    const question = page.getByRole('group', { name: /Send a remote lock/ });
    await pressInPlace(page, page.getByRole('button', { name: 'Lock device…' }), () => expect(question).toBeVisible());
    await pressInPlace(page, question.getByRole('button', { name: 'Cancel' }), () => expect(question).toHaveCount(0));
    await page.getByRole('button', { name: 'Lock device…' }).click();
    await pressInPlace(page, page.getByRole('button', { name: 'Send lock' }), () => expect(page.getByTestId('lock-progress')).toContainText('Lock sent'));
  });

  test('a secret: reveal, spell it out, hide', async ({ page }) => {
    await showDevice(page, S.laps.serialNumber);
    const secret = page.getByTestId('secret');
    await pressInPlace(page, page.getByRole('button', { name: 'Reveal password' }), () => expect(secret).toBeVisible());
    await pressInPlace(page, page.getByRole('button', { name: 'Spell it out' }), () => expect(page.getByTestId('spelling')).toBeVisible());
    await pressInPlace(page, page.getByRole('button', { name: 'Hide', exact: true }), () => expect(secret).toHaveCount(0));
  });

  test('a secret read out in the person’s language: Français, spell it out, back to English', async ({ page }) => {
    await showDevice(page, S.laps.serialNumber);
    await page.getByRole('button', { name: 'Reveal password' }).click();
    const row = page.getByTestId('visitor-language');
    const spelling = page.getByTestId('spelling').locator('li').first();
    await pressInPlace(page, row.getByRole('button', { name: 'Français' }), () => expect(row.getByRole('button', { name: 'Français' })).toHaveAttribute('aria-pressed', 'true'));
    await pressInPlace(page, page.getByRole('button', { name: 'Spell it out' }), () => expect(spelling).toContainText('majuscule'));
    await pressInPlace(page, row.getByRole('button', { name: 'English' }), () => expect(spelling).toContainText('capital'));
  });

  test('a BitLocker key one group at a time', async ({ page }) => {
    await showDevice(page, S.bitlocker.serialNumber);
    await page.getByLabel('Recovery key ID, first characters').fill(S.bitlocker.currentKeyId.slice(0, 8));
    await page.getByLabel('Reason for the reveal').selectOption({ index: 1 });
    const label = page.getByTestId('step-label');
    await pressInPlace(page, page.getByRole('button', { name: /Reveal this key/ }), () => expect(page.getByTestId('secret-group')).toHaveCount(8));
    await pressInPlace(page, page.getByRole('button', { name: 'One group at a time' }), () => expect(label).toHaveText('Group 1 of 8'));
    await pressInPlace(page, page.getByRole('button', { name: 'Next group' }), () => expect(label).toHaveText('Group 2 of 8'));
  });

  test('choosing a device from the list', async ({ page }) => {
    await scan(page, DEMO_EXAMPLES.multiMatchPrefix);
    const rows = page.getByRole('list').getByRole('button');
    for (let i = 0; i < 3; i++) {
      const row = rows.nth(i);
      const name = (await row.locator('.name').innerText()).trim();
      await pressInPlace(page, row, () => expect(page.getByRole('heading', { name })).toBeVisible());
      await page.getByRole('button', { name: 'New search' }).click();
      await scan(page, DEMO_EXAMPLES.multiMatchPrefix);
    }
  });

  test('Check again', async ({ page }) => {
    await showDevice(page, DEMO_EXAMPLES.macLockPending.serialNumber);
    const status = page.getByTestId('lock-status');
    await pressInPlace(page, status.getByRole('button', { name: 'Check again' }), () => expect(status.getByRole('button', { name: 'Check again' })).toBeEnabled());
  });
});
