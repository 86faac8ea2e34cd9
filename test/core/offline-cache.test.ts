import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKioskCore, type KioskCore, type KioskCoreOptions, nodeFetch } from '../../electron/core';
import { CACHE_FILE, OfflineCache } from '../../electron/core/cache/offline-cache';
import type { DeviceDetails, KioskEvent } from '../../electron/core/contract';
import { createKeyFileEncryptor, KeychainUnavailableError, type Encryptor } from '../../electron/core/crypto/encryptor';
import { createDemoGraph, DEMO_EXAMPLES, DEMO_TENANT_ID, demoTenant, listenOnLoopback, type DemoGraph } from '../../electron/demo';

const DAY = 24 * 60 * 60 * 1000;
const mac = DEMO_EXAMPLES.macLockedWithPin;

let graph: DemoGraph;
let server: { url: string; close(): Promise<void> };
let port: number;
let dataDir: string;
let core: KioskCore;
let events: KioskEvent[];
let fetches: number;
const clock = { t: Date.parse('2026-11-29T09:41:00Z') };

async function startCore(extra: Partial<KioskCoreOptions> = {}): Promise<KioskCore> {
  await core?.dispose();
  core = createKioskCore({ signInFetch: nodeFetch,
    dataDir,
    tenant: demoTenant({ graphUrl: `http://127.0.0.1:${port}` }),
    now: () => new Date(clock.t),
    sleep: async () => {},
    requestTimeoutMs: 1_000,
    fetch: (input, init) => {
      fetches++;
      return fetch(input, init);
    },
    ...extra,
  });
  events = [];
  core.subscribe((e) => events.push(e));
  return core;
}

/** A walk-up while online: search, device, PIN. */
async function lookUp(serial = mac.serialNumber, id = mac.id) {
  expect(await core.invoke('devices:search', { query: serial })).toMatchObject({ ok: true, value: { source: 'graph' } });
  expect(await core.invoke('devices:get', { id })).toMatchObject({ ok: true, value: { source: 'graph' } });
}

async function goOffline() {
  await server.close();
}

beforeEach(async () => {
  clock.t = Date.parse('2026-11-29T09:41:00Z');
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-cache-'));
  graph = createDemoGraph({ now: () => new Date(clock.t) });
  server = await listenOnLoopback(graph.handle);
  port = Number(new URL(server.url).port);
  fetches = 0;
  await startCore();
});

afterEach(async () => {
  await core.dispose();
  await server.close();
});

