// The technician signs in before any lookup: with Windows, in the kiosk's sign-in window, in the browser, or with a
// code on another device; and out again. Where Entra ID refuses (the demo tenant's policies), the screen says why in
// its own words and offers the sign-in that gets past it.
import type { Page } from '@playwright/test';
import { GRAPH_RESOURCE, READ_SCOPE } from '../../electron/core/microsoft';
import { DEMO_EXAMPLES, type DemoIdentityProvider } from '../../electron/demo';
import { expect, expectAccessible, scan, SEARCH_LABEL, showDevice, test } from './fixtures';
import type { PageGlobals } from './page-globals';

const TECHNICIAN = 'Alex Wilber (demo technician)';
const mac = DEMO_EXAMPLES.macLockedWithPin;
const WINDOWS = 'Sign in with Windows';
const WORK_ACCOUNT = 'Sign in with your work account';
const BROWSER = 'Sign in with the browser';
const CODE = 'Sign in with a code';
/** MSAL renews an access token 5 minutes before it ends: shorter ones make every lookup a refresh at Entra. */
const RENEWED_EVERY_LOOKUP = { accessTokenLifetimeSec: 120 };

function choice(page: Page, name: string) {
  return page.getByRole('button', { name, exact: true });
}

/** Starts a code sign-in and approves the code on the "phone". */
async function signInWithCode(page: Page, identity: DemoIdentityProvider): Promise<void> {
  await choice(page, CODE).click();
  identity.approveDeviceCode((await page.getByTestId('user-code').textContent())!.trim());
}

/** A refusal in its own words: never the generic heading, and Entra's code for the admin. */
async function expectRefusal(page: Page, heading: string, entraCode: number): Promise<void> {
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: heading })).toBeVisible();
  await expect(alert.getByTestId('entra-code')).toHaveText(`Entra ID code AADSTS${entraCode}`);
  await expect(page.getByText('Sign-in did not finish')).toHaveCount(0);
}

/** Signed in, with the search ready for a scan. */
async function expectSignedIn(page: Page): Promise<void> {
  await expect(page.getByTestId('technician')).toContainText(TECHNICIAN);
  await expect(page.getByLabel(SEARCH_LABEL)).toBeFocused();
}

