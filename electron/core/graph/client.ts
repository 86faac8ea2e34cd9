// Every Graph request goes through here: timeout, cancellation, the kiosk's request budget, retries on
// throttling and outages, one token refresh on 401, and Graph's answers turned into KioskFailures.
import { KioskFailure } from '../errors';
import { PRIVILEGED_SCOPE, READ_SCOPE } from '../microsoft';
import type { FetchLike } from '../fetch';
import { RequestBudget } from './budget';

export interface RetryPolicy {
  /** Tries per request, the first included. */
  attempts: number;
  /** First backoff when Graph gives no Retry-After; doubles on each try, with jitter. */
  baseDelayMs: number;
  /** Longest the technician is kept waiting for one retry; a longer Retry-After is handed back instead. */
  maxDelayMs: number;
}

export interface GraphClientOptions {
  /** e.g. https://graph.microsoft.com/v1.0 */
  baseUrl: string;
  fetch: FetchLike;
  /** `forceRefresh` after Graph refused the token once. */
  getToken: (forceRefresh: boolean) => Promise<string>;
  timeoutMs: number;
  now: () => Date;
  retry: RetryPolicy;
  budget: RequestBudget;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  /** Told whether Graph could be reached, after every request. */
  onReachability?: (online: boolean) => void;
}

export interface GraphClient {
  /**
   * GET a path under the base URL (`/deviceManagement/...?$select=...`) or an absolute `@odata.nextLink`; `headers`
   * are added to the request (Entra's audit names the client from `ocp-client-name` on key reads).
   */
  get(pathOrLink: string, signal?: AbortSignal, headers?: Readonly<Record<string, string>>): Promise<unknown>;
  /** POST an action without a body (`/deviceManagement/managedDevices/{id}/remoteLock`); null for 204. */
  post(path: string, signal?: AbortSignal): Promise<unknown>;
}

type Method = 'GET' | 'POST';
interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const base = new URL(options.baseUrl.replace(/\/+$/, '') + '/');

  function resolve(pathOrLink: string): URL {
    const url = /^https?:/i.test(pathOrLink) ? new URL(pathOrLink) : new URL(pathOrLink.replace(/^\/+/, ''), base);
    // A next link pointing elsewhere must never receive the technician's token.
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) {
      throw new KioskFailure('graph_error', { id: 'graphLinkOutside' });
    }
    return url;
  }

  async function once(method: Method, url: URL, forceRefresh: boolean, signal?: AbortSignal, extra?: Readonly<Record<string, string>>): Promise<Answer> {
    const token = await options.getToken(forceRefresh);
    await options.budget.take(signal);
    // One controller per request, its timer cleared and listener removed when the request ends: AbortSignal.timeout
    // and AbortSignal.any would keep every finished request (and its response) alive until the timeout fires.
    const request = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      request.abort();
    }, options.timeoutMs);
    const onCancel = () => request.abort();
    signal?.addEventListener('abort', onCancel, { once: true });
    try {
      if (signal?.aborted) throw canceled();
      const response = await options.fetch(url.href, {
        method,
        headers: { ...extra, Authorization: `Bearer ${token}`, Accept: 'application/json' },
        signal: request.signal,
      });
      // Read the body under the same timeout: a cut or stalled body is a failed request.
      return { status: response.status, headers: response.headers, body: await response.text() };
    } catch {
      if (signal?.aborted) throw canceled();
      options.onReachability?.(false);
      if (timedOut) {
        throw new KioskFailure('timeout', { id: 'graphTimeout', seconds: Math.max(1, Math.round(options.timeoutMs / 1000)) });
      }
      throw new KioskFailure('offline', { id: 'graphOffline' });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onCancel);
    }
  }

  async function send(method: Method, pathOrLink: string, signal?: AbortSignal, headers?: Readonly<Record<string, string>>): Promise<unknown> {
    const url = resolve(pathOrLink);
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      const response = await once(method, url, refreshed, signal, headers);
      options.onReachability?.(response.status < 500);
      if (response.status === 401 && !refreshed) {
        refreshed = true;
        continue;
      }
      if (response.status >= 200 && response.status < 300) return readJson(response);

      const failure = failureForStatus(response, options.now());
      const delay = retryDelay(method, response, failure, attempt);
      if (delay === null) throw failure;
      await options.sleep(delay, signal).catch(() => {
        throw canceled();
      });
    }
  }

  /** How long to wait before trying again, or null to give up now. */
  function retryDelay(method: Method, response: Answer, failure: KioskFailure, attempt: number): number | null {
    const { retry } = options;
    // A POST that reached Graph may have taken effect: only a throttled one (refused outright) is sent again. A GET is
    // retried on any 5xx: Intune has answered plain filters with transient 500s (graph-explorer-v4#3157).
    const retriable = response.status === 429 || (method === 'GET' && response.status >= 500);
    if (!retriable || attempt >= retry.attempts) return null;
    if (failure.retryAfterMs !== undefined) return failure.retryAfterMs <= retry.maxDelayMs ? failure.retryAfterMs : null;
    const backoff = retry.baseDelayMs * 2 ** (attempt - 1);
    return Math.min(retry.maxDelayMs, backoff / 2 + options.random() * backoff);
  }

  return {
    get: (pathOrLink, signal, headers) => send('GET', pathOrLink, signal, headers),
    post: (path, signal) => send('POST', path, signal),
  };
}

function canceled(): KioskFailure {
  return new KioskFailure('canceled', { id: 'requestReplaced' });
}

function readJson(response: Answer): unknown {
  if (response.status === 204) return null;
  try {
    return JSON.parse(response.body) as unknown;
  } catch {
    throw new KioskFailure('graph_error', { id: 'unreadable', what: 'answer' });
  }
}

function failureForStatus(response: Answer, now: Date): KioskFailure {
  const status = response.status;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
  switch (status) {
    case 401:
      return new KioskFailure('not_signed_in', { id: 'signInEnded' });
    case 403:
      return new KioskFailure(
        'forbidden',
        { id: 'intuneForbidden', permissions: [READ_SCOPE, PRIVILEGED_SCOPE] },
      );
    case 404:
      return new KioskFailure('not_found', { id: 'deviceGone' });
    case 429: {
      const seconds = retryAfterMs === undefined ? null : Math.max(1, Math.ceil(retryAfterMs / 1000));
      return new KioskFailure('throttled', { id: 'graphBusy', seconds }, { retryAfterMs, httpStatus: status });
    }
    default:
      return new KioskFailure(
        'graph_error',
        { id: 'graphFailed', status },
        { retryAfterMs: status === 503 ? retryAfterMs : undefined, httpStatus: status },
      );
  }
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now.getTime());
}
