// Every walk-up besides the Mac PIN, through the real core, real MSAL tokens from the demo identity provider and the
// demo Graph checking their scopes and roles over loopback HTTP: BitLocker, LAPS, Android passcode, Activation Lock,
// FileVault; the reason policy, the audit record, 403s that name what is missing, and the offline rules per kind.
import { PUBLIC_GRAPH_URL } from '../../electron/core/microsoft';
import { publicAuthority } from '../../electron/core/tenant';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configuredTenant, createKioskCore, type KioskCore, type KioskCoreOptions, nodeFetch } from '../../electron/core';
import { createMemoryAuditTrail } from '../../electron/core/audit';
import type { DeviceDetails, SecretOffer } from '../../electron/core/contract';
import { checkReason, decodeUtf16le, readLocalCredentials, readRecoveryKey } from '../../electron/core/secrets';
import {
  createDemoGraph,
  createDemoIdentityProvider,
  DEMO_SECRET_EXAMPLES as S,
  DEMO_TECHNICIAN_USER,
  demoTenant,
  listenOnLoopback,
  type AccessTokenCheck,
  type DemoGraph,
  type DemoIdentityProvider,
} from '../../electron/demo';

interface Kiosk {
  core: KioskCore;
  graph: DemoGraph;
  identity: DemoIdentityProvider;
  trail: ReturnType<typeof createMemoryAuditTrail>;
  dataDir: string;
  /** The scopes of every token Graph was shown. */
  scopes: Set<string>;
  close(): Promise<void>;
}

const CONFIGURED = {
  tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  clientId: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
  authority: publicAuthority('72f988bf-86f1-41af-91ab-2d7cd011db47'),
  graphBaseUrl: PUBLIC_GRAPH_URL,
};

const open: Kiosk[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((k) => k.close()));
});

async function start(
  extra: Partial<KioskCoreOptions> = {},
  tweak: { token?: (check: AccessTokenCheck) => AccessTokenCheck; dataDir?: string; identity?: DemoIdentityProvider } = {},
): Promise<Kiosk> {
  const identity = tweak.identity ?? createDemoIdentityProvider();
  const scopes = new Set<string>();
  const graph = createDemoGraph({
    verifyToken: (token) => {
      let check = identity.verifyAccessToken(token);
      if (check.ok) check.scopes.forEach((s) => scopes.add(s));
      if (tweak.token) check = tweak.token(check);
      return check;
    },
  });
  const server = await listenOnLoopback(graph.handle);
  const dataDir = tweak.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'kiosk-secrets-')));
  const trail = createMemoryAuditTrail();
  const core = createKioskCore({ fetch: nodeFetch, signInFetch: nodeFetch, dataDir, tenant: demoTenant({ graphUrl: server.url, identity }), audit: trail, sleep: async () => {}, log: () => {}, ...extra });
  const kiosk: Kiosk = {
    core,
    graph,
    identity,
    trail,
    dataDir,
    scopes,
    async close() {
      await core.dispose();
      await server.close();
    },
  };
  open.push(kiosk);
  return kiosk;
}

async function show(k: Kiosk, serial: string): Promise<DeviceDetails> {
  const found = await k.core.invoke('devices:search', { query: serial });
  if (!found.ok) throw new Error(found.error.message);
  const device = found.value.devices.find((d) => d.serialNumber === serial);
  if (!device) throw new Error(`no device ${serial}`);
  const details = await k.core.invoke('devices:get', { id: device.id });
  if (!details.ok) throw new Error(details.error.message);
  return details.value;
}

const offer = (d: DeviceDetails, kind: SecretOffer['kind']) => d.secrets?.find((s) => s.kind === kind);

