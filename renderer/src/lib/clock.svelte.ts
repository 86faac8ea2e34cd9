import { createSubscriber } from 'svelte/reactivity';

/** The current time for "3 hours ago" labels; ticks only while something on screen reads it. */
export class Clock {
  #subscribe: () => void;

  constructor(intervalMs = 30_000) {
    this.#subscribe = createSubscriber((update) => {
      const timer = setInterval(update, intervalMs);
      return () => clearInterval(timer);
    });
  }

  get now(): number {
    this.#subscribe();
    return Date.now();
  }
}

export const clock = new Clock();
