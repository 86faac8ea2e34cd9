// The demo tenant's sign-in: its identity provider, the simulated Graph checking its tokens, and demo mode
// starting signed in as the demo technician.
import { GRAPH_RESOURCE } from '../../electron/core/microsoft';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configuredTenant, createKioskCore, type KioskCore, type KioskCoreOptions, nodeFetch } from '../../electron/core';
import {
  createDemoGraph,
  createDemoIdentityProvider,
  DEMO_AUTHORITY,
  DEMO_CLIENT_ID,
  DEMO_EXAMPLES,
  DEMO_TECHNICIAN_USER,
  DEMO_TENANT_ID,
  startDemoTenant,
  type DemoIdentityProvider,
  type RunningDemoTenant,
} from '../../electron/demo';
import { authorize } from '../demo/msal-harness';
import { nextEvent, startTenant, valueOf } from './harness';

const READ = `${GRAPH_RESOURCE}/DeviceManagementManagedDevices.Read.All`;
const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

let core: KioskCore | undefined;
let demo: RunningDemoTenant | undefined;
afterEach(async () => {
  await core?.dispose();
  await demo?.close();
  core = undefined;
  demo = undefined;
});

/** The kiosk on the built-in demo tenant, as `npm start` puts it together. */
async function demoCore(extra: Partial<KioskCoreOptions> & { identity?: DemoIdentityProvider } = {}) {
  const { identity, ...options } = extra;
  demo = await startDemoTenant(identity ? { identity } : {});
  core = createKioskCore({ fetch: nodeFetch, signInFetch: nodeFetch, dataDir: await mkdtemp(path.join(os.tmpdir(), 'kiosk-demo-')), tenant: demo.tenant, log: () => {}, ...options });
  return core;
}

/** Signs in at the provider as a browser would, and redeems the code. */
async function tokensFor(idp: ReturnType<typeof createDemoIdentityProvider>, scope: string) {
  const { fields, verifier } = await authorize(idp, scope);
  const code = fields.code!;
  const redeem = (codeVerifier: string) =>
    idp.handle(
      new Request(`${DEMO_AUTHORITY}/oauth2/v2.0/token`, form({ client_id: DEMO_CLIENT_ID, grant_type: 'authorization_code', code, code_verifier: codeVerifier, redirect_uri: 'http://localhost:1234', scope })),
    );
  return { redeem, verifier };
}

describe('the demo identity provider', () => {
  it('publishes OpenID configuration with the endpoints MSAL uses', async () => {
    const idp = createDemoIdentityProvider();
    const doc = (await (await idp.handle(new Request(`${DEMO_AUTHORITY}/v2.0/.well-known/openid-configuration`))).json()) as Record<string, string>;
    expect(doc).toMatchObject({
      issuer: `${DEMO_AUTHORITY}/v2.0`,
      authorization_endpoint: `${DEMO_AUTHORITY}/oauth2/v2.0/authorize`,
      token_endpoint: `${DEMO_AUTHORITY}/oauth2/v2.0/token`,
      device_authorization_endpoint: `${DEMO_AUTHORITY}/oauth2/v2.0/devicecode`,
      jwks_uri: expect.any(String),
    });
  });

  it('redeems a code only with the PKCE verifier it was issued for, and only once', async () => {
    const idp = createDemoIdentityProvider();
    const { redeem, verifier } = await tokensFor(idp, READ);
    const wrong = await redeem(randomBytes(32).toString('base64url'));
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant', error_codes: [501481] });

    const again = await tokensFor(idp, READ);
    const ok = (await (await again.redeem(again.verifier)).json()) as Record<string, unknown>;
    expect(ok).toMatchObject({ token_type: 'Bearer', scope: READ, expires_in: 3600 });
    expect(await (await again.redeem(again.verifier)).json()).toMatchObject({ error: 'invalid_grant' });
    expect(verifier).not.toBe(again.verifier);
  });

  it('refuses an app registration it does not know', async () => {
    const idp = createDemoIdentityProvider();
    const answer = await idp.handle(new Request(`${DEMO_AUTHORITY}/oauth2/v2.0/devicecode`, form({ client_id: '00000000-0000-4000-8000-000000000001', scope: READ })));
    expect(await answer.json()).toMatchObject({ error: 'unauthorized_client', error_codes: [700016] });
  });
});

