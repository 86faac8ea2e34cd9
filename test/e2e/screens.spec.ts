// Every screen, reached the way a technician would, explains itself and passes axe.
import { mkdir, writeFile } from 'node:fs/promises';
import { DEMO_EXAMPLES } from '../../electron/demo';
import { expect, expectAccessible, scan, SEARCH_LABEL, showDevice, test } from './fixtures';

const mac = DEMO_EXAMPLES.macLockedWithPin;

test('idle: the start screen says what to do and passes axe', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Scan or type a serial number' })).toBeVisible();
  await expect(page.getByLabel(SEARCH_LABEL)).toBeFocused();
  await expect(page.getByTestId('tenant-name')).toBeVisible();
  await expectAccessible(page);
});

test('searching: progress is shown and announced while Intune answers', async ({ page, graph }) => {
  graph.latencyMs = 1_500;
  await scan(page, mac.serialNumber);
  await expect(page.getByRole('status')).toContainText(`Searching Intune for “${mac.serialNumber}”`);
  await expectAccessible(page);
  await expect(page.getByRole('heading', { name: mac.deviceName })).toBeVisible();
});

test('several matches: a list to choose from passes axe', async ({ page }) => {
  await scan(page, DEMO_EXAMPLES.multiMatchPrefix);
  await expect(page.getByRole('status')).toContainText('5 devices match');
  await expectAccessible(page);
});

test('device card: the confirmation card passes axe and offers the reveal', async ({ page }) => {
  await showDevice(page, mac.serialNumber);
  await expect(page.getByText('Check that the serial number matches the device in front of you.')).toBeVisible();
  // Manufacturer, then model: the order the match list uses too.
  await expect(page.getByTestId('device-model')).toHaveText('Apple MacBook Pro (16-inch, 2019)');
  await expect(page.getByRole('button', { name: 'Reveal PIN' })).toBeVisible();
  await expectAccessible(page);
});

test('back to matches returns to the list without the device', async ({ page }) => {
  await scan(page, DEMO_EXAMPLES.multiMatchPrefix);
  await page.getByRole('button', { name: /LOANER-MBA-02/ }).click();
  await page.getByRole('button', { name: 'Reveal PIN' }).click();
  await expect(page.getByTestId('pin')).toHaveText('046 382');
  await page.getByRole('button', { name: 'Back to matches' }).click();
  await expect(page.getByRole('list').getByRole('button')).toHaveCount(5);
  await expect(page.getByTestId('pin')).toHaveCount(0);
  await expect(page.getByTestId('lock-status')).toHaveCount(0);
});

const STATES = [
  { serial: DEMO_EXAMPLES.macLockPending.serialNumber, word: 'Waiting for the device to come online', guidance: /not checked in yet.*Wi-Fi/ },
  { serial: 'J6D4TN9VXP', word: 'Locking', guidance: /applying the lock/ },
  { serial: mac.serialNumber, word: 'Locked', guidance: /received the lock/ },
  { serial: 'N8B3X6Q1VK', word: 'Failed', guidance: /did not complete/ },
  { serial: 'FVFF3L1KQ05D', word: 'Canceled — not locked', guidance: /canceled before it reached/ },
  { serial: 'C02YL4P8JGH7', word: 'No progress after 5 days', guidance: /has not taken it/ },
  { serial: 'C02ZT1YHMD6M', word: 'Not sent', guidance: /No remote lock has been sent/ },
];

for (const { serial, word, guidance } of STATES) {
  test(`lock state ${word}: plain guidance, not colour alone, and axe`, async ({ page }) => {
    await showDevice(page, serial);
    const status = page.getByTestId('lock-status');
    await expect(status.getByText(word, { exact: true })).toBeVisible();
    await expect(status).toContainText(guidance);
    await expectAccessible(page);
  });
}

test('no match: says so, suggests what to check, and passes axe', async ({ page }) => {
  await scan(page, 'NOSUCHSERIAL42');
  await expect(page.getByRole('status')).toContainText('No device matches “NOSUCHSERIAL42”');
  await expect(page.getByText(/0 and O, 1 and I/)).toBeVisible();
  await expectAccessible(page);
});

