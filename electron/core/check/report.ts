// The tenant check's report: what each line found, its verdict, and the one count of problems. The probes
// (./filter-probes.ts) and the orchestrator (./tenant-check.ts) fill it in; ./command.ts prints it.
import type { SecretKind, SignInMethod, SignInRefusal } from '../contract';
import type { NameStrategy } from '../devices/search';
import { PRIVILEGED_SCOPE, READ_SCOPE } from '../microsoft';
import { SECRET_KINDS_INFO } from '../secrets';
import type { AppRegistrationItem, DeviceCodeCheck, SignInMethodsCheck } from './sign-in-check';
import type { SignInMatrixRow } from './sign-in-matrix';

/** A Graph answer the check got, or null when none came (network error, timeout). */
export type GraphAnswer = { status: number; body: unknown } | null;

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

export interface KioskScope {
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
export function kioskScopes(tenant: CheckedTenant): KioskScope[] {
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

export function permission(scope: KioskScope, consented: boolean | null): PermissionCheck {
  const { name, allows, needed } = scope;
  const message =
    consented === null
      ? `${name}: not known (sign-in stopped before it could be asked for).`
      : consented
        ? `${name}: consented — allows ${allows}.`
        : `${name}: NOT consented — ${allows} will not work${needed ? '' : ' (not needed: remote lock is off in the config)'}. An Entra administrator grants it: App registrations › the kiosk › API permissions › Grant admin consent.`;
  return { scope: name, consented, allows, needed, message };
}

export function readRole(answer: GraphAnswer): RoleCheck {
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

export function lockRole(answer: GraphAnswer): RoleCheck {
  if (!answer) return { verdict: 'problem', message: 'Graph did not answer the remote-lock check.' };
  const { status } = answer;
  if (status === 403) return { verdict: 'problem', status, message: 'May not send a remote lock (403): the Intune role needs Remote tasks › Remote lock.' };
  if (status === 404 || status === 400) {
    return { verdict: 'note', status, message: `Not refused: a lock for a device id that cannot exist answered ${status} (not found), not 403. Intune applies scope tags per device, so try one lock on a test device to be sure.` };
  }
  return { verdict: 'problem', status, message: `The remote-lock check answered HTTP ${status}.` };
}

export function budgetCheck(perKiosk: number, throttled: () => boolean): BudgetCheck {
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
