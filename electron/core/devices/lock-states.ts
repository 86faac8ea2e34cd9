// The lock of each device of a match list, so the technician can tell the rows apart before choosing one. Graph's list
// answers carry an empty deviceActionResults (DESIGN.md §5), so each device is read by id, side by side.
import type { DeviceAction, DeviceLockState, KioskError, RemoteLockStatus } from '../contract';
import type { OfflineCache } from '../cache/offline-cache';
import { describeForLog, KioskFailure, toKioskError } from '../errors';
import type { GraphClient } from '../graph/client';
import { deviceAllows, lockOutcome } from './allows';
import { getDeviceById, withoutPin } from './graph-device';

export interface LockStatesOptions {
  graph: GraphClient;
  /** Answers for a device while Graph cannot be reached, where an earlier device view saved it. */
  cache: OfflineCache;
  /** False while Graph is known to be unreachable: the cache answers at once, without waiting for Graph to fail. */
  isOnline: () => boolean;
  now: () => Date;
  log: (line: string) => void;
}

/** Only what the lock's outcome needs: the platform says what a lock means there, the action results what it is. */
const LOCK_FIELDS = ['id', 'operatingSystem', 'deviceActionResults'];

const NOT_CACHED: KioskError = toKioskError(new KioskFailure('offline', { id: 'lockNotSaved' }));

/** One answer per id, in the order asked; a read that fails is that row's problem, never the whole list's. */
export function readLockStates(ids: readonly string[], options: LockStatesOptions): Promise<DeviceLockState[]> {
  return Promise.all(ids.map((id) => readLockState(id, options)));
}

async function readLockState(id: string, options: LockStatesOptions): Promise<DeviceLockState> {
  const fromCache = async (problem: KioskError): Promise<DeviceLockState> => {
    const cached = await options.cache.get(id);
    return cached ? answer(id, { ...cached, operatingSystem: cached.device.operatingSystem }, options.now()) : { id, state: null, problem };
  };
  if (!options.isOnline()) return fromCache(NOT_CACHED);
  try {
    const { parsed } = await getDeviceById(options.graph, id, LOCK_FIELDS);
    // Graph sends a Mac's unlock PIN with the action results; it goes no further than here: not held, not cached.
    const read = {
      operatingSystem: parsed.device.operatingSystem,
      remoteLock: parsed.remoteLock && withoutPin(parsed.remoteLock),
      otherActions: parsed.otherActions,
      source: 'graph' as const,
      fetchedAt: options.now().toISOString(),
    };
    return answer(id, read, options.now());
  } catch (err) {
    if (err instanceof KioskFailure && err.graphUnreachable) return fromCache(toKioskError(err));
    if (!(err instanceof KioskFailure)) options.log(`devices:lockStates: ${describeForLog(err)}`);
    return { id, state: null, problem: toKioskError(err) };
  }
}

interface LockRead {
  operatingSystem: string;
  remoteLock: RemoteLockStatus | null;
  otherActions: DeviceAction[];
  source: 'graph' | 'cache';
  fetchedAt: string;
}

/** The lock as the device screen decides it (./allows.ts), so one state has one outcome wherever it is shown. */
function answer(id: string, read: LockRead, now: Date): DeviceLockState {
  const allows = deviceAllows(read.operatingSystem);
  const outcome = read.remoteLock && lockOutcome(read.remoteLock, read.otherActions, allows, now);
  return { id, state: { allows, remoteLock: read.remoteLock, lockOutcome: outcome, source: read.source, fetchedAt: read.fetchedAt }, problem: null };
}
