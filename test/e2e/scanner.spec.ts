// Keyboard and scanner first: a burst works from anywhere, ending in Enter or Tab; Apple labels work as scanned.
import { createMemoryAuditTrail } from '../../electron/core/audit';
import { DEMO_EXAMPLES } from '../../electron/demo';
import { expect, scan, SEARCH_LABEL, test } from './fixtures';
import type { PageGlobals } from './page-globals';

const mac = DEMO_EXAMPLES.macLockedWithPin;

test('a scan from the idle screen works without clicking the field', async ({ page }) => {
  // Click the empty page: focus leaves the field, as when someone taps the screen.
  await page.mouse.click(640, 700);
  await expect(page.getByLabel(SEARCH_LABEL)).not.toBeFocused();
  await scan(page, mac.serialNumber);
  await expect(page.getByRole('heading', { name: mac.deviceName })).toBeVisible();
});

test('a scan ending in Tab searches like Enter', async ({ page }) => {
  await scan(page, mac.serialNumber, 'Tab');
  await expect(page.getByRole('heading', { name: mac.deviceName })).toBeVisible();
});

test('a person typing and pressing Tab moves focus instead of searching', async ({ page, graph }) => {
  await scan(page, 'C02XK1ABJG5H', 'Tab', 150);
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeFocused();
  expect(graph.requests).toHaveLength(0);
});

test('a new scan over a shown PIN replaces everything of the previous device', async ({ page }) => {
  await scan(page, mac.serialNumber);
  await page.getByRole('button', { name: 'Reveal PIN' }).click();
  await expect(page.getByTestId('pin')).toBeVisible();

  const iphone = DEMO_EXAMPLES.iphoneLockedNoPin;
  await scan(page, iphone.serialNumber);
  await expect(page.getByRole('heading', { name: iphone.deviceName })).toBeVisible();
  await expect(page.getByTestId('pin')).toHaveCount(0);
  expect(await page.content()).not.toContain(mac.pin);
});

test.describe('an Apple label', () => {
  const trail = createMemoryAuditTrail();
  test.use({ coreOptions: { audit: trail } });
  test.beforeEach(() => {
    trail.records.length = 0;
  });

  test('with a leading S finds the serial without it, in one search', async ({ page, graph }) => {
    await scan(page, `S${mac.serialNumber}`);
    await expect(page.getByTestId('device-serial')).toHaveText(mac.serialNumber);
    // One search, audited once, that asks for the label as typed and for the serial inside it, each in a request of its own.
    expect(trail.records.filter((r) => r.action === 'search')).toHaveLength(1);
    await expect(page.getByRole('status')).toContainText(`Apple labels put an S before the serial number: “S${mac.serialNumber}” is serial number “${mac.serialNumber}”.`);
    const searches = graph.requests.map((r) => new URL(r.url).searchParams.get('$filter') ?? '').filter((f) => f.startsWith('serialNumber'));
    expect(searches.sort()).toEqual([`serialNumber eq '${mac.serialNumber}'`, `serialNumber eq 'S${mac.serialNumber}'`]);
  });
});

test('an S-prefixed text that is not an Apple serial is searched as typed only', async ({ page, graph }) => {
  await scan(page, 'SHORT123');
  await expect(page.getByRole('status')).toContainText('No device matches “SHORT123”');
  const serialClauses = graph.requests.filter((r) => new URL(r.url).searchParams.get('$filter')?.startsWith('serialNumber'));
  expect(serialClauses).toHaveLength(1);
});

test('every action is reachable by keyboard, with targets of at least 44 px', async ({ page }) => {
  await scan(page, mac.serialNumber);
  await expect(page.getByRole('heading', { name: mac.deviceName })).toBeVisible();
  const seen: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const { document, getComputedStyle } = globalThis as unknown as PageGlobals;
      const el = document.activeElement ?? document.body;
      const box = el.getBoundingClientRect();
      const body = el === document.body;
      return { body, text: el.textContent?.trim() ?? '', w: box.width, h: box.height, outline: getComputedStyle(el).outlineStyle };
    });
    // Past the last control, focus leaves the page for a moment.
    if (focused.body) continue;
    seen.push(focused.text);
    expect(focused.w).toBeGreaterThanOrEqual(44);
    expect(focused.h).toBeGreaterThanOrEqual(44);
    expect(focused.outline).not.toBe('none');
  }
  expect(seen).toEqual(expect.arrayContaining(['Search', 'New search', 'Reveal PIN', 'Lock device…']));
});
