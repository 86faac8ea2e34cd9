// The PIN view: large, grouped, high-contrast, only on a deliberate reveal, gone again after a while.
import { DEMO_EXAMPLES } from '../../electron/demo';
import { expect, expectAccessible, SEARCH_LABEL, showDevice, test } from './fixtures';
import type { PageGlobals } from './page-globals';

const mac = DEMO_EXAMPLES.macLockedWithPin;

/** WCAG relative luminance contrast of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((n) => {
      const c = Number(n) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test('the PIN shows only after Reveal, large, monospace, grouped and high-contrast', async ({ page }) => {
  await showDevice(page, mac.serialNumber);
  expect(await page.content()).not.toContain(mac.pin);

  await page.getByRole('button', { name: 'Reveal PIN' }).click();
  const pin = page.getByTestId('pin');
  await expect(pin).toHaveText('482 913');
  await expect(page.getByText('Digits: 4 8 2 9 1 3')).toBeAttached();

  const look = await pin.evaluate((el) => {
    const { getComputedStyle, innerHeight } = globalThis as unknown as PageGlobals;
    const style = getComputedStyle(el);
    return {
      height: el.getBoundingClientRect().height,
      window: innerHeight,
      font: style.fontFamily,
      color: style.color,
      background: style.backgroundColor,
      userSelect: style.userSelect,
    };
  });
  expect(look.height).toBeGreaterThanOrEqual(look.window / 5);
  expect(look.font).toMatch(/mono/i);
  expect(contrast(look.color, look.background)).toBeGreaterThanOrEqual(7);
  expect(look.userSelect).toBe('none');
  await expectAccessible(page);
});

test('a PIN with a leading zero keeps it', async ({ page }) => {
  await showDevice(page, DEMO_EXAMPLES.pinWithLeadingZero.serialNumber);
  await page.getByRole('button', { name: 'Reveal PIN' }).click();
  await expect(page.getByTestId('pin')).toHaveText('046 382');
});

test('copying the PIN is blocked', async ({ page }) => {
  await showDevice(page, mac.serialNumber);
  await page.getByRole('button', { name: 'Reveal PIN' }).click();
  await expect(page.getByTestId('pin')).toBeVisible();
  const copied = await page.getByTestId('pin').evaluate((el) => {
    const { document, getSelection, ClipboardEvent, DataTransfer } = globalThis as unknown as PageGlobals;
    const range = document.createRange();
    range.selectNodeContents(el);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    const copy = new ClipboardEvent('copy', { bubbles: true, cancelable: true, clipboardData: new DataTransfer() });
    return el.dispatchEvent(copy);
  });
  expect(copied).toBe(false);
});

test.describe('with a short display time', () => {
  test.use({ kioskQuery: '?pin=5000' });

  const secondsLeft = async (page: import('@playwright/test').Page) =>
    Number((await page.getByTestId('pin-countdown').textContent())?.match(/Hides in (\d+) s/)?.[1] ?? NaN);

  test('a visible countdown runs down and the PIN hides itself', async ({ page }) => {
    await showDevice(page, mac.serialNumber);
    await page.getByRole('button', { name: 'Reveal PIN' }).click();
    await expect(page.getByTestId('pin-countdown')).toBeVisible();
    const first = await secondsLeft(page);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(5);
    await expect.poll(() => secondsLeft(page)).toBeLessThan(first);

    await expect(page.getByTestId('pin')).toHaveCount(0);
    await expect(page.getByRole('status')).toContainText('The PIN was hidden after 5 seconds.');
    expect(await page.content()).not.toContain(mac.pin);
    await expect(page.getByRole('button', { name: 'Reveal PIN' })).toBeVisible();
  });

  test('Keep showing starts the countdown again', async ({ page }) => {
    await showDevice(page, mac.serialNumber);
    await page.getByRole('button', { name: 'Reveal PIN' }).click();
    await expect.poll(() => secondsLeft(page)).toBeLessThanOrEqual(3);
    await page.getByRole('button', { name: 'Keep showing' }).click();
    await expect.poll(() => secondsLeft(page)).toBeGreaterThanOrEqual(4);
    await expect(page.getByTestId('pin')).toBeVisible();
  });
});

test('Read aloud speaks the PIN digit by digit', async ({ page }) => {
  await page.addInitScript(() => {
    const page = globalThis as unknown as PageGlobals;
    page.spoken = [];
    page.speechSynthesis.speak = (u) => void page.spoken.push(`${u.lang}:${u.text}`);
  });
  await page.reload();
  await expect(page.getByLabel(SEARCH_LABEL)).toBeFocused();
  await showDevice(page, mac.serialNumber);
  await page.getByRole('button', { name: 'Reveal PIN' }).click();
  await page.getByRole('button', { name: 'Read aloud' }).click();
  const spoken = await page.evaluate(() => (globalThis as unknown as PageGlobals).spoken);
  expect(spoken).toEqual([expect.stringMatching(/^en.*:4, 8, 2$/), expect.stringMatching(/^en.*:9, 1, 3$/)]);
});

test('Done clears the screen for the next person; a fresh PIN gives no hiding warning yet', async ({ page }) => {
  await showDevice(page, mac.serialNumber);
  await page.getByRole('button', { name: 'Reveal PIN' }).click();
  await expect(page.getByTestId('pin')).toBeVisible();
  await expect(page.getByTestId('hiding-soon')).toHaveText('');
  await page.getByRole('button', { name: 'Done — clear for the next person' }).click();
  await expect(page.getByTestId('pin')).toHaveCount(0);
  await expect(page.getByTestId('device-serial')).toHaveCount(0);
  await expect(page.getByLabel(SEARCH_LABEL)).toBeFocused();
  expect(await page.content()).not.toContain(mac.pin);
});

test.describe('with read-aloud of the PIN turned off in the config', () => {
  test.use({ coreOptions: { pinReadAloud: false } });

  test('the PIN is shown without Read aloud', async ({ page }) => {
    await showDevice(page, mac.serialNumber);
    await page.getByRole('button', { name: 'Reveal PIN' }).click();
    await expect(page.getByTestId('pin')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Read aloud' })).toHaveCount(0);
  });
});

test('Hide PIN removes it at once and keeps the device on screen', async ({ page }) => {
  await showDevice(page, mac.serialNumber);
  await page.getByRole('button', { name: 'Reveal PIN' }).click();
  await expect(page.getByRole('button', { name: 'Hide PIN' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pin')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: mac.deviceName })).toBeVisible();
  expect(await page.content()).not.toContain(mac.pin);
});

test.describe('with the display time from the kiosk config', () => {
  test.use({ coreOptions: { screen: { pinVisibleMs: 4_000 } } });

  test('the PIN hides itself after the configured time', async ({ page }) => {
    await showDevice(page, mac.serialNumber);
    await page.getByRole('button', { name: 'Reveal PIN' }).click();
    await expect(page.getByTestId('pin-countdown')).toContainText(/Hides in [1-4] s/);
    // Within its last 10 seconds the countdown says so in words, not only in its bar.
    await expect(page.getByTestId('hiding-soon')).toHaveText('Hides in a moment: press Keep showing if the person is still typing.');
    await expect(page.getByTestId('pin')).toHaveCount(0, { timeout: 8_000 });
    await expect(page.getByRole('status')).toContainText('The PIN was hidden after 4 seconds.');
  });
});

test('the card and the PIN say how old the PIN is; a fresh one carries no warning', async ({ page }) => {
  await showDevice(page, mac.serialNumber);
  await expect(page.getByTestId('pin-age')).toHaveText(/^PIN issued 2 hours ago · /);
  await page.getByRole('button', { name: 'Reveal PIN' }).click();
  await expect(page.getByTestId('pin')).toBeVisible();
  await expect(page.getByTestId('pin-age')).toHaveText(/^PIN issued 2 hours ago · /);
  await expect(page.getByTestId('pin-stale')).toHaveCount(0);
});

test.describe('on a tenant that still answers a PIN after 7 days, as Intune documents', () => {
  test.use({ demoQuirks: { pinShownDays: 30 } });

  test('a PIN older than 7 days comes with a warning and what to do if the Mac refuses it', async ({ page }) => {
    const old = DEMO_EXAMPLES.macPinNineDaysOld;
    await showDevice(page, old.serialNumber);
    await expect(page.getByTestId('pin-age')).toHaveText(/^PIN issued last week · /);
    await expect(page.getByTestId('pin-stale')).toContainText('This PIN is 9 days old. Intune may no longer hold it');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Reveal PIN' }).click();
    await expect(page.getByTestId('pin')).toHaveText('267 148');
    await expect(page.getByTestId('pin-stale')).toContainText('If the Mac refuses it, do not lock it again');
    await expectAccessible(page);
  });
});

test('a Mac whose PIN Intune no longer answers (after about 7 days) says so instead of offering a reveal', async ({ page }) => {
  await showDevice(page, DEMO_EXAMPLES.macPinNineDaysOld.serialNumber);
  await expect(page.getByTestId('lock-status')).toContainText('Intune no longer answers its unlock PIN');
  await expect(page.getByRole('button', { name: 'Reveal PIN' })).toHaveCount(0);
});
