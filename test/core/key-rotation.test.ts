// Rotating a key that was seen, through the real core, real MSAL tokens from the demo identity provider and the demo
// Graph checking their scopes over loopback HTTP: the request Intune gets, the refusal while the config leaves rotation
// off, Graph's failures as the kiosk's error codes, and the audit record.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskCore, type KioskCore, type KioskCoreOptions, nodeFetch } from '../../electron/core';
import { createMemoryAuditTrail } from '../../electron/core/audit';
import type { DeviceDetails } from '../../electron/core/contract';
import {
  createDemoGraph,
  createDemoIdentityProvider,
  DEMO_SECRET_EXAMPLES as S,
  demoTenant,
  listenOnLoopback,
  type AccessTokenCheck,
  type DemoGraph,
} from '../../electron/demo';

const WRITE = 'DeviceManagementManagedDevices.ReadWrite.All';
const PRIVILEGED = 'DeviceManagementManagedDevices.PrivilegedOperations.All';

interface Kiosk {
  core: KioskCore;
  graph: DemoGraph;
  trail: ReturnType<typeof createMemoryAuditTrail>;
  scopes: Set<string>;
  /** Moves the tenant's clock on (the device checks in after 30 s). */
  pass(ms: number): void;
  /** The POSTs Graph received, as paths. */
  posts(): string[];
}

const open: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()));
});

async function start(extra: Partial<KioskCoreOptions> = {}, token?: (check: AccessTokenCheck) => AccessTokenCheck): Promise<Kiosk> {
  const identity = createDemoIdentityProvider();
  const scopes = new Set<string>();
  let clock = Date.now();
  const graph = createDemoGraph({
    now: () => new Date(clock),
    verifyToken: (t) => {
      const check = identity.verifyAccessToken(t);
      if (check.ok) check.scopes.forEach((s) => scopes.add(s));
      return token ? token(check) : check;
    },
  });
  const server = await listenOnLoopback(graph.handle);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-rotate-'));
  const trail = createMemoryAuditTrail();
  const core = createKioskCore({ fetch: nodeFetch, signInFetch: nodeFetch, dataDir, tenant: demoTenant({ graphUrl: server.url, identity }), audit: trail, sleep: async () => {}, log: () => {}, ...extra });
  open.push(async () => {
    await core.dispose();
    await server.close();
  });
  return {
    core,
    graph,
    trail,
    scopes,
    pass: (ms) => void (clock += ms),
    posts: () => graph.requests.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname),
  };
}

async function show(k: Kiosk, serial: string): Promise<DeviceDetails> {
  const found = await k.core.invoke('devices:search', { query: serial });
  const device = found.ok ? found.value.devices.find((d) => d.serialNumber === serial) : undefined;
  if (!device) throw new Error(`no device ${serial}`);
  const details = await k.core.invoke('devices:get', { id: device.id });
  if (!details.ok) throw new Error(details.error.message);
  return details.value;
}

const rotations = (k: Kiosk) => k.trail.records.filter((r) => r.action === 'key-rotation');

