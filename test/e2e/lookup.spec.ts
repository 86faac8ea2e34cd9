import type { Page } from '@playwright/test';
import type { KioskCore } from '../../electron/core';
import type { Channel } from '../../electron/core/contract';
import { DEMO_EXAMPLES } from '../../electron/demo';
import { expect, expectAccessible, scan, test } from './fixtures';
import { lineStarts, midWordBreaks } from './line-boxes';

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

test.describe('a list of matches', () => {
  const LOANERS = DEMO_EXAMPLES.multiMatchPrefix;
  const row = (page: Page, name: string) => page.getByRole('list').getByRole('listitem').filter({ hasText: name });
  const lockOf = (page: Page, name: string) => row(page, name).getByTestId('match-lock');

  /** Holds the kiosk's answers on `channel` until `release`; `answer` may replace what the kiosk answered. */
  function holdAnswers(core: KioskCore, channel: Channel, answer?: () => unknown) {
    const invoke = core.invoke;
    const waiting: Array<() => void> = [];
    core.invoke = (async (c: Channel, request: never) => {
      const real = await invoke(c, request);
      if (c !== channel) return real;
      await new Promise<void>((resolve) => waiting.push(resolve));
      return answer ? answer() : real;
    }) as KioskCore['invoke'];
    return {
      release: () => waiting.splice(0).forEach((go) => go()),
      restore: () => void (core.invoke = invoke),
    };
  }

  test('each row shows its lock and last check-in, in the device screen’s words, and a visible Choose', async ({ page, core, graph }) => {
    const held = holdAnswers(core, 'devices:lockStates');
    await scan(page, LOANERS);
    const locks = page.getByTestId('match-lock');
    await expect(locks).toHaveText(Array.from({ length: 5 }, () => /Checking lock…/));
    held.release();
    held.restore();

    const expected = { '01': 'Not sent', '02': 'Locked', '03': 'Not sent', '04': 'Failed', '05': 'Not sent' };
    for (const [n, word] of Object.entries(expected)) await expect(lockOf(page, `LOANER-MBA-${n}`)).toContainText(word);
    await expect(lockOf(page, 'LOANER-MBA-02')).toHaveAttribute('data-outcome', 'locked');
    // Beside the search's list requests, one GET by id per row, for the fields a lock needs.
    const reads = graph.requests.map((r) => new URL(r.url)).filter((url) => /\/managedDevices\/[^/]+$/.test(url.pathname));
    expect(reads).toHaveLength(5);
    for (const url of reads) expect(url.searchParams.get('$select')).toBe('id,operatingSystem,deviceActionResults');

    for (const device of graph.devices.filter((d) => d.deviceName.startsWith(LOANERS))) {
      const checkIn = row(page, device.deviceName).getByTestId('match-check-in');
      await expect(checkIn).toContainText(/ago|last week/);
      expect(Date.parse((await checkIn.locator('time').getAttribute('datetime')) ?? '')).toBe(Date.parse(device.lastSyncDateTime));
      await expect(row(page, device.deviceName).getByText('Choose', { exact: true })).toBeVisible();
      await expect(row(page, device.deviceName).getByTestId('match-user')).toContainText(device.userPrincipalName || 'No primary user');
    }
    // One button per row, named by what it shows, at least 44 px high.
    const choice = page.getByRole('button', { name: /^LOANER-MBA-04 .*Failed.*Choose$/ });
    expect((await choice.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await expectAccessible(page);

    await choice.click();
    await expect(page.getByTestId('lock-status').locator('.word')).toHaveText('Failed');
  });

  test('an e-mail search names the person once, with no user column', async ({ page }) => {
    const address = DEMO_EXAMPLES.userWithThreeDevices;
    await scan(page, address);
    await expect(page.getByTestId('matches-owner')).toHaveText(`Devices of ${address}`);
    const list = page.getByRole('list');
    await expect(list.getByRole('listitem')).toHaveCount(3);
    await expect(list).not.toContainText(address);
    await expect(list.getByTestId('match-user')).toHaveCount(0);
    await expect(lockOf(page, 'MBP-JDOE')).toContainText('Not sent');
    await expect(lockOf(page, "Jane Doe's iPhone")).toContainText('Locked');
    await expectAccessible(page);
  });

  test('an e-mail address breaks only after its @ or a dot, a model only at a space, however narrow its room', async ({ page }) => {
    await scan(page, LOANERS);
    await expect(page.getByTestId('match-lock').filter({ hasText: 'Checking' })).toHaveCount(0);
    const addresses = page.getByTestId('match-user').getByText(/@contoso\.com$/, { exact: true });
    await expect(addresses).toHaveCount(4);
    const model = row(page, 'LOANER-MBA-02').getByText('Apple MacBook Air (13-inch, M2, 2022)', { exact: true });
    // Less room than any of them needs on one line (a narrow screen, a long address), so each must break somewhere.
    for (const [element, after] of [...(await addresses.all()).map((a) => [a, /[@.]/] as const), [model, /\s/] as const]) {
      const width = after.source === '[@.]' ? '6em' : '8em';
      await element.evaluate((el, w) => Object.assign((el as unknown as { style: object }).style, { display: 'inline-block', width: w }), width);
      expect((await lineStarts(element)).starts.length, await element.innerText()).toBeGreaterThan(0);
      expect(await midWordBreaks(element, after)).toEqual([]);
    }
  });

  test('a lock answer that arrives after a new scan is dropped', async ({ page, core }) => {
    // The first list's answer comes late and says Intune refused: shown, its rows would read "Unknown".
    const held = holdAnswers(core, 'devices:lockStates', () => ({ ok: false, error: { code: 'forbidden', message: 'Refused.' } }));
    await scan(page, LOANERS);
    await expect(lockOf(page, 'LOANER-MBA-02')).toHaveAttribute('data-outcome', 'checking');
    held.restore();
    await page.getByRole('button', { name: 'New search' }).click();
    await scan(page, LOANERS);
    await expect(lockOf(page, 'LOANER-MBA-02')).toHaveAttribute('data-outcome', 'locked');
    held.release();
    // A round trip to the page after the late answer reached it.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    await expect(lockOf(page, 'LOANER-MBA-02')).toHaveAttribute('data-outcome', 'locked');
    await expect(page.getByTestId('match-lock')).not.toContainText(['Unknown']);
  });

  test('a single match goes straight to its device without reading any lock for a list', async ({ page, graph }) => {
    await scan(page, DEMO_EXAMPLES.pinWithLeadingZero.deviceName);
    await expect(page.getByRole('heading', { name: DEMO_EXAMPLES.pinWithLeadingZero.deviceName })).toBeVisible();
    // The search's serial and name clauses, then the device's own GET by id.
    expect(graph.requests).toHaveLength(3);
  });
});
