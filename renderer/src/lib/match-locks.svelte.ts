import type { DeviceDetails, DeviceLockState, KioskBridge, KioskError, LockStatesMax, SearchResult } from '../../../electron/core/contract';
import { call } from './bridge';

/** The contract's LOCK_STATES_MAX: its type is that number, so the two cannot drift apart. */
const MOST_ROWS: LockStatesMax = 20;

/** A row's lock: being checked, read (from Intune or the cache), or not readable and why. */
export type RowLock = { kind: 'checking' } | { kind: 'read'; state: NonNullable<DeviceLockState['state']> } | { kind: 'problem'; error: KioskError };

/** The locks of a match list's rows, asked for once the list is on screen; a row past the first few is not checked. */
export class MatchLocks {
  #rows = $state.raw<Readonly<Record<string, RowLock>>>({});
  /** The list the rows belong to: an answer for any other list (a new scan, New search) arrives too late and is dropped. */
  #list: SearchResult | null = null;
  readonly #bridge: KioskBridge;

  constructor(bridge: KioskBridge) {
    this.#bridge = bridge;
  }

  /** A row's lock; undefined when the row is not checked (past the first MOST_ROWS). */
  of(id: string): RowLock | undefined {
    return Object.hasOwn(this.#rows, id) ? this.#rows[id] : undefined;
  }

  async ask(list: SearchResult): Promise<void> {
    const ids = list.devices.slice(0, MOST_ROWS).map((d) => d.id);
    this.#list = list;
    this.#rows = Object.fromEntries(ids.map((id) => [id, { kind: 'checking' }]));
    const result = await call(this.#bridge, 'devices:lockStates', { ids });
    if (this.#list !== list) return;
    this.#rows = Object.fromEntries(
      ids.map((id): [string, RowLock] => {
        if (!result.ok) return [id, { kind: 'problem', error: result.error }];
        const { state, problem } = result.value.states.find((s) => s.id === id) ?? { state: null, problem: null };
        return [id, state ? { kind: 'read', state } : { kind: 'problem', error: problem ?? missing(id) }];
      }),
    );
  }

  /** A fresher reading of a listed device (chosen, checked again, watched after a lock) shows in its row too. */
  update(details: DeviceDetails): void {
    const { device, allows, remoteLock, lockOutcome, source, fetchedAt } = details;
    if (this.of(device.id)) this.#rows = { ...this.#rows, [device.id]: { kind: 'read', state: { allows, remoteLock, lockOutcome, source, fetchedAt } } };
  }

  clear(): void {
    this.#list = null;
    this.#rows = {};
  }
}

function missing(id: string): KioskError {
  const what = { id: 'kioskNoAnswer' } as const;
  return { code: 'internal', what, message: `The kiosk answered no lock for ${id}.` };
}
