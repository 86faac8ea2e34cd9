// Figures measured on the real core against the simulated tenant over loopback HTTP.
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { promisify } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { createKioskCore, LOCK_POLL_DELAYS_MS, type KioskCore, type KioskCoreOptions, nodeFetch } from '../../electron/core';
import { createDemoGraph, DEMO_EXAMPLES, demoDevices, demoTenant, listenOnLoopback, type DemoQuirks, type GraphManagedDevice } from '../../electron/demo';
import type { Figure } from './figure';

const run = promisify(execFile);
const LATENCY_MS = 50;
/** Intune's read limit for one app, shared by every kiosk of a tenant: 2000 requests per 20 s. */
const INTUNE_READS_PER_MINUTE = 2000 * 3;

async function tenant(options: { latencyMs?: number; devices?: GraphManagedDevice[]; now?: () => Date; quirks?: Partial<DemoQuirks> } = {}) {
  const graph = createDemoGraph(options);
  const server = await listenOnLoopback(graph.handle);
  return { graph, server };
}

async function kiosk(url: string, extra: Partial<KioskCoreOptions> = {}): Promise<KioskCore> {
  return createKioskCore({ fetch: nodeFetch, signInFetch: nodeFetch, dataDir: await mkdtemp(path.join(os.tmpdir(), 'kiosk-bench-')), tenant: demoTenant({ graphUrl: url }), log: () => {}, ...extra });
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A walk-up as the screen does it: search the scanned serial, open the one match, reveal its PIN. */
async function walkUp(core: KioskCore, serial: string): Promise<void> {
  const [device] = value(await core.invoke('devices:search', { query: serial })).devices;
  if (!device) throw new Error(`no device for ${serial}`);
  const details = value(await core.invoke('devices:get', { id: device.id }));
  if (details.remoteLock?.hasPin) value(await core.invoke('pin:reveal', { id: device.id }));
}

export async function requestsPerWalkUp(): Promise<Figure[]> {
  const { graph, server } = await tenant();
  let fetches = 0;
  const core = await kiosk(server.url, {
    fetch: (input, init) => {
      fetches++;
      return fetch(input, init);
    },
  });
  try {
    await walkUp(core, DEMO_EXAMPLES.macLockedWithPin.serialNumber);
    const online = graph.requests.length;

    await server.close();
    // The first failure tells the kiosk Graph is gone; the walk-up after it is served from the cache.
    await core.invoke('devices:get', { id: DEMO_EXAMPLES.macLockedWithPin.id });
    const before = fetches;
    await walkUp(core, DEMO_EXAMPLES.macLockedWithPin.serialNumber);
    return [
      { name: 'graph.requests.walkUp', value: online, unit: 'requests' },
      { name: 'graph.requests.walkUpOffline', value: fetches - before, unit: 'requests' },
    ];
  } finally {
    await core.dispose();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

/**
 * A device name searched on a 3,000-device tenant that drops `startswith` (it answers with the whole tenant): the first
 * search finds that out on one page and falls back to `contains`; the next goes to `contains` at once.
 */
export async function nameSearchStartswithIgnored(): Promise<Figure[]> {
  const { graph, server } = await tenant({ latencyMs: LATENCY_MS, devices: demoDevices(new Date(), 3000), quirks: { startswith: 'ignored' } });
  const core = await kiosk(server.url);
  const lists = () => graph.requests.filter((r) => r.url.includes('/managedDevices?')).length;
  const timed = async (query: string) => {
    const before = lists();
    const t = performance.now();
    const { devices } = value(await core.invoke('devices:search', { query }));
    if (devices.length === 0) throw new Error(`nothing found for ${query}`);
    return { ms: performance.now() - t, requests: lists() - before };
  };
  try {
    const first = await timed(DEMO_EXAMPLES.multiMatchPrefix);
    const next = await timed(DEMO_EXAMPLES.macLockedWithPin.deviceName);
    return [
      { name: 'search.startswithIgnored.first.requests', value: first.requests, unit: 'requests' },
      { name: 'search.startswithIgnored.first.ms', value: round(first.ms), unit: 'ms' },
      { name: 'search.startswithIgnored.next.requests', value: next.requests, unit: 'requests' },
      { name: 'search.startswithIgnored.next.ms', value: round(next.ms), unit: 'ms' },
    ];
  } finally {
    await core.dispose();
    await server.close();
  }
}

/** The same requests through `core.invoke` and with bare `fetch`, interleaved, 50 ms Graph latency. */
export async function coreOverhead(): Promise<Figure[]> {
  const { server } = await tenant({ latencyMs: LATENCY_MS });
  const core = await kiosk(server.url);
  const serials = demoDevices()
    .filter((d) => d.serialNumber)
    .slice(0, 30)
    .map((d) => ({ serial: d.serialNumber, id: d.id }));
  const headers = { Authorization: 'Bearer bench', Accept: 'application/json' };
  const base = `${server.url}/v1.0/deviceManagement/managedDevices`;
  const select = 'id,deviceName,serialNumber,userPrincipalName,operatingSystem,osVersion,model,manufacturer,lastSyncDateTime';
  const bare = async ({ serial, id }: { serial: string; id: string }) => {
    const literal = `'${serial.replaceAll("'", "''")}'`;
    const list = async (filter: string) => (await fetch(`${base}?$filter=${encodeURIComponent(filter)}&$select=${select}&$top=100`, { headers })).json();
    await Promise.all([list(`serialNumber eq ${literal}`), list(`startswith(deviceName,${literal})`)]);
    await (await fetch(`${base}/${id}?$select=${select},deviceActionResults`, { headers })).json();
  };
  const viaCore = async ({ serial, id }: { serial: string; id: string }) => {
    value(await core.invoke('devices:search', { query: serial }));
    value(await core.invoke('devices:get', { id }));
  };
  try {
    await viaCore(serials[0]!); // warm up: sign-in, connections, JIT
    await bare(serials[0]!);
    const coreMs: number[] = [];
    const bareMs: number[] = [];
    for (const s of serials) {
      let t = performance.now();
      await viaCore(s);
      coreMs.push(performance.now() - t);
      t = performance.now();
      await bare(s);
      bareMs.push(performance.now() - t);
    }
    return [
      { name: 'core.lookup.ms', value: round(median(coreMs)), unit: 'ms' },
      { name: 'bareFetch.lookup.ms', value: round(median(bareMs)), unit: 'ms' },
      { name: 'core.overhead.ratio', value: round(median(coreMs) / median(bareMs), 3), unit: '×' },
    ];
  } finally {
    await core.dispose();
    await server.close();
  }
}

/** 1,000 devices in the offline cache; Graph gone; search + get of one of them, 200 times. */
export async function cachedLookup(): Promise<Figure[]> {
  const seed = demoDevices();
  const devices = Array.from({ length: 1000 }, (_, i) => {
    const d = structuredClone(seed[i % seed.length]!);
    return { ...d, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, serialNumber: `BENCH${String(i).padStart(6, '0')}`, deviceName: `BENCH-${i}` };
  });
  const { server } = await tenant({ devices });
  // Filling the cache takes 1,000 reads: far past the per-kiosk budget that guards a real tenant.
  const core = await kiosk(server.url, { offlineCache: { maxDevices: 1000 }, requestBudget: 100_000 });
  try {
    for (const d of devices) value(await core.invoke('devices:get', { id: d.id }));
    await server.close();
    await core.invoke('devices:get', { id: devices[0]!.id }); // the kiosk learns Graph is gone
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const d = devices[(i * 37) % devices.length]!;
      const t = performance.now();
      const [found] = value(await core.invoke('devices:search', { query: d.serialNumber })).devices;
      const details = value(await core.invoke('devices:get', { id: found!.id }));
      times.push(performance.now() - t);
      if (details.source !== 'cache') throw new Error('the cached lookup went to Graph');
    }
    return [
      { name: 'cache.lookup.p95.ms', value: round(percentile(times, 95)), unit: 'ms' },
      { name: 'cache.lookup.median.ms', value: round(median(times)), unit: 'ms' },
    ];
  } finally {
    await core.dispose();
  }
}

export interface LockPollingOptions {
  /** Real time the whole watch may take; on the simulated clock it takes a few milliseconds per read. */
  timeoutMs?: number;
  /** The watch's sleep; by default it only moves the simulated clock on. */
  sleep?: (ms: number) => Promise<void>;
}

/** A Mac lock that never gets delivered: the whole watch, on a simulated clock, counted in its busiest minute. */
export async function lockPolling({ timeoutMs = 15_000, sleep }: LockPollingOptions = {}): Promise<Figure[]> {
  const fixed = new Date();
  const { server } = await tenant({ now: () => fixed });
  let simulatedMs = 0;
  const at: number[] = [];
  const core = await kiosk(server.url, {
    sleep:
      sleep ??
      (async (ms) => {
        simulatedMs += ms;
      }),
    fetch: (input, init) => {
      if (init.method === 'GET') at.push(simulatedMs);
      return fetch(input, init);
    },
  });
  const watchRequests = LOCK_POLL_DELAYS_MS.length + 2; // the check before, the read after, then each poll
  let unsubscribe = () => {};
  let timer: NodeJS.Timeout | undefined;
  try {
    const mac = demoDevices().find((d) => d.deviceName === 'MBP-JDOE')!;
    const watchEnded = new Promise<void>((resolve) => {
      unsubscribe = core.subscribe((e) => {
        if (e.name === 'devices:updated' && e.payload.settled && e.payload.details.device.id === mac.id) resolve();
      });
    });
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `lock.polling: the watch of a sent remote lock did not end within ${timeoutMs / 1000} s ` +
                `(${at.length} of ${watchRequests} reads made, the last at ${at.at(-1) ?? 0} ms simulated): a sleep or a Graph read hangs.`,
            ),
          ),
        timeoutMs,
      );
    });
    const watched = (async () => {
      value(await core.invoke('devices:remoteLock', { id: mac.id }));
      await watchEnded;
    })();
    await Promise.race([watched, timedOut]);
    // A watch that ended early (the lock reported delivered) would make its busiest minute look quieter than it is.
    if (at.length !== watchRequests) throw new Error(`lock.polling: the watch made ${at.length} reads, not the ${watchRequests} of a lock never delivered.`);
    const peak = busiestMinute(at);
    const minutes = Math.max(1, at.at(-1)! / 60_000);
    return [
      { name: 'lock.polling.peakPerMinute', value: peak, unit: 'req/min' },
      { name: 'lock.polling.averagePerMinute', value: round(at.length / minutes, 2), unit: 'req/min' },
      { name: 'lock.polling.kioskIn5PercentOfReads', value: Math.floor((INTUNE_READS_PER_MINUTE * 0.05) / peak), unit: 'kiosks' },
    ];
  } finally {
    clearTimeout(timer);
    unsubscribe();
    await core.dispose();
    await server.close();
  }
}

