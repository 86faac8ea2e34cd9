// Usable at 200 % zoom (half the CSS pixels at twice the density) and with reduced motion.
import { DEMO_EXAMPLES, DEMO_SECRET_EXAMPLES } from '../../electron/demo';
import { expect, expectAccessible, scan, showDevice, test } from './fixtures';
import { midWordBreaks } from './line-boxes';
import type { PageGlobals } from './page-globals';

const mac = DEMO_EXAMPLES.macLockedWithPin;

test.describe('at 200 % zoom', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  async function noSidewaysScroll(page: import('@playwright/test').Page): Promise<void> {
    const overflow = await page.evaluate(() => {
      const { documentElement } = (globalThis as unknown as PageGlobals).document;
      return documentElement.scrollWidth - documentElement.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
  }

  test('search, device, PIN and lock panels fit the width and stay usable', async ({ page }) => {
    await noSidewaysScroll(page);
    await showDevice(page, mac.serialNumber);
    await noSidewaysScroll(page);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Reveal PIN' }).click();
    const pin = page.getByTestId('pin');
    await expect(pin).toBeInViewport();
    const box = (await pin.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(400 / 5);
    await noSidewaysScroll(page);

    await page.getByRole('button', { name: 'Hide PIN' }).click();
    await page.getByRole('button', { name: 'Lock device…' }).click();
    await page.getByRole('button', { name: 'Send lock' }).click();
    await expect(page.getByRole('button', { name: 'Lock again anyway' })).toBeInViewport();
    await noSidewaysScroll(page);
    await expect(page.getByTestId('demo-badge')).toBeInViewport();
    // Who is signed in stays in sight in the sticky header, however far the page scrolls.
    await expect(page.getByTestId('technician')).toBeInViewport();
    await expect(page.getByTestId('technician')).toContainText('Signed in: Alex Wilber');
  });

  test('the BitLocker key picker and the 8 groups of a key fit the width', async ({ page }) => {
    await showDevice(page, DEMO_SECRET_EXAMPLES.bitlocker.serialNumber);
    await page.getByLabel('Recovery key ID, first characters').fill(DEMO_SECRET_EXAMPLES.bitlocker.currentKeyId.slice(0, 8));
    await noSidewaysScroll(page);
    await page.getByRole('button', { name: /Reveal this key/ }).click();
    await expect(page.getByTestId('secret-group')).toHaveCount(8);
    await noSidewaysScroll(page);
    // No group's digits spill out of their cell (overflow there would not scroll the page).
    const spill = await page.getByTestId('secret-group').evaluateAll((els) => els.map((el) => el.scrollWidth - el.clientWidth));
    expect(spill.every((px) => px <= 0), `overflow per group: ${spill.join(', ')}`).toBe(true);
    await page.getByRole('button', { name: 'Hide', exact: true }).click();
    await page.getByRole('button', { name: 'Reveal password' }).click();
    await page.getByRole('button', { name: 'Spell it out' }).click();
    await noSidewaysScroll(page);
    // The row of the person's languages wraps, and a spelled-out reading in the longest words still fits.
    await page.getByTestId('visitor-language').getByRole('button', { name: 'Español' }).click();
    await expect(page.getByTestId('spelling').locator('li').first()).toContainText('mayúscula');
    await noSidewaysScroll(page);
    await expectAccessible(page);
  });

  test('a BitLocker key one group at a time fits one screen: the group, its number, the buttons and the whole key', async ({ page }) => {
    await showDevice(page, DEMO_SECRET_EXAMPLES.bitlocker.serialNumber);
    await page.getByLabel('Recovery key ID, first characters').fill(DEMO_SECRET_EXAMPLES.bitlocker.currentKeyId.slice(0, 8));
    await page.getByRole('button', { name: /Reveal this key/ }).click();
    await page.getByRole('button', { name: 'One group at a time' }).click();
    await page.getByRole('button', { name: 'Next group' }).click();
    await expect(page.getByTestId('step-label')).toHaveText('Group 2 of 8');
    for (const part of [page.getByTestId('step-label'), page.getByTestId('step-group'), page.getByRole('button', { name: 'Next group' }), page.getByTestId('whole-key')]) {
      await expect(part).toBeInViewport({ ratio: 1 });
    }
    // Nothing of it under the sticky header.
    const header = await page.locator('header').first().boundingBox();
    const label = await page.getByTestId('step-label').boundingBox();
    expect(label!.y).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0));
    const spill = await page.getByTestId('step-group').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(spill).toBeLessThanOrEqual(0);
    await noSidewaysScroll(page);
    await expectAccessible(page);
  });

  test('the match list fits the width: each row with its lock, check-in and Choose, no word broken', async ({ page }) => {
    await scan(page, DEMO_EXAMPLES.multiMatchPrefix);
    const rows = page.getByRole('list').getByRole('button');
    await expect(rows).toHaveCount(5);
    await expect(page.getByTestId('match-lock').filter({ hasText: 'Checking' })).toHaveCount(0);
    await noSidewaysScroll(page);
    // Nothing sticks out of a row, where it would be cut off rather than scroll the page.
    const spill = await rows.evaluateAll((els) => els.map((el) => el.scrollWidth - el.clientWidth));
    expect(spill.every((px) => px <= 0), `overflow per row: ${spill.join(', ')}`).toBe(true);
    for (const part of ['match-lock', 'match-check-in', 'match-user']) await expect(page.getByTestId(part)).toHaveCount(5);
    for (const choose of await page.getByRole('list').getByText('Choose', { exact: true }).all()) {
      await choose.scrollIntoViewIfNeeded();
      await expect(choose).toBeInViewport({ ratio: 1 });
    }
    for (const address of await page.getByTestId('match-user').getByText(/@contoso\.com$/, { exact: true }).all()) {
      expect(await midWordBreaks(address, /[@.]/)).toEqual([]);
    }
    await expectAccessible(page);

    await page.getByRole('button', { name: 'New search' }).click();
    await scan(page, DEMO_EXAMPLES.userWithThreeDevices);
    await expect(page.getByTestId('matches-owner')).toBeVisible();
    expect(await midWordBreaks(page.getByTestId('matches-owner').getByText(DEMO_EXAMPLES.userWithThreeDevices, { exact: true }), /[@.]/)).toEqual([]);
    await noSidewaysScroll(page);
  });

  for (const [language, kioskQuery] of [['English', ''], ['German', '?lang=de']] as const) {
    test.describe(`the sign-in screen in ${language}`, () => {
      test.use({ coreOptions: { signIn: { autoSignIn: false, methods: ['broker', 'window', 'deviceCode'] } }, demoBroker: {}, kioskQuery });

      test('every sign-in and a refusal with its way out fit the width', async ({ page, identity }) => {
        await expect(page.locator('button[data-method]')).toHaveCount(3);
        await noSidewaysScroll(page);
        identity.policies.compliantDevice = true;
        await page.locator('button[data-method="window"]').click();
        const alert = page.getByRole('alert');
        await expect(alert.getByTestId('entra-code')).toBeVisible();
        await noSidewaysScroll(page);
        // Nothing sticks out of the screen's right edge, where it would be cut off rather than scroll the page.
        const beyond = await page.getByTestId('sign-in').locator('*').evaluateAll((els) =>
          els.filter((el) => el.getBoundingClientRect().right > (globalThis as unknown as PageGlobals).innerWidth + 0.5).length,
        );
        expect(beyond).toBe(0);
        await expectAccessible(page);
        const again = alert.getByRole('button');
        await again.scrollIntoViewIfNeeded();
        await expect(again).toBeInViewport();
        await again.click();
        await expect(page.getByTestId('sign-in')).toHaveCount(0);
        await expect(page.getByRole('search')).toBeVisible();
      });
    });
  }
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the busy indicator does not spin', async ({ page, graph }) => {
    graph.latencyMs = 1_500;
    await scan(page, mac.serialNumber);
    const busy = page.getByTestId('status').locator('.busy');
    await expect(busy).toBeVisible();
    expect(await busy.evaluate((el) => (globalThis as unknown as PageGlobals).getComputedStyle(el, '::before').animationName)).toBe('none');
  });
});

test('without reduced motion the busy indicator spins', async ({ page, graph }) => {
  graph.latencyMs = 1_500;
  await scan(page, mac.serialNumber);
  const busy = page.getByTestId('status').locator('.busy');
  await expect(busy).toBeVisible();
  expect(await busy.evaluate((el) => (globalThis as unknown as PageGlobals).getComputedStyle(el, '::before').animationName)).not.toBe('none');
});
