// devices:lockStates: the lock of each row of a match list, read by id side by side, as the device screen decides it.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKioskCore, type KioskCore, type KioskCoreOptions, nodeFetch } from '../../electron/core';
import { createMemoryAuditTrail } from '../../electron/core/audit';
import { LOCK_STATES_MAX, type DeviceLockState } from '../../electron/core/contract';
import { createDemoGraph, DEMO_EXAMPLES, demoTenant, listenOnLoopback, type DemoGraph } from '../../electron/demo';

let graph: DemoGraph;
let server: { url: string; close(): Promise<void> };
let core: KioskCore;
let dataDir: string;
const trail = createMemoryAuditTrail();

async function startCore(extra: Partial<KioskCoreOptions> = {}): Promise<void> {
  await core?.dispose();
  core = createKioskCore({ fetch: nodeFetch, signInFetch: nodeFetch, dataDir, tenant: demoTenant({ graphUrl: server.url }), sleep: async () => {}, audit: trail, ...extra });
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-lock-states-'));
  graph = createDemoGraph();
  server = await listenOnLoopback(graph.handle);
  trail.records.length = 0;
  await startCore();
});

afterEach(async () => {
  await core.dispose();
  await server.close();
});

async function listOf(query: string): Promise<string[]> {
  const found = await core.invoke('devices:search', { query });
  if (!found.ok) throw new Error(found.error.message);
  return found.value.devices.map((d) => d.id);
}

async function lockStates(ids: string[]): Promise<DeviceLockState[]> {
  const answer = await core.invoke('devices:lockStates', { ids });
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value.states;
}

const UNKNOWN_ID = '00000000-0000-4000-8000-00000000dead';