describe('offline fallback', () => {
  it('keeps the counter working from the cache when Graph goes away mid-shift, and recovers', async () => {
    await lookUp();
    expect(await core.invoke('pin:reveal', { id: mac.id })).toMatchObject({ ok: true, value: { source: 'graph' } });
    const fetchedAt = new Date(clock.t).toISOString();

    await goOffline();
    clock.t += 23 * 60_000;
    const search = await core.invoke('devices:search', { query: mac.serialNumber });
    expect(search).toMatchObject({ ok: true, value: { source: 'cache', fetchedAt, devices: [{ id: mac.id }] } });
    expect(events).toMatchObject([{ name: 'app:status', payload: { online: false } }]);
    // The PIN still held from a minute ago is unconfirmed now, and says so.
    expect(await core.invoke('pin:reveal', { id: mac.id })).toMatchObject({ ok: true, value: { pin: mac.pin, source: 'cache', fetchedAt } });

    // Known to be offline: the next answers come from the cache without waiting on Graph.
    const before = fetches;
    expect(await core.invoke('devices:get', { id: mac.id })).toMatchObject({
      ok: true,
      value: { source: 'cache', fetchedAt, remoteLock: { hasPin: true } },
    });
    clock.t += 3 * 60_000; // past the in-memory reuse window: the PIN comes from the cache
    expect(await core.invoke('pin:reveal', { id: mac.id })).toMatchObject({ ok: true, value: { pin: mac.pin, source: 'cache', fetchedAt } });
    expect(fetches).toBe(before);

    // A device never looked up before cannot be answered offline, and says why.
    expect(await core.invoke('devices:get', { id: DEMO_EXAMPLES.iphoneLockedNoPin.id })).toMatchObject({ ok: false, error: { code: 'offline' } });

    server = await listenOnLoopback(graph.handle, port);
    await startCore({ offlineProbeMs: 20 });
    expect(await core.invoke('devices:get', { id: mac.id })).toMatchObject({ ok: true, value: { source: 'graph' } });
  });

  it('finds a scanned Apple label in the cache as the serial inside it, and says which serial', async () => {
    await lookUp();
    await goOffline();
    const label = await core.invoke('devices:search', { query: `S${mac.serialNumber}` });
    expect(label).toMatchObject({ ok: true, value: { source: 'cache', labelSerial: mac.serialNumber, devices: [{ id: mac.id }] } });
  });

  it('tells the renderer Graph is back without waiting for a lookup', async () => {
    await startCore({ offlineProbeMs: 20 });
    await lookUp();
    await goOffline();
    await core.invoke('devices:get', { id: mac.id });
    expect(events.map((e) => e.name === 'app:status' && e.payload.online)).toEqual([false]);

    server = await listenOnLoopback(graph.handle, port);
    await expect.poll(() => events.map((e) => e.name === 'app:status' && e.payload.online)).toEqual([false, true]);
    expect(await core.invoke('devices:get', { id: mac.id })).toMatchObject({ ok: true, value: { source: 'graph' } });
  });

  it('answers from the cache when Graph keeps failing with 5xx, but not when Graph refuses', async () => {
    await lookUp();
    graph.fault({ status: 403 });
    expect(await core.invoke('devices:get', { id: mac.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    graph.fault({ status: 404 });
    expect(await core.invoke('devices:get', { id: mac.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    graph.fault({ status: 503, times: Infinity });
    expect(await core.invoke('devices:get', { id: mac.id })).toMatchObject({ ok: true, value: { source: 'cache' } });
  });
});

describe('bounds', () => {
  it('forgets devices after their time to live', async () => {
    await startCore({ offlineCache: { entryTtlDays: 2 } });
    await lookUp();
    await goOffline();
    clock.t += 1 * DAY;
    expect(await core.invoke('devices:get', { id: mac.id })).toMatchObject({ ok: true, value: { source: 'cache' } });
    clock.t += 1.5 * DAY;
    expect(await core.invoke('devices:get', { id: mac.id })).toMatchObject({ ok: false, error: { code: 'offline' } });
    expect(await core.invoke('devices:search', { query: mac.serialNumber })).toMatchObject({ ok: false, error: { code: 'offline' } });
  });

  it('keeps PINs shorter than devices, and never past 30 days', async () => {
    await startCore({ offlineCache: { entryTtlDays: 60, pinDays: 90 } });
    await lookUp();
    await goOffline();
    clock.t += 29 * DAY;
    expect(await core.invoke('pin:reveal', { id: mac.id })).toMatchObject({ ok: true, value: { source: 'cache' } });
    clock.t += 2 * DAY;
    expect(await core.invoke('devices:get', { id: mac.id })).toMatchObject({ ok: true, value: { source: 'cache' } });
    expect(await core.invoke('pin:reveal', { id: mac.id })).toMatchObject({ ok: false, error: { code: 'offline' } });
  });

  it('keeps no PIN when told so, or when the only encryption protects nothing (basic_text, or no safeStorage)', async () => {
    const basicText = createKeyFileEncryptor(dataDir);
    const unprotected = [{ encryptor: { ...basicText, kind: 'basic_text' as const } }, { encryptor: { ...basicText, kind: 'none' as const } }];
    for (const extra of [{ offlineCache: { pinDays: 0 } }, ...unprotected]) {
      await rm(path.join(dataDir, CACHE_FILE), { force: true });
      await startCore(extra);
      await lookUp();
      await core.dispose();
      const cache = new OfflineCache({ ...cacheOptions(), encryptor: createKeyFileEncryptor(dataDir), pinTtlMs: 30 * DAY });
      expect(await cache.get(mac.id)).toMatchObject({ remoteLock: { hasPin: true } });
      expect(await cache.pin(mac.id)).toBeNull();
    }
  });

  it('drops the least recently used device beyond the limit', async () => {
    await startCore({ offlineCache: { maxDevices: 3 } });
    const ids = [mac.id, DEMO_EXAMPLES.macLockPending.id, DEMO_EXAMPLES.iphoneLockedNoPin.id, DEMO_EXAMPLES.noActions.id];
    await core.invoke('devices:get', { id: ids[0]! });
    await core.invoke('devices:get', { id: ids[1]! });
    await core.invoke('devices:get', { id: ids[2]! });
    await core.invoke('devices:get', { id: ids[0]! }); // used again: now the most recent
    await core.invoke('devices:get', { id: ids[3]! });
    await core.dispose();

    const cache = new OfflineCache(cacheOptions());
    expect(await cache.get(ids[1]!)).toBeNull();
    for (const id of [ids[0]!, ids[2]!, ids[3]!]) expect(await cache.get(id)).not.toBeNull();
    expect(cache.size).toBe(3);
  });

  it('is wiped when the technician signs out', async () => {
    await lookUp();
    await core.invoke('pin:reveal', { id: mac.id });
    await cacheOnDisk();
    expect(await core.invoke('auth:signOut', {})).toMatchObject({ ok: true, value: { state: 'signedOut' } });
    await expect.poll(() => stat(path.join(dataDir, CACHE_FILE)).then(() => true, () => false)).toBe(false);
    expect(await core.invoke('pin:reveal', { id: mac.id })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });

    expect(await core.invoke('auth:signIn', { method: 'browser' })).toMatchObject({ ok: true });
    await goOffline();
    expect(await core.invoke('devices:get', { id: mac.id })).toMatchObject({ ok: false, error: { code: 'offline' } });
  });

  it('is wiped when the tenant changes', async () => {
    await lookUp();
    await core.dispose();
    const other = new OfflineCache({ ...cacheOptions(), tenantKey: 'tenant:other' });
    expect(await other.get(mac.id)).toBeNull();
    await expect(stat(path.join(dataDir, CACHE_FILE))).rejects.toThrow();
  });
});

describe('durability', () => {
  it.each([
    ['garbage', async () => writeFile(path.join(dataDir, CACHE_FILE), 'not a cache at all')],
    ['an empty file', async () => writeFile(path.join(dataDir, CACHE_FILE), '')],
    ['a file sealed with another key', async () => writeFile(path.join(dataDir, 'kiosk.key'), Buffer.alloc(32, 7))],
  ])('sets aside %s, says so once, and carries on', async (_what, spoil) => {
    await lookUp();
    await core.dispose();
    await spoil();

    await startCore();
    await lookUp();
    await expect.poll(() => events.filter((e) => e.name === 'app:notice')).toHaveLength(1);
    await core.dispose();
    const files = await readdir(dataDir);
    expect(files.some((f) => f.startsWith(`${CACHE_FILE}.unreadable-`))).toBe(true);

    await startCore();
    await goOffline();
    expect(await core.invoke('devices:get', { id: mac.id })).toMatchObject({ ok: true, value: { source: 'cache' } });
    expect(events.filter((e) => e.name === 'app:notice')).toHaveLength(0);
  });

  it('keeps the file for the next start when the keychain stays away, and answers from it once it is back', async () => {
    await lookUp();
    await core.dispose();
    const written = await readFile(path.join(dataDir, CACHE_FILE));
    const keyFile = createKeyFileEncryptor(dataDir);
    const away: Encryptor = { ...keyFile, kind: 'os', open: async () => { throw new KeychainUnavailableError('temporarily unavailable'); } };

    await startCore({ encryptor: away, keychainRetryDelaysMs: [0, 0] });
    await lookUp();
    await expect.poll(() => events.filter((e) => e.name === 'app:notice')).toEqual([
      { name: 'app:notice', payload: { what: { id: 'cacheKeychainAway' }, message: expect.stringMatching(/keychain did not answer.*kept for the next start/) } },
    ]);
    await core.dispose();
    expect(await readFile(path.join(dataDir, CACHE_FILE))).toEqual(written);
    expect((await readdir(dataDir)).filter((f) => f.includes('unreadable'))).toEqual([]);

    await startCore();
    await goOffline();
    expect(await core.invoke('devices:get', { id: mac.id })).toMatchObject({ ok: true, value: { source: 'cache' } });
  });

  it('seals the file again when the keychain says its key was rotated', async () => {
    await lookUp();
    await core.dispose();
    const written = await readFile(path.join(dataDir, CACHE_FILE));
    const keyFile = createKeyFileEncryptor(dataDir);
    const rotated: Encryptor = { ...keyFile, kind: 'os', open: async (sealed) => ({ plain: await keyFile.decrypt(sealed), reseal: true }) };
    const cache = new OfflineCache({ ...cacheOptions(), encryptor: rotated });
    expect(await cache.get(mac.id)).toMatchObject({ device: { id: mac.id } });
    await expect.poll(async () => (await readFile(path.join(dataDir, CACHE_FILE))).equals(written)).toBe(false);
    await cache.flush();
    expect(await new OfflineCache(cacheOptions()).get(mac.id)).toMatchObject({ device: { id: mac.id } });
  });

  it('serializes concurrent writes and keeps the last state', async () => {
    const details = (await core.invoke('devices:get', { id: mac.id })) as { ok: true; value: DeviceDetails };
    await core.dispose();
    const cache = new OfflineCache(cacheOptions());
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        cache.recordDevice({ ...details.value, device: { ...details.value.device, id: `id-${i}`, deviceName: `DEV-${i}` } }, null),
      ),
    );
    await cache.flush();
    const reread = new OfflineCache(cacheOptions());
    expect(await reread.get('id-49')).toMatchObject({ device: { deviceName: 'DEV-49' } });
    expect(reread.size).toBe(51);
  });
});

describe('on disk', () => {
  it('holds nothing readable: no PIN, serial, name or e-mail, and only 0600 files', async () => {
    const seen = [DEMO_EXAMPLES.macLockedWithPin, DEMO_EXAMPLES.macLockPending, DEMO_EXAMPLES.apostropheName];
    for (const d of seen) {
      await core.invoke('devices:search', { query: d.serialNumber });
      await core.invoke('devices:get', { id: d.id });
      await core.invoke('pin:reveal', { id: d.id });
    }
    await core.invoke('devices:search', { query: DEMO_EXAMPLES.multiMatchPrefix });
    await core.dispose();

    const secrets = seen.flatMap((d) => [d.pin, d.serialNumber, d.deviceName, d.userPrincipalName, d.id]);
    const files = await readdir(dataDir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = await readFile(path.join(dataDir, file));
      for (const secret of secrets) {
        for (const encoding of ['utf8', 'utf16le'] as const) {
          expect(bytes.includes(Buffer.from(secret, encoding)), `${secret} in ${file}`).toBe(false);
        }
      }
      expect((await stat(path.join(dataDir, file))).mode & 0o777, file).toBe(0o600);
    }
  });
});

async function cacheOnDisk(): Promise<void> {
  await expect.poll(() => stat(path.join(dataDir, CACHE_FILE)).then(() => true, () => false)).toBe(true);
}

function cacheOptions() {
  return {
    dataDir,
    encryptor: createKeyFileEncryptor(dataDir),
    tenantKey: `tenant:${DEMO_TENANT_ID}`,
    now: () => new Date(clock.t),
    entryTtlMs: 7 * DAY,
    maxDevices: 1000,
    pinTtlMs: 7 * DAY,
    onReset: () => {},
    log: () => {},
  };
}