describe('the device answer lists secrets, never their values', () => {
  it('shows a Windows laptop with its BitLocker keys (newest first, with drives and dates) and a LAPS backup', async () => {
    const k = await start();
    const details = await show(k, S.bitlocker.serialNumber);
    const bitlocker = offer(details, 'bitlocker');
    expect(bitlocker?.problem).toBeNull();
    expect(bitlocker?.keys?.map((key) => [key.id, key.volumeType])).toEqual([
      [S.bitlocker.currentKeyId, 'operatingSystemVolume'],
      [S.bitlocker.olderKeyId, 'operatingSystemVolume'],
      [S.bitlocker.dataDriveKeyId, 'fixedDataVolume'],
    ]);
    expect(offer(details, 'laps')?.updatedDateTime).toMatch(/^\d{4}-/);
    expect(details.secrets?.map((s) => s.kind)).toEqual(['bitlocker', 'laps']);
    const text = JSON.stringify(details);
    for (const secret of [S.bitlocker.currentKey, S.laps.current, S.laps.previous]) expect(text).not.toContain(secret);
    // Listing keys and reading LAPS metadata is not a key or password read in Entra's audit.
    expect(k.graph.secrets.reads).toEqual([]);
  });

  it('offers only what can exist for the platform and the device', async () => {
    const k = await start();
    expect((await show(k, S.windowsWithout.serialNumber)).secrets).toEqual([]);
    expect((await show(k, S.androidPasscode.serialNumber)).secrets?.map((s) => s.kind)).toEqual(['androidPasscode']);
    const iphone = await show(k, S.activationLock.serialNumber);
    expect(iphone.secrets?.map((s) => s.kind)).toEqual(['activationLock']);
    expect(JSON.stringify(iphone)).not.toContain(S.activationLock.code);
    expect((await show(k, S.fileVault.serialNumber)).secrets?.map((s) => s.kind)).toEqual(['fileVault']);
    // A pending passcode reset has no passcode yet.
    expect((await show(k, '33071JEHN09842')).secrets).toEqual([]);
  });

  it('never lists an Activation Lock bypass code in a search answer: Graph nulls it outside a GET by id with $select', async () => {
    const k = await start();
    const list = await k.graph.handle(new Request('http://demo/v1.0/deviceManagement/managedDevices?$select=id,activationLockBypassCode', { headers: { authorization: 'Bearer x' } }));
    expect(JSON.stringify(await list.json())).not.toContain(S.activationLock.code);
  });
});

