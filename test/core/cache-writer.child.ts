// Writes cache states 1, 2, 3, … until it is killed. State k holds, in five slots, the latest j ≤ k
// with j % 5 === slot, so any state read back tells which k it was and whether it is whole.
import { OfflineCache } from '../../electron/core/cache/offline-cache';
import type { DeviceRecord } from '../../electron/core/contract';
import { createKeyFileEncryptor } from '../../electron/core/crypto/encryptor';

export const SLOTS = 5;
export const NOW = new Date('2026-11-29T09:00:00Z');

export function openCache(dataDir: string, onReset: () => void): OfflineCache {
  return new OfflineCache({
    dataDir,
    encryptor: createKeyFileEncryptor(dataDir),
    tenantKey: 'demo',
    now: () => NOW,
    entryTtlMs: 1e12,
    maxDevices: SLOTS,
    pinTtlMs: 0,
    onReset,
    log: () => {},
  });
}

export function details(k: number): DeviceRecord {
  return {
    device: {
      id: `slot-${k % SLOTS}`,
      deviceName: `DEV-${k}`,
      serialNumber: `SERIAL${k}`,
      userPrincipalName: 'someone@contoso.com',
      operatingSystem: 'macOS',
      osVersion: '15.1',
      model: 'MacBook Air',
      manufacturer: 'Apple',
      lastSyncDateTime: null,
    },
    remoteLock: null,
    otherActions: [],
    source: 'graph',
    fetchedAt: NOW.toISOString(),
  };
}

/** The k of the state on disk, or -1 when it is not a state that was ever written. */
export async function writtenState(cache: OfflineCache): Promise<number> {
  const slots = await Promise.all(Array.from({ length: SLOTS }, (_, i) => cache.get(`slot-${i}`)));
  const ks = slots.map((d) => (d ? Number(d.device.deviceName.slice(4)) : 0));
  const k = Math.max(...ks);
  const whole = ks.every((v, slot) => {
    const expected = k - ((((k - slot) % SLOTS) + SLOTS) % SLOTS);
    return v === (expected >= 1 ? expected : 0);
  });
  return whole ? k : -1;
}

async function writeUntilKilled(dataDir: string): Promise<never> {
  const cache = openCache(dataDir, () => process.exit(3));
  let k = await writtenState(cache);
  if (k < 0) process.exit(4);
  for (;;) {
    k++;
    await cache.recordDevice(details(k), null);
    await cache.flush();
    // Tells the test that writing is under way, so its kill lands mid-write rather than during start-up.
    if (process.send && k % 10 === 1) process.send('writing');
  }
}

if (process.argv[2] === 'write') void writeUntilKilled(process.argv[3]!);
