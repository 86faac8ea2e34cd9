import type { KioskBridge, KioskError, RotatableKind, RotationSent } from '../../../electron/core/contract';
import { call } from './bridge';

export type RotationPhase = 'idle' | 'confirm' | 'sending' | 'sent' | 'failed';

/** Having Intune rotate the key on screen: asked, confirmed, sent once, and its outcome in words. */
export class KeyRotationFlow {
  phase = $state<RotationPhase>('idle');
  error = $state.raw<KioskError | null>(null);
  sent = $state.raw<RotationSent | null>(null);

  readonly #bridge: KioskBridge;
  #target: { id: string; kind: RotatableKind } | null = null;
  #ticket = 0;

  constructor(bridge: KioskBridge) {
    this.#bridge = bridge;
  }

  ask(id: string, kind: RotatableKind): void {
    this.#ticket++;
    this.#target = { id, kind };
    this.error = null;
    this.phase = 'confirm';
  }

  cancel(): void {
    this.#ticket++;
    this.error = null;
    this.phase = 'idle';
  }

  async send(): Promise<void> {
    const target = this.#target;
    if (!target || this.phase === 'sending' || this.phase === 'sent') return;
    const ticket = ++this.#ticket;
    this.error = null;
    this.phase = 'sending';
    const result = await call(this.#bridge, 'secrets:rotate', target);
    if (ticket !== this.#ticket) return;
    if (!result.ok) {
      this.error = result.error;
      this.phase = 'failed';
      return;
    }
    this.sent = result.value;
    this.phase = 'sent';
  }

  /** Another key is shown, or the visit ends: nothing of this rotation stays on screen. */
  reset(): void {
    this.#ticket++;
    this.#target = null;
    this.phase = 'idle';
    this.error = null;
    this.sent = null;
  }
}
