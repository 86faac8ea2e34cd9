// The admin's first-day check of a tenant: can this computer reach Entra ID and Graph, does sign-in work, which sign-ins
// the config turns on and what the app registration and Conditional Access make of them, which of the kiosk's
// permissions are consented, may the technician's Intune role read devices (and send a lock), how does this tenant
// answer the kiosk's filters, and how does the kiosk's request budget sit against Intune's limits. It signs in with
// MSAL's device-code flow and sends about ten small Graph requests; it never reads a PIN and never locks a device.
import { PublicClientApplication, type AccountInfo } from '@azure/msal-node';
import { randomBytes } from 'node:crypto';
import { graphResource } from '../auth';
import { authFailure } from '../auth/errors';
import { fetchNetworkClient, msalConfiguration } from '../auth/network';
import { PRIVILEGED_SCOPE, READ_SCOPE } from '../microsoft';
import type { FetchLike } from '../fetch';
import type { SecretKind, SignInMethod, SignInRefusal } from '../contract';
import { nameClause, NAME_STRATEGIES, odataString, serialClause, userClause, type NameStrategy } from '../devices/search';
import { SECRET_KINDS_INFO } from '../secrets';
import {
  appRegistrationChecks,
  conditionalAccessRows,
  deviceCodeCheck,
  howToRunTheCheck,
  offeredAnywhere,
  refusedAsDeviceCode,
  signInMethodsCheck,
  type AppRegistrationItem,
  type DeviceCodeCheck,
  type SignInMethodsCheck,
} from './sign-in-check';
import type { SignInMatrixRow } from './sign-in-matrix';

/** Intune's documented limits for managed devices, per app per tenant, every 20 s (DESIGN §5). */
export const INTUNE_READS_PER_20S = 2_000;
export const INTUNE_WRITES_PER_20S = 200;

export type Verdict = 'ok' | 'problem' | 'note';

export interface CheckedTenant {
  /** Shown in the report. */
  name: string;
  clientId: string;
  authority: string;
  graphBaseUrl: string;
  remoteLock: boolean;
  /** The secret kinds the config turns on: each may add a permission. */
  secrets: readonly SecretKind[];
  /** Kiosk mode, which never offers the system browser. */
  kiosk: boolean;
  /** The config's `signIn.methods`; absent: the defaults per OS. */
  signInMethods?: readonly SignInMethod[];
  /** The config's `signIn.macBroker`. */
  macBroker: boolean;
  /** Graph requests this kiosk may send per 20 s. */
  requestBudget: number;
}

export interface TenantCheckSetup {
  tenant: CheckedTenant;
  /** How MSAL reaches the sign-in service. */
  signInFetch: FetchLike;
  /** How Graph is reached. */
  graphFetch: FetchLike;
  /** Which network stack both use, in words ("Electron's, with the system proxy settings"). */
  network: string;
  /** Shows the device-code sign-in prompt to the admin. */
  prompt: (message: string) => void;
  timeoutMs?: number;
}

export interface EndpointCheck {
  url: string;
  reachable: boolean;
  /** The HTTP status, when there was an answer. */
  status?: number;
  message: string;
}

export interface PermissionCheck {
  scope: string;
  consented: boolean | null;
  allows: string;
  /** The kiosk as configured needs it. */
  needed: boolean;
  message: string;
}

export interface RoleCheck {
  verdict: Verdict;
  message: string;
  status?: number;
}

export interface FilterCheck {
  filter: string;
  usedFor: string;
  answer: 'honoured' | 'ignored' | 'partial' | 'refused' | 'error' | 'skipped';
  verdict: Verdict;
  message: string;
}

export interface BudgetCheck {
  perKiosk: number;
  windowSeconds: 20;
  tenantReads: number;
  tenantWrites: number;
  /** This kiosk's share of the reads every kiosk of the tenant shares. */
  share: number;
  kiosksAtFullUse: number;
  throttled: boolean;
  verdict: Verdict;
  message: string;
}

