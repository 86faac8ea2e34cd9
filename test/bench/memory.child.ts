// Run alone (node --expose-gc --import tsx), so the resident memory is the core's and the simulated tenant's.
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createKioskCore, nodeFetch } from '../../electron/core';
import { demoDevices, demoTenant } from '../../electron/demo';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

// The simulated tenant runs in a process of its own, so what is measured here is the core.
const tenant = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'demo-tenant.child.ts')], {
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
});
const url = await new Promise<string>((resolve) => tenant.stdout!.once('data', (b: Buffer) => resolve(String(b).trim())));
const core = createKioskCore({ fetch: nodeFetch, signInFetch: nodeFetch,
  dataDir: await mkdtemp(path.join(os.tmpdir(), 'kiosk-memory-')),
  tenant: demoTenant({ graphUrl: url }),
  requestBudget: 1_000_000,
});
const devices = demoDevices().filter((d) => d.serialNumber);

async function lookups(from: number, to: number): Promise<void> {
  for (let i = from; i < to; i++) {
    const d = devices[i % devices.length]!;
    const found = await core.invoke('devices:search', { query: d.serialNumber });
    if (!found.ok) throw new Error(found.error.message);
    await core.invoke('devices:get', { id: d.id });
  }
}

/** The lowest of a few samples, each after a full collection: what stays resident, not what is in flight. */
async function residentAfterGc(): Promise<{ rss: number; heap: number }> {
  let rss = Infinity;
  let heap = Infinity;
  for (let i = 0; i < 5; i++) {
    gc!();
    await new Promise((r) => setTimeout(r, 200));
    const m = process.memoryUsage();
    rss = Math.min(rss, m.rss);
    heap = Math.min(heap, m.heapUsed);
  }
  return { rss, heap };
}

await lookups(0, 100);
const after100 = await residentAfterGc();
await lookups(100, 10_000);
const after10k = await residentAfterGc();
await core.dispose();
tenant.disconnect();
console.log(JSON.stringify({ after100, after10k }));
