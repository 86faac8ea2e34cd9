// Ends a technician's session when the shift is over or the kiosk stood unused too long, so a counter left
// unattended does not keep someone's Intune access open.
import type { SignOutReason } from '../contract';

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A pending sign-out must not keep a test or script process alive.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SessionLimitsOptions {
  now: () => Date;
  timers: Timers;
  shiftMs: number;
  idleMs: number;
  onExpired: (reason: Extract<SignOutReason, 'shiftEnded' | 'idle'>) => void;
}

/** setTimeout cannot wait longer than about 24.8 days. */
const LONGEST_WAIT_MS = 2 ** 31 - 1;

export class SessionLimits {
  private shiftEnd: number | null = null;
  private lastActivity = 0;
  private timer: unknown = null;

  constructor(private readonly options: SessionLimitsOptions) {}

  get shiftEndsAt(): Date | null {
    return this.shiftEnd === null ? null : new Date(this.shiftEnd);
  }

  /** Starts watching a session whose shift began at `signedInAt`; the kiosk counts as used right now. */
  start(signedInAt: Date): void {
    this.shiftEnd = signedInAt.getTime() + this.options.shiftMs;
    this.lastActivity = this.options.now().getTime();
    this.check();
  }

  /** The technician did something; idle time counts from here. */
  touch(): void {
    this.lastActivity = this.options.now().getTime();
  }

  stop(): void {
    if (this.timer !== null) this.options.timers.clearTimeout(this.timer);
    this.timer = null;
    this.shiftEnd = null;
  }

  private check(): void {
    if (this.timer !== null) this.options.timers.clearTimeout(this.timer);
    this.timer = null;
    if (this.shiftEnd === null) return;
    const t = this.options.now().getTime();
    const idleEnd = this.lastActivity + this.options.idleMs;
    if (t >= this.shiftEnd || t >= idleEnd) {
      const reason = t >= this.shiftEnd ? 'shiftEnded' : 'idle';
      this.stop();
      this.options.onExpired(reason);
      return;
    }
    // Activity only moves the idle deadline later, so waking at the earlier deadline and checking again is enough.
    const wait = Math.min(this.shiftEnd, idleEnd) - t;
    this.timer = this.options.timers.setTimeout(() => this.check(), Math.min(wait, LONGEST_WAIT_MS));
  }
}
