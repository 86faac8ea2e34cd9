// A simulated subset of Microsoft Graph v1.0 for Intune managed devices, as a fetch-style handler.
// It is as strict as Intune: `$filter` quirks (./filter.ts), empty list-level action results, 1,000-device pages through
// @odata.nextLink, Graph- and Intune-shaped errors, and injected faults.
import type * as Graph from '@microsoft/microsoft-graph-types';
import { DAY_MS, PIN_LIFETIME, PRIVILEGED_SCOPE, READ_SCOPE } from '../core/microsoft';
import { answerFilter, STRICT_QUIRKS, type DemoQuirks } from './filter';
import type { AccessTokenCheck } from './idp';
import { createDemoSecrets, type DemoSecrets } from './secrets';
import { CHECK_IN_AFTER_MS, demoDevices, graphDate, stableGuid, type GraphDeviceActionResult, type GraphManagedDevice } from './seed';

export type DemoFault =
  /** An error answer with Graph's error JSON (429, 500, 503, 401, 403, 404, …), with Retry-After if given. */
  | { status: number; retryAfter?: string; times?: number }
  /** 200 with a body that is not JSON. */
  | { kind: 'malformed'; times?: number }
  /** No answer until the request's signal aborts; then the handler rejects with the abort reason. */
  | { kind: 'hang'; times?: number }
  /** 200 whose body breaks off partway through. */
  | { kind: 'cut'; times?: number }
  /**
   * A device list whose `@odata.nextLink` leads back to the same page, so paging never ends: reported of
   * deviceManagement/windowsAutopilotDeviceIdentities (microsoft-graph-docs-contrib#5311) and of other lists
   * (msgraph-sdk-dotnet#2108, microsoft-graph-docs#4897). Other answers pass unchanged.
   */
  | { kind: 'endlessPages'; times?: number };

export interface DemoGraphOptions {
  /** The tenant's devices; defaults to `demoDevices()`. Copied, never mutated. */
  devices?: GraphManagedDevice[];
  /** Delay before every answer. */
  latencyMs?: number;
  /** Largest page the list endpoint returns, whatever `$top` says. Default 1,000, Graph's page for managedDevices. */
  maxPageSize?: number;
  /** How `$filter` is answered; every quirk defaults to the strictest reported behaviour (./filter.ts). */
  quirks?: Partial<DemoQuirks>;
  /** Clock for new remote locks and error timestamps. */
  now?: () => Date;
  /**
   * Checks bearer tokens, as the demo identity provider issued them (expired or unknown → 401, missing permission
   * → 403). Without it any bearer token is accepted.
   */
  verifyToken?: (token: string) => AccessTokenCheck;
}

export interface DemoGraph {
  /** Answers one request; a standalone function, so it can be passed around unbound. */
  handle(request: Request): Promise<Response>;
  /** Delay before every answer; may be changed at any time. */
  latencyMs: number;
  /** How `$filter` is answered; may be changed at any time. */
  quirks: DemoQuirks;
  /** Every request received, in order. */
  readonly requests: Array<{ method: string; url: string }>;
  /** The tenant's current devices (remote locks sent through the simulator change them). */
  readonly devices: GraphManagedDevice[];
  /** BitLocker keys, LAPS passwords and FileVault keys of the seeded devices, and the log of their reads. */
  readonly secrets: DemoSecrets;
  /** Queues a fault for the next request (or the next `times` requests). Faults run in the order queued. */
  fault(f: DemoFault): void;
  clearFaults(): void;
}

/** managedDevices answers 1,000 devices a page unless `$top` asks for fewer. */
const DEFAULT_PAGE_SIZE = 1000;
const API_PREFIX = '/v1.0';
const REMOTE_LOCK_TYPE = '#microsoft.graph.remoteLockActionResult';
/** Intune answers a macOS unlock PIN for up to 30 days (as documented; a fault can end it sooner). */
const PIN_LIFETIME_MS = PIN_LIFETIME.documentedDays * DAY_MS;

