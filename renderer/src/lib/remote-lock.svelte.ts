import type { DeviceDetails, KioskBridge, KioskError, RemoteLockSent } from '../../../electron/core/contract';
import { call } from './bridge';

export type LockPhase = 'idle' | 'confirm' | 'sending' | 'already-locked' | 'watching' | 'settled' | 'failed';

/** Sending a remote lock to the device on screen, and following it until the device checks in. */
export class RemoteLockFlow {
  phase = $state<LockPhase>('idle');
  deviceId = $state<string | null>(null);
  error = $state.raw<KioskError | null>(null);
  /** When the kiosk last asked Intune about the lock (the core's fetchedAt). */
  lastChecked = $state<string | null>(null);

  readonly #bridge: KioskBridge;
  readonly #onSent: (sent: RemoteLockSent) => void;
  #ticket = 0;

  constructor(bridge: KioskBridge, onSent: (sent: RemoteLockSent) => void) {
    this.#bridge = bridge;
    this.#onSent = onSent;
  }

  ask(deviceId: string): void {
    this.#ticket++;
    this.deviceId = deviceId;
    this.error = null;
    this.phase = 'confirm';
  }

  cancel(): void {
    this.#ticket++;
    this.error = null;
    this.phase = 'idle';
  }

  /** `force` sends even though the Mac already has a lock (its current PIN is then lost). */
  async send(force = false): Promise<void> {
    const id = this.deviceId;
    if (!id || this.phase === 'sending') return;
    const ticket = ++this.#ticket;
    this.error = null;
    this.lastChecked = null;
    this.phase = 'sending';
    const result = await call(this.#bridge, 'devices:remoteLock', force ? { id, force } : { id });
    if (ticket !== this.#ticket) return;
    if (!result.ok) {
      this.error = result.error;
      this.phase = this.error.code === 'already_locked' ? 'already-locked' : 'failed';
      return;
    }
    // The core may report the lock settled before its answer to the send arrives.
    if (this.phase === 'sending') {
      this.phase = 'watching';
      this.#onSent(result.value);
    }
  }

  /** A `devices:updated` event for the device on screen. */
  update(details: DeviceDetails, settled: boolean): void {
    if (details.device.id.toLowerCase() !== this.deviceId?.toLowerCase()) return;
    if (this.phase !== 'sending' && this.phase !== 'watching') return;
    this.lastChecked = details.fetchedAt;
    if (settled) this.phase = 'settled';
  }

  reset(): void {
    this.#ticket++;
    this.phase = 'idle';
    this.deviceId = null;
    this.error = null;
    this.lastChecked = null;
  }
}
