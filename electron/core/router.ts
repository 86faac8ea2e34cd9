import { channels, isChannel, VALIDATION_MESSAGES, type Channel, type RequestOf, type ResponseOf, type Result, type ValidationMessage } from './contract';
import { describeForLog, internalError, KioskFailure, toKioskError } from './errors';
import { english } from './messages';
import type { z } from 'zod';

export type Handlers = {
  [C in Channel]: (request: z.output<(typeof channels)[C]['request']>) => Promise<ResponseOf<C>>;
};

/**
 * The one path every call takes: check the channel, validate the payload, run the handler,
 * and pass the answer through its schema so nothing outside the contract (a PIN, a token) can leave.
 * `around` wraps the handlers after their answers are checked, so a layer that records how a call ended (the audit
 * trail) never records as a success an answer the contract then refuses; what it adds is checked on the way out.
 */
export function createRouter(handlers: Handlers, log: (line: string) => void, around: (checked: Handlers) => Handlers = (h) => h) {
  const routed = around(checkedAnswers(handlers, log));
  return async function invoke(channel: unknown, request: unknown): Promise<Result<unknown>> {
    try {
      if (!isChannel(channel)) {
        return invalid(`Unknown request "${typeof channel === 'string' ? channel.slice(0, 40) : typeof channel}".`);
      }
      const schema = channels[channel];
      const parsed = schema.request.safeParse(request);
      if (!parsed.success) return invalid(parsed.error.issues[0]?.message ?? 'The request is not valid.');
      const handler = routed[channel] as (r: RequestOf<Channel>) => Promise<unknown>;
      const answer = schema.response.safeParse(await handler(parsed.data));
      if (!answer.success) {
        log(`${channel}: answer does not match the contract at ${answer.error.issues[0]?.path.join('.') ?? '?'}`);
        return { ok: false, error: internalError() };
      }
      return { ok: true, value: answer.data };
    } catch (err) {
      const error = toKioskError(err);
      if (error.code === 'internal') log(`${String(channel)}: ${describeForLog(err)}`);
      return { ok: false, error };
    }
  };
}

/** Each handler's answer through its channel's schema, where the handler ends: one outside it fails as `internal`. */
function checkedAnswers(handlers: Handlers, log: (line: string) => void): Handlers {
  const checked = {} as Record<Channel, (request: never) => Promise<unknown>>;
  for (const channel of Object.keys(handlers) as Channel[]) {
    const handler = handlers[channel] as (request: never) => Promise<unknown>;
    checked[channel] = async (request) => {
      const answer = channels[channel].response.safeParse(await handler(request));
      if (answer.success) return answer.data;
      log(`${channel}: answer does not match the contract at ${answer.error.issues[0]?.path.join('.') ?? '?'}`);
      throw new KioskFailure('internal', { id: 'internal' });
    };
  }
  return checked as Handlers;
}

/** A refused request: the contract's rules name what is wrong (`ValidationMessage`); zod's own words stay English detail. */
function invalid(reason: string): Result<never> {
  const known = (VALIDATION_MESSAGES as readonly string[]).includes(reason);
  const what = { id: known ? (reason as ValidationMessage) : 'invalidRequest' } as const;
  // zod quotes the caller's own key names; a request with 200,000 keys must not get a 2 MB answer.
  const message = known ? english(what) : reason.length > 200 ? `${reason.slice(0, 200)}…` : reason;
  return { ok: false, error: { code: 'invalid_request', what, message } };
}