/** managedDevice properties Graph v1.0 accepts in `$select`; those the seed lacks come back as null. */
const MANAGED_DEVICE_PROPERTIES = [
  'id',
  'userId',
  'deviceName',
  'managedDeviceOwnerType',
  'enrolledDateTime',
  'lastSyncDateTime',
  'operatingSystem',
  'complianceState',
  'jailBroken',
  'managementAgent',
  'osVersion',
  'easActivated',
  'easDeviceId',
  'easActivationDateTime',
  'azureADRegistered',
  'deviceEnrollmentType',
  'activationLockBypassCode',
  'emailAddress',
  'azureADDeviceId',
  'deviceRegistrationState',
  'deviceCategoryDisplayName',
  'isSupervised',
  'exchangeLastSuccessfulSyncDateTime',
  'exchangeAccessState',
  'exchangeAccessStateReason',
  'remoteAssistanceSessionUrl',
  'remoteAssistanceSessionErrorDetails',
  'isEncrypted',
  'userPrincipalName',
  'model',
  'manufacturer',
  'imei',
  'complianceGracePeriodExpirationDateTime',
  'serialNumber',
  'phoneNumber',
  'androidSecurityPatchLevel',
  'userDisplayName',
  'configurationManagerClientEnabledFeatures',
  'wiFiMacAddress',
  'deviceHealthAttestationState',
  'subscriberCarrier',
  'meid',
  'totalStorageSpaceInBytes',
  'freeStorageSpaceInBytes',
  'managedDeviceName',
  'partnerReportedThreatState',
  'requireUserEnrollmentApproval',
  'managementCertificateExpirationDate',
  'iccid',
  'udid',
  'notes',
  'ethernetMacAddress',
  'physicalMemoryInBytes',
  'enrollmentProfileName',
  'deviceActionResults',
] as const satisfies ReadonlyArray<keyof Graph.ManagedDevice>;

const PROPERTY_BY_LOWER = new Map<string, string>(MANAGED_DEVICE_PROPERTIES.map((p) => [p.toLowerCase(), p]));