export interface TenantReport {
  ok: boolean;
  tenant: CheckedTenant;
  network: { stack: string; signIn: EndpointCheck; graph: EndpointCheck };
  signIn: {
    ok: boolean;
    account?: string;
    message: string;
    /** Entra's refusal of the check's code sign-in, by its AADSTS number (electron/core/auth/refusals.ts). */
    refusal?: SignInRefusal;
  };
  /** The sign-ins a kiosk with this config offers on each OS. */
  signInMethods: SignInMethodsCheck;
  /** What the check's code sign-in says about device code on this tenant. */
  deviceCode: DeviceCodeCheck;
  /** What the app registration needs for those sign-ins: to check by hand, as Graph cannot read it with the kiosk's permissions. */
  appRegistration: AppRegistrationItem[];
  /** Which of those sign-ins passes which Conditional Access control (./sign-in-matrix.ts; not this tenant's policies). */
  conditionalAccess: SignInMatrixRow[];
  permissions: PermissionCheck[];
  role: { readDevices: RoleCheck | null; sendLock: RoleCheck | null };
  filters: FilterCheck[];
  /** Which name filter the kiosk's device-name search will use on this tenant (null: none, or not checked). */
  nameSearch: { strategy: NameStrategy | null; message: string };
  budget: BudgetCheck;
  /** Graph requests the check sent. */
  graphRequests: number;
}

/** A device id Intune never assigns: the lock probe can only ever reach "not found" or "forbidden". */
export const NO_SUCH_DEVICE = '00000000-0000-0000-0000-000000000000';

/**
 * Every line of the report marked [problem], in the report's order: the one source of the overall result (`ok`), of
 * the exit code and of "N problems to fix". A sign-in not tried because the service is unreachable counts once.
 */
export function problemsOf(r: Omit<TenantReport, 'ok'>): string[] {
  const lines: Array<{ verdict: Verdict; message: string } | null> = [
    { verdict: r.network.signIn.reachable ? 'ok' : 'problem', message: r.network.signIn.message },
    { verdict: r.network.graph.reachable ? 'ok' : 'problem', message: r.network.graph.message },
    { verdict: signInVerdict(r), message: r.signIn.message },
    ...r.signInMethods.findings,
    r.deviceCode,
    ...r.appRegistration,
    ...r.permissions.map((p) => ({ verdict: permissionVerdict(p), message: p.message })),
    r.role.readDevices,
    r.role.sendLock,
    ...r.filters,
    r.budget,
  ];
  return lines.filter((l) => l?.verdict === 'problem').map((l) => l!.message);
}

/** The sign-in line: a problem when it failed, a note when it was not tried (the unreachable service is the problem). */
export function signInVerdict(r: Pick<TenantReport, 'network' | 'signIn'>): Verdict {
  return r.signIn.ok ? 'ok' : r.network.signIn.reachable ? 'problem' : 'note';
}

export function permissionVerdict(p: PermissionCheck): Verdict {
  return p.consented === false && p.needed ? 'problem' : p.consented ? 'ok' : 'note';
}

