import type { RevealedPin } from '../../../electron/core/contract';
import { stopSpeaking } from './speech';

/** A revealed PIN on screen: hidden again after a set time, which the technician can extend. */
export class PinReveal {
  shown = $state.raw<RevealedPin | null>(null);
  /** When the PIN hides itself (epoch ms); 0 while hidden. */
  hidesAt = $state(0);

  visibleMs: number;
  readonly #onTimeout: () => void;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(visibleMs: number, onTimeout: () => void) {
    this.visibleMs = visibleMs;
    this.#onTimeout = onTimeout;
  }

  show(pin: RevealedPin): void {
    this.shown = pin;
    this.extend();
  }

  /** Restarts the countdown: the person is still typing the PIN. */
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
    stopSpeaking();
  }
}