const ERROR_CODES: Record<number, { code: string; message: string }> = {
  400: { code: 'BadRequest', message: 'The request is invalid.' },
  401: { code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' },
  403: {
    code: 'Forbidden',
    message:
      'Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementManagedDevices.Read.All, DeviceManagementManagedDevices.ReadWrite.All',
  },
  404: { code: 'ResourceNotFound', message: 'The requested resource does not exist.' },
  405: { code: 'MethodNotAllowed', message: 'The HTTP method is not allowed for this resource.' },
  409: { code: 'Conflict', message: 'The request conflicts with the current state of the resource.' },
  429: { code: 'TooManyRequests', message: 'Too many requests.' },
  500: { code: 'InternalServerError', message: 'An internal server error occurred.' },
  502: { code: 'BadGateway', message: 'The service received an invalid response from an upstream service.' },
  503: { code: 'ServiceUnavailable', message: 'The service is temporarily unavailable. Try again later.' },
  504: { code: 'GatewayTimeout', message: 'The service did not answer in time.' },
};

export function createDemoGraph(options: DemoGraphOptions = {}): DemoGraph {
  const devices = structuredClone(options.devices ?? demoDevices());
  const maxPageSize = positiveInteger(options.maxPageSize ?? DEFAULT_PAGE_SIZE, 'maxPageSize');
  const now = options.now ?? (() => new Date());
  const requests: Array<{ method: string; url: string }> = [];
  const faults: Array<{ fault: DemoFault; left: number }> = [];
  // Locks sent through the simulator, with the time they were sent, so they can be delivered later.
  const sentLocks = new Map<GraphDeviceActionResult, number>();
  let requestCount = 0;
  const secrets = createDemoSecrets(devices, now);

  const graph: DemoGraph = {
    latencyMs: nonNegative(options.latencyMs ?? 0, 'latencyMs'),
    quirks: { ...STRICT_QUIRKS, ...options.quirks },
    requests,
    devices,
    secrets,
    handle,
    fault(f) {
      const times = f.times ?? 1;
      if (!(times === Infinity || (Number.isInteger(times) && times > 0))) {
        throw new RangeError('fault times must be a positive integer or Infinity');
      }
      if ('status' in f && !(Number.isInteger(f.status) && f.status >= 400 && f.status <= 599)) {
        throw new RangeError('fault status must be an HTTP error status (400–599)');
      }
      faults.push({ fault: f, left: times });
    },
    clearFaults() {
      faults.length = 0;
    },
  };

  async function handle(request: Request): Promise<Response> {
    requests.push({ method: request.method, url: request.url });
    const ctx = newContext(request);
    const fault = takeFault();
    await sleep(graph.latencyMs, request.signal);
    if (fault) return answerFault(fault, request, ctx);
    return route(request, ctx);
  }

  function takeFault(): DemoFault | undefined {
    const head = faults[0];
    if (!head) return undefined;
    head.left -= 1;
    if (head.left <= 0) faults.shift();
    return head.fault;
  }

  function newContext(request: Request): Context {
    requestCount += 1;
    const requestId = stableGuid(`request:${requestCount}`);
    return {
      requestId,
      clientRequestId: request.headers.get('client-request-id') ?? requestId,
      date: graphDate(now()),
    };
  }

  async function answerFault(fault: DemoFault, request: Request, ctx: Context): Promise<Response> {
    if ('status' in fault) {
      const headers: Record<string, string> = {};
      if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
      return graphError(ctx, fault.status, undefined, intuneMessage(ctx, fault.status, fault.retryAfter), headers);
    }
    switch (fault.kind) {
      case 'malformed':
        return new Response(
          `{"@odata.context":"${new URL(request.url).origin}${API_PREFIX}/$metadata#deviceManagement/managedDevices","value":[{"id":"`,
          { status: 200, headers: jsonHeaders(ctx) },
        );
      case 'cut':
        return new Response(cutBody(`{"@odata.context":"${new URL(request.url).origin}${API_PREFIX}/$metadata#`), {
          status: 200,
          headers: jsonHeaders(ctx),
        });
      case 'hang':
        await waitForAbort(request.signal);
        throw abortReason(request.signal);
      case 'endlessPages': {
        const answer = route(request, ctx);
        const body = answer.ok ? ((await answer.clone().json()) as Record<string, unknown>) : null;
        if (!body || !Array.isArray(body.value)) return answer;
        return json(ctx, answer.status, { ...body, '@odata.nextLink': request.url });
      }
    }
  }

  function route(request: Request, ctx: Context): Response {
    const url = new URL(request.url);
    const auth = request.headers.get('authorization') ?? '';
    if (!/^Bearer\s+\S+/i.test(auth)) {
      return graphError(ctx, 401, 'InvalidAuthenticationToken', auth === '' ? 'Access token is empty.' : 'CompactToken parsing failed with error code: 80049217');
    }
    const check = options.verifyToken?.(auth.replace(/^Bearer\s+/i, '').trim());
    if (check && !check.ok) {
      return graphError(ctx, 401, 'InvalidAuthenticationToken', check.reason === 'expired' ? 'Lifetime validation failed, the token is expired.' : 'Access token validation failure. Invalid audience.');
    }
    // BitLocker, LAPS and FileVault have their own permissions and roles (./secrets.ts).
    const secretAnswer = secrets.route(request, url, check);
    if (secretAnswer) {
      if ('code' in secretAnswer) return graphError(ctx, secretAnswer.status, secretAnswer.code, secretAnswer.message);
      return secretAnswer.status === 204 ? noContent(ctx) : json(ctx, secretAnswer.status, secretAnswer.body);
    }
    const isLock = request.method === 'POST';
    if (check && !check.scopes.includes(isLock ? PRIVILEGED_SCOPE : READ_SCOPE)) {
      return graphError(ctx, 403, 'Forbidden');
    }
    const match = /^\/v1\.0\/deviceManagement\/managedDevices(?:\/([^/]+))?(?:\/([^/]+))?\/?$/i.exec(url.pathname);
    if (!match) {
      const segment = url.pathname.split('/').filter(Boolean).at(-1) ?? '';
      return graphError(ctx, 404, 'ResourceNotFound', `Resource not found for the segment '${segment}'.`);
    }
    const [, rawId, action] = match;
    if (rawId === undefined) {
      if (request.method !== 'GET') return methodNotAllowed(ctx, 'GET');
      return listDevices(url, ctx);
    }
    const id = safeDecode(rawId);
    if (action === undefined) {
      if (request.method !== 'GET') return methodNotAllowed(ctx, 'GET');
      return getDevice(id, url, ctx);
    }
    if (action.toLowerCase() === 'remotelock') {
      if (request.method !== 'POST') return methodNotAllowed(ctx, 'POST');
      return remoteLock(id, ctx);
    }
    return graphError(ctx, 404, 'ResourceNotFound', `Resource not found for the segment '${action}'.`);
  }

  function listDevices(url: URL, ctx: Context): Response {
    const params = url.searchParams;
    const select = parseSelect(params.get('$select'));
    if (typeof select === 'string') return graphError(ctx, 400, 'BadRequest', select);
    const top = params.get('$top');
    if (top !== null && !/^\d+$/.test(top.trim())) return graphError(ctx, 400, 'BadRequest', `Invalid $top value '${top}'.`);
    const pageSize = Math.min(top === null ? DEFAULT_PAGE_SIZE : Math.max(Number(top.trim()), 1), maxPageSize);
    const token = params.get('$skiptoken');
    const offset = token === null ? 0 : readSkipToken(token);
    if (offset === null) return graphError(ctx, 400, 'BadRequest', 'The $skiptoken is not valid.');

    const filter = answerFilter(params.get('$filter') ?? '', graph.quirks);
    if (!filter.ok) return graphError(ctx, filter.status, 'BadRequest', filter.message);
    const matches = devices.filter(filter.matches);
    const page = matches.slice(offset, offset + pageSize);
    const body: Record<string, unknown> = {
      '@odata.context': `${url.origin}${API_PREFIX}/$metadata#deviceManagement/managedDevices${contextSelect(select)}`,
      value: page.map((d) => shape(d, select, true)),
    };
    if (offset + pageSize < matches.length) body['@odata.nextLink'] = nextLink(url, offset + pageSize);
    return json(ctx, 200, body);
  }

  function getDevice(id: string, url: URL, ctx: Context): Response {
    const select = parseSelect(url.searchParams.get('$select'));
    if (typeof select === 'string') return graphError(ctx, 400, 'BadRequest', select);
    const device = findDevice(id);
    if (!device) return deviceNotFound(ctx, id);
    deliverSentLocks(device);
    const body = shape(device, select, false);
    if (Array.isArray(body.deviceActionResults)) body.deviceActionResults = asAnswered(body.deviceActionResults as GraphDeviceActionResult[]);
    return json(ctx, 200, {
      '@odata.context': `${url.origin}${API_PREFIX}/$metadata#deviceManagement/managedDevices${contextSelect(select)}/$entity`,
      ...body,
    });
  }

  /** A Mac's PIN is answered for `pinShownDays` after its lock was sent, then null; `untypedActions` drops the types. */
  function asAnswered(actions: GraphDeviceActionResult[]): GraphDeviceActionResult[] {
    const shownMs = graph.quirks.pinShownDays * DAY_MS;
    return actions.map((a) => {
      const { '@odata.type': type, ...fields } = a.unlockPin && now().getTime() - Date.parse(a.startDateTime) > shownMs ? { ...a, unlockPin: null } : a;
      return graph.quirks.untypedActions || !type ? fields : { '@odata.type': type, ...fields };
    });
  }

  function remoteLock(id: string, ctx: Context): Response {
    const device = findDevice(id);
    if (!device) return deviceNotFound(ctx, id);
    if (device.operatingSystem === 'Windows') {
      return graphError(ctx, 400, 'BadRequest', 'Remote lock is not supported on Windows devices.');
    }
    deliverSentLocks(device);
    const sentAt = now().getTime();
    const previous = latestRemoteLock(device);
    const isMac = device.operatingSystem === 'macOS';
    // Locking a Mac that is already locked fails, and the new action replaces the old PIN.
    const alreadyLocked =
      isMac &&
      previous !== undefined &&
      (previous.actionState === 'pending' ||
        previous.actionState === 'active' ||
        (previous.actionState === 'done' && sentAt - Date.parse(previous.lastUpdatedDateTime) < PIN_LIFETIME_MS));
    const entry: GraphDeviceActionResult = {
      '@odata.type': REMOTE_LOCK_TYPE,
      actionName: 'remoteLock',
      actionState: alreadyLocked ? 'failed' : 'pending',
      startDateTime: graphDate(new Date(sentAt)),
      lastUpdatedDateTime: graphDate(new Date(sentAt)),
      unlockPin: isMac && !alreadyLocked ? newPin(device.id, requestCount) : null,
    };
    device.deviceActionResults = [...device.deviceActionResults.filter((a) => a.actionName !== 'remoteLock'), entry];
    if (!alreadyLocked) sentLocks.set(entry, sentAt);
    return noContent(ctx);
  }

  function deliverSentLocks(device: GraphManagedDevice): void {
    const t = now().getTime();
    for (const entry of device.deviceActionResults) {
      const sentAt = sentLocks.get(entry);
      if (sentAt === undefined || t - sentAt < CHECK_IN_AFTER_MS) continue;
      entry.actionState = 'done';
      entry.lastUpdatedDateTime = graphDate(new Date(sentAt + CHECK_IN_AFTER_MS));
      sentLocks.delete(entry);
    }
  }

  function findDevice(id: string): GraphManagedDevice | undefined {
    const lower = id.toLowerCase();
    return devices.find((d) => d.id.toLowerCase() === lower);
  }

  return graph;
}

interface Context {
  requestId: string;
  clientRequestId: string;
  date: string;
}

function jsonHeaders(ctx: Context, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'content-type': 'application/json',
    'request-id': ctx.requestId,
    'client-request-id': ctx.clientRequestId,
    ...extra,
  };
}

