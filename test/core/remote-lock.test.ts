import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKioskCore, LOCK_POLL_DELAYS_MS, type KioskCore, type KioskCoreOptions, nodeFetch } from '../../electron/core';
import type { KioskEvent } from '../../electron/core/contract';
import { createDemoGraph, DEMO_EXAMPLES, demoDevices, demoTenant, listenOnLoopback, type DemoGraph } from '../../electron/demo';

let graph: DemoGraph;
let server: { url: string; close(): Promise<void> };
let core: KioskCore;
let events: KioskEvent[];
const clock = { t: Date.now() };

const byName = (name: string) => demoDevices().find((d) => d.deviceName === name)!;
const macWithoutLock = byName('MBP-JDOE');
const macCanceled = byName('MBP-TNGUYEN');

async function startCore(extra: Partial<KioskCoreOptions> = {}): Promise<void> {
  core = createKioskCore({ fetch: nodeFetch, signInFetch: nodeFetch,
    dataDir: await mkdtemp(path.join(os.tmpdir(), 'kiosk-lock-')),
    tenant: demoTenant({ graphUrl: server.url }),
    lockPollDelaysMs: [5, 5, 5, 5, 5],
    ...extra,
  });
  events = [];
  core.subscribe((e) => events.push(e));
}

const lock = (id: string, force?: boolean) => core.invoke('devices:remoteLock', force === undefined ? { id } : { id, force });
const posts = () => graph.requests.filter((r) => r.method === 'POST');
const updates = () => events.flatMap((e) => (e.name === 'devices:updated' ? [e.payload] : []));
const settledUpdate = () => expect.poll(() => updates().find((u) => u.settled), { timeout: 3_000 }).toBeTruthy();

beforeEach(async () => {
  clock.t = Date.now();
  graph = createDemoGraph({ now: () => new Date(clock.t) });
  server = await listenOnLoopback(graph.handle);
  await startCore();
});

afterEach(async () => {
  await core.dispose();
  await server.close();
});

describe('remote lock', () => {
  it('is refused when turned off, before any request', async () => {
    await core.dispose();
    await startCore({ features: { remoteLock: false } });
    expect(await core.invoke('app:info', {})).toMatchObject({ ok: true, value: { features: { remoteLock: false } } });
    expect(await lock(macWithoutLock.id)).toMatchObject({ ok: false, error: { code: 'not_supported' } });
    expect(graph.requests).toHaveLength(0);
  });

  it('is refused for Windows without sending a lock', async () => {
    expect(await lock(DEMO_EXAMPLES.windowsNotSupported.id)).toMatchObject({ ok: false, error: { code: 'not_supported' } });
    expect(posts()).toHaveLength(0);
  });

  it.each([
    ['pending', DEMO_EXAMPLES.macLockPending.id],
    ['done', DEMO_EXAMPLES.macLockedWithPin.id],
  ])('refuses to lock a Mac whose lock is %s unless forced', async (_state, id) => {
    const refused = await lock(id);
    expect(refused).toMatchObject({ ok: false, error: { code: 'already_locked' } });
    expect(refused.ok || refused.error.message).toMatch(/PIN/);
    expect(posts()).toHaveLength(0);

    expect(await lock(id, true)).toMatchObject({ ok: true });
    expect(posts()).toHaveLength(1);
  });

  it('locks a Mac again after a canceled lock without asking', async () => {
    expect(await lock(macCanceled.id)).toMatchObject({ ok: true, value: { remoteLock: { state: 'pending' } } });
  });

  it('watches a sent lock until the Mac checks in, then its PIN can be revealed', async () => {
    await core.dispose();
    await startCore({ lockPollDelaysMs: Array(100).fill(20) });
    expect(await lock(macWithoutLock.id)).toMatchObject({ ok: true, value: { id: macWithoutLock.id, remoteLock: { state: 'pending', hasPin: true } } });
    expect(posts()).toHaveLength(1);
    await expect.poll(() => updates().length).toBeGreaterThan(0);
    expect(updates()[0]).toMatchObject({ settled: false, details: { remoteLock: { state: 'pending' } } });

    clock.t += 31_000; // the demo tenant delivers a lock 30 s after it was sent
    await settledUpdate();
    const last = updates().at(-1)!;
    expect(last).toMatchObject({ settled: true, details: { device: { id: macWithoutLock.id }, remoteLock: { state: 'done', hasPin: true } } });
    expect(JSON.stringify(events)).not.toMatch(/"pin"|unlockPin/);

    const revealed = await core.invoke('pin:reveal', { id: macWithoutLock.id });
    expect(revealed).toMatchObject({ ok: true, value: { pin: expect.stringMatching(/^\d{6}$/) } });
  });

  it('stops watching when the checks run out, and says so with a last update', async () => {
    await lock(macWithoutLock.id);
    await settledUpdate();
    expect(updates().at(-1)).toMatchObject({ settled: true, details: { remoteLock: { state: 'pending' } } });
    const polls = graph.requests.filter((r) => r.method === 'GET').length;
    expect(polls).toBe(1 + 1 + 5); // the check before, the read after sending, five polls
  });

  it('sends at most 3 reads in any minute of a watch, and sees a lock delivered after 30 s at the first check', async () => {
    const readsAt: number[] = [];
    const start = clock.t;
    await core.dispose();
    await startCore({
      lockPollDelaysMs: LOCK_POLL_DELAYS_MS,
      // The clock of the kiosk and of the demo tenant moves by each wait, at once.
      sleep: async (ms) => {
        clock.t += ms;
      },
      fetch: (input, init) => {
        if (init.method === 'GET') readsAt.push(clock.t - start);
        return fetch(input, init);
      },
    });
    await lock(macWithoutLock.id);
    await settledUpdate();
    expect(updates()).toEqual([expect.objectContaining({ settled: true, details: expect.objectContaining({ remoteLock: expect.objectContaining({ state: 'done' }) }) })]);
    expect(readsAt).toEqual([0, 0, 30_000]);

  });

  it('sends at most 3 reads in any minute of a whole watch of a lock that is never delivered', async () => {
    let simulatedMs = 0;
    const readsAt: number[] = [];
    await core.dispose();
    await startCore({
      lockPollDelaysMs: LOCK_POLL_DELAYS_MS,
      // Only the kiosk's waits pass; the demo tenant's clock stands still, so the lock stays pending.
      sleep: async (ms) => {
        simulatedMs += ms;
      },
      fetch: (input, init) => {
        if (init.method === 'GET') readsAt.push(simulatedMs);
        return fetch(input, init);
      },
    });
    await lock(macWithoutLock.id);
    await expect.poll(() => updates().some((u) => u.settled), { timeout: 3_000 }).toBe(true);
    expect(readsAt).toHaveLength(LOCK_POLL_DELAYS_MS.length + 2);
    const inMinute = (t0: number) => readsAt.filter((t) => t >= t0 && t < t0 + 60_000).length;
    expect(Math.max(...readsAt.map(inMinute))).toBeLessThanOrEqual(3);
    expect(readsAt.at(-1)!).toBeGreaterThan(10 * 60_000);
  });

  it('stops watching on dispose', async () => {
    await core.dispose();
    await startCore({ lockPollDelaysMs: [50, 50, 50] });
    await lock(macWithoutLock.id);
    await core.dispose();
    const seen = events.length;
    await new Promise((r) => setTimeout(r, 200));
    expect(events.length).toBe(seen);
  });
});
