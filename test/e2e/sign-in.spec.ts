// The technician signs in before any lookup: in the browser, or with a code on another device; and out again.
import { DEMO_EXAMPLES } from '../../electron/demo';
import { expect, expectAccessible, scan, SEARCH_LABEL, showDevice, test } from './fixtures';

const TECHNICIAN = 'Alex Wilber (demo technician)';
const mac = DEMO_EXAMPLES.macLockedWithPin;

test.describe('with nobody signed in', () => {
  test.use({ coreOptions: { signIn: { demoSignedIn: false } } });

  test('the sign-in screen comes first, and a scan looks nothing up', async ({ page, graph }) => {
    await expect(page.getByRole('heading', { name: 'Sign in to look up devices' })).toBeVisible();
    await expect(page.getByLabel(SEARCH_LABEL)).toHaveCount(0);
    await expect(page.getByTestId('demo-badge')).toBeVisible();
    await expectAccessible(page);
    await scan(page, mac.serialNumber);
    expect(graph.requests).toHaveLength(0);
  });

  test('signing in with the browser opens the search', async ({ page }) => {
    await page.getByRole('button', { name: 'Sign in with the browser' }).click();
    await expect(page.getByTestId('technician')).toContainText(TECHNICIAN);
    await expect(page.getByLabel(SEARCH_LABEL)).toBeFocused();
    await showDevice(page, mac.serialNumber);
  });

  test('signing in with a code shows the code and its QR code until it is approved', async ({ page, identity }) => {
    await page.getByRole('button', { name: 'Sign in with a code' }).click();
    const panel = page.getByTestId('device-code');
    await expect(panel.getByRole('img', { name: 'QR code of the sign-in address' })).toBeVisible();
    await expect(panel).toContainText(/The code expires in \d+:\d\d\./);
    const code = (await panel.getByTestId('user-code').textContent())!.trim();
    expect(identity.pendingUserCodes()).toContain(code);
    await expectAccessible(page);

    identity.approveDeviceCode(code);
    await expect(page.getByTestId('technician')).toContainText(TECHNICIAN);
    await expect(page.getByLabel(SEARCH_LABEL)).toBeVisible();
  });

  test('a code sign-in can be cancelled', async ({ page }) => {
    await page.getByRole('button', { name: 'Sign in with a code' }).click();
    await expect(page.getByTestId('user-code')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel sign-in' }).click();
    await expect(page.getByRole('button', { name: 'Sign in with a code' })).toBeVisible();
    await expect(page.getByTestId('device-code')).toHaveCount(0);
  });
});

test.describe('a kiosk at a public counter (kiosk mode offers the code sign-in only)', () => {
  test.use({ coreOptions: { signIn: { demoSignedIn: false, methods: ['deviceCode'] } } });

  test('shows no browser sign-in, and the code sign-in as the main choice', async ({ page, identity }) => {
    await expect(page.getByRole('heading', { name: 'Sign in to look up devices' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in with the browser' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Sign in with a code' })).toHaveClass(/primary/);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Sign in with a code' }).click();
    identity.approveDeviceCode((await page.getByTestId('user-code').textContent())!.trim());
    await expect(page.getByTestId('technician')).toContainText(TECHNICIAN);
  });
});

test('Sign out ends the session and leaves nothing of the last lookup', async ({ page }) => {
  await showDevice(page, mac.serialNumber);
  await page.getByRole('button', { name: 'Reveal PIN' }).click();
  await expect(page.getByTestId('pin')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByTestId('last-sign-out')).toContainText('Signed out at');
  const html = await page.content();
  expect(html).not.toContain(mac.serialNumber);
  expect(html).not.toContain(mac.pin);
});

test.describe('with a short idle sign-out', () => {
  // Long enough for the page to load and a lookup to start on a busy machine; the lookup restarts the idle count.
  test.use({ coreOptions: { signIn: { idleMs: 4_000 } } });

  test('the kiosk signs an idle technician out and says why', async ({ page }) => {
    await showDevice(page, mac.serialNumber);
    await expect(page.getByTestId('last-sign-out')).toContainText('because nobody used the kiosk', { timeout: 15_000 });
    expect(await page.content()).not.toContain(mac.serialNumber);
  });
});

test('a revealed PIN is remembered as revealed by you', async ({ page }) => {
  await showDevice(page, mac.serialNumber);
  await page.getByRole('button', { name: 'Reveal PIN' }).click();
  await page.getByRole('button', { name: 'Hide PIN' }).click();
  await expect(page.getByTestId('last-reveal')).toHaveText('Last revealed just now, by you.');
});