test.describe('on a tenant that cannot search names by their start', () => {
  // startswith dropped as Intune may; contains dropped too (hypothetical), so only the full name can be found.
  test.use({
    tenantSize: 3000,
    demoQuirks: { startswith: 'ignored' },
    coreOptions: {
      fetch: (input, init) => {
        const url = new URL(input);
        if (url.searchParams.get('$filter')?.startsWith('contains(')) url.searchParams.delete('$filter');
        return fetch(url, init);
      },
    },
  });

  test('no match says to type the full device name or scan the serial; the full name is found', async ({ page }) => {
    await scan(page, 'LOANER-MBA');
    await expect(page.getByTestId('exact-names-only')).toHaveText(/type the full device name or scan the serial number/);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'New search' }).click();
    await scan(page, 'LOANER-MBA-02');
    await expect(page.getByRole('heading', { name: 'LOANER-MBA-02' })).toBeVisible();
  });
});

test.describe('on a tenant that drops the serial number filter', () => {
  // A hypothetical tenant (electron/demo/filter.ts): its serial clause answers with pages of unrelated devices.
  test.use({ tenantSize: 3000, demoQuirks: { dropped: ['serialNumber'] } });

  test('a serial is not "no device": it says Intune could not complete the search, what was searched and what to try', async ({ page }) => {
    await scan(page, mac.serialNumber);
    await expect(page.getByRole('status')).toHaveText(`Intune could not complete the search for “${mac.serialNumber}”.`);
    const note = page.getByTestId('search-incomplete');
    await expect(note).toContainText(`Serial number “${mac.serialNumber}”: Intune ignored the filter`);
    await expect(note).toContainText('Search by the device name or the user’s e-mail address instead.');
    await expect(page.getByText(/0 and O, 1 and I/)).toHaveCount(0);
    await expectAccessible(page);
  });

  test('a device its name found stays listed beside the note, and opens from the list', async ({ page }) => {
    await scan(page, mac.deviceName);
    await expect(page.getByRole('status')).toHaveText(`1 device matches “${mac.deviceName}”. Choose the right one.`);
    await expect(page.getByTestId('search-incomplete')).toContainText(`Serial number “${mac.deviceName}”`);
    await expectAccessible(page);
    await page.getByRole('list').getByRole('button').click();
    await expect(page.getByRole('heading', { name: mac.deviceName })).toBeVisible();
    await page.getByRole('button', { name: 'Back to matches' }).click();
    await expect(page.getByTestId('search-incomplete')).toBeVisible();
  });
});

const ERRORS = [
  { fault: { status: 403 }, code: 'forbidden', heading: 'Not allowed', advice: /Intune administrator/ },
  { fault: { status: 404 }, code: 'not_found', heading: 'Device not found', advice: /outside your scope/ },
  { fault: { status: 429, retryAfter: '120' }, code: 'throttled', heading: 'Intune is busy', advice: /tries again by itself in 1[12][0-9] seconds/ },
  { fault: { status: 500, times: 6 }, code: 'graph_error', heading: 'Intune answered with an error', advice: /service health/ },
];

for (const { fault, code, heading, advice } of ERRORS) {
  test(`error ${code}: one panel says what happened and what to do`, async ({ page, graph }) => {
    graph.fault(fault);
    await scan(page, mac.serialNumber);
    const panel = page.getByRole('alert').filter({ hasText: heading });
    await expect(panel).toHaveAttribute('data-code', code);
    await expect(panel).toContainText(advice);
    await expectAccessible(page);
  });
}

test('offline: a banner from app:status, cached answers marked with their age, and it clears when Intune is back', async ({
  page,
  graph,
}) => {
  await showDevice(page, mac.serialNumber);
  await page.keyboard.press('Escape');
  graph.fault({ status: 503, times: Infinity });

  await showDevice(page, mac.serialNumber);
  const banner = page.getByTestId('offline-banner');
  await expect(banner).toContainText('Offline');
  await expect(banner).toContainText(/Intune has not answered since/);
  await expect(page.getByTestId('cached-note')).toContainText('Cached result');
  await expectAccessible(page);

  graph.clearFaults();
  await expect(banner).toHaveCount(0);
});

test('the DEMO badge and tenant name stay in sight on a long page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await showDevice(page, mac.serialNumber);
  await page.mouse.wheel(0, 2000);
  await expect(page.getByTestId('demo-badge')).toBeInViewport();
  await expect(page.getByTestId('tenant-name')).toBeInViewport();
});

test('a message from the kiosk itself is shown until dismissed', async ({ page }, testInfo) => {
  // An offline cache that cannot be read: the kiosk sets it aside and says so once.
  await mkdir(testInfo.outputPath('data'), { recursive: true });
  await writeFile(testInfo.outputPath('data', 'offline-cache.bin'), 'not a cache');
  await showDevice(page, mac.serialNumber);
  const notice = page.getByTestId('core-notice');
  await expect(notice).toContainText('The offline cache could not be read');
  await expectAccessible(page);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
