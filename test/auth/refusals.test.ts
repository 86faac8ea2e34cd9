// Entra's refusals through real MSAL and the demo identity provider's policies: each reaches the caller as its reason,
// Entra's number and the sign-in that works; a session Entra ends says why; the audit trail keeps the number only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KioskCoreOptions } from '../../electron/core';
import { createMemoryAuditTrail } from '../../electron/core/audit';
import { createDemoBroker, DEMO_EXAMPLES } from '../../electron/demo';
import { nextEvent, startTenant, valueOf, type Tenant } from './harness';

let tenant: Tenant;

beforeEach(async () => {
  tenant = await startTenant();
});

afterEach(async () => {
  await tenant.close();
});

const serial = DEMO_EXAMPLES.macLockedWithPin.serialNumber;

/** Starts a code sign-in and approves the code on the "phone", as the technician would. */
async function signInWithCode(core: ReturnType<Tenant['start']>) {
  const shown = nextEvent(core, 'auth:deviceCode');
  const answer = core.invoke('auth:signIn', { method: 'deviceCode' });
  tenant.idp.approveDeviceCode((await shown).payload.userCode);
  return answer;
}

function withBroker(extra: Partial<KioskCoreOptions> = {}) {
  const plugin = createDemoBroker(tenant.idp);
  const core = tenant.start({ ...extra, signIn: { methods: ['broker', 'window', 'deviceCode'], broker: { plugin, windowHandle: () => Buffer.from([1, 2, 3, 4]) } } });
  return { core, plugin };
}

describe('a tenant that blocks the code sign-in', () => {
  it('by Conditional Access: says this tenant blocks sign-in with a code, and offers the window, which works', async () => {
    tenant.idp.policies.deviceCode = 'blockedByConditionalAccess';
    const core = tenant.start();
    const refused = await signInWithCode(core);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/blocks sign-in with a code/), refusal: { reason: 'deviceCodeBlocked', entraCode: 53003, method: 'deviceCode', tryMethod: 'window' } },
    });
    expect(valueOf(await core.invoke('auth:signIn', { method: 'window' }))).toMatchObject({ state: 'signedIn' });
  });

  it('by security defaults (AADSTS530035)', async () => {
    tenant.idp.policies.deviceCode = 'blockedBySecurityDefaults';
    const refused = await signInWithCode(tenant.start());
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', refusal: { reason: 'securityDefaults', entraCode: 530035, tryMethod: 'window' } } });
  });

  it('after the sign-in: a code session is re-checked and ended, and the screen hears why', async () => {
    const core = tenant.start();
    valueOf(await signInWithCode(core));
    tenant.idp.policies.deviceCode = 'blockedByConditionalAccess';
    tenant.skew.ms = 2 * 60 * 60 * 1000;
    expect(await core.invoke('devices:search', { query: serial, kind: 'serial' })).toMatchObject({ ok: false, error: { refusal: { reason: 'deviceCodeRechecked', entraCode: 530036 } } });
    expect(valueOf(await core.invoke('auth:status', {}))).toMatchObject({
      state: 'signedOut',
      lastSignOut: { reason: 'sessionExpired', refusal: { reason: 'deviceCodeRechecked', tryMethod: 'window' } },
    });
  });
});

