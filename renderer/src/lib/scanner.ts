/**
 * Tells a barcode scanner from a person: a scanner types a whole label in one fast burst.
 * Used to treat a Tab that ends such a burst as "search", the way Enter does.
 */
export class ScanBurst {
  #last = -Infinity;
  #count = 0;

  constructor(
    /** Longest pause between two keystrokes of one burst. */
    readonly maxGapMs = 60,
    /** Fewest characters that make a label (the shortest serials have 7). */
    readonly minLength = 6,
  ) {}

  /** A printable key went into the search field at `at` (an event timestamp). */
  key(at: number): void {
    this.#count = at - this.#last <= this.maxGapMs ? this.#count + 1 : 1;
    this.#last = at;
  }

  /** Whether a key at `at` ends a burst that is long enough to be a scan. */
  endsBurst(at: number): boolean {
    return this.#count >= this.minLength && at - this.#last <= this.maxGapMs;
  }

  reset(): void {
    this.#count = 0;
    this.#last = -Infinity;
  }
}
