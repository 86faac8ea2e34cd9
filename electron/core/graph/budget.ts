import { KioskFailure } from '../errors';

export interface RequestBudgetOptions {
  /** Requests this kiosk may send per window. Every kiosk of a tenant shares the app's Intune limit. */
  limit: number;
  windowMs: number;
  /** Longer than this and the request is refused as throttled instead of waiting. */
  maxWaitMs: number;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** A sliding-window cap on this kiosk's Graph requests, far below Intune's 2000 reads per 20 s per app. */
export class RequestBudget {
  readonly #options: RequestBudgetOptions;
  readonly #sent: number[] = [];

  constructor(options: RequestBudgetOptions) {
    this.#options = options;
  }

  async take(signal?: AbortSignal): Promise<void> {
    const { limit, windowMs, maxWaitMs, now, sleep } = this.#options;
    for (;;) {
      const t = now();
      while (this.#sent.length > 0 && this.#sent[0]! <= t - windowMs) this.#sent.shift();
      if (this.#sent.length < limit) {
        this.#sent.push(t);
        return;
      }
      const wait = this.#sent[0]! + windowMs - t;
      if (wait > maxWaitMs) {
        throw new KioskFailure(
          'throttled',
          { id: 'kioskPacing', seconds: Math.max(1, Math.ceil(wait / 1000)) },
          { retryAfterMs: wait },
        );
      }
      await sleep(wait, signal);
    }
  }
}
