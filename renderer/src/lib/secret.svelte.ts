import type { RevealedSecret } from '../../../electron/core/contract';
import { stopSpeaking } from './speech';

/** A revealed secret on screen: hidden again after a set time, which the technician can extend. Like the PIN. */
export class SecretReveal {
  shown = $state.raw<RevealedSecret | null>(null);
  /** When the secret hides itself (epoch ms); 0 while hidden. */
  hidesAt = $state(0);
  /** The spelled-out reading is open. */
  spelled = $state(false);

  visibleMs: number;
  readonly #onTimeout: () => void;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(visibleMs: number, onTimeout: () => void) {
    this.visibleMs = visibleMs;
    this.#onTimeout = onTimeout;
  }

  show(secret: RevealedSecret): void {
    this.shown = secret;
    this.spelled = false;
    this.extend();
  }

  extend(): void {
    if (!this.shown) return;
    clearTimeout(this.#timer);
    this.hidesAt = Date.now() + this.visibleMs;
    this.#timer = setTimeout(() => {
      this.hide();
      this.#onTimeout();
    }, this.visibleMs);
  }

  hide(): void {
    clearTimeout(this.#timer);
    this.shown = null;
    this.hidesAt = 0;
    this.spelled = false;
    stopSpeaking();
  }
}