describe('secrets:rotate', () => {
  it('asks Intune to rotate a revealed BitLocker key (beta, POST), answers when it was sent, and records it', async () => {
    const k = await start();
    const details = await show(k, S.bitlocker.serialNumber);
    const id = details.device.id;
    expect((await k.core.invoke('secrets:reveal', { id, kind: 'bitlocker', keyId: S.bitlocker.currentKeyId })).ok).toBe(true);
    const answer = await k.core.invoke('secrets:rotate', { id, kind: 'bitlocker' });
    expect(answer).toEqual({ ok: true, value: { id, kind: 'bitlocker', sentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) } });
    expect(k.posts()).toEqual([`/beta/deviceManagement/managedDevices/${id}/rotateBitLockerKeys`]);
    expect(k.scopes.has(WRITE)).toBe(true);
    expect(rotations(k)).toEqual([
      expect.objectContaining({ outcome: 'success', deviceId: id, deviceName: S.bitlocker.deviceName, secretKind: 'bitlocker' }),
    ]);
  });

  it('rotates a FileVault key: the reveal answers the old key until the Mac checks in, then a new one', async () => {
    const k = await start();
    const id = (await show(k, S.fileVault.serialNumber)).device.id;
    expect((await k.core.invoke('secrets:rotate', { id, kind: 'fileVault' })).ok).toBe(true);
    expect(k.posts()).toEqual([`/beta/deviceManagement/managedDevices/${id}/rotateFileVaultKey`]);
    const before = await k.core.invoke('secrets:reveal', { id, kind: 'fileVault' });
    expect(before.ok && before.value.secret).toBe(S.fileVault.key);
    k.pass(30_000);
    const after = await k.core.invoke('secrets:reveal', { id, kind: 'fileVault' });
    expect(after.ok && after.value.secret).not.toBe(S.fileVault.key);
    const again = await k.core.invoke('devices:get', { id });
    expect(again.ok && again.value.otherActions.find((a) => a.actionName === 'rotateFileVaultKey')?.state).toBe('done');
  });

  it('is refused, audited and never sent while the config leaves rotation off; nor is its permission asked for', async () => {
    const k = await start({ secrets: { bitlocker: { rotate: false }, fileVault: { rotate: false } } });
    const info = await k.core.invoke('app:info', {});
    expect(info.ok && info.value.secrets.filter((s) => s.rotation === 'offer')).toEqual([]);
    const id = (await show(k, S.bitlocker.serialNumber)).device.id;
    const answer = await k.core.invoke('secrets:rotate', { id, kind: 'bitlocker' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_supported', message: expect.stringContaining('turned off') } });
    expect(k.posts()).toEqual([]);
    expect(k.scopes.has(WRITE)).toBe(false);
    expect(rotations(k)).toEqual([expect.objectContaining({ outcome: 'failure', error: 'not_supported', deviceId: id, secretKind: 'bitlocker' })]);
  });

  it('tells the screen per kind: offer the rotation, remind of it, or neither for a kind Intune does not rotate', async () => {
    const k = await start({ secrets: { fileVault: { rotate: false }, laps: { rotate: true } } });
    const info = await k.core.invoke('app:info', {});
    expect(info.ok && Object.fromEntries(info.value.secrets.map((s) => [s.kind, s.rotation]))).toEqual({
      bitlocker: 'offer',
      laps: 'none',
      androidPasscode: 'none',
      activationLock: 'none',
      fileVault: 'remind',
    });
  });

  it('sends nothing for a device of the wrong platform', async () => {
    const k = await start();
    const id = (await show(k, S.bitlocker.serialNumber)).device.id;
    expect(await k.core.invoke('secrets:rotate', { id, kind: 'fileVault' })).toMatchObject({ ok: false, error: { code: 'not_supported', message: expect.stringContaining('Nothing was sent') } });
    expect(k.posts()).toEqual([]);
  });

  it('names the Intune permission and the Graph permission when the token lacks it', async () => {
    const k = await start({}, (c) => (c.ok ? { ...c, scopes: c.scopes.filter((s) => s !== PRIVILEGED) } : c));
    const id = (await show(k, S.fileVault.serialNumber)).device.id;
    const answer = await k.core.invoke('secrets:rotate', { id, kind: 'fileVault' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/Rotate FileVault key.*PrivilegedOperations\.All/) } });
    expect(rotations(k)).toEqual([expect.objectContaining({ outcome: 'failure', error: 'forbidden' })]);
  });

  it('says Intune would not rotate this Mac when Intune answers 400 (a personal Mac)', async () => {
    const k = await start();
    const id = (await show(k, S.fileVault.serialNumber)).device.id;
    k.graph.devices.find((d) => d.id === id)!.managedDeviceOwnerType = 'personal';
    expect(await k.core.invoke('secrets:rotate', { id, kind: 'fileVault' })).toMatchObject({ ok: false, error: { code: 'not_supported', message: expect.stringContaining('corporate-owned') } });
  });

  it.each([
    [{ status: 404 }, 'not_found', 1],
    [{ status: 429, times: 3 }, 'throttled', 3],
    [{ status: 500 }, 'graph_error', 1],
    [{ status: 503 }, 'graph_error', 1],
    [{ kind: 'malformed' as const }, 'graph_error', 1],
  ])('turns Graph’s %j into %s, sending the POST %i time(s)', async (fault, code, sent) => {
    const k = await start();
    const id = (await show(k, S.bitlocker.serialNumber)).device.id;
    k.graph.fault(fault);
    expect(await k.core.invoke('secrets:rotate', { id, kind: 'bitlocker' })).toMatchObject({ ok: false, error: { code } });
    // A POST that reached Intune may have taken effect: only a throttled one is sent again.
    expect(k.graph.requests.filter((r) => r.method === 'POST')).toHaveLength(sent);
    expect(rotations(k)).toEqual([expect.objectContaining({ outcome: 'failure', error: code })]);
  });
});
