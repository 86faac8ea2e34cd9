// Real MSAL against the demo identity provider: both sign-in flows, cancel, tokens on every Graph call,
// refresh after expiry and after a 401, revoked sessions, missing consent, and no token outside the core.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_EXAMPLES, DEMO_TECHNICIAN_USER } from '../../electron/demo';
import { PRIVILEGED_SCOPE } from '../../electron/core/microsoft';
import { nextEvent, recordEvents, startTenant, valueOf, type Tenant } from './harness';

let tenant: Tenant;

afterEach(async () => {
  await tenant.close();
});

const serial = DEMO_EXAMPLES.macLockedWithPin.serialNumber;

describe('signing in through the browser', () => {
  beforeEach(async () => {
    tenant = await startTenant();
  });

  it('refuses lookups until someone signs in, then runs them with the token MSAL got', async () => {
    const core = tenant.start();
    expect(valueOf(await core.invoke('auth:status', {}))).toMatchObject({ state: 'signedOut', technician: null });
    expect(await core.invoke('devices:search', { query: serial, kind: 'serial' })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(await core.invoke('pin:reveal', { id: DEMO_EXAMPLES.macLockedWithPin.id })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(tenant.graph.requests).toHaveLength(0);

    const status = valueOf(await core.invoke('auth:signIn', { method: 'browser' }));
    expect(status).toMatchObject({ state: 'signedIn', technician: { username: DEMO_TECHNICIAN_USER.username }, lastSignOut: null });
    expect(Date.parse(status.shiftEndsAt!) - Date.parse(status.signedInAt!)).toBe(12 * 60 * 60 * 1000);

    const authorize = new URL(tenant.opened[0]!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('response_mode')).toBe('form_post');
    expect(authorize.searchParams.get('redirect_uri')).toMatch(/^http:\/\/localhost:\d+$/);
    expect(authorize.searchParams.get('scope')).toContain(PRIVILEGED_SCOPE);
    expect(tenant.idp.requests.map((r) => r.grantType).filter(Boolean)).toEqual(['authorization_code']);

    expect(await core.invoke('devices:search', { query: serial, kind: 'serial' })).toMatchObject({ ok: true });
    expect(tenant.bearers).toHaveLength(1);
    expect(tenant.idp.verifyAccessToken(tenant.bearers[0]!)).toMatchObject({ ok: true, username: DEMO_TECHNICIAN_USER.username });
    // No cloud discovery: MSAL asked the configured authority only.
    expect(tenant.signInUrls.every((u) => new URL(u).host === 'login.demo.invalid')).toBe(true);
  });

  it('asks only for read access when remote lock is off', async () => {
    const core = tenant.start({ features: { remoteLock: false } });
    valueOf(await core.invoke('auth:signIn', { method: 'browser' }));
    const scope = new URL(tenant.opened[0]!).searchParams.get('scope') ?? '';
    expect(scope).toContain('https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All');
    expect(scope).not.toContain(PRIVILEGED_SCOPE);
  });

  it('stops waiting for the browser when the technician cancels', async () => {
    const core = tenant.start({ signIn: { openBrowser: async (url) => void tenant.opened.push(url) } });
    const events = recordEvents(core);
    const signIn = core.invoke('auth:signIn', { method: 'browser' });
    await expect.poll(() => tenant.opened.length).toBe(1);
    expect(valueOf(await core.invoke('auth:cancel', {}))).toMatchObject({ state: 'signedOut' });
    expect(await signIn).toMatchObject({ ok: false, error: { code: 'canceled' } });
    expect(events.map((e) => e.name === 'auth:changed' && e.payload.state)).toEqual(['signingIn', 'signedOut']);
    // MSAL's loopback listener has closed.
    const redirect = new URL(new URL(tenant.opened[0]!).searchParams.get('redirect_uri')!);
    redirect.hostname = '127.0.0.1';
    await expect.poll(() => fetch(redirect).then(() => 'open', () => 'closed')).toBe('closed');
  });

  it('says so when no browser can be opened', async () => {
    const core = tenant.start({
      signIn: {
        openBrowser: async () => {
          throw new Error('no handler for https');
        },
      },
    });
    expect(await core.invoke('auth:signIn', { method: 'browser' })).toMatchObject({ ok: false, error: { code: 'not_supported' } });
  });

  it('explains missing admin consent', async () => {
    tenant.idp.unconsentedScopes.add(`https://graph.microsoft.com/${PRIVILEGED_SCOPE}`);
    const core = tenant.start();
    const result = await core.invoke('auth:signIn', { method: 'browser' });
    expect(result).toMatchObject({ ok: false, error: { code: 'consent_required' } });
    expect(result.ok || result.error.message).toMatch(/admin consent/);
    expect(valueOf(await core.invoke('auth:status', {})).state).toBe('signedOut');
  });
});

describe('signing in with a device code', () => {
  beforeEach(async () => {
    tenant = await startTenant();
  });

  it('shows the code and its QR code, and signs in once the phone approves', async () => {
    const core = tenant.start();
    const shown = nextEvent(core, 'auth:deviceCode');
    const signIn = core.invoke('auth:signIn', { method: 'deviceCode' });
    const { payload } = await shown;
    expect(tenant.idp.pendingUserCodes()).toEqual([payload.userCode]);
    expect(payload.verificationUri).toBe('https://login.demo.invalid/devicelogin');
    expect(payload.message).toContain(payload.userCode);
    expect(Date.parse(payload.expiresAt) - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(payload.qr.size).toBeGreaterThanOrEqual(29);
    expect(payload.qr.path).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(valueOf(await core.invoke('auth:status', {}))).toMatchObject({ state: 'signingIn', method: 'deviceCode' });

    expect(tenant.idp.approveDeviceCode(payload.userCode)).toBe(true);
    expect(valueOf(await signIn)).toMatchObject({ state: 'signedIn', method: null, technician: { username: DEMO_TECHNICIAN_USER.username } });
    expect(tenant.idp.requests.filter((r) => r.url.endsWith('/devicecode'))).toHaveLength(1);
    expect(await core.invoke('devices:search', { query: serial, kind: 'serial' })).toMatchObject({ ok: true });
  });

  it('cancels at once, and a late approval leaves no session behind', async () => {
    const core = tenant.start();
    const shown = nextEvent(core, 'auth:deviceCode');
    const signIn = core.invoke('auth:signIn', { method: 'deviceCode' });
    const { payload } = await shown;
    valueOf(await core.invoke('auth:cancel', {}));
    expect(await signIn).toMatchObject({ ok: false, error: { code: 'canceled' } });
    tenant.idp.approveDeviceCode(payload.userCode);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(valueOf(await core.invoke('auth:status', {}))).toMatchObject({ state: 'signedOut', technician: null });
    expect(await core.invoke('devices:search', { query: serial, kind: 'serial' })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
  });

  it('answers timeout when the code expires unused', async () => {
    await tenant.close();
    tenant = await startTenant({ deviceCodeLifetimeSec: 1 });
    const core = tenant.start();
    expect(await core.invoke('auth:signIn', { method: 'deviceCode' })).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });

  it('is replaced by a browser sign-in started meanwhile', async () => {
    const core = tenant.start();
    const shown = nextEvent(core, 'auth:deviceCode');
    const byCode = core.invoke('auth:signIn', { method: 'deviceCode' });
    await shown;
    const byBrowser = core.invoke('auth:signIn', { method: 'browser' });
    expect(await byCode).toMatchObject({ ok: false, error: { code: 'canceled' } });
    expect(valueOf(await byBrowser)).toMatchObject({ state: 'signedIn' });
  });
});

describe('tokens after sign-in', () => {
  it('renews an expired token silently with the refresh token', async () => {
    // MSAL renews 5 minutes before expiry (in whole seconds), so a 301-second token counts as expired within two.
    tenant = await startTenant({ accessTokenLifetimeSec: 301 });
    const core = tenant.start();
    valueOf(await core.invoke('auth:signIn', { method: 'browser' }));
    valueOf(await core.invoke('devices:search', { query: serial, kind: 'serial' }));
    valueOf(await core.invoke('devices:search', { query: serial, kind: 'serial' }));
    expect(new Set(tenant.bearers).size).toBe(1);
    await new Promise((r) => setTimeout(r, 2_100));
    valueOf(await core.invoke('devices:search', { query: serial, kind: 'serial' }));
    expect(new Set(tenant.bearers).size).toBe(2);
    expect(tenant.idp.requests.map((r) => r.grantType).filter(Boolean)).toEqual(['authorization_code', 'refresh_token']);
  });

  it('refreshes once when Graph refuses a token MSAL still trusts', async () => {
    tenant = await startTenant();
    const core = tenant.start();
    valueOf(await core.invoke('auth:signIn', { method: 'browser' }));
    tenant.skew.ms = 2 * 60 * 60 * 1000;
    expect(await core.invoke('devices:search', { query: serial, kind: 'serial' })).toMatchObject({ ok: true });
    expect(tenant.graph.requests).toHaveLength(2);
    expect(tenant.idp.requests.filter((r) => r.grantType === 'refresh_token')).toHaveLength(1);
    // A search by serial and name sends its two clauses side by side; refused together, they share one refresh.
    tenant.skew.ms = 4 * 60 * 60 * 1000;
    expect(await core.invoke('devices:search', { query: serial })).toMatchObject({ ok: true });
    expect(tenant.graph.requests).toHaveLength(6);
    expect(tenant.idp.requests.filter((r) => r.grantType === 'refresh_token')).toHaveLength(2);
    expect(valueOf(await core.invoke('auth:status', {})).state).toBe('signedIn');
  });

  it('ends the session when Entra ID revoked it, and says to sign in again', async () => {
    tenant = await startTenant();
    const core = tenant.start();
    valueOf(await core.invoke('auth:signIn', { method: 'browser' }));
    const events = recordEvents(core);
    tenant.idp.revokeRefreshTokens();
    tenant.skew.ms = 2 * 60 * 60 * 1000;
    const result = await core.invoke('devices:search', { query: serial, kind: 'serial' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_signed_in', message: expect.stringMatching(/Sign in again/) } });
    expect(valueOf(await core.invoke('auth:status', {}))).toMatchObject({ state: 'signedOut', lastSignOut: { reason: 'sessionExpired' } });
    expect(events.filter((e) => e.name.startsWith('auth:'))).toMatchObject([{ name: 'auth:changed', payload: { state: 'signedOut' } }]);
    expect(await core.invoke('devices:search', { query: serial, kind: 'serial' })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
  });

  it('keeps the session but asks for admin consent when Entra ID withdraws it', async () => {
    tenant = await startTenant();
    const core = tenant.start();
    valueOf(await core.invoke('auth:signIn', { method: 'browser' }));
    tenant.idp.unconsentedScopes.add(`https://graph.microsoft.com/${PRIVILEGED_SCOPE}`);
    tenant.skew.ms = 2 * 60 * 60 * 1000;
    expect(await core.invoke('devices:search', { query: serial, kind: 'serial' })).toMatchObject({ ok: false, error: { code: 'consent_required' } });
    expect(valueOf(await core.invoke('auth:status', {})).state).toBe('signedIn');
  });

  it('never lets a token out: not in any answer, not in any event', async () => {
    tenant = await startTenant();
    const core = tenant.start();
    const shown = nextEvent(core, 'auth:deviceCode');
    const byCode = core.invoke('auth:signIn', { method: 'deviceCode' });
    tenant.idp.approveDeviceCode((await shown).payload.userCode);
    valueOf(await byCode);
    const { id } = DEMO_EXAMPLES.macLockedWithPin;
    valueOf(await core.invoke('devices:search', { query: serial, kind: 'serial' }));
    valueOf(await core.invoke('devices:get', { id }));
    valueOf(await core.invoke('pin:reveal', { id }));
    valueOf(await core.invoke('devices:remoteLock', { id: DEMO_EXAMPLES.userless.id }));
    valueOf(await core.invoke('app:info', {}));
    valueOf(await core.invoke('auth:status', {}));
    valueOf(await core.invoke('auth:signOut', {}));
    valueOf(await core.invoke('auth:signIn', { method: 'browser' }));

    const seen = JSON.stringify(tenant.seen);
    expect(tenant.idp.issuedTokens.length).toBeGreaterThanOrEqual(6);
    for (const token of tenant.idp.issuedTokens) expect(seen).not.toContain(token.slice(-24));
    expect(seen).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./);
    expect(seen).not.toMatch(/demo-rt\./);
  });
});
