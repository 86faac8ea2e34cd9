// Searches against a 3,000-device demo tenant in every way Intune has been seen to answer a $filter (DESIGN.md §5).
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Device } from '../../electron/core/contract';
import { createKioskCore, type KioskCore, nodeFetch } from '../../electron/core';
import { createDemoGraph, DEMO_EXAMPLES, demoDevices, demoTenant, listenOnLoopback, STRICT_QUIRKS, type DemoGraph, type DemoQuirks } from '../../electron/demo';

const TENANT_SIZE = 3000;
const MAX_LIST_REQUESTS = 6;

interface Mode {
  name: string;
  quirks?: Partial<DemoQuirks>;
  /** Faults queued before every search. */
  faults?: Parameters<DemoGraph['fault']>[0][];
}

const MODES: Mode[] = [
  { name: 'or keeps its first clause (default)' },
  { name: 'or acts as and', quirks: { or: 'asAnd' } },
  { name: 'or refused with 400', quirks: { or: 'refused' } },
  { name: 'startswith ignored', quirks: { startswith: 'ignored' } },
  { name: 'UPN eq exact', quirks: { upnEq: 'exact' } },
  { name: '429 without Retry-After', faults: [{ status: 429 }] },
  { name: 'a transient 500', faults: [{ status: 500 }] },
];

// Another person whose address contains Jane Doe's: Intune's UPN eq has returned such devices too.
function tenant(): ReturnType<typeof demoDevices> {
  const devices = demoDevices(new Date(), TENANT_SIZE);
  const lookalike = devices[TENANT_SIZE - 1]!;
  lookalike.userPrincipalName = `mary.${DEMO_EXAMPLES.userWithThreeDevices}`;
  return devices;
}

const isList = (url: string) => /\/managedDevices\?/.test(url);

describe.each(MODES)('search on a tenant where $name', (mode) => {
  let graph: DemoGraph;
  let server: { url: string; close(): Promise<void> };
  let core: KioskCore;

  beforeAll(async () => {
    graph = createDemoGraph({ devices: tenant(), quirks: { ...STRICT_QUIRKS, ...mode.quirks } });
    server = await listenOnLoopback(graph.handle);
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-search-modes-'));
    core = createKioskCore({ fetch: nodeFetch, signInFetch: nodeFetch, dataDir, tenant: demoTenant({ graphUrl: server.url }), sleep: async () => {}, log: () => {} });
  });

  afterAll(async () => {
    await core.dispose();
    await server.close();
  });

  async function search(query: string): Promise<{ devices: Device[]; listRequests: number; nameSearch?: string }> {
    graph.clearFaults();
    for (const f of mode.faults ?? []) graph.fault(f);
    const before = graph.requests.length;
    const result = await core.invoke('devices:search', { query });
    if (!result.ok) throw new Error(`${query}: ${result.error.code} ${result.error.message}`);
    const listRequests = graph.requests.slice(before).filter((r) => isList(r.url)).length;
    return { ...result.value, listRequests };
  }

  it('finds exactly the device of a scanned serial', async () => {
    for (const serial of [DEMO_EXAMPLES.macLockedWithPin.serialNumber, graph.devices[2500]!.serialNumber]) {
      const { devices, listRequests } = await search(serial);
      expect(devices.map((d) => d.serialNumber)).toEqual([serial]);
      expect(listRequests).toBeLessThanOrEqual(MAX_LIST_REQUESTS);
    }
  });

  it('finds the device of an exact device name', async () => {
    for (const name of [DEMO_EXAMPLES.apostropheName.deviceName, graph.devices[1234]!.deviceName]) {
      const { devices, listRequests } = await search(name);
      expect(devices.map((d) => d.deviceName)).toEqual([name]);
      expect(listRequests).toBeLessThanOrEqual(MAX_LIST_REQUESTS);
    }
  });

  it('finds the devices that share a name prefix', async () => {
    const { devices, listRequests } = await search(DEMO_EXAMPLES.multiMatchPrefix);
    expect(devices.map((d) => d.deviceName)).toEqual(['LOANER-MBA-01', 'LOANER-MBA-02', 'LOANER-MBA-03', 'LOANER-MBA-04', 'LOANER-MBA-05']);
    expect(listRequests).toBeLessThanOrEqual(MAX_LIST_REQUESTS);
  });

  it('finds exactly the devices of an e-mail address', async () => {
    const upn = DEMO_EXAMPLES.userWithThreeDevices;
    const { devices, listRequests } = await search(upn);
    expect(devices).toHaveLength(3);
    for (const d of devices) expect(d.userPrincipalName).toBe(upn);
    expect(listRequests).toBeLessThanOrEqual(MAX_LIST_REQUESTS);
  });

  it('answers nothing at all for a query nothing matches, without paging through the tenant', async () => {
    const { devices, listRequests } = await search('ZZ-NO-SUCH-DEVICE');
    expect(devices).toEqual([]);
    expect(listRequests).toBeLessThanOrEqual(MAX_LIST_REQUESTS);
  });
});

describe('a tenant that ignores startswith', () => {
  it('is found out on the first full page, remembered, and searched with contains from then on', async () => {
    const graph = createDemoGraph({ devices: demoDevices(new Date(), TENANT_SIZE), quirks: { startswith: 'ignored' } });
    const server = await listenOnLoopback(graph.handle);
    const core = createKioskCore({ fetch: nodeFetch, signInFetch: nodeFetch, dataDir: await mkdtemp(path.join(os.tmpdir(), 'kiosk-search-')), tenant: demoTenant({ graphUrl: server.url }), log: () => {} });
    try {
      const filters = () => graph.requests.map((r) => new URL(r.url).searchParams.get('$filter'));
      const first = await core.invoke('devices:search', { query: 'LOANER-MBA' });
      expect(first).toMatchObject({ ok: true, value: { nameSearch: 'prefix' } });
      expect(filters().sort()).toEqual(["contains(deviceName,'LOANER-MBA')", "serialNumber eq 'LOANER-MBA'", "startswith(deviceName,'LOANER-MBA')"]);
      graph.requests.length = 0;
      await core.invoke('devices:search', { query: 'MBP-JSMITH' });
      expect(filters().sort()).toEqual(["contains(deviceName,'MBP-JSMITH')", "serialNumber eq 'MBP-JSMITH'"]);
    } finally {
      await core.dispose();
      await server.close();
    }
  });
});

