// The stand-in for Windows' broker (WAM through @azure/msal-node-extensions' NativeBrokerPlugin), driven by a real
// msal-node PublicClientApplication as the kiosk drives the real plugin: what it returns and throws, which of the
// tenant's policies apply to it, and its faults.
import { ClientAuthError, InteractionRequiredAuthError } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { createDemoBroker, createDemoBrowser, createDemoGraph, createDemoIdentityProvider, DEMO_EXAMPLES, DEMO_TECHNICIAN_USER, type DemoIdentityOptions } from '../../electron/demo';
import { msalFor, READ, settlesWithin } from './msal-harness';

const WINDOW = Buffer.from([0x2a, 0, 0, 0, 0, 0, 0, 0]);
const noBrowser = async () => {
  throw new Error('a broker sign-in opens no browser');
};

function setup(options: Parameters<typeof createDemoBroker>[1] = {}, idpOptions: DemoIdentityOptions = {}) {
  const idp = createDemoIdentityProvider(idpOptions);
  const broker = createDemoBroker(idp, options);
  const { pca, answers } = msalFor(idp, broker);
  const signIn = () => pca.acquireTokenInteractive({ scopes: [READ], windowHandle: WINDOW, openBrowser: noBrowser });
  return { idp, broker, pca, answers, signIn };
}

describe('the broker stand-in, through a real PublicClientApplication', () => {
  it('signs in interactively with the window handle it was given, and answers as the plugin does', async () => {
    const { idp, broker, answers, signIn } = setup();
    const result = await signIn();
    expect(broker.calls).toEqual(['setLogger', 'acquireTokenInteractive']);
    expect(broker.windowHandles).toEqual([WINDOW]);
    expect(result).toMatchObject({
      fromPlatformBroker: true,
      fromCache: false,
      tokenType: 'Bearer',
      authority: idp.authority,
      scopes: [READ],
      uniqueId: DEMO_TECHNICIAN_USER.id,
      expiresOn: expect.any(Date),
      account: { username: DEMO_TECHNICIAN_USER.username, nativeAccountId: expect.any(String), idTokenClaims: expect.objectContaining({ oid: DEMO_TECHNICIAN_USER.id }) },
    });
    // No token request went through MSAL's own network client: the broker did the talking.
    expect(answers).toEqual([]);
    // The demo Graph accepts its token.
    expect(idp.verifyAccessToken(result.accessToken)).toMatchObject({ ok: true, username: DEMO_TECHNICIAN_USER.username });
    const graph = createDemoGraph({ verifyToken: idp.verifyAccessToken });
    const device = await graph.handle(
      new Request(`https://graph.demo.invalid/v1.0/deviceManagement/managedDevices/${DEMO_EXAMPLES.macLockedWithPin.id}`, { headers: { authorization: `Bearer ${result.accessToken}` } }),
    );
    expect(device.status).toBe(200);
  });

  it('renews silently from its own cache, and from Entra when asked to', async () => {
    const { broker, pca, signIn } = setup();
    const first = await signIn();
    const cached = await pca.acquireTokenSilent({ account: first.account!, scopes: [READ] });
    expect(cached).toMatchObject({ fromCache: true, accessToken: first.accessToken, fromPlatformBroker: true });
    const fresh = await pca.acquireTokenSilent({ account: first.account!, scopes: [READ], forceRefresh: true });
    expect(fresh.fromCache).toBe(false);
    expect(fresh.accessToken).not.toBe(first.accessToken);
    expect(broker.calls.filter((c) => c === 'acquireTokenSilent')).toHaveLength(2);
  });

  it('lists its accounts, and forgets one on sign-out', async () => {
    const { broker, pca, signIn } = setup();
    const { account } = await signIn();
    expect(await pca.getAllAccounts()).toMatchObject([{ username: DEMO_TECHNICIAN_USER.username, nativeAccountId: account!.nativeAccountId }]);
    await pca.signOut({ account: account! });
    expect(broker.calls).toContain('signOut');
    expect(await pca.getAllAccounts()).toEqual([]);
    const failure = await pca.acquireTokenSilent({ account: account!, scopes: [READ] }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'ClientAuthError', errorCode: 'no_account_found' });
  });

  it("throws errors like the plugin's own bundled msal-common: right names and codes, not msal-node's classes", async () => {
    const { broker, signIn } = setup({ userCancels: true });
    const canceled = await signIn().catch((e: unknown) => e);
    expect(canceled).toMatchObject({ name: 'ClientAuthError', errorCode: 'user_canceled', platformBrokerError: { name: 'PlatformBrokerError', errorCode: 'UserCanceled' } });
    expect(canceled).not.toBeInstanceOf(ClientAuthError);

    broker.userCancels = false;
    broker.entraUnavailable = true;
    expect(await signIn().catch((e: unknown) => e)).toMatchObject({ name: 'ServerError', errorCode: 'server_unavailable' });
  });
});