function json(ctx: Context, status: number, body: unknown, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: jsonHeaders(ctx, extra) });
}

function graphError(ctx: Context, status: number, code?: string, message?: string, extra: Record<string, string> = {}): Response {
  const known = ERROR_CODES[status];
  return json(
    ctx,
    status,
    {
      error: {
        code: code ?? known?.code ?? 'UnknownError',
        message: message ?? known?.message ?? 'The service could not process the request.',
        innerError: { date: ctx.date, 'request-id': ctx.requestId, 'client-request-id': ctx.clientRequestId },
      },
    },
    extra,
  );
}

/**
 * Intune's own errors carry a JSON document as their message, and a 429 usually has no Retry-After header: the body
 * says `"RetryAfter": null` (almenscorner/IntuneCD#217: a KeyError on 'retry-after' with this very body).
 */
function intuneMessage(ctx: Context, status: number, retryAfter: string | undefined): string | undefined {
  if (status !== 429 && status < 500) return undefined;
  const text = status === 429 ? 'Too many requests' : 'An internal server error has occurred';
  return JSON.stringify(
    {
      _version: 3,
      Message: `${text} - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000 - Activity ID: ${ctx.requestId} - Url: https://fef.msub01.manage.microsoft.com/DeviceFE/StatelessDeviceFEService/deviceManagement/managedDevices?api-version=5023-05-03`,
      CustomApiErrorPhrase: '',
      RetryAfter: retryAfter ?? null,
      ErrorSourceService: '',
      HttpHeaders: '{}',
    },
    null,
    2,
  ).replaceAll('\n', '\r\n');
}

