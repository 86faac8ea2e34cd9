import type { ErrorCode, KioskError, SignInRefusal } from './contract';

/** An expected failure with a message the technician can act on. Crosses the IPC boundary as a `Result`. */
export class KioskFailure extends Error {
  readonly retryAfterMs: number | undefined;
  /** Graph's HTTP status, when Graph answered; stays in the core. */
  readonly httpStatus: number | undefined;
  /** A sign-in Entra ID refused. */
  readonly refusal: SignInRefusal | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    details: { retryAfterMs?: number | undefined; httpStatus?: number; refusal?: SignInRefusal } = {},
  ) {
    super(message);
    this.name = 'KioskFailure';
    this.retryAfterMs = details.retryAfterMs;
    this.httpStatus = details.httpStatus;
    this.refusal = details.refusal;
  }

  /** Graph could not be reached or is down: the moment to answer from the offline cache. */
  get graphUnreachable(): boolean {
    return this.code === 'offline' || this.code === 'timeout' || (this.httpStatus ?? 0) >= 500;
  }
}

export const INTERNAL_MESSAGE = 'Something went wrong inside the kiosk. Try again; if it keeps happening, restart the kiosk.';

export function toKioskError(err: unknown): KioskError {
  if (err instanceof KioskFailure) {
    return {
      code: err.code,
      message: err.message,
      ...(err.retryAfterMs !== undefined && { retryAfterMs: err.retryAfterMs }),
      ...(err.refusal && { refusal: err.refusal }),
    };
  }
  return { code: 'internal', message: INTERNAL_MESSAGE };
}

/** What may be logged about an unexpected error: its kind and where, never its message (it may quote Graph data). */
export function describeForLog(err: unknown): string {
  if (err instanceof Error) {
    const frame = err.stack?.split('\n').find((l) => l.trimStart().startsWith('at '))?.trim() ?? '';
    return `${err.name} ${frame}`.trim();
  }
  return typeof err;
}
