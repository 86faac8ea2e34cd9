// How often a crashed or hung window is reloaded: at once a few times, then only after a pause, so a page that
// crashes on load does not spin the processor and fill the log.

export interface RestartBudgetOptions {
  /** Reloads allowed within `windowMs`. */
  max: number;
  windowMs: number;
}

export class RestartBudget {
  readonly #options: RestartBudgetOptions;
  #recent: number[] = [];

  constructor(options: RestartBudgetOptions) {
    this.#options = options;
  }

  /** Milliseconds to wait before the next reload (0: now); counts the reload. */
  next(now: number): number {
    this.#recent = this.#recent.filter((t) => now - t < this.#options.windowMs);
    const wait = this.#recent.length < this.#options.max ? 0 : this.#recent[0]! + this.#options.windowMs - now;
    this.#recent.push(now + wait);
    return wait;
  }
}
