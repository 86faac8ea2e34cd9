import type { RevealedSecret } from '../../../electron/core/contract';
import { TimedReveal } from './timed-reveal.svelte';

/**
 * A revealed secret on screen: hidden again after a set time, which the technician can extend. Like the PIN, except a
 * BitLocker recovery key: 48 digits typed group by group get their own, longer time (`recoveryKeyVisibleMs`).
 */
export class SecretReveal extends TimedReveal<RevealedSecret> {
  /** The spelled-out reading is open. */
  spelled = $state(false);
  /** How long any secret but a BitLocker key stays shown. */
  otherMs: number;
  recoveryKeyMs: number;

  constructor(durations: { otherMs: number; recoveryKeyMs: number }, onTimeout: () => void) {
    super(durations.otherMs, onTimeout);
    this.otherMs = durations.otherMs;
    this.recoveryKeyMs = durations.recoveryKeyMs;
  }

  override show(secret: RevealedSecret): void {
    this.spelled = false;
    this.visibleMs = secret.kind === 'bitlocker' ? this.recoveryKeyMs : this.otherMs;
    super.show(secret);
  }

  override hide(): void {
    super.hide();
    this.spelled = false;
  }
}