/** An action's answer: 204 No Content. */
function noContent(ctx: Context): Response {
  return new Response(null, { status: 204, headers: { 'request-id': ctx.requestId, 'client-request-id': ctx.clientRequestId } });
}

function methodNotAllowed(ctx: Context, allow: string): Response {
  return graphError(ctx, 405, undefined, undefined, { allow });
}

function deviceNotFound(ctx: Context, id: string): Response {
  return graphError(ctx, 404, 'ResourceNotFound', `No managed device with id '${id}' was found.`);
}

/** The selected property names (canonical spelling), null for everything, or an error message. */
function parseSelect(raw: string | null): string[] | null | string {
  if (raw === null) return null;
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (names.length === 0 || names.includes('*')) return null;
  const selected: string[] = [];
  for (const name of names) {
    const canonical = PROPERTY_BY_LOWER.get(name.toLowerCase());
    if (!canonical) return `Could not find a property named '${name}' on type 'microsoft.graph.managedDevice'.`;
    if (!selected.includes(canonical)) selected.push(canonical);
  }
  return selected;
}

function contextSelect(select: string[] | null): string {
  return select ? `(${select.join(',')})` : '';
}

function shape(device: GraphManagedDevice, select: string[] | null, listing: boolean): Record<string, unknown> {
  const source = device as unknown as Record<string, unknown>;
  const keys = select ? ['id', ...select.filter((k) => k !== 'id')] : Object.keys(source);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    // Graph's list endpoint answers with an empty deviceActionResults even when it was selected.
    if (key === 'deviceActionResults') out[key] = listing ? [] : structuredClone(device.deviceActionResults);
    // "Individual GET call with select query options is needed to retrieve actual values" (managedDevice, v1.0).
    else if (key === 'activationLockBypassCode') out[key] = listing || !select ? null : (source[key] ?? null);
    else out[key] = key in source ? source[key] : null;
  }
  return out;
}