describe('one audited reveal per kind', () => {
  it('reveals the BitLocker key the recovery screen asks for, names the kiosk in Entra’s audit, and records kind, key id and reason', async () => {
    const k = await start();
    const details = await show(k, S.bitlocker.serialNumber);
    const reveal = await k.core.invoke('secrets:reveal', {
      id: details.device.id,
      kind: 'bitlocker',
      keyId: S.bitlocker.currentKeyId.toUpperCase(),
      reason: 'Forgot password',
    });
    expect(reveal).toMatchObject({
      ok: true,
      value: { kind: 'bitlocker', keyId: S.bitlocker.currentKeyId, volumeType: 'operatingSystemVolume', secret: S.bitlocker.currentKey, source: 'graph' },
    });
    expect(reveal.ok && reveal.value.secret).toMatch(/^(\d{6}-){7}\d{6}$/);
    expect(k.graph.secrets.reads).toEqual([
      { what: 'bitlockerKey', id: S.bitlocker.currentKeyId, username: DEMO_TECHNICIAN_USER.username, clientName: 'Unlock PIN Kiosk', clientVersion: expect.stringMatching(/^\d+\.\d+\.\d+/) },
    ]);
    const records = k.trail.records.filter((r) => r.action === 'secret-reveal');
    expect(records.map((r) => r.outcome)).toEqual(['unknown', 'success']);
    expect(records[0]).toMatchObject({ deviceId: details.device.id, secretKind: 'bitlocker', keyId: S.bitlocker.currentKeyId, reason: 'Forgot password' });
    const record = records[1];
    expect(record).toMatchObject({
      outcome: 'success',
      deviceId: details.device.id,
      deviceName: S.bitlocker.deviceName,
      secretKind: 'bitlocker',
      keyId: S.bitlocker.currentKeyId,
      reason: 'Forgot password',
      technician: DEMO_TECHNICIAN_USER.username,
    });
    expect(JSON.stringify(k.trail.records)).not.toContain(S.bitlocker.currentKey);
  });

  it('says which drive a key opens: a removable drive’s key is one Intune’s rotation leaves alone', async () => {
    const k = await start();
    const surface = await show(k, S.removableDriveKey.serialNumber);
    expect(offer(surface, 'bitlocker')!.keys!.map((key) => key.volumeType)).toEqual(['removableDataVolume', 'operatingSystemVolume']);
    const reveal = await k.core.invoke('secrets:reveal', { id: surface.device.id, kind: 'bitlocker', keyId: S.removableDriveKey.keyId });
    expect(reveal).toMatchObject({ ok: true, value: { keyId: S.removableDriveKey.keyId, volumeType: 'removableDataVolume' } });
  });

  it('refuses a key id that is not one of the confirmed device’s keys, without reading any key', async () => {
    const k = await start();
    const laptop = await show(k, S.bitlocker.serialNumber);
    const surface = await show(k, '051234793053');
    const otherKey = offer(surface, 'bitlocker')!.keys![0]!.id;
    const reveal = await k.core.invoke('secrets:reveal', { id: laptop.device.id, kind: 'bitlocker', keyId: otherKey });
    expect(reveal).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(k.graph.secrets.reads).toEqual([]);
    expect(k.trail.records.at(-1)).toMatchObject({ action: 'secret-reveal', outcome: 'failure', error: 'not_found' });
  });

  it('reveals the current LAPS password: the newest backup, decoded from base64 of UTF-16LE', async () => {
    const k = await start();
    const details = await show(k, S.laps.serialNumber);
    const reveal = await k.core.invoke('secrets:reveal', { id: details.device.id, kind: 'laps' });
    expect(reveal).toMatchObject({ ok: true, value: { secret: S.laps.current, account: S.laps.account, keyId: null } });
    expect(k.graph.secrets.reads.map((r) => [r.what, r.clientName])).toEqual([['lapsPassword', 'Unlock PIN Kiosk']]);
  });

  it('reveals the Android passcode, the Activation Lock bypass code and the FileVault key (from Graph beta)', async () => {
    const k = await start();
    for (const [serial, kind, value] of [
      [S.androidPasscode.serialNumber, 'androidPasscode', S.androidPasscode.passcode],
      [S.activationLock.serialNumber, 'activationLock', S.activationLock.code],
      [S.fileVault.serialNumber, 'fileVault', S.fileVault.key],
    ] as const) {
      const details = await show(k, serial);
      expect(await k.core.invoke('secrets:reveal', { id: details.device.id, kind })).toMatchObject({ ok: true, value: { kind, secret: value } });
    }
    expect(k.graph.requests.some((r) => new URL(r.url).pathname.startsWith('/beta/deviceManagement/managedDevices/'))).toBe(true);
    const reveals = k.trail.records.filter((r) => r.action === 'secret-reveal');
    expect(reveals.map((r) => `${r.outcome} ${r.secretKind}`)).toEqual(['androidPasscode', 'activationLock', 'fileVault'].flatMap((kind) => [`unknown ${kind}`, `success ${kind}`]));
  });

  it('says so when Intune never escrowed a FileVault key, and refuses a kind the platform cannot have', async () => {
    const k = await start();
    const imac = await show(k, S.fileVaultMissing.serialNumber);
    expect(await k.core.invoke('secrets:reveal', { id: imac.device.id, kind: 'fileVault' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('never escrowed') },
    });
    const laptop = await show(k, S.bitlocker.serialNumber);
    expect(await k.core.invoke('secrets:reveal', { id: laptop.device.id, kind: 'activationLock' })).toMatchObject({ ok: false, error: { code: 'not_supported' } });
  });

  it('loads a device it was not shown before revealing, rather than trusting the id alone', async () => {
    const k = await start();
    const id = k.graph.devices.find((d) => d.serialNumber === S.laps.serialNumber)!.id;
    expect(await k.core.invoke('secrets:reveal', { id, kind: 'laps' })).toMatchObject({ ok: true, value: { secret: S.laps.current } });
  });
});