test.describe('with nobody signed in', () => {
  test.use({ coreOptions: { signIn: { autoSignIn: false } } });

  test('the sign-in screen comes first, and a scan looks nothing up', async ({ page, graph }) => {
    await expect(page.getByRole('heading', { name: 'Sign in to look up devices' })).toBeVisible();
    await expect(page.getByLabel(SEARCH_LABEL)).toHaveCount(0);
    await expect(page.getByTestId('demo-badge')).toBeVisible();
    await expectAccessible(page);
    await scan(page, mac.serialNumber);
    expect(graph.requests).toHaveLength(0);
  });

  test('the recommended sign-in is the main button, the others below it with their hints', async ({ page }) => {
    const main = page.getByTestId('sign-in-main');
    await expect(main.getByRole('button')).toHaveText(WORK_ACCOUNT);
    await expect(main.getByRole('button')).toHaveClass(/primary/);
    await expect(main).toContainText('Opens Microsoft’s sign-in page in a window over the kiosk.');
    const others = page.getByRole('region', { name: 'Other ways to sign in' });
    await expect(others.getByRole('button')).toHaveText([BROWSER, CODE]);
    await expect(others).toContainText('Opens the sign-in page on this computer.');
    await expect(others).toContainText('Use your phone: scan the QR code');
    await expect(choice(page, WINDOWS)).toHaveCount(0);
  });

  test('signing in with your work account opens the search', async ({ page }) => {
    await choice(page, WORK_ACCOUNT).click();
    await expectSignedIn(page);
    await showDevice(page, mac.serialNumber);
  });

  test('signing in with the browser opens the search', async ({ page }) => {
    await choice(page, BROWSER).click();
    await expect(page.getByTestId('technician')).toContainText(TECHNICIAN);
    await expect(page.getByLabel(SEARCH_LABEL)).toBeFocused();
    await showDevice(page, mac.serialNumber);
  });

  test('a sign-in window that never comes back says where to finish, and can be canceled', async ({ page, identity }) => {
    // Entra's own error page, with no way back to the kiosk: the window stays open.
    identity.policies.errorPageInsteadOfRedirect = true;
    await choice(page, WORK_ACCOUNT).click();
    await expect(page.getByTestId('sign-in-waiting')).toHaveText('Finish signing in in the window over the kiosk.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Cancel sign-in' }).click();
    await expect(choice(page, WORK_ACCOUNT)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('signing in with a code shows the code and its QR code until it is approved', async ({ page, identity }) => {
    await choice(page, CODE).click();
    const panel = page.getByTestId('device-code');
    await expect(panel.getByRole('img', { name: 'QR code of the sign-in address' })).toBeVisible();
    await expect(panel).toContainText(/The code expires in \d+:\d\d\./);
    const code = (await panel.getByTestId('user-code').textContent())!.trim();
    expect(identity.pendingUserCodes()).toContain(code);
    await expectAccessible(page);

    identity.approveDeviceCode(code);
    await expectSignedIn(page);
  });

  test('a code sign-in can be canceled', async ({ page }) => {
    await choice(page, CODE).click();
    await expect(page.getByTestId('user-code')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel sign-in' }).click();
    await expect(choice(page, CODE)).toBeVisible();
    await expect(page.getByTestId('device-code')).toHaveCount(0);
  });
});

test.describe('with a short limit for finishing a sign-in', () => {
  test.use({ coreOptions: { signIn: { autoSignIn: false, browserTimeoutMs: 1_500 } } });

  test('a failure Entra did not explain keeps the generic heading, with the kiosk’s own words as details', async ({ page, identity }) => {
    identity.policies.errorPageInsteadOfRedirect = true;
    await choice(page, WORK_ACCOUNT).click();
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'Sign-in did not finish' })).toBeVisible();
    await expect(alert).toContainText('Nobody finished the sign-in in time. Choose a sign-in below to start again.');
    await expect(alert).toContainText('Nobody finished signing in in the sign-in window in time.');
    await expect(alert.getByTestId('refusal')).toHaveCount(0);
    await expectAccessible(page);
  });
});

test.describe('a kiosk at a public counter (kiosk mode offers the sign-in window)', () => {
  test.use({ coreOptions: { signIn: { autoSignIn: false, methods: ['window'] } } });

  test('shows the window sign-in as the main choice, and no browser or code sign-in', async ({ page }) => {
    await expect(page.getByRole('heading', { name: 'Sign in to look up devices' })).toBeVisible();
    await expect(choice(page, WORK_ACCOUNT)).toHaveClass(/primary/);
    await expect(choice(page, BROWSER)).toHaveCount(0);
    await expect(choice(page, CODE)).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Other ways to sign in' })).toHaveCount(0);
    await expectAccessible(page);
    await choice(page, WORK_ACCOUNT).click();
    await expectSignedIn(page);
  });
});

