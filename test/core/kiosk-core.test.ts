import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels, type KioskEvent } from '../../electron/core/contract';
import { createKioskCore, type KioskCore, type KioskCoreOptions, nodeFetch } from '../../electron/core';
import { createMemoryAuditTrail } from '../../electron/core/audit';
import { createDemoGraph, DEMO_EXAMPLES, demoTenant, listenOnLoopback, type DemoGraph } from '../../electron/demo';

let graph: DemoGraph;
let server: { url: string; close(): Promise<void> };
let core: KioskCore;
let dataDir: string;

async function startCore(extra: Partial<KioskCoreOptions> = {}): Promise<KioskCore> {
  await core?.dispose();
  core = createKioskCore({ fetch: nodeFetch, signInFetch: nodeFetch, dataDir, tenant: demoTenant({ graphUrl: server.url }), sleep: async () => {}, ...extra });
  return core;
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-core-'));
  graph = createDemoGraph();
  server = await listenOnLoopback(graph.handle);
  await startCore();
});

afterEach(async () => {
  await core.dispose();
  await server.close();
});

const search = (query: string) => core.invoke('devices:search', { query });

describe('the contract at the boundary', () => {
  it('answers invalid_request for unknown channels and malformed payloads, before any Graph request', async () => {
    const bad: Array<[unknown, unknown]> = [
      ['devices:delete', { id: 'x' }],
      [42, {}],
      [undefined, undefined],
      ['devices:search', undefined],
      ['devices:search', {}],
      ['devices:search', { query: '' }],
      ['devices:search', { query: '   \t ' }],
      ['devices:search', { query: 7 }],
      ['devices:search', { query: 'x'.repeat(129) }],
      ['devices:search', { query: 'C02\u0000X' }],
      ['devices:search', { query: 'C02X', extra: 1 }],
      ['devices:search', JSON.parse('{"query":"C02X","__proto__":{"polluted":true}}')],
      ['devices:get', { id: '../../me' }],
      ['devices:get', { id: 'a'.repeat(65) }],
      ['pin:reveal', { id: null }],
      ['app:info', { a: 1 }],
      ['toString', {}],
      ['__proto__', {}],
    ];
    for (const [channel, request] of bad) {
      const result = await core.invoke(channel as never, request as never);
      expect(result, `${String(channel)} ${JSON.stringify(request)}`).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
    expect(graph.requests).toHaveLength(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('tells the technician what to type when the search is blank', async () => {
    const result = await search('  ');
    expect(result.ok || result.error.message).toBe('Type or scan a serial number, device name or e-mail address.');
  });

  it('describes the demo tenant', async () => {
    const result = await core.invoke('app:info', {});
    expect(result).toMatchObject({ ok: true, value: { mode: 'demo', tenantName: 'Contoso (demo)' } });
  });

  it('hands the screen timings from the config to the renderer', async () => {
    expect(await core.invoke('app:info', {})).toMatchObject({ ok: true, value: { screen: { idleResetMs: 180_000, pinVisibleMs: 60_000, recoveryKeyVisibleMs: 180_000 } } });
    await startCore({ screen: { idleResetMs: 30_000, pinVisibleMs: 15_000, recoveryKeyVisibleMs: 90_000 } });
    expect(await core.invoke('app:info', {})).toMatchObject({ ok: true, value: { screen: { idleResetMs: 30_000, pinVisibleMs: 15_000, recoveryKeyVisibleMs: 90_000 } } });
  });
});

describe('searching', () => {
  it('finds one device by serial number with one request for the serial and one for the name', async () => {
    const result = await search(DEMO_EXAMPLES.macLockedWithPin.serialNumber.toLowerCase());
    expect(result.ok && result.value.devices.map((d) => d.id)).toEqual([DEMO_EXAMPLES.macLockedWithPin.id]);
    expect(result.ok && channels['devices:search'].response.safeParse(result.value).success).toBe(true);
    expect(graph.requests).toHaveLength(2);
    const url = new URL(graph.requests[0]!.url);
    expect(url.searchParams.get('$select')).toContain('serialNumber');
    expect(url.searchParams.get('$select')).not.toContain('deviceActionResults');
  });

  it('lists every device that shares a name prefix', async () => {
    const result = await search(DEMO_EXAMPLES.multiMatchPrefix);
    expect(result.ok).toBe(true);
    const names = result.ok ? result.value.devices.map((d) => d.deviceName) : [];
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) expect(name.toUpperCase().startsWith(DEMO_EXAMPLES.multiMatchPrefix.toUpperCase())).toBe(true);
  });

  it('finds a user’s devices by e-mail address', async () => {
    const result = await search(DEMO_EXAMPLES.userWithThreeDevices);
    expect(result.ok && result.value.kinds).toEqual(['user']);
    expect(result.ok && result.value.devices).toHaveLength(3);
  });

  it('escapes quotes in device names', async () => {
    const result = await search(DEMO_EXAMPLES.apostropheName.deviceName);
    expect(result.ok && result.value.devices.map((d) => d.id)).toContain(DEMO_EXAMPLES.apostropheName.id);
  });

  it('answers an empty list when nothing matches', async () => {
    const result = await search('NO-SUCH-DEVICE-123');
    expect(result).toMatchObject({ ok: true, value: { devices: [] } });
  });

  it('drops devices Graph returns when it ignores the filter', async () => {
    // Graph silently ignores filters it does not support and answers with every device.
    await startCore({
      fetch: (input, init) => {
        const url = new URL(input);
        url.searchParams.delete('$filter');
        return fetch(url, init);
      },
    });
    const result = await search(DEMO_EXAMPLES.macLockedWithPin.serialNumber);
    expect(result.ok && result.value.devices.map((d) => d.serialNumber)).toEqual([DEMO_EXAMPLES.macLockedWithPin.serialNumber]);
  });

  it('says the name search was not completed when the matches run past six list requests, and lists those it read', async () => {
    // Pages of one: the seven CONTOSO- devices need more than the six requests a search may send.
    await startCore({
      fetch: (input, init) => {
        const url = new URL(input);
        if (url.searchParams.has('$top')) url.searchParams.set('$top', '1');
        return fetch(url, init);
      },
    });
    const result = await search('CONTOSO');
    expect(result).toMatchObject({ ok: true, value: { incomplete: [{ kind: 'name', value: 'CONTOSO', reason: 'tooManyPages' }] } });
    const listed = result.ok ? result.value.devices.map((d) => d.deviceName) : [];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThan(7);
    for (const name of listed) expect(name).toMatch(/^CONTOSO-/);
    expect(graph.requests).toHaveLength(6);
  });

  it('searches a scanned Apple label also as the serial without its S, in one audited search that names that serial', async () => {
    const trail = createMemoryAuditTrail();
    await startCore({ audit: trail });
    const mac = DEMO_EXAMPLES.macLockedWithPin;
    const result = await search(`S${mac.serialNumber}`);
    expect(result).toMatchObject({ ok: true, value: { labelSerial: mac.serialNumber, devices: [{ id: mac.id }] } });
    expect(result.ok && result.value.incomplete).toBeUndefined();
    const serialFilters = graph.requests.map((r) => new URL(r.url).searchParams.get('$filter')).filter((f) => f?.startsWith('serialNumber'));
    expect(serialFilters.sort()).toEqual([`serialNumber eq '${mac.serialNumber}'`, `serialNumber eq 'S${mac.serialNumber}'`]);
    expect(trail.records.filter((r) => r.action === 'search')).toMatchObject([{ matches: 1, deviceId: mac.id }]);
  });

  it('names no label serial when the serial inside the label matched nothing, and adds no serial to a name search', async () => {
    const none = await search('SZZZZZZZZZZZZ');
    expect(none).toMatchObject({ ok: true, value: { devices: [] } });
    expect(none.ok && 'labelSerial' in none.value).toBe(false);
    graph.requests.length = 0;
    const mac = DEMO_EXAMPLES.macLockedWithPin;
    expect(await core.invoke('devices:search', { query: `S${mac.serialNumber}`, kind: 'name' })).toMatchObject({ ok: true, value: { devices: [] } });
    expect(graph.requests.some((r) => new URL(r.url).searchParams.get('$filter')?.startsWith('serialNumber'))).toBe(false);
  });

  it('never answers with a device that does not match the query, whatever Graph returns', async () => {
    // Graph pads its answers with devices that do not match, broken copies and junk; every answer must still match.
    const others = graph.devices.slice(0, 5).map(({ deviceActionResults: _, ...d }) => d);
    await startCore({
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const body = (await response.json()) as { value: unknown[] };
        const copies = body.value.map((d) => ({ ...(d as object), serialNumber: null }));
        body.value.push(null, 42, { id: 'x' }, ...copies, ...others);
        return Response.json(body);
      },
    });
    const devices = graph.devices;
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    for (let i = 0; i < 40; i++) {
      const d = devices[rand(devices.length)]!;
      const pick = [d.serialNumber, d.deviceName.slice(0, 1 + rand(d.deviceName.length)), d.userPrincipalName][rand(3)]!;
      const query = (rand(2) ? pick.toLowerCase() : pick).trim();
      if (!query) continue;
      const result = await search(query);
      expect(result.ok, query).toBe(true);
      if (!result.ok) continue;
      const q = query.toLowerCase();
      for (const found of result.value.devices) {
        const matches = result.value.kinds.some((kind) =>
          kind === 'serial'
            ? found.serialNumber.toLowerCase() === q
            : kind === 'name'
              ? found.deviceName.toLowerCase().startsWith(q)
              : found.userPrincipalName.toLowerCase() === q,
        );
        expect(matches, `${query} → ${found.deviceName}`).toBe(true);
      }
      expect(result.value.devices.length).toBeGreaterThan(0);
      const ids = result.value.devices.map((d) => d.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('searches only the kind asked for, one clause per request', async () => {
    const mac = DEMO_EXAMPLES.macLockedWithPin;
    expect(await core.invoke('devices:search', { query: mac.serialNumber, kind: 'name' })).toMatchObject({ ok: true, value: { devices: [], kinds: ['name'] } });
    const byName = await core.invoke('devices:search', { query: mac.deviceName, kind: 'name' });
    expect(byName.ok && byName.value.devices.map((d) => d.id)).toEqual([mac.id]);
    const filter = new URL(graph.requests.at(-1)!.url).searchParams.get('$filter');
    expect(filter).toBe(`startswith(deviceName,'${mac.deviceName}')`);
    graph.requests.length = 0;
    await search(mac.serialNumber);
    const filters = graph.requests.map((r) => new URL(r.url).searchParams.get('$filter')).sort();
    expect(filters).toEqual([`serialNumber eq '${mac.serialNumber}'`, `startswith(deviceName,'${mac.serialNumber}')`]);
  });

  it('cancels a search superseded by a newer one', async () => {
    graph.latencyMs = 200;
    const first = search(DEMO_EXAMPLES.macLockedWithPin.serialNumber);
    await new Promise((r) => setTimeout(r, 20));
    const second = search(DEMO_EXAMPLES.iphoneLockedNoPin.serialNumber);
    expect(await first).toMatchObject({ ok: false, error: { code: 'canceled' } });
    expect(await second).toMatchObject({ ok: true });
  });
});

describe('device details and the PIN', () => {
  it('reports the remote lock and whether a PIN exists, never the PIN itself', async () => {
    const { id, pin } = DEMO_EXAMPLES.macLockedWithPin;
    const result = await core.invoke('devices:get', { id });
    expect(result).toMatchObject({ ok: true, value: { device: { id }, remoteLock: { state: 'done', hasPin: true }, source: 'graph' } });
    expect(JSON.stringify(result)).not.toContain(pin);
  });

  it('reveals the PIN of the device just fetched without asking Graph again', async () => {
    const { id, pin } = DEMO_EXAMPLES.macLockedWithPin;
    await core.invoke('devices:get', { id });
    const before = graph.requests.length;
    const revealed = await core.invoke('pin:reveal', { id });
    expect(revealed).toMatchObject({ ok: true, value: { id, pin } });
    expect(graph.requests.length).toBe(before);
  });

  it('fetches the device when the PIN is revealed first', async () => {
    const { id, pin } = DEMO_EXAMPLES.untypedLockWithPin;
    expect(await core.invoke('pin:reveal', { id })).toMatchObject({ ok: true, value: { pin } });
  });

  it('reads the PIN of a lock whose entry does not say it is a remoteLockActionResult (the untypedActions fault)', async () => {
    await server.close();
    graph = createDemoGraph({ quirks: { untypedActions: true } });
    server = await listenOnLoopback(graph.handle);
    await startCore();
    const { id, pin } = DEMO_EXAMPLES.untypedLockWithPin;
    expect(await core.invoke('devices:get', { id })).toMatchObject({ ok: true, value: { remoteLock: { hasPin: true } } });
    expect(await core.invoke('pin:reveal', { id })).toMatchObject({ ok: true, value: { pin } });
  });

  it('says so when a lock has no PIN', async () => {
    const { id } = DEMO_EXAMPLES.iphoneLockedNoPin;
    expect(await core.invoke('devices:get', { id })).toMatchObject({ ok: true, value: { remoteLock: { hasPin: false } } });
    expect(await core.invoke('pin:reveal', { id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('shows a device without any actions', async () => {
    const { id } = DEMO_EXAMPLES.noActions;
    expect(await core.invoke('devices:get', { id })).toMatchObject({ ok: true, value: { remoteLock: null, otherActions: [] } });
  });

  it('answers not_found for a device Intune does not know', async () => {
    const result = await core.invoke('devices:get', { id: '00000000-0000-4000-8000-00000000dead' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('when Graph misbehaves', () => {
  const serial = () => DEMO_EXAMPLES.macLockedWithPin.serialNumber;
  // One clause, so that each queued fault meets the one request it is meant for.
  const search = (query: string) => core.invoke('devices:search', { query, kind: 'serial' });

  it.each([
    [{ status: 403 }, 'forbidden'],
    [{ status: 401, times: 2 }, 'not_signed_in'],
    [{ status: 500, times: 3 }, 'graph_error'],
    [{ status: 503, times: 3 }, 'graph_error'],
    [{ kind: 'malformed' as const }, 'graph_error'],
  ])('maps %o to %s', async (fault, code) => {
    graph.fault(fault);
    const result = await search(serial());
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(result.ok || result.error.message.length).toBeGreaterThan(20);
  });

  it('passes on how long to wait when throttled', async () => {
    graph.fault({ status: 429, retryAfter: '30' });
    expect(await search(serial())).toMatchObject({ ok: false, error: { code: 'throttled', retryAfterMs: 30_000 } });
    graph.fault({ status: 429, times: 3 });
    const result = await search(serial());
    expect(result).toMatchObject({ ok: false, error: { code: 'throttled' } });
    expect(result.ok || result.error.retryAfterMs).toBeUndefined();
  });

  it('gives up after the request timeout', async () => {
    await startCore({ requestTimeoutMs: 300 });
    graph.fault({ kind: 'hang' });
    expect(await search(serial())).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });

  it('answers offline when Graph cannot be reached, and reports reachability as events', async () => {
    const events: KioskEvent[] = [];
    core.subscribe((e) => events.push(e));
    const port = Number(new URL(server.url).port);
    await server.close();
    expect(await search(serial())).toMatchObject({ ok: false, error: { code: 'offline' } });
    expect(events).toMatchObject([{ name: 'app:status', payload: { online: false } }]);

    server = await listenOnLoopback(graph.handle, port);
    expect(await search(serial())).toMatchObject({ ok: true });
    expect(events).toMatchObject([{ payload: { online: false } }, { payload: { online: true } }]);
  });

  it('never sends the token to a next link on another host', async () => {
    const asked: string[] = [];
    await startCore({
      fetch: async (input, init) => {
        asked.push(input);
        if (asked.length > 1) return fetch(input, init);
        return Response.json({ value: [], '@odata.nextLink': 'https://attacker.example/v1.0/deviceManagement/managedDevices' });
      },
    });
    expect(await search(serial())).toMatchObject({ ok: false, error: { code: 'graph_error' } });
    expect(asked).toHaveLength(1);
  });
});
