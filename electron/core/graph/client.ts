import { KioskFailure } from '../errors';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface GraphClientOptions {
  /** e.g. https://graph.microsoft.com/v1.0 */
  baseUrl: string;
  fetch: FetchLike;
  getToken: () => Promise<string>;
  timeoutMs: number;
  now: () => Date;
  /** Told whether Graph could be reached, after every request. */
  onReachability?: (online: boolean) => void;
}

export interface GraphClient {
  /** GET a path under the base URL (`/deviceManagement/...?$select=...`) or an absolute `@odata.nextLink`. */
  get(pathOrLink: string, signal?: AbortSignal): Promise<unknown>;
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const base = new URL(options.baseUrl.replace(/\/+$/, '') + '/');

  function resolve(pathOrLink: string): URL {
    const url = /^https?:/i.test(pathOrLink) ? new URL(pathOrLink) : new URL(pathOrLink.replace(/^\/+/, ''), base);
    // A next link pointing elsewhere must never receive the technician's token.
    if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) {
      throw new KioskFailure('graph_error', 'Microsoft Graph sent a link outside the Graph address; the kiosk did not follow it.');
    }
    return url;
  }

  return {
    async get(pathOrLink, signal) {
      const url = resolve(pathOrLink);
      const token = await options.getToken();
      const timeout = AbortSignal.timeout(options.timeoutMs);
      const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
      let response: Response;
      let body: string;
      try {
        response = await options.fetch(url.href, {
          method: 'GET',
          headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
          signal: combined,
        });
        body = await response.text();
      } catch {
        if (signal?.aborted) throw new KioskFailure('cancelled', 'The search was replaced by a newer one.');
        options.onReachability?.(false);
        if (timeout.aborted) {
          throw new KioskFailure('timeout', `Microsoft Graph did not answer within ${Math.round(options.timeoutMs / 1000)} seconds. Try again.`);
        }
        throw new KioskFailure('offline', 'The kiosk cannot reach Microsoft Graph. Check the network connection, then try again.');
      }
      options.onReachability?.(response.status < 500);
      if (!response.ok) throw failureForStatus(response, options.now());
      try {
        return JSON.parse(body) as unknown;
      } catch {
        throw new KioskFailure('graph_error', 'Microsoft Graph sent an answer the kiosk cannot read. Try again in a minute.');
      }
    },
  };
}

function failureForStatus(response: Response, now: Date): KioskFailure {
  const status = response.status;
  switch (status) {
    case 401:
      return new KioskFailure('not_signed_in', 'Your sign-in has expired. Sign in again.');
    case 403:
      return new KioskFailure(
        'forbidden',
        'Your account may not read Intune devices. Ask an Intune administrator for a role that grants ' +
          '"Managed devices: Read" (API permission DeviceManagementManagedDevices.Read.All).',
      );
    case 404:
      return new KioskFailure('not_found', 'This device was removed from Intune or is outside your Intune scope.');
    case 429: {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
      const wait = retryAfterMs === undefined ? 'in a minute' : `in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} seconds`;
      return new KioskFailure('throttled', `Microsoft Graph is busy with too many requests. Try again ${wait}.`, retryAfterMs);
    }
    default:
      return new KioskFailure(
        'graph_error',
        status >= 500
          ? `Microsoft Graph is having trouble (error ${status}). Try again in a minute.`
          : `Microsoft Graph refused the request (error ${status}).`,
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
