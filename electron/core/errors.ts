import type { ErrorCode, KioskError, Message, SignInRefusal } from './contract';
import { english } from './messages';

/**
 * An expected failure: what happened (`what`, which the screen words) and the core's English for it (`message`, for
 * logs). Crosses the IPC boundary as a `Result`.
 */
export class KioskFailure extends Error {
  readonly retryAfterMs: number | undefined;
  /** Graph's HTTP status, when Graph answered; stays in the core. */
  readonly httpStatus: number | undefined;
  /** A sign-in Entra ID refused. */
  readonly refusal: SignInRefusal | undefined;

  constructor(
    readonly code: ErrorCode,
    readonly what: Message,
    details: { retryAfterMs?: number | undefined; httpStatus?: number; refusal?: SignInRefusal } = {},
  ) {
    super(english(what));
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

const INTERNAL: Message = { id: 'internal' };

/** The answer for a failure the kiosk did not expect. */
export function internalError(): KioskError {
  return { code: 'internal', what: INTERNAL, message: english(INTERNAL) };
}

export function toKioskError(err: unknown): KioskError {
  if (err instanceof KioskFailure) {
    return {
      code: err.code,
      what: err.what,
      message: err.message,
      ...(err.retryAfterMs !== undefined && { retryAfterMs: err.retryAfterMs }),
      ...(err.refusal && { refusal: err.refusal }),
    };
  }
  return internalError();
}

/** What may be logged about an unexpected error: its kind and where, never its message (it may quote Graph data). */
export function describeForLog(err: unknown): string {
  if (err instanceof Error) {
    const frame = err.stack?.split('\n').find((l) => l.trimStart().startsWith('at '))?.trim() ?? '';
    return `${err.name} ${frame}`.trim();
  }
  return typeof err;
}