describe("the tenant's policies, for a broker sign-in", () => {
  it('require compliant device: a compliant, Entra-joined PC passes; another gets AADSTS53000 in the broker error', async () => {
    const { idp, broker, signIn } = setup();
    idp.policies.compliantDevice = true;
    expect((await signIn()).fromPlatformBroker).toBe(true);

    broker.deviceCompliant = false;
    const refused = await signIn().catch((e: unknown) => e);
    expect(refused).toMatchObject({
      name: 'InteractionRequiredAuthError',
      errorCode: 'interaction_required',
      platformBrokerError: { errorCode: 'InteractionRequired', message: expect.stringContaining('AADSTS53000: Device is not in required device state') },
    });
    expect(refused).not.toBeInstanceOf(InteractionRequiredAuthError);
  });

  it('device-code policies do not apply; missing consent and MFA registration do', async () => {
    const { idp, signIn } = setup();
    idp.policies.deviceCode = 'blockedByConditionalAccess';
    expect((await signIn()).fromPlatformBroker).toBe(true);
    idp.policies.mfa = 'registration';
    expect(await signIn().catch((e: unknown) => e)).toMatchObject({ errorCode: 'interaction_required', message: expect.stringContaining('AADSTS50079') });
    idp.policies.mfa = 'stepUp';
    expect((await signIn()).fromPlatformBroker).toBe(true);
    idp.unconsentedScopes.add(READ);
    expect(await signIn().catch((e: unknown) => e)).toMatchObject({ errorCode: 'interaction_required', message: expect.stringContaining('AADSTS65001') });
  });

  it('sign-in frequency: once the cached token is due, a silent renewal past the limit answers AADSTS70043', async () => {
    let skewMs = 0;
    const { idp, pca, signIn } = setup({}, { now: () => new Date(Date.now() + skewMs) });
    idp.policies.signInFrequencyMinutes = 60;
    const { account } = await signIn();
    skewMs = 30 * 60_000;
    expect((await pca.acquireTokenSilent({ account: account!, scopes: [READ] })).fromCache).toBe(true);
    skewMs = 2 * 60 * 60_000;
    expect(await pca.acquireTokenSilent({ account: account!, scopes: [READ] }).catch((e: unknown) => e)).toMatchObject({
      name: 'InteractionRequiredAuthError',
      message: expect.stringContaining('AADSTS70043'),
    });
  });
});

describe('when the broker cannot help', () => {
  it('unavailable (msal-node-runtime startup error): MSAL uses its normal flows and never calls the plugin', async () => {
    const { idp, broker, pca } = setup({ available: false });
    const opened: string[] = [];
    const browser = createDemoBrowser({ identityProvider: idp.handle });
    const result = await pca.acquireTokenInteractive({
      scopes: [READ],
      windowHandle: WINDOW,
      openBrowser: async (url) => {
        opened.push(url);
        await browser(url);
      },
    });
    expect(opened).toHaveLength(1);
    expect(result.fromPlatformBroker).toBeFalsy();
    expect(broker.calls).toEqual([]);
  });

  it('hangs in acquireTokenInteractive when told to (fault mode), as reported in msal-js #8483', async () => {
    const { broker, signIn } = setup({ hangInteractive: true });
    expect(await settlesWithin(signIn(), 300)).toBe(false);
    expect(broker.calls).toEqual(['setLogger', 'acquireTokenInteractive']);
  });
});
