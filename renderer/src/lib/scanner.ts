/**
 * Tells a barcode scanner from a person: a scanner types a whole label in one fast burst.
 * Used to treat a Tab that ends such a burst as "search", the way Enter does.
 */
export class ScanBurst {
  #first = 0;
  #last = -Infinity;
  #count = 0;

  constructor(
    /** Longest average pause between keystrokes of a burst; people type at 150 ms or more. */
    readonly averageGapMs = 75,
    /** Fewest characters that make a label (the shortest serials have 7). */
    readonly minLength = 6,
    /** A pause this long starts a new burst. */
    readonly pauseMs = 500,
  ) {}

  /** A printable key went into the search field at `at` (an event timestamp). */
  key(at: number): void {
    if (at - this.#last > this.pauseMs) {
      this.#first = at;
      this.#count = 0;
    }
    this.#count++;
    this.#last = at;
  }

  /** Whether a key at `at` ends a burst long and fast enough to be a scan. */
  endsBurst(at: number): boolean {
    // An average, not the longest gap: a busy computer can delay a single keystroke of a scan.
    return this.#count >= this.minLength && at - this.#last <= this.pauseMs && (at - this.#first) / this.#count <= this.averageGapMs;
  }

  reset(): void {
    this.#count = 0;
    this.#last = -Infinity;
  }
}