describe('a 403 names what is missing for that kind', () => {
  it('without a role that may read keys: the device still shows, its BitLocker and LAPS checks name the roles', async () => {
    const identity = createDemoIdentityProvider();
    identity.user = { ...DEMO_TECHNICIAN_USER, roles: [] };
    const k = await start({}, { identity });
    const details = await show(k, S.bitlocker.serialNumber);
    expect(offer(details, 'bitlocker')?.problem).toMatchObject({ code: 'forbidden', message: expect.stringContaining('Helpdesk Administrator') });
    expect(offer(details, 'laps')?.problem?.message).toContain('Cloud Device Administrator');
    const reveal = await k.core.invoke('secrets:reveal', { id: details.device.id, kind: 'laps' });
    expect(reveal).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('DeviceLocalCredential.Read.All') } });
  });

  it('with a helpdesk role: BitLocker keys yes, LAPS passwords no (Entra reserves them for two roles)', async () => {
    const identity = createDemoIdentityProvider();
    identity.user = { ...DEMO_TECHNICIAN_USER, roles: ['729827e3-9c14-49f7-bb1b-9608f156bbb8'] };
    const k = await start({}, { identity });
    const details = await show(k, S.bitlocker.serialNumber);
    expect(await k.core.invoke('secrets:reveal', { id: details.device.id, kind: 'bitlocker', keyId: S.bitlocker.currentKeyId })).toMatchObject({ ok: true });
    expect(await k.core.invoke('secrets:reveal', { id: details.device.id, kind: 'laps' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('without the BitLocker permission in the token: forbidden, naming BitLockerKey.Read.All', async () => {
    const k = await start({}, { token: (c) => (c.ok ? { ...c, scopes: c.scopes.filter((s) => !/bitlocker/i.test(s)) } : c) });
    const details = await show(k, S.bitlocker.serialNumber);
    expect(offer(details, 'bitlocker')?.problem).toMatchObject({ code: 'forbidden', message: expect.stringContaining('BitLockerKey.Read.All') });
  });

  it('asks at sign-in only for the permissions of the kinds switched on', async () => {
    const k = await start({ secrets: { bitlocker: { enabled: false }, fileVault: { enabled: false } }, features: { remoteLock: false } });
    const details = await show(k, S.bitlocker.serialNumber);
    expect(details.secrets?.map((s) => s.kind)).toEqual(['laps']);
    expect([...k.scopes].sort()).toEqual(['DeviceLocalCredential.Read.All', 'DeviceManagementManagedDevices.Read.All']);
    expect(await k.core.invoke('secrets:reveal', { id: details.device.id, kind: 'bitlocker', keyId: S.bitlocker.currentKeyId })).toMatchObject({
      ok: false,
      error: { code: 'not_supported' },
    });
    const info = await k.core.invoke('app:info', {});
    expect(info.ok && info.value.secrets.map((s) => s.kind)).toEqual(['laps', 'androidPasscode', 'activationLock']);
  });
});

describe('on a real tenant', () => {
  it('offers no secret kind and asks no reason until the config turns them on', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-tenant-'));
    const core = createKioskCore({ fetch: nodeFetch, signInFetch: nodeFetch, dataDir, tenant: configuredTenant(CONFIGURED), log: () => {} });
    try {
      const info = await core.invoke('app:info', {});
      expect(info.ok && [info.value.secrets, info.value.revealReason]).toEqual([[], { mode: 'off', choices: [] }]);
      const on = createKioskCore({ fetch: nodeFetch, signInFetch: nodeFetch,
        dataDir,
        tenant: configuredTenant(CONFIGURED),
        secrets: { bitlocker: { enabled: true } },
        log: () => {},
      });
      const infoOn = await on.invoke('app:info', {});
      expect(infoOn.ok && infoOn.value.secrets).toEqual([{ kind: 'bitlocker', readAloud: false, offline: false, rotation: 'remind' }]);
      await on.dispose();
    } finally {
      await core.dispose();
    }
  });
});

describe('a reason for every reveal', () => {
  const policy = { mode: 'required' as const, choices: ['Locked out', 'Forgot password'] };

  it('refuses a reveal without one of the admin’s reasons, PIN included, and records the reason given', async () => {
    const k = await start({ revealReason: policy });
    const laptop = await show(k, S.laps.serialNumber);
    expect(await k.core.invoke('secrets:reveal', { id: laptop.device.id, kind: 'laps' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await k.core.invoke('secrets:reveal', { id: laptop.device.id, kind: 'laps', reason: 'Curious' })).toMatchObject({
      ok: false,
      error: { message: 'Choose one of the reasons on the list.' },
    });
    expect(k.graph.secrets.reads).toEqual([]);
    expect(await k.core.invoke('secrets:reveal', { id: laptop.device.id, kind: 'laps', reason: 'Locked out' })).toMatchObject({ ok: true });
    const mac = await show(k, 'C02XK1ABJG5H');
    expect(await k.core.invoke('pin:reveal', { id: mac.device.id })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await k.core.invoke('pin:reveal', { id: mac.device.id, reason: 'Forgot password' })).toMatchObject({ ok: true });
    expect(k.trail.records.filter((r) => r.outcome === 'success' && r.action.endsWith('-reveal')).map((r) => [r.action, r.reason])).toEqual([
      ['secret-reveal', 'Locked out'],
      ['pin-reveal', 'Forgot password'],
    ]);
    const info = await k.core.invoke('app:info', {});
    expect(info.ok && info.value.revealReason).toEqual(policy);
  });

  it('with reasons off asks for none, and keeps one that is given', async () => {
    const off = { mode: 'off' as const, choices: [] };
    expect(checkReason(undefined, off)).toBeUndefined();
    expect(checkReason('Locked out at the counter', off)).toBe('Locked out at the counter');
    const k = await start({ revealReason: off });
    const laptop = await show(k, S.laps.serialNumber);
    expect(await k.core.invoke('secrets:reveal', { id: laptop.device.id, kind: 'laps' })).toMatchObject({ ok: true });
    expect(await k.core.invoke('secrets:reveal', { id: laptop.device.id, kind: 'laps', reason: 'Locked out at the counter' })).toMatchObject({ ok: true });
    expect(k.trail.records.filter((r) => r.outcome === 'success' && r.action === 'secret-reveal').map((r) => r.reason)).toEqual([undefined, 'Locked out at the counter']);
  });
});

describe('offline, per kind', () => {
  it('never keeps a BitLocker key unless the config allows it: offline, the reveal says so', async () => {
    const k = await start();
    const laptop = await show(k, S.bitlocker.serialNumber);
    expect(await k.core.invoke('secrets:reveal', { id: laptop.device.id, kind: 'bitlocker', keyId: S.bitlocker.currentKeyId })).toMatchObject({ ok: true });
    k.graph.fault({ status: 503, times: Infinity });
    const offline = await k.core.invoke('secrets:reveal', { id: laptop.device.id, kind: 'bitlocker', keyId: S.bitlocker.currentKeyId });
    expect(offline).toMatchObject({ ok: false, error: { code: 'offline', message: expect.stringContaining('never keeps') } });
  });

  it('keeps a kind the config allows, encrypted on disk, and answers from it after a restart with source cache', async () => {
    const settings = { secrets: { laps: { offline: true } } };
    const first = await start(settings);
    const laptop = await show(first, S.laps.serialNumber);
    expect(await first.core.invoke('secrets:reveal', { id: laptop.device.id, kind: 'laps' })).toMatchObject({ ok: true, value: { source: 'graph' } });
    await first.close();
    open.splice(open.indexOf(first), 1);

    const again = await start(settings, { dataDir: first.dataDir });
    again.graph.fault({ status: 503, times: Infinity });
    const details = await again.core.invoke('devices:get', { id: laptop.device.id });
    expect(details).toMatchObject({ ok: true, value: { source: 'cache' } });
    expect(details.ok && offer(details.value, 'laps')).toBeTruthy();
    expect(await again.core.invoke('secrets:reveal', { id: laptop.device.id, kind: 'laps' })).toMatchObject({
      ok: true,
      value: { secret: S.laps.current, source: 'cache' },
    });
  });

  it('keeps the Android passcode like the PIN by default', async () => {
    const first = await start();
    const phone = await show(first, S.androidPasscode.serialNumber);
    await first.core.invoke('secrets:reveal', { id: phone.device.id, kind: 'androidPasscode' });
    await first.close();
    open.splice(open.indexOf(first), 1);
    const again = await start({}, { dataDir: first.dataDir });
    again.graph.fault({ status: 503, times: Infinity });
    expect(await again.core.invoke('secrets:reveal', { id: phone.device.id, kind: 'androidPasscode' })).toMatchObject({
      ok: true,
      value: { secret: S.androidPasscode.passcode, source: 'cache' },
    });
  });
});

describe('reading what Entra sends', () => {
  it('decodes passwordBase64 as UTF-16LE, including characters beyond ASCII', () => {
    for (const password of ['Kl1O0-S5sIb8#e', 'Ünïcødé€9', '']) expect(decodeUtf16le(Buffer.from(password, 'utf16le').toString('base64'))).toBe(password);
    expect(() => decodeUtf16le('not base64!')).toThrow(/password the kiosk cannot read/);
    expect(() => decodeUtf16le(Buffer.from([0x41]).toString('base64'))).toThrow(/password the kiosk cannot read/);
  });

  it('picks the credential with the newest backupDateTime whatever the order', () => {
    const b64 = (s: string) => Buffer.from(s, 'utf16le').toString('base64');
    const body = {
      credentials: [
        { accountName: 'Administrator', backupDateTime: '2026-11-01T00:00:00Z', passwordBase64: b64('older') },
        { accountName: 'Administrator', backupDateTime: '2026-11-30T00:00:00Z', passwordBase64: b64('newest') },
        { accountName: 'Administrator', backupDateTime: null, passwordBase64: b64('undated') },
      ],
    };
    expect(readLocalCredentials(body)?.password).toBe('newest');
    expect(readLocalCredentials({ credentials: [] })).toBeNull();
  });

  it('accepts a recovery password only when each group is a multiple of 11 below 720,896', () => {
    const good = '000000-000011-720885-123453-654313-111111-222222-333333';
    expect(readRecoveryKey({ key: good })).toBe(good);
    // 720,896 is the first multiple of 11 that no real group reaches; 123,456 is not a multiple of 11.
    expect(() => readRecoveryKey({ key: '000000-000011-720896-123453-654313-111111-222222-333333' })).toThrow(/group 3 of 8 is not a valid recovery password group/);
    expect(() => readRecoveryKey({ key: '123456-000011-720885-123453-654313-111111-222222-333333' })).toThrow(/group 1 of 8/);
  });
});

describe('a malformed BitLocker key from Graph', () => {
  it('is refused with a clear graph_error, not shown as 48 digits nobody can use', async () => {
    const k = await start();
    const details = await show(k, S.bitlocker.serialNumber);
    const stored = k.graph.secrets.bitlockerKeys.find((key) => key.id === S.bitlocker.currentKeyId)!;
    stored.key = S.bitlocker.currentKey.replace(/^\d{6}/, '123456');
    const reveal = await k.core.invoke('secrets:reveal', { id: details.device.id, kind: 'bitlocker', keyId: S.bitlocker.currentKeyId, reason: 'Forgot password' });
    expect(reveal).toMatchObject({ ok: false, error: { code: 'graph_error', message: expect.stringMatching(/group 1 of 8 is not a valid recovery password group.*Entra admin center/) } });
    expect(JSON.stringify(reveal)).not.toContain('123456');
  });
});