test.describe('a kiosk on a Windows PC (Windows’ broker first)', () => {
  test.use({ coreOptions: { signIn: { autoSignIn: false, methods: ['broker', 'window', 'deviceCode'] } }, demoBroker: {} });

  test('offers Windows’ sign-in as the main choice and signs in through it', async ({ page, broker }) => {
    await expect(choice(page, WINDOWS)).toHaveClass(/primary/);
    await expect(page.getByTestId('sign-in-main')).toContainText('Windows Hello, a security key or this PC’s sign-in.');
    const others = page.getByRole('region', { name: 'Other ways to sign in' });
    await expect(others.getByRole('button')).toHaveText([WORK_ACCOUNT, CODE]);
    await expectAccessible(page);
    await choice(page, WINDOWS).click();
    await expectSignedIn(page);
    await showDevice(page, mac.serialNumber);
    expect(broker!.calls).toContain('acquireTokenInteractive');
  });

  test('while Windows’ dialog is open the screen says so, and Cancel ends the sign-in', async ({ page, broker }) => {
    broker!.hangInteractive = true;
    await choice(page, WINDOWS).click();
    await expect(page.getByTestId('sign-in-waiting')).toHaveText('Finish signing in in Windows’ dialog.');
    await page.getByRole('button', { name: 'Cancel sign-in' }).click();
    await expect(choice(page, WINDOWS)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('Entra’s refusals, each in its own words with a sign-in that works', () => {
  test.use({ coreOptions: { signIn: { autoSignIn: false } } });

  test('a code sign-in blocked by Conditional Access (AADSTS53003) points to the work-account sign-in, which works', async ({ page, identity }) => {
    identity.policies.deviceCode = 'blockedByConditionalAccess';
    await signInWithCode(page, identity);
    await expectRefusal(page, 'This tenant blocks sign-in with a code', 53003);
    await expect(page.getByRole('alert')).toContainText(`Sign in with “${WORK_ACCOUNT}” instead.`);
    await expectAccessible(page);
    await page.getByRole('button', { name: `Try “${WORK_ACCOUNT}”` }).click();
    await expectSignedIn(page);
  });

  test('a code sign-in blocked by security defaults (AADSTS530035) points to the work-account sign-in, which works', async ({ page, identity }) => {
    identity.policies.deviceCode = 'blockedBySecurityDefaults';
    await signInWithCode(page, identity);
    await expectRefusal(page, 'Security defaults block sign-in with a code', 530035);
    await expectAccessible(page);
    await page.getByRole('button', { name: `Try “${WORK_ACCOUNT}”` }).click();
    await expectSignedIn(page);
  });

  test('missing admin consent (AADSTS65001) is for the IT administrator, with nothing else to try', async ({ page, identity }) => {
    identity.unconsentedScopes.add(`${GRAPH_RESOURCE}/${READ_SCOPE}`);
    await choice(page, WORK_ACCOUNT).click();
    await expectRefusal(page, 'The kiosk app is missing admin consent', 65001);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Ask your IT administrator to grant admin consent');
    await expect(alert).toContainText('API permissions › Grant admin consent');
    await expect(alert.getByRole('button')).toHaveCount(0);
    await expectAccessible(page);
  });

  test('an account without a second factor (AADSTS50079) is told to register one first', async ({ page, identity }) => {
    identity.policies.mfa = 'registration';
    await choice(page, WORK_ACCOUNT).click();
    await expectRefusal(page, 'Set up a second factor first', 50079);
    await expect(page.getByRole('alert')).toContainText('https://aka.ms/mfasetup');
    await expect(page.getByRole('alert').getByRole('button')).toHaveCount(0);
    await expectAccessible(page);
  });

  test.describe('on a kiosk whose sign-ins include Windows’ broker', () => {
    test.use({ coreOptions: { signIn: { autoSignIn: false, methods: ['broker', 'window', 'deviceCode'] } }, demoBroker: {} });

    test('a compliant-device policy (AADSTS53000) refuses the sign-in window and points to Windows’ sign-in, which passes', async ({ page, identity }) => {
      identity.policies.compliantDevice = true;
      await choice(page, WORK_ACCOUNT).click();
      await expectRefusal(page, 'This account may sign in only from a compliant device', 53000);
      await expect(page.getByRole('alert')).toContainText('it signs in with this PC’s own identity');
      await expectAccessible(page);
      await page.getByRole('button', { name: `Try “${WINDOWS}”` }).click();
      await expectSignedIn(page);
      await showDevice(page, mac.serialNumber);
    });
  });

  test.describe('with sessions renewed at every lookup', () => {
    test.use({ coreOptions: { signIn: { autoSignIn: false } }, identityOptions: RENEWED_EVERY_LOOKUP });

    test('a session ended by sign-in frequency (AADSTS70043) says why after the next lookup', async ({ page, identity, tenantClock }) => {
      identity.policies.signInFrequencyMinutes = 60;
      await choice(page, WORK_ACCOUNT).click();
      await expectSignedIn(page);
      await showDevice(page, mac.serialNumber);
      tenantClock.advance(61 * 60_000);
      await page.keyboard.press('Escape');
      await scan(page, mac.serialNumber);

      const last = page.getByTestId('last-sign-out');
      await expect(last).toContainText(/Entra ID ended the sign-in at \d/);
      await expect(last.getByRole('heading', { name: 'Your organisation asks you to sign in again' })).toBeVisible();
      await expect(last).toContainText('(sign-in frequency)');
      await expect(last.getByTestId('entra-code')).toHaveText('Entra ID code AADSTS70043');
      await expect(page.getByText('Sign-in did not finish')).toHaveCount(0);
      await expectAccessible(page);
      await choice(page, WORK_ACCOUNT).click();
      await expectSignedIn(page);
      await showDevice(page, mac.serialNumber);
    });

    test('a code session Entra re-checks (AADSTS530036) ends, and the screen points to the work-account sign-in', async ({ page, identity }) => {
      await signInWithCode(page, identity);
      await expectSignedIn(page);
      await showDevice(page, mac.serialNumber);
      identity.policies.deviceCode = 'blockedByConditionalAccess';
      await page.keyboard.press('Escape');
      await scan(page, mac.serialNumber);

      const last = page.getByTestId('last-sign-out');
      await expect(last.getByRole('heading', { name: 'The sign-in with a code is no longer accepted' })).toBeVisible();
      await expect(last.getByTestId('entra-code')).toHaveText('Entra ID code AADSTS530036');
      await expectAccessible(page);
      await last.getByRole('button', { name: `Try “${WORK_ACCOUNT}”` }).click();
      await expectSignedIn(page);
    });
  });

  test.describe('in German', () => {
    test.use({ kioskQuery: '?lang=de' });

    test('a code sign-in blocked by Conditional Access is explained in German, with the sign-in to try', async ({ page, identity }) => {
      identity.policies.deviceCode = 'blockedByConditionalAccess';
      await page.getByRole('button', { name: 'Mit einem Code anmelden', exact: true }).click();
      identity.approveDeviceCode((await page.getByTestId('user-code').textContent())!.trim());
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { name: 'Dieser Mandant blockiert die Anmeldung mit einem Code' })).toBeVisible();
      await expect(alert).toContainText('Wählen Sie stattdessen „Mit Ihrem Arbeitskonto anmelden“.');
      await expect(alert.getByTestId('entra-code')).toHaveText('Entra-ID-Code AADSTS53003');
      await expect(page.getByText('Die Anmeldung wurde nicht abgeschlossen')).toHaveCount(0);
      await expectAccessible(page);
      await alert.getByRole('button', { name: '„Mit Ihrem Arbeitskonto anmelden“ versuchen' }).click();
      await expect(page.getByTestId('technician')).toContainText(TECHNICIAN);
    });
  });
});

for (const [language, kioskQuery] of [['English', ''], ['German', '?lang=de']] as const) {
  test.describe(`at 1280 × 800 in ${language}`, () => {
    test.use({ coreOptions: { signIn: { autoSignIn: false, methods: ['broker', 'window', 'deviceCode'] } }, demoBroker: {}, kioskQuery });

    test('the sign-in screen with every choice and a refusal fits the window', async ({ page, identity }) => {
      identity.policies.compliantDevice = true;
      await page.locator('button[data-method="window"]').click();
      await expect(page.getByRole('alert').getByTestId('entra-code')).toBeVisible();
      const overflow = await page.evaluate(() => {
        const { documentElement } = (globalThis as unknown as PageGlobals).document;
        return { x: documentElement.scrollWidth - documentElement.clientWidth, y: documentElement.scrollHeight - documentElement.clientHeight };
      });
      expect(overflow).toEqual({ x: 0, y: 0 });
    });
  });
}

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
