// The demo identity provider's sign-in policies, each answered where and as Entra ID answers it: on the wire (the raw
// JSON of the token endpoint, the fields of the form_post page) and as real msal-node then reports it.
import { describe, expect, it } from 'vitest';
import { createDemoBrowser, createDemoIdentityProvider, NO_CONDITIONAL_ACCESS } from '../../electron/demo';
import { authorize, browserSignIn, msalFor, READ, refresh, settlesWithin, startDeviceCode } from './msal-harness';

/** Entra's error shape at the token endpoint, for AADSTS `code`. */
const entraError = (error: string, code: number, suberror?: string) => ({
  error,
  error_description: expect.stringMatching(new RegExp(`^AADSTS${code}: `)),
  error_codes: [code],
  timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/),
  trace_id: expect.any(String),
  correlation_id: expect.any(String),
  ...(suberror ? { suberror } : {}),
});

describe('policies', () => {
  it('are all off by default, as in a tenant without Conditional Access, and can be given at start', () => {
    expect(createDemoIdentityProvider().policies).toEqual(NO_CONDITIONAL_ACCESS);
    expect(NO_CONDITIONAL_ACCESS).toEqual({ deviceCode: 'allowed', compliantDevice: false, mfa: 'satisfied', signInFrequencyMinutes: null, errorPageInsteadOfRedirect: false });
    expect(createDemoIdentityProvider({ policies: { mfa: 'stepUp' } }).policies).toMatchObject({ mfa: 'stepUp', deviceCode: 'allowed' });
  });
});

describe('device code blocked', () => {
  it('by Conditional Access: polls pend until the user has signed in on the phone, then answer AADSTS53003', async () => {
    const idp = createDemoIdentityProvider();
    idp.policies.deviceCode = 'blockedByConditionalAccess';
    const { userCode, poll } = await startDeviceCode(idp);
    expect(await poll()).toMatchObject({ status: 400, body: entraError('authorization_pending', 70016) });
    expect(idp.approveDeviceCode(userCode)).toBe(true);
    expect(await poll()).toEqual({ status: 400, body: entraError('invalid_grant', 53003, 'message_only') });
    // The code is used up: later polls do not sign in either.
    expect((await poll()).body.error_codes).toEqual([70000]);
  });

  it('by security defaults: AADSTS530035', async () => {
    const idp = createDemoIdentityProvider();
    idp.policies.deviceCode = 'blockedBySecurityDefaults';
    const { userCode, poll } = await startDeviceCode(idp);
    idp.approveDeviceCode(userCode);
    const { body } = await poll();
    expect(body).toEqual(entraError('invalid_grant', 530035, 'message_only'));
    expect(body.error_description).toContain('blocked by security defaults');
  });

  it('reaches msal-node as post_request_failed, without the code: only the raw answer says why', async () => {
    const idp = createDemoIdentityProvider({ autoApproveDeviceCodesAfterMs: 0, deviceCodeIntervalSec: 1 });
    idp.policies.deviceCode = 'blockedByConditionalAccess';
    const { pca, answers } = msalFor(idp);
    const failure = await pca.acquireTokenByDeviceCode({ scopes: [READ], deviceCodeCallback: () => {} }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ errorCode: 'post_request_failed' });
    expect(String(failure)).not.toContain('53003');
    expect(answers.at(-1)).toMatchObject({ status: 400, body: { error_codes: [53003] } });
  });

  it('after a device-code sign-in: that session is re-checked at its next refresh (AADSTS530036), a browser session is not', async () => {
    const idp = createDemoIdentityProvider();
    const { userCode, poll } = await startDeviceCode(idp);
    idp.approveDeviceCode(userCode);
    const viaCode = (await poll()).body.refresh_token!;
    const viaBrowser = (await browserSignIn(idp)).refresh_token;
    const renewed = await refresh(idp, viaCode);
    expect(renewed.status).toBe(200);

    idp.policies.deviceCode = 'blockedByConditionalAccess';
    // Protocol tracking lasts through refreshes: the renewed token is still a device-code session.
    expect(await refresh(idp, renewed.body.refresh_token!)).toEqual({ status: 400, body: entraError('invalid_grant', 530036, 'message_only') });
    expect((await refresh(idp, viaBrowser)).status).toBe(200);
  });
});

describe('require compliant device', () => {
  it('refuses a browser sign-in with AADSTS53000 in the form_post answer, and real MSAL reports it', async () => {
    const idp = createDemoIdentityProvider();
    idp.policies.compliantDevice = true;
    const { status, fields } = await authorize(idp);
    expect(status).toBe(200);
    expect(fields).toMatchObject({ error: 'interaction_required', error_description: expect.stringMatching(/^AADSTS53000: Device is not in required device state: compliant\./), state: 's1' });
    expect(fields.code).toBeUndefined();

    const { pca } = msalFor(idp);
    const failure = await pca.acquireTokenInteractive({ scopes: [READ], openBrowser: createDemoBrowser({ identityProvider: idp.handle }) }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'ServerError', errorCode: 'interaction_required', errorMessage: expect.stringContaining('AADSTS53000') });
  });

  it('refuses a device code once signed in on the phone (AADSTS50097), and renewals of sessions without a device identity', async () => {
    const idp = createDemoIdentityProvider();
    const earlier = (await browserSignIn(idp)).refresh_token;
    idp.policies.compliantDevice = true;
    const { userCode, poll } = await startDeviceCode(idp);
    idp.approveDeviceCode(userCode);
    expect((await poll()).body).toEqual(entraError('invalid_grant', 50097, 'message_only'));
    expect((await refresh(idp, earlier)).body).toEqual(entraError('invalid_grant', 53000, 'message_only'));
  });
});

