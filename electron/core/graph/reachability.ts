export interface ReachabilityOptions {
  now: () => Date;
  /** Cheap request that succeeds when Graph is back. */
  probe: () => Promise<unknown>;
  probeEveryMs: number;
  onChange: (online: boolean, since: string) => void;
}

/**
 * Whether Graph answered the last request. While it does not, a probe checks now and then, so the
 * OFFLINE banner clears without waiting for the technician's next lookup.
 */
export class Reachability {
  readonly #options: ReachabilityOptions;
  #online = true;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(options: ReachabilityOptions) {
    this.#options = options;
  }

  get online(): boolean {
    return this.#online;
  }

  report(online: boolean): void {
    if (online === this.#online) return;
    this.#online = online;
    this.#options.onChange(online, this.#options.now().toISOString());
    clearInterval(this.#timer);
    this.#timer = undefined;
    // The probe's own answer is reported through the Graph client, like any request's.
    if (!online) this.#timer = setInterval(() => void this.#options.probe().catch(() => {}), this.#options.probeEveryMs);
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
