import { stopSpeaking } from './speech';

/** Something revealed on screen (a PIN, a secret): hidden again after a set time, which the technician can extend. */
export class TimedReveal<T> {
  shown = $state.raw<T | null>(null);
  /** When it hides itself (epoch ms); 0 while hidden. */
  hidesAt = $state(0);

  /** How long it stays shown; a $state so the countdown's bar follows a change of what is shown. */
  visibleMs = $state(0);
  readonly #onTimeout: () => void;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(visibleMs: number, onTimeout: () => void) {
    this.visibleMs = visibleMs;
    this.#onTimeout = onTimeout;
  }

  show(value: T): void {
    this.shown = value;
    this.extend();
  }

  /** Restarts the countdown: the person is still typing it. */
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