/** The most reads in any 60 s, a window starting at every read (not calendar minutes, which can split a burst). */
export function busiestMinute(times: readonly number[]): number {
  return Math.max(...times.map((start) => times.filter((t) => t >= start && t < start + 60_000).length));
}

function round(x: number, digits = 1): number {
  return Number(x.toFixed(digits));
}

/** Resident memory after 10,000 lookups against after 100, in a process of its own. */
export async function memoryGrowth(): Promise<Figure[]> {
  const child = path.join(import.meta.dirname, 'memory.child.ts');
  const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', child]);
  type Sample = { rss: number; heap: number };
  const { after100, after10k } = JSON.parse(stdout.trim().split('\n').at(-1)!) as { after100: Sample; after10k: Sample };
  const mb = (bytes: number) => round(bytes / 2 ** 20);
  return [
    { name: 'memory.rss.after100.MB', value: mb(after100.rss), unit: 'MB' },
    { name: 'memory.rss.after10000.MB', value: mb(after10k.rss), unit: 'MB' },
    { name: 'memory.rss.growth.percent', value: round(((after10k.rss - after100.rss) / after100.rss) * 100), unit: '%' },
    { name: 'memory.heap.after100.MB', value: mb(after100.heap), unit: 'MB' },
    { name: 'memory.heap.after10000.MB', value: mb(after10k.heap), unit: 'MB' },
  ];
}