describe('a tenant that asks for a compliant device', () => {
  it('refuses the window (AADSTS53000) and has nothing to offer without the broker', async () => {
    tenant.idp.policies.compliantDevice = true;
    const refused = await tenant.start().invoke('auth:signIn', { method: 'window' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', refusal: { reason: 'deviceNotCompliant', entraCode: 53000, method: 'window', tryMethod: null } } });
  });

  it("offers Windows' broker, which signs in from the compliant PC, asks the broker for tokens, and signs out of it", async () => {
    tenant.idp.policies.compliantDevice = true;
    const trail = createMemoryAuditTrail();
    const { core, plugin } = withBroker({ audit: trail });
    expect(valueOf(await core.invoke('auth:status', {})).methods).toEqual(['broker', 'window', 'deviceCode']);
    expect(await core.invoke('auth:signIn', { method: 'window' })).toMatchObject({ ok: false, error: { refusal: { reason: 'deviceNotCompliant', tryMethod: 'broker' } } });
    expect(valueOf(await core.invoke('auth:signIn', { method: 'broker' }))).toMatchObject({ state: 'signedIn', technician: { username: tenant.idp.user!.username } });
    expect(plugin.windowHandles).toEqual([Buffer.from([1, 2, 3, 4])]);
    valueOf(await core.invoke('devices:search', { query: serial, kind: 'serial' }));
    expect(tenant.idp.verifyAccessToken(tenant.bearers.at(-1)!)).toMatchObject({ ok: true });
    valueOf(await core.invoke('auth:signOut', {}));
    expect(plugin.calls).toContain('signOut');
    expect(await plugin.getAllAccounts(tenant.idp.clientId, 'test')).toEqual([]);

    // Method and Entra's number, never its message.
    expect(trail.records.filter((r) => r.action === 'sign-in').map((r) => [r.outcome, r.signInMethod, r.entraCode])).toEqual([
      ['failure', 'window', 53000],
      ['success', 'broker', undefined],
    ]);
    expect(JSON.stringify(trail.records)).not.toMatch(/AADSTS|compliant/);
  });
});

describe('the broker', () => {
  it('unavailable (its runtime did not start): left out, with one line in the log', async () => {
    const lines: string[] = [];
    const core = tenant.start({
      log: (line) => lines.push(line),
      signIn: { methods: ['broker', 'window'], broker: { plugin: createDemoBroker(tenant.idp, { available: false }), unavailable: 'Binaries could not be loaded.', windowHandle: () => Buffer.alloc(8) } },
    });
    expect(valueOf(await core.invoke('auth:status', {})).methods).toEqual(['window']);
    expect(lines.filter((l) => /broker/i.test(l))).toEqual([expect.stringMatching(/Windows broker is unavailable \(Binaries could not be loaded\.\)/)]);
  });

  it('that never answers meets the time limit', async () => {
    const plugin = createDemoBroker(tenant.idp, { hangInteractive: true });
    const core = tenant.start({ signIn: { methods: ['broker'], broker: { plugin, windowHandle: () => Buffer.alloc(8) }, browserTimeoutMs: 300 } });
    expect(await core.invoke('auth:signIn', { method: 'broker' })).toMatchObject({ ok: false, error: { code: 'timeout', message: expect.stringMatching(/Windows' sign-in did not finish in time/) } });
  });

  it('canceled in its dialog: nothing to explain', async () => {
    const { core } = withBroker();
    const plugin = createDemoBroker(tenant.idp, { userCancels: true });
    const canceling = tenant.start({ signIn: { methods: ['broker'], broker: { plugin, windowHandle: () => Buffer.alloc(8) } } });
    expect(await canceling.invoke('auth:signIn', { method: 'broker' })).toMatchObject({ ok: false, error: { code: 'canceled' } });
    expect(valueOf(await core.invoke('auth:status', {})).state).toBe('signedOut');
  });
});

describe('other refusals', () => {
  it('MFA registration needed (AADSTS50079): what to do, no other sign-in to try', async () => {
    tenant.idp.policies.mfa = 'registration';
    expect(await tenant.start().invoke('auth:signIn', { method: 'window' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringMatching(/aka\.ms\/mfasetup/), refusal: { reason: 'mfaRegistration', entraCode: 50079, tryMethod: null } },
    });
  });

  it('sign-in frequency (AADSTS70043) ends the session and says why', async () => {
    const core = tenant.start();
    valueOf(await core.invoke('auth:signIn', { method: 'window' }));
    tenant.idp.policies.signInFrequencyMinutes = 60;
    tenant.skew.ms = 2 * 60 * 60 * 1000;
    expect(await core.invoke('devices:search', { query: serial, kind: 'serial' })).toMatchObject({ ok: false, error: { code: 'not_signed_in', refusal: { reason: 'sessionExpired', entraCode: 70043 } } });
    expect(valueOf(await core.invoke('auth:status', {}))).toMatchObject({ state: 'signedOut', lastSignOut: { reason: 'sessionExpired', refusal: { reason: 'sessionExpired' } } });
  });

  it('MFA step-up on renewal (AADSTS50076) ends the session; signing in again confirms it', async () => {
    const core = tenant.start();
    valueOf(await core.invoke('auth:signIn', { method: 'window' }));
    tenant.idp.policies.mfa = 'stepUp';
    tenant.skew.ms = 2 * 60 * 60 * 1000;
    expect(await core.invoke('devices:search', { query: serial, kind: 'serial' })).toMatchObject({ ok: false, error: { refusal: { reason: 'mfaRequired', entraCode: 50076 } } });
    expect(valueOf(await core.invoke('auth:signIn', { method: 'window' }))).toMatchObject({ state: 'signedIn' });
  });
});