describe('MFA', () => {
  it('step-up: renewals answer AADSTS50076 (basic_action) until the user signs in interactively again', async () => {
    const idp = createDemoIdentityProvider();
    const { pca, answers } = msalFor(idp);
    const openBrowser = createDemoBrowser({ identityProvider: idp.handle });
    const first = await pca.acquireTokenInteractive({ scopes: [READ], openBrowser });
    idp.policies.mfa = 'stepUp';

    const failure = await pca.acquireTokenSilent({ account: first.account!, scopes: [READ], forceRefresh: true }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'InteractionRequiredAuthError', errorCode: 'invalid_grant', subError: 'basic_action', errorNo: 50076 });
    expect(answers.at(-1)).toEqual({ status: 400, body: entraError('invalid_grant', 50076, 'basic_action') });

    // Signing in again, the user does MFA; that session renews.
    const again = await pca.acquireTokenInteractive({ scopes: [READ], openBrowser });
    expect((await pca.acquireTokenSilent({ account: again.account!, scopes: [READ], forceRefresh: true })).accessToken).toBeTruthy();
  });

  it('registration: every sign-in answers AADSTS50079, at the redirect URI, at the device-code poll and at renewal', async () => {
    const idp = createDemoIdentityProvider();
    const earlier = (await browserSignIn(idp)).refresh_token;
    idp.policies.mfa = 'registration';
    expect((await authorize(idp)).fields).toMatchObject({ error: 'interaction_required', error_description: expect.stringMatching(/^AADSTS50079: .*enroll in multi-factor authentication/) });
    const { userCode, poll } = await startDeviceCode(idp);
    idp.approveDeviceCode(userCode);
    expect((await poll()).body).toEqual(entraError('interaction_required', 50079, 'basic_action'));
    expect((await refresh(idp, earlier)).body).toEqual(entraError('interaction_required', 50079, 'basic_action'));
  });
});

describe('sign-in frequency', () => {
  it('answers AADSTS70043 (token_expired) once the session is older than the policy allows, counting from the sign-in', async () => {
    let skewMs = 0;
    const idp = createDemoIdentityProvider({ now: () => new Date(Date.now() + skewMs) });
    idp.policies.signInFrequencyMinutes = 60;
    const signedIn = (await browserSignIn(idp)).refresh_token;
    skewMs = 30 * 60_000;
    const renewed = await refresh(idp, signedIn);
    expect(renewed.status).toBe(200);
    // The renewal does not restart the clock.
    skewMs = 61 * 60_000;
    const late = await refresh(idp, renewed.body.refresh_token!);
    expect(late).toEqual({ status: 400, body: entraError('invalid_grant', 70043, 'token_expired') });
    expect(late.body.error_description).toMatch(/The token was issued on \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z and the maximum allowed lifetime for this request is 3600\.$/);
    idp.policies.signInFrequencyMinutes = null;
    expect((await refresh(idp, signedIn)).status).toBe(200);
  });
});

describe('missing admin consent', () => {
  it('is answered at the redirect URI (consent_required), and for a device code only once the user has signed in (65001)', async () => {
    const idp = createDemoIdentityProvider();
    idp.unconsentedScopes.add(READ);
    expect((await authorize(idp)).fields).toMatchObject({ error: 'consent_required', error_description: expect.stringMatching(/^AADSTS65001: /) });
    const { userCode, poll } = await startDeviceCode(idp);
    expect((await poll()).body.error).toBe('authorization_pending');
    idp.approveDeviceCode(userCode);
    expect((await poll()).body).toEqual(entraError('invalid_grant', 65001, 'consent_required'));
  });
});

describe('an error page instead of a redirect (fault mode)', () => {
  it('leaves MSAL waiting: the browser shows the page, nothing reaches the loopback listener', async () => {
    const idp = createDemoIdentityProvider();
    idp.policies.errorPageInsteadOfRedirect = true;
    const page = await authorize(idp);
    expect(page).toMatchObject({ status: 200, fields: {} });
    expect(page.html).toContain("You don't have access to this");

    const { pca } = msalFor(idp);
    const browser = createDemoBrowser({ identityProvider: idp.handle });
    let redirectUri = '';
    let state = '';
    const signIn = pca.acquireTokenInteractive({
      scopes: [READ],
      openBrowser: async (url) => {
        redirectUri = new URL(url).searchParams.get('redirect_uri')!;
        state = new URL(url).searchParams.get('state')!;
        await browser(url);
      },
    });
    expect(await settlesWithin(signIn, 300)).toBe(false);
    // Only an answer to the listener stops it (what the kiosk does when it gives up).
    const listener = new URL(redirectUri);
    listener.hostname = '127.0.0.1';
    await fetch(listener, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ error: 'access_denied', state }).toString() });
    await expect(signIn).rejects.toMatchObject({ errorCode: 'access_denied' });
  });
});