describe('the demo Graph with the identity provider', () => {
  it('answers 401 without a token, for a token it did not issue and for an expired one; 403 without the permission', async () => {
    let skew = 0;
    const idp = createDemoIdentityProvider({ now: () => new Date(Date.now() + skew) });
    const graph = createDemoGraph({ verifyToken: idp.verifyAccessToken });
    const { redeem, verifier } = await tokensFor(idp, READ);
    const { access_token: token } = (await (await redeem(verifier)).json()) as { access_token: string };
    const url = `https://graph.demo.invalid/v1.0/deviceManagement/managedDevices/${DEMO_EXAMPLES.macLockedWithPin.id}`;
    const ask = (auth: string | null, method = 'GET') =>
      graph.handle(new Request(method === 'POST' ? `${url}/remoteLock` : url, { method, headers: auth ? { authorization: auth } : {} }));

    expect((await ask(null)).status).toBe(401);
    expect((await ask('Bearer demo-token')).status).toBe(401);
    expect((await ask(`Bearer ${token.slice(0, -2)}xx`)).status).toBe(401);
    expect((await ask(`Bearer ${token}`)).status).toBe(200);
    expect((await ask(`Bearer ${token}`, 'POST')).status).toBe(403);
    skew = 2 * 60 * 60 * 1000;
    const expired = await ask(`Bearer ${token}`);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ error: { code: 'InvalidAuthenticationToken', message: expect.stringMatching(/expired/) } });
  });
});

describe('demo mode', () => {
  it('starts signed in as the demo technician, with real tokens the built-in Graph checks', async () => {
    const kiosk = await demoCore();
    expect(valueOf(await kiosk.invoke('auth:status', {}))).toMatchObject({
      state: 'signedIn',
      technician: { username: DEMO_TECHNICIAN_USER.username },
      tokenCache: { persisted: false, note: { id: 'signInsNotKept', why: 'tenant' } },
    });
    expect(await kiosk.invoke('devices:search', { query: DEMO_EXAMPLES.macLockedWithPin.serialNumber })).toMatchObject({ ok: true });
  });

  it('signs the demo technician back in with one click after a sign-out', async () => {
    const kiosk = await demoCore();
    valueOf(await kiosk.invoke('auth:signOut', {}));
    expect(await kiosk.invoke('devices:search', { query: DEMO_EXAMPLES.macLockedWithPin.serialNumber })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(valueOf(await kiosk.invoke('auth:signIn', { method: 'browser' }))).toMatchObject({ state: 'signedIn' });
    expect(await kiosk.invoke('devices:search', { query: DEMO_EXAMPLES.macLockedWithPin.serialNumber })).toMatchObject({ ok: true });
  });

  it('shows a device code the demo technician approves by themselves', async () => {
    const demoIdentity = createDemoIdentityProvider({ autoApproveDeviceCodesAfterMs: 200, deviceCodeIntervalSec: 1 });
    const kiosk = await demoCore({ identity: demoIdentity, signIn: { autoSignIn: false } });
    expect(valueOf(await kiosk.invoke('auth:status', {})).state).toBe('signedOut');
    const shown = nextEvent(kiosk, 'auth:deviceCode');
    const signIn = kiosk.invoke('auth:signIn', { method: 'deviceCode' });
    expect((await shown).payload.verificationUri).toBe('https://login.demo.invalid/devicelogin');
    expect(valueOf(await signIn)).toMatchObject({ state: 'signedIn', technician: { username: DEMO_TECHNICIAN_USER.username } });
  });
});

describe('a tenant set up wrongly', () => {
  it('names the config field to check when the client id is unknown', async () => {
    const tenant = await startTenant({ clientId: '00000000-0000-4000-8000-000000000001' });
    try {
      const kiosk = tenant.start();
      const browser = await kiosk.invoke('auth:signIn', { method: 'browser' });
      expect(browser).toMatchObject({ ok: false, error: { code: 'config_error', message: expect.stringMatching(/"clientId"/) } });
      const code = await kiosk.invoke('auth:signIn', { method: 'deviceCode' });
      expect(code).toMatchObject({ ok: false, error: { code: 'config_error', message: expect.stringMatching(/"clientId"/) } });
    } finally {
      await tenant.close();
    }
  });

  it('names the tenant id when the tenant is unknown', async () => {
    const tenant = await startTenant();
    try {
      const kiosk = tenant.start({
        tenant: configuredTenant({ tenantId: DEMO_TENANT_ID, clientId: DEMO_CLIENT_ID, authority: 'https://login.demo.invalid/contoso.example', graphBaseUrl: `${tenant.server.url}/v1.0` }),
      });
      const result = await kiosk.invoke('auth:signIn', { method: 'deviceCode' });
      expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/"tenantId"/) } });
    } finally {
      await tenant.close();
    }
  });
});