describe('devices:lockStates', () => {
  it('reads each device by id, side by side, with only the fields its lock needs', async () => {
    let inFlight = 0;
    let most = 0;
    await startCore({
      fetch: async (url, init) => {
        most = Math.max(most, ++inFlight);
        try {
          return await nodeFetch(url, init);
        } finally {
          inFlight--;
        }
      },
    });
    const ids = await listOf(DEMO_EXAMPLES.multiMatchPrefix);
    expect(ids).toHaveLength(5);
    const before = graph.requests.length;
    most = 0;
    graph.latencyMs = 50;
    const states = await lockStates(ids);
    expect(most, 'requests in flight at once').toBe(ids.length);
    const asked = graph.requests.slice(before).map((r) => new URL(r.url));
    expect(asked.map((u) => decodeURIComponent(u.pathname.split('/').at(-1)!)).sort()).toEqual([...ids].sort());
    for (const url of asked) {
      expect(url.pathname).toMatch(/\/v1\.0\/deviceManagement\/managedDevices\/[^/]+$/);
      expect(url.searchParams.get('$select')).toBe('id,operatingSystem,deviceActionResults');
    }
    expect(states.map((s) => s.id)).toEqual(ids);
  });

  it('decides each lock as devices:get does, and never sends a PIN', async () => {
    const ids = await listOf(DEMO_EXAMPLES.multiMatchPrefix);
    const states = await lockStates(ids);
    for (const state of states) {
      const details = await core.invoke('devices:get', { id: state.id });
      if (!details.ok) throw new Error(details.error.message);
      const { allows, remoteLock, lockOutcome, source } = details.value;
      expect(state).toMatchObject({ problem: null, state: { allows, remoteLock, lockOutcome, source } });
    }
    const loaner = DEMO_EXAMPLES.pinWithLeadingZero;
    expect(states.find((s) => s.id === loaner.id)?.state?.lockOutcome).toMatchObject({ kind: 'locked', pinOffered: true });
    expect(JSON.stringify(states)).not.toContain(loaner.pin);
  });

  it('answers what each device allows: a Windows PC cannot be locked, a device without a lock has no outcome', async () => {
    const [windows] = await lockStates([DEMO_EXAMPLES.windowsNotSupported.id]);
    expect(windows?.state).toMatchObject({ allows: { remoteLock: false }, lockOutcome: { kind: 'notSupported' } });
    const [none] = await lockStates([DEMO_EXAMPLES.noActions.id]);
    expect(none?.state).toMatchObject({ remoteLock: null, lockOutcome: null });
  });

  it('keeps a row whose read fails in the list, with what went wrong', async () => {
    const [found, unknown] = await lockStates([DEMO_EXAMPLES.macLockedWithPin.id, UNKNOWN_ID]);
    expect(found).toMatchObject({ problem: null, state: { lockOutcome: { kind: 'locked' } } });
    expect(unknown).toMatchObject({ id: UNKNOWN_ID, state: null, problem: { code: 'not_found' } });
  });

  it('keeps every row when Intune refuses every read', async () => {
    graph.fault({ status: 403, times: Infinity });
    const states = await lockStates([DEMO_EXAMPLES.macLockedWithPin.id, DEMO_EXAMPLES.iphoneLockedNoPin.id]);
    expect(states).toMatchObject([
      { state: null, problem: { code: 'forbidden' } },
      { state: null, problem: { code: 'forbidden' } },
    ]);
  });

  it('takes at most LOCK_STATES_MAX ids, each once, before any Graph request', async () => {
    const ids = Array.from({ length: LOCK_STATES_MAX + 1 }, (_, i) => `a-${i}`);
    expect(await core.invoke('devices:lockStates', { ids })).toMatchObject({ ok: false, error: { code: 'invalid_request', message: /at most 20/ } });
    expect(await core.invoke('devices:lockStates', { ids: [] })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await core.invoke('devices:lockStates', { ids: ['abc', 'ABC'] })).toMatchObject({ ok: false, error: { message: /each device only once/ } });
    expect(await core.invoke('devices:lockStates', { ids: ['abc', '../x'] })).toMatchObject({ ok: false, error: { message: /not an Intune device id/ } });
    expect(graph.requests).toHaveLength(0);
    const most = await core.invoke('devices:lockStates', { ids: ids.slice(0, LOCK_STATES_MAX) });
    expect(most.ok && most.value.states).toHaveLength(LOCK_STATES_MAX);
    expect(graph.requests).toHaveLength(LOCK_STATES_MAX);
  });

  it('answers from the offline cache where it holds the device, marked as cached, and says unknown where it does not', async () => {
    let fetches = 0;
    await startCore({ fetch: (url, init) => (fetches++, nodeFetch(url, init)) });
    const viewed = DEMO_EXAMPLES.macLockedWithPin;
    const listed = DEMO_EXAMPLES.macLockPending;
    expect((await core.invoke('devices:get', { id: viewed.id })).ok).toBe(true);
    // A lock read for a list is not a device view: it leaves nothing in the cache.
    await lockStates([listed.id]);
    await server.close();

    // Graph turns out to be unreachable during the read; then the kiosk knows it is, and asks only the cache.
    for (const round of ['finds Graph unreachable', 'knows Graph is unreachable'] as const) {
      const before = fetches;
      const [cached, unknown] = await lockStates([viewed.id, listed.id]);
      expect(cached, round).toMatchObject({ problem: null, state: { source: 'cache', lockOutcome: { kind: 'locked' } } });
      expect(unknown, round).toMatchObject({ state: null, problem: { code: 'offline' } });
      if (round === 'finds Graph unreachable') expect(fetches).toBeGreaterThan(before);
      else expect(fetches).toBe(before);
    }
    server = await listenOnLoopback(graph.handle);
  });

  it('is not an audited action: the search it follows is', async () => {
    const ids = await listOf(DEMO_EXAMPLES.userWithThreeDevices);
    const records = trail.records.length;
    await lockStates(ids);
    await lockStates([UNKNOWN_ID]);
    expect(trail.records).toHaveLength(records);
    expect(trail.records.at(-1)).toMatchObject({ action: 'search', matches: 3 });
  });
});
