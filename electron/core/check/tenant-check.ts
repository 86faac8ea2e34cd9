// The admin's first-day check of a tenant: can this computer reach Entra ID and Graph, does sign-in work, which sign-ins
// the config turns on and what the app registration and Conditional Access make of them, which of the kiosk's
// permissions are consented, may the technician's Intune role read devices (and send a lock), how does this tenant
// answer the kiosk's filters, and how does the kiosk's request budget sit against Intune's limits. It signs in with
// MSAL's device-code flow and sends about ten small Graph requests; it never reads a PIN and never locks a device.
import { PublicClientApplication, type AccountInfo } from '@azure/msal-node';
import { graphResource } from '../auth';
import { authFailure } from '../auth/errors';
import { fetchNetworkClient, msalConfiguration } from '../auth/network';
import type { SignInRefusal } from '../contract';
import type { FetchLike } from '../fetch';
import { PRIVILEGED_SCOPE } from '../microsoft';
import { filterChecks, firstDevice, safely } from './filter-probes';
import {
  budgetCheck,
  kioskScopes,
  lockRole,
  NO_SUCH_DEVICE,
  permission,
  problemsOf,
  readRole,
  type CheckedTenant,
  type EndpointCheck,
  type TenantReport,
} from './report';
import {
  appRegistrationChecks,
  conditionalAccessRows,
  deviceCodeCheck,
  howToRunTheCheck,
  offeredAnywhere,
  refusedAsDeviceCode,
  signInMethodsCheck,
} from './sign-in-check';

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








function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