function latestRemoteLock(device: GraphManagedDevice): GraphDeviceActionResult | undefined {
  let latest: GraphDeviceActionResult | undefined;
  for (const a of device.deviceActionResults) {
    if (a.actionName !== 'remoteLock') continue;
    if (!latest || Date.parse(a.startDateTime) >= Date.parse(latest.startDateTime)) latest = a;
  }
  return latest;
}

function newPin(deviceId: string, n: number): string {
  const hex = stableGuid(`pin:${deviceId}:${n}`).slice(0, 8);
  return String(parseInt(hex, 16) % 1_000_000).padStart(6, '0');
}

function nextLink(url: URL, offset: number): string {
  const parts: string[] = [];
  for (const [key, value] of url.searchParams) {
    if (key === '$skiptoken') continue;
    parts.push(`${key}=${encodeURIComponent(value).replaceAll('%2C', ',')}`);
  }
  parts.push(`$skiptoken=${encodeURIComponent(makeSkipToken(offset))}`);
  return `${url.origin}${url.pathname}?${parts.join('&')}`;
}

function makeSkipToken(offset: number): string {
  return btoa(`demo-skip:${offset}`).replace(/=+$/, '');
}

function readSkipToken(token: string): number | null {
  try {
    const m = /^demo-skip:(\d+)$/.exec(atob(token));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

// ---- timing ----

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(abortReason(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function waitForAbort(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

function cutBody(prefix: string): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(new TextEncoder().encode(prefix));
        return;
      }
      // A short pause lets the first bytes reach a network client before the connection drops.
      await new Promise((r) => setTimeout(r, 20));
      controller.error(new TypeError('terminated'));
    },
  });
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function positiveInteger(n: number, name: string): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${name} must be a positive integer`);
  return n;
}

function nonNegative(n: number, name: string): number {
  if (!(Number.isFinite(n) && n >= 0)) throw new RangeError(`${name} must be a non-negative number`);
  return n;
}