export async function checkTenant(setup: TenantCheckSetup): Promise<TenantReport> {
  const { tenant } = setup;
  const timeoutMs = setup.timeoutMs ?? 15_000;
  const resource = graphResource(tenant.graphBaseUrl);
  const scopes = kioskScopes(tenant).map((s) => ({ ...s, scope: `${resource}/${s.name}` }));
  const readScope = scopes[0]!.scope;
  const lockScope = `${resource}/${PRIVILEGED_SCOPE}`;
  let graphRequests = 0;
  let throttled = false;

  const graph = async (path: string, token: string | null, method: 'GET' | 'POST' = 'GET') => {
    graphRequests++;
    const response = await setup.graphFetch(`${tenant.graphBaseUrl}${path}`, {
      method,
      headers: { accept: 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status === 429) throttled = true;
    const text = await response.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      // Not every answer is JSON (a proxy's error page); the status says enough.
    }
    return { status: response.status, body };
  };

  const network = {
    stack: setup.network,
    signIn: await reach(`${tenant.authority}/v2.0/.well-known/openid-configuration`, async (url) => {
      const response = await setup.signInFetch(url, { method: 'GET', signal: AbortSignal.timeout(timeoutMs) });
      await response.body?.cancel();
      return response.status;
    }, (status) => status === 200, 'the sign-in service'),
    graph: await reach(`${tenant.graphBaseUrl}/deviceManagement/managedDevices?$top=1&$select=id`, async () => (await graph('/deviceManagement/managedDevices?$top=1&$select=id', null)).status,
      // Without a token Graph answers 401: that it answered at all is the point.
      (status) => status === 401 || status === 200, 'Microsoft Graph'),
  };

  const signInMethods = signInMethodsCheck({ kiosk: tenant.kiosk, methods: tenant.signInMethods, macBroker: tenant.macBroker });
  let codeIssued = false;
  const settle = (outcome: { tried: boolean; signedIn: boolean; refusal?: SignInRefusal }) => {
    report.deviceCode = deviceCodeCheck(outcome, signInMethods);
    const publicClientOff = outcome.refusal?.reason === 'publicClientOff';
    report.appRegistration = appRegistrationChecks(tenant.clientId, signInMethods, { proved: codeIssued ? 'on' : publicClientOff ? 'off' : 'unknown' });
  };
  const budget = budgetCheck(tenant.requestBudget, () => throttled);
  const report: TenantReport = {
    ok: false,
    tenant,
    network,
    signIn: { ok: false, message: 'Not tried: the sign-in service cannot be reached.' },
    signInMethods,
    deviceCode: deviceCodeCheck({ tried: false, signedIn: false }, signInMethods),
    appRegistration: appRegistrationChecks(tenant.clientId, signInMethods, { proved: 'unknown' }),
    conditionalAccess: conditionalAccessRows(signInMethods),
    permissions: [],
    role: { readDevices: null, sendLock: null },
    filters: [],
    nameSearch: { strategy: null, message: 'Not checked.' },
    budget,
    graphRequests: 0,
  };
  const finish = () => {
    report.graphRequests = graphRequests;
    report.budget = budgetCheck(tenant.requestBudget, () => throttled);
    report.ok = problemsOf(report).length === 0;
    return report;
  };
  if (!network.signIn.reachable) return finish();

  // Sign in with a device code: it works in a terminal, over remote sessions, and on the demo tenant. Its refusals carry
  // Entra's AADSTS number (the network client reads Entra's own answer, which MSAL drops: DESIGN.md §7).
  const pca = new PublicClientApplication(
    msalConfiguration({ clientId: tenant.clientId, authority: tenant.authority, network: fetchNetworkClient(setup.signInFetch, timeoutMs) }),
  );
  let readToken: string;
  let account: AccountInfo;
  let granted: string[];
  try {
    const result = await pca.acquireTokenByDeviceCode({
      scopes: [readScope],
      deviceCodeCallback: (code) => {
        codeIssued = true;
        setup.prompt(code.message);
      },
    });
    if (!result?.account) throw new Error('no account');
    readToken = result.accessToken;
    account = result.account;
    granted = result.scopes.map((s) => s.toLowerCase());
  } catch (err) {
    const failure = authFailure(err, { method: 'deviceCode', offered: offeredAnywhere(signInMethods) });
    const refusal = failure.refusal;
    report.signIn = {
      ok: false,
      message: refusal && refusedAsDeviceCode(refusal) ? `Entra refused the check's code sign-in (AADSTS${refusal.entraCode ?? '?'}; what it means for the kiosk is under "Device code" below). ${howToRunTheCheck(refusal)}` : failure.message,
      ...(refusal && { refusal }),
    };
    settle({ tried: true, signedIn: false, ...(refusal && { refusal }) });
    if (failure.code === 'consent_required') {
      report.permissions = scopes.map((s, i) => permission(s, i === 0 ? false : null));
    }
    return finish();
  }
  report.signIn = { ok: true, account: account.username, message: `Signed in as ${account.username}.` };
  settle({ tried: true, signedIn: true });

  // Each further permission is asked for on its own, so a missing consent is named exactly.
  const consented = new Map<string, boolean | null>([[readScope, true]]);
  let lockToken: string | null = null;
  for (const { scope } of scopes.slice(1)) {
    if (granted.includes(scope.toLowerCase())) {
      consented.set(scope, true);
      if (scope === lockScope) lockToken = readToken;
      continue;
    }
    try {
      const token = (await pca.acquireTokenSilent({ account, scopes: [scope] })).accessToken;
      consented.set(scope, true);
      if (scope === lockScope) lockToken = token;
    } catch (err) {
      const failure = authFailure(err);
      consented.set(scope, failure.code === 'consent_required' ? false : null);
      if (failure.code !== 'consent_required') report.signIn.message += ` ${scope.slice(scope.lastIndexOf('/') + 1)} could not be asked for (${failure.message})`;
    }
  }
  report.permissions = scopes.map((s) => permission(s, consented.get(s.scope) ?? null));

  // The technician's Intune role: may it list devices?
  const listed = await safely(() => graph('/deviceManagement/managedDevices?$top=1&$select=id,deviceName,userPrincipalName', readToken));
  report.role.readDevices = readRole(listed);
  const sample = listed && listed.status === 200 ? firstDevice(listed.body) : null;

  if (tenant.remoteLock) {
    if (consented.get(lockScope) !== true || !lockToken) {
      report.role.sendLock = { verdict: 'problem', message: 'Remote lock is turned on in the config, but its permission is not consented (above), so no lock can be sent.' };
    } else {
      const probe = await safely(() => graph(`/deviceManagement/managedDevices/${NO_SUCH_DEVICE}/remoteLock`, lockToken, 'POST'));
      report.role.sendLock = lockRole(probe);
    }
  }

  if (report.role.readDevices.verdict === 'ok') report.filters = await filterChecks(graph, readToken, sample, report.nameSearch);
  return finish();
}

interface KioskScope {
  /** The permission's name, without the resource. */
  name: string;
  /** What it allows, in words. */
  allows: string;
  /** The config turns on something that needs it. */
  needed: boolean;
}

/**
 * Every Graph permission the kiosk may ask for with this config, the read permission first: the remote-lock one always
 * (its line says when it is not needed), and each one a secret kind the config turns on adds (electron/core/secrets).
 */
function kioskScopes(tenant: CheckedTenant): KioskScope[] {
  const uses = new Map<string, { allows: string[]; needed: boolean }>([
    [READ_SCOPE, { allows: ['looking up devices, their lock state and unlock PINs'], needed: true }],
    [PRIVILEGED_SCOPE, { allows: ['sending a remote lock'], needed: tenant.remoteLock }],
  ]);
  for (const kind of tenant.secrets) {
    const { scope, name } = SECRET_KINDS_INFO[kind];
    const use = uses.get(scope ?? READ_SCOPE) ?? { allows: [], needed: true };
    use.allows.push(`revealing ${name}s`);
    use.needed = true;
    uses.set(scope ?? READ_SCOPE, use);
  }
  return [...uses].map(([name, use]) => ({ name, allows: listed(use.allows), needed: use.needed }));
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

async function reach(url: string, send: (url: string) => Promise<number>, fine: (status: number) => boolean, what: string): Promise<EndpointCheck> {
  try {
    const status = await send(url);
    return fine(status)
      ? { url, reachable: true, status, message: `${capital(what)} answered (HTTP ${status}).` }
      : { url, reachable: false, status, message: `${capital(what)} answered HTTP ${status} where it should not: a proxy or firewall may stand in the way, or the address in the config is wrong.` };
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
    return {
      url,
      reachable: false,
      message: timedOut
        ? `${capital(what)} did not answer in time: check this computer's proxy settings and firewall.`
        : `${capital(what)} cannot be reached from this computer (${describeNetworkError(err)}): check the network, the proxy settings and the address in the config.`,
    };
  }
}

function describeNetworkError(err: unknown): string {
  const cause = err instanceof Error ? (err.cause as { code?: string } | undefined) : undefined;
  return cause?.code ?? (err instanceof Error ? err.message : String(err));
}

function permission(scope: KioskScope, consented: boolean | null): PermissionCheck {
  const { name, allows, needed } = scope;
  const message =
    consented === null
      ? `${name}: not known (sign-in stopped before it could be asked for).`
      : consented
        ? `${name}: consented — allows ${allows}.`
        : `${name}: NOT consented — ${allows} will not work${needed ? '' : ' (not needed: remote lock is off in the config)'}. An Entra administrator grants it: App registrations › the kiosk › API permissions › Grant admin consent.`;
  return { scope: name, consented, allows, needed, message };
}

type GraphAnswer = { status: number; body: unknown } | null;

async function safely(send: () => Promise<{ status: number; body: unknown }>): Promise<GraphAnswer> {
  try {
    return await send();
  } catch {
    return null;
  }
}

function readRole(answer: GraphAnswer): RoleCheck {
  if (!answer) return { verdict: 'problem', message: 'Graph did not answer the device list request.' };
  const { status } = answer;
  if (status === 200) {
    const count = Array.isArray((answer.body as { value?: unknown })?.value) ? (answer.body as { value: unknown[] }).value.length : 0;
    return count > 0
      ? { verdict: 'ok', status, message: 'Can read devices: the device list answered with a device.' }
      : { verdict: 'note', status, message: 'Can read devices, but sees none: the Intune role\'s scope (scope groups, scope tags) may leave this account no devices.' };
  }
  if (status === 403) return { verdict: 'problem', status, message: 'May not read devices (403): give the technician an Intune role with Managed devices › Read (for example Help Desk Operator).' };
  if (status === 401) return { verdict: 'problem', status, message: 'Graph refused the sign-in token (401): check "graphBaseUrl" and "authority" belong to the same cloud.' };
  return { verdict: 'problem', status, message: `The device list answered HTTP ${status}.` };
}

function lockRole(answer: GraphAnswer): RoleCheck {
  if (!answer) return { verdict: 'problem', message: 'Graph did not answer the remote-lock check.' };
  const { status } = answer;
  if (status === 403) return { verdict: 'problem', status, message: 'May not send a remote lock (403): the Intune role needs Remote tasks › Remote lock.' };
  if (status === 404 || status === 400) {
    return { verdict: 'note', status, message: `Not refused: a lock for a device id that cannot exist answered ${status} (not found), not 403. Intune applies scope tags per device, so try one lock on a test device to be sure.` };
  }
  return { verdict: 'problem', status, message: `The remote-lock check answered HTTP ${status}.` };
}

function firstDevice(body: unknown): { deviceName?: string; userPrincipalName?: string } | null {
  const value = (body as { value?: unknown })?.value;
  return Array.isArray(value) && value[0] && typeof value[0] === 'object' ? (value[0] as { deviceName?: string; userPrincipalName?: string }) : null;
}

type Graph = (path: string, token: string | null) => Promise<{ status: number; body: unknown }>;

/**
 * Each of the kiosk's filters with a value that matches nothing, `$top=1`: a device back means the tenant dropped
 * the filter (and would answer with every device).
 */
async function filterChecks(
  graph: Graph,
  token: string,
  sample: { deviceName?: string; userPrincipalName?: string } | null,
  nameSearch: TenantReport['nameSearch'],
): Promise<FilterCheck[]> {
  const nothing = `kiosk-check-${randomBytes(6).toString('hex')}`;
  const probe = async (filter: string) => {
    const answer = await safely(() => graph(`/deviceManagement/managedDevices?$top=1&$select=id&$filter=${encodeURIComponent(filter)}`, token));
    if (!answer) return { kind: 'error' as const, status: 0 };
    if (answer.status === 400) return { kind: 'refused' as const, status: 400 };
    if (answer.status !== 200) return { kind: 'error' as const, status: answer.status };
    const value = (answer.body as { value?: unknown })?.value;
    return { kind: Array.isArray(value) && value.length > 0 ? ('device' as const) : ('empty' as const), status: 200 };
  };
  const checks: FilterCheck[] = [];
  const kioskFilter = async (filter: string, usedFor: string, ifDropped: { verdict: Verdict; text: string }) => {
    const answer = await probe(filter);
    const dropped = `${ifDropped.text}`;
    if (answer.kind === 'empty') checks.push({ filter, usedFor, answer: 'honoured', verdict: 'ok', message: `${filter}: honoured (nothing matched, nothing came back).` });
    else if (answer.kind === 'device') checks.push({ filter, usedFor, answer: 'ignored', verdict: ifDropped.verdict, message: `${filter}: IGNORED — a device came back for a value that matches none. ${dropped}` });
    else if (answer.kind === 'refused') checks.push({ filter, usedFor, answer: 'refused', verdict: ifDropped.verdict, message: `${filter}: refused (400). ${dropped}` });
    else checks.push({ filter, usedFor, answer: 'error', verdict: 'problem', message: `${filter}: answered HTTP ${answer.status}.` });
    return answer.kind === 'empty';
  };
  await kioskFilter(serialClause(nothing).filter, 'serial number search', { verdict: 'problem', text: 'The kiosk cannot search serial numbers on this tenant: every such search would come back with the whole tenant.' });
  await kioskFilter(userClause(`${nothing}@example.invalid`).filter, 'e-mail search', { verdict: 'problem', text: 'The kiosk cannot search by e-mail address on this tenant.' });
  // Names: the kiosk uses the first of these the tenant applies (startswith, then contains narrowed to a prefix, then eq).
  let nameStrategy: NameStrategy | null = null;
  for (const strategy of NAME_STRATEGIES) {
    const next = NAME_STRATEGIES[NAME_STRATEGIES.indexOf(strategy) + 1];
    const honoured = await kioskFilter(nameClause(nothing, strategy).filter, `device name search (${strategy})`, {
      verdict: 'note',
      text: next ? `The kiosk then tries ${nameClause('…', next).filter}.` : 'Device names cannot be searched on this tenant; serial numbers and e-mail addresses still work.',
    });
    if (honoured) {
      nameStrategy = strategy;
      break;
    }
  }
  nameSearch.strategy = nameStrategy;
  nameSearch.message = nameStrategy
    ? `The kiosk searches device names with ${nameClause('…', nameStrategy).filter}${nameStrategy === 'eq' ? ' (whole names only)' : nameStrategy === 'contains' ? ', keeping names that start with what was typed' : ''}.`
    : 'The kiosk cannot search device names on this tenant.';

  // Reported by Intune users: `userPrincipalName eq` also matching a longer address (Intune-PowerShell-SDK#39).
  const upn = sample?.userPrincipalName;
  if (upn && upn.length > 2) {
    const part = upn.slice(1);
    const answer = await probe(`userPrincipalName eq ${odataString(part)}`);
    const filter = 'userPrincipalName eq (part of an address)';
    checks.push(
      answer.kind === 'device'
        ? { filter, usedFor: 'e-mail search', answer: 'partial', verdict: 'note', message: `${filter}: matches part of an address (a device came back for an existing address without its first letter). The kiosk keeps only exact matches.` }
        : answer.kind === 'empty'
          ? { filter, usedFor: 'e-mail search', answer: 'honoured', verdict: 'ok', message: `${filter}: exact, as documented.` }
          : { filter, usedFor: 'e-mail search', answer: answer.kind === 'refused' ? 'refused' : 'error', verdict: 'note', message: `${filter}: answered HTTP ${answer.status}.` },
    );
  }
  // `or` is not something the kiosk sends (one request per clause), but admins scripting Graph ask about it.
  const name = sample?.deviceName;
  if (name) {
    const answer = await probe(`serialNumber eq ${odataString(nothing)} or deviceName eq ${odataString(name)}`);
    const filter = 'a or b';
    checks.push(
      answer.kind === 'device'
        ? { filter, usedFor: 'nothing (the kiosk sends one request per clause)', answer: 'honoured', verdict: 'ok', message: `${filter}: both clauses count.` }
        : answer.kind === 'empty'
          ? { filter, usedFor: 'nothing (the kiosk sends one request per clause)', answer: 'partial', verdict: 'note', message: `${filter}: a clause is dropped (only the first counts, or "or" acts as "and"); the kiosk does not rely on "or".` }
          : { filter, usedFor: 'nothing (the kiosk sends one request per clause)', answer: answer.kind === 'refused' ? 'refused' : 'error', verdict: 'note', message: `${filter}: answered HTTP ${answer.status}; the kiosk does not rely on "or".` },
    );
  }
  return checks;
}

function budgetCheck(perKiosk: number, throttled: () => boolean): BudgetCheck {
  const share = perKiosk / INTUNE_READS_PER_20S;
  const kiosksAtFullUse = Math.floor(INTUNE_READS_PER_20S / perKiosk);
  const wasThrottled = throttled();
  const verdict: Verdict = wasThrottled ? 'problem' : share > 0.25 ? 'note' : 'ok';
  const message =
    `This kiosk may send ${perKiosk} Graph requests per 20 s: ${(share * 100).toFixed(share < 0.01 ? 2 : 0)} % of the ${INTUNE_READS_PER_20S} reads per 20 s ` +
    `that every kiosk of the tenant (and any other use of the app) shares; ${kiosksAtFullUse} kiosks at full use stay within it. ` +
    `Remote locks count against ${INTUNE_WRITES_PER_20S} writes per 20 s.` +
    (share > 0.25 ? ' That is a large share: lower "requestBudget" if several kiosks run.' : '') +
    (wasThrottled ? ' Intune already answered 429 (too many requests) during this check: the app is over its limit now.' : '');
  return { perKiosk, windowSeconds: 20, tenantReads: INTUNE_READS_PER_20S, tenantWrites: INTUNE_WRITES_PER_20S, share, kiosksAtFullUse, throttled: wasThrottled, verdict, message };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
