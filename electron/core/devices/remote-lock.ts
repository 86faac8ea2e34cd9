import type { DeviceDetails, RemoteLockSent } from '../contract';
import { KioskFailure } from '../errors';
import type { GraphClient } from '../graph/client';
import type { DeviceLookup } from './lookup';

export interface RemoteLockerOptions {
  graph: GraphClient;
  lookup: DeviceLookup;
  now: () => Date;
  /** Waits between checks of a sent lock; the watch ends after the last one. */
  pollDelaysMs: readonly number[];
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  onUpdate: (details: DeviceDetails, settled: boolean) => void;
}

const IN_PROGRESS = new Set(['pending', 'active']);
/** Allowance for the difference between this computer's clock and Intune's. */
const CLOCK_SKEW_MS = 120_000;

/** Sends a remote lock, then watches the device until Intune reports the lock delivered (or gives up waiting). */
export class RemoteLocker {
  readonly #options: RemoteLockerOptions;
  readonly #watches = new Map<string, AbortController>();

  constructor(options: RemoteLockerOptions) {
    this.#options = options;
  }

  async send(id: string, force: boolean): Promise<RemoteLockSent> {
    const { lookup, graph } = this.#options;
    const before = await lookup.get(id);
    const os = before.device.operatingSystem;
    if (!before.allows.remoteLock) {
      throw new KioskFailure('not_supported', { id: 'remoteLockUnsupported', os });
    }
    const lock = before.remoteLock;
    if (before.allows.lockScreenPin && lock && (IN_PROGRESS.has(lock.state) || lock.state === 'done') && !force) {
      throw new KioskFailure('already_locked', { id: 'alreadyLocked', delivered: lock.state === 'done' });
    }
    const sentAt = this.#options.now().getTime();
    await graph.post(`/deviceManagement/managedDevices/${encodeURIComponent(id)}/remoteLock`);
    const after = await lookup.get(id).catch(() => null);
    this.#watch(id, sentAt, after);
    return { id, remoteLock: after?.remoteLock ?? null };
  }

  /** Stops every watch (sign-out, shutdown). */
  stop(): void {
    for (const watch of this.#watches.values()) watch.abort();
    this.#watches.clear();
  }

  #watch(id: string, sentAt: number, first: DeviceDetails | null): void {
    this.#watches.get(id)?.abort();
    const controller = new AbortController();
    this.#watches.set(id, controller);
    const settled = (d: DeviceDetails | null) => !!d && isDelivered(d, sentAt);
    if (first && settled(first)) {
      this.#finish(id, controller, first);
      return;
    }
    void (async () => {
      let latest = first;
      for (const delay of this.#options.pollDelaysMs) {
        try {
          await this.#options.sleep(delay, controller.signal);
          latest = await this.#options.lookup.get(id);
        } catch {
          if (controller.signal.aborted) return;
          continue; // Offline or throttled for a moment: try again at the next check.
        }
        if (settled(latest)) break;
        this.#options.onUpdate(latest, false);
      }
      if (latest && !controller.signal.aborted) this.#finish(id, controller, latest);
    })();
  }

  #finish(id: string, controller: AbortController, details: DeviceDetails): void {
    if (this.#watches.get(id) === controller) this.#watches.delete(id);
    this.#options.onUpdate(details, true);
  }
}

/** The lock Intune reports is the one just sent (not an older one) and it is no longer in progress. */
function isDelivered(details: DeviceDetails, sentAt: number): boolean {
  const lock = details.remoteLock;
  if (!lock || IN_PROGRESS.has(lock.state)) return false;
  const started = Date.parse(lock.startDateTime ?? lock.lastUpdatedDateTime ?? '');
  return !Number.isNaN(started) && started >= sentAt - CLOCK_SKEW_MS;
}
