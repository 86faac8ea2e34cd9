import type { RevealedSecret } from '../../../electron/core/contract';
import { TimedReveal } from './timed-reveal.svelte';

/** A revealed secret on screen: hidden again after a set time, which the technician can extend. Like the PIN. */
export class SecretReveal extends TimedReveal<RevealedSecret> {
  /** The spelled-out reading is open. */
  spelled = $state(false);

  override show(secret: RevealedSecret): void {
    this.spelled = false;
    super.show(secret);
  }

  override hide(): void {
    super.hide();
    this.spelled = false;
  }
}