describe('a tenant that can search names only in full', () => {
  it('finds the exact name and says that a prefix search is not possible', async () => {
    // A hypothetical tenant that also drops contains: both name functions come back unfiltered.
    const graph = createDemoGraph({ devices: demoDevices(new Date(), TENANT_SIZE), quirks: { startswith: 'ignored' } });
    const server = await listenOnLoopback(graph.handle);
    const core = createKioskCore({ signInFetch: nodeFetch,
      dataDir: await mkdtemp(path.join(os.tmpdir(), 'kiosk-search-')),
      tenant: demoTenant({ graphUrl: server.url }),
      log: () => {},
      fetch: (input, init) => {
        const url = new URL(input);
        if (url.searchParams.get('$filter')?.startsWith('contains(')) url.searchParams.delete('$filter');
        return fetch(url, init);
      },
    });
    try {
      const exact = await core.invoke('devices:search', { query: 'LOANER-MBA-03' });
      expect(exact).toMatchObject({ ok: true, value: { nameSearch: 'exact', devices: [{ deviceName: 'LOANER-MBA-03' }] } });
      expect(graph.requests.filter((r) => isList(r.url))).toHaveLength(4);
      const prefix = await core.invoke('devices:search', { query: 'LOANER-MBA' });
      expect(prefix).toMatchObject({ ok: true, value: { nameSearch: 'exact', devices: [] } });
    } finally {
      await core.dispose();
      await server.close();
    }
  });
});

describe('a search Intune does not answer in full', () => {
  async function searchOn(graph: DemoGraph, query: string) {
    const server = await listenOnLoopback(graph.handle);
    const core = createKioskCore({ fetch: nodeFetch, signInFetch: nodeFetch, dataDir: await mkdtemp(path.join(os.tmpdir(), 'kiosk-search-')), tenant: demoTenant({ graphUrl: server.url }), log: () => {} });
    try {
      const result = await core.invoke('devices:search', { query });
      if (!result.ok) throw new Error(`${query}: ${result.error.code} ${result.error.message}`);
      return { ...result.value, listRequests: graph.requests.filter((r) => isList(r.url)).length };
    } finally {
      await core.dispose();
      await server.close();
    }
  }

  const devices = () => demoDevices(new Date(), TENANT_SIZE);
  const cases = [
    { property: 'serialNumber', kind: 'serial', query: (d: DemoGraph['devices']) => d[2500]!.serialNumber },
    { property: 'userPrincipalName', kind: 'user', query: () => DEMO_EXAMPLES.userWithThreeDevices },
    { property: 'deviceName', kind: 'name', query: (d: DemoGraph['devices']) => d[1234]!.deviceName },
  ] as const;

  it.each(cases)('says so, instead of "no device", when Intune drops the $property filter', async ({ property, kind, query }) => {
    const graph = createDemoGraph({ devices: devices(), quirks: { dropped: [property] } });
    const asked = query(graph.devices);
    const result = await searchOn(graph, asked);
    expect(result.devices).toEqual([]);
    expect(result.incomplete).toEqual([{ kind, value: asked, reason: 'unfiltered' }]);
    expect(result.listRequests).toBeLessThanOrEqual(MAX_LIST_REQUESTS);
  });

  it('keeps the matches of the clauses Intune answered, beside the one it dropped', async () => {
    const graph = createDemoGraph({ devices: devices(), quirks: { dropped: ['serialNumber'] } });
    const name = graph.devices[1234]!.deviceName;
    const result = await searchOn(graph, name);
    expect(result.devices.map((d) => d.deviceName)).toEqual([name]);
    expect(result.incomplete).toEqual([{ kind: 'serial', value: name, reason: 'unfiltered' }]);
  });

  it('says so when the pages never end, within the requests one search may send, and keeps what they matched', async () => {
    const graph = createDemoGraph({ devices: devices() });
    graph.fault({ kind: 'endlessPages', times: Infinity });
    const serial = DEMO_EXAMPLES.macLockedWithPin.serialNumber;
    const result = await searchOn(graph, serial);
    // Every page was filtered: the Mac it held is a true match, listed beside the note that there may be more.
    expect(result.devices.map((d) => d.serialNumber)).toEqual([serial]);
    expect(result.incomplete).toEqual([
      { kind: 'serial', value: serial, reason: 'tooManyPages' },
      { kind: 'name', value: serial, reason: 'tooManyPages' },
    ]);
    expect(result.listRequests).toBe(MAX_LIST_REQUESTS);
  });

  it('searches an Apple label as the serial inside it too, and says which serial Intune did not answer', async () => {
    const graph = createDemoGraph({ devices: devices(), quirks: { dropped: ['serialNumber'] } });
    const serial = DEMO_EXAMPLES.macLockedWithPin.serialNumber;
    const result = await searchOn(graph, `S${serial}`);
    expect(result.incomplete).toEqual([
      { kind: 'serial', value: `S${serial}`, reason: 'unfiltered' },
      { kind: 'serial', value: serial, reason: 'unfiltered' },
    ]);
  });
});
