// A stand-in for Windows' broker (WAM) as the kiosk reaches it: through @azure/msal-node-extensions' NativeBrokerPlugin
// over @azure/msal-node-runtime. It implements msal-node's INativeBrokerPlugin and answers as that plugin does (read in
// @azure/msal-node-extensions@5.6.1, dist/broker/NativeBrokerPlugin.mjs): the same AuthenticationResult fields, and
// the same errors from its wrapError. Its sign-ins are the demo identity provider's, under the same policies, but come
// with the identity of an Entra-joined PC (compliant unless told otherwise), as a broker's do. Its tokens are signed
// like the provider's, so the demo Graph accepts them.
import type { AccountInfo, AuthenticationResult, INativeBrokerPlugin } from '@azure/msal-node';
import { stableGuid } from '../seed';
import { DEMO_AUTHORITY_HOST, DEMO_TENANT_ID, type DemoBrokerTokens, type DemoIdentityProvider, type DemoRefusal, type DemoUser } from './provider';

type NativeRequest = Parameters<INativeBrokerPlugin['acquireTokenSilent']>[0];

export interface DemoBrokerOptions {
  /** false: msal-node-runtime reported a startup error ("Binaries could not be loaded", as on Linux here), so the plugin says the broker is unavailable. */
  available?: boolean;
  /** Whether the PC is Entra-joined and compliant; default true. */
  deviceCompliant?: boolean;
  /** Named fault mode: acquireTokenInteractive never settles (AzureAD/microsoft-authentication-library-for-js#8483). */
  hangInteractive?: boolean;
  /** The technician closes WAM's window. */
  userCancels?: boolean;
  /** WAM cannot reach Entra ID (msal-node-runtime's ServerTemporarilyUnavailable). */
  entraUnavailable?: boolean;
}

export interface DemoBroker extends INativeBrokerPlugin {
  /** Every call the plugin received, by method name. */
  readonly calls: string[];
  /** The window handle each acquireTokenInteractive was given (undefined where none was). */
  readonly windowHandles: Array<Buffer | undefined>;
  deviceCompliant: boolean;
  hangInteractive: boolean;
  userCancels: boolean;
  entraUnavailable: boolean;
}

/** msal-node-runtime's account, as WAM keeps it; its own id is what MSAL calls nativeAccountId. */
interface WamAccount {
  accountId: string;
  user: DemoUser;
  /** WAM's primary refresh token, here the provider's broker session. */
  session: string;
  /** WAM's cache of access tokens, by scopes. */
  cache: Map<string, DemoBrokerTokens>;
}

/** MSAL renews an access token this long before it ends; WAM is taken to do the same. */
const RENEW_BEFORE_MS = 5 * 60 * 1000;

export function createDemoBroker(idp: DemoIdentityProvider, options: DemoBrokerOptions = {}): DemoBroker {
  const accounts = new Map<string, WamAccount>();

  const readAccount = (accountId: string, correlationId: string): WamAccount => {
    const account = accounts.get(accountId);
    if (!account) throw brokerError('AccountNotFound', correlationId, `Account '${accountId}' was not found.`);
    return account;
  };

  // WAM renews silently with its primary refresh token; Entra's policies still apply at every renewal.
  const silent = (request: NativeRequest, account: WamAccount | null): AuthenticationResult => {
    // Without an account WAM would sign in the Windows user; a counter PC's Windows user is the kiosk's own account.
    if (!account) throw brokerError('InteractionRequired', request.correlationId, 'No account was given, and the Windows user has no account in this tenant.');
    const key = [...request.scopes].sort().join(' ');
    const cached = account.cache.get(key);
    if (cached && !request.forceRefresh && cached.expiresOn * 1000 - idp.now().getTime() > RENEW_BEFORE_MS) return result(request, account, cached, true);
    if (broker.entraUnavailable) throw brokerError('ServerTemporarilyUnavailable', request.correlationId, 'The server is temporarily unavailable.');
    const issue = idp.issueForBroker(account.user, request.scopes, { compliantDevice: broker.deviceCompliant, session: account.session });
    if (!issue.ok) throw refused(issue.refusal, request.correlationId);
    account.session = issue.session;
    account.cache.set(key, issue.tokens);
    return result(request, account, issue.tokens, false);
  };

  const broker: DemoBroker = {
    isBrokerAvailable: options.available ?? true,
    deviceCompliant: options.deviceCompliant ?? true,
    hangInteractive: options.hangInteractive ?? false,
    userCancels: options.userCancels ?? false,
    entraUnavailable: options.entraUnavailable ?? false,
    calls: [],
    windowHandles: [],
    setLogger() {
      broker.calls.push('setLogger');
    },
    async getAccountById(accountId, correlationId) {
      broker.calls.push('getAccountById');
      return accountInfo(readAccount(accountId, correlationId));
    },
    async getAllAccounts() {
      broker.calls.push('getAllAccounts');
      return [...accounts.values()].map((a) => accountInfo(a));
    },
    async acquireTokenSilent(request) {
      broker.calls.push('acquireTokenSilent');
      return silent(request, request.accountId ? readAccount(request.accountId, request.correlationId) : null);
    },
    async acquireTokenInteractive(request, windowHandle) {
      broker.calls.push('acquireTokenInteractive');
      broker.windowHandles.push(windowHandle);
      const { correlationId } = request;
      const account = request.accountId ? readAccount(request.accountId, correlationId) : null;
      // The plugin's default on Windows; the app registration must list it (DESIGN.md §7).
      const redirectUri = request.redirectUri || `ms-appx-web://Microsoft.AAD.BrokerPlugin/${request.clientId}`;
      if (request.clientId !== idp.clientId) {
        throw brokerError('IncorrectConfiguration', correlationId, `AADSTS700016: Application with identifier '${request.clientId}' was not found in the directory '${DEMO_TENANT_ID}'.`);
      }
      if (redirectUri !== `ms-appx-web://Microsoft.AAD.BrokerPlugin/${idp.clientId}`) {
        throw brokerError('IncorrectConfiguration', correlationId, `AADSTS50011: The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application.`);
      }
      // prompt=none goes to WAM's silent calls, as the plugin does.
      if (request.prompt === 'none') return silent(request, account);
      if (broker.hangInteractive) return new Promise<never>(() => {});
      // WAM's window: the technician signs in (as the account asked for, else as the provider's `user`) or closes it.
      const user = account?.user ?? idp.user;
      if (broker.userCancels || !user) throw brokerError('UserCanceled', correlationId, 'User canceled the interactive flow.');
      if (broker.entraUnavailable) throw brokerError('ServerTemporarilyUnavailable', correlationId, 'The server is temporarily unavailable.');
      const issue = idp.issueForBroker(user, request.scopes, { compliantDevice: broker.deviceCompliant });
      if (!issue.ok) throw refused(issue.refusal, correlationId);
      const accountId = stableGuid(`wam account:${user.id}`);
      const signedIn: WamAccount = { accountId, user, session: issue.session, cache: new Map([[[...request.scopes].sort().join(' '), issue.tokens]]) };
      accounts.set(accountId, signedIn);
      return result(request, signedIn, issue.tokens, false);
    },
    async signOut(request) {
      broker.calls.push('signOut');
      if (!request.accountId) throw brokerError('AccountNotFound', request.correlationId, 'No account was given.');
      readAccount(request.accountId, request.correlationId);
      accounts.delete(request.accountId);
    },
  };
  return broker;
}

/** The plugin's getAuthenticationResult. */
function result(request: NativeRequest, account: WamAccount, tokens: DemoBrokerTokens, fromCache: boolean): AuthenticationResult {
  const claims = tokens.idTokenClaims;
  return {
    authority: request.authority,
    uniqueId: String(claims.oid ?? claims.sub ?? ''),
    tenantId: String(claims.tid ?? ''),
    scopes: tokens.scopes.join(' ').split(' '),
    account: accountInfo(account, claims),
    idToken: tokens.idToken,
    idTokenClaims: claims,
    accessToken: tokens.accessToken,
    fromCache,
    expiresOn: new Date(tokens.expiresOn * 1000),
    tokenType: 'Bearer',
    correlationId: request.correlationId,
    fromPlatformBroker: true,
    ...(request.resource ? { resource: request.resource } : {}),
  };
}

/** The plugin's generateAccountInfo. */
function accountInfo(account: WamAccount, idTokenClaims?: Record<string, unknown>): AccountInfo {
  return {
    homeAccountId: `${account.user.id}.${DEMO_TENANT_ID}`,
    environment: DEMO_AUTHORITY_HOST,
    tenantId: DEMO_TENANT_ID,
    username: account.user.username,
    localAccountId: account.user.id,
    name: account.user.name,
    idTokenClaims: idTokenClaims as AccountInfo['idTokenClaims'],
    nativeAccountId: account.accountId,
  };
}

// The plugin's errors. It bundles its own copy of msal-common (dist/lib/msal-common), so they are NOT instances of
// @azure/msal-node's InteractionRequiredAuthError, ClientAuthError or ServerError: only their names, codes and fields
// say what they are. The stand-in's errors are separate classes for the same reason.

class AuthError extends Error {
  errorCode: string;
  errorMessage: string;
  subError: string;
  correlationId: string;
  constructor(errorCode: string, correlationId: string, errorMessage?: string) {
    const message = errorMessage || `See https://aka.ms/msal.js.errors#${errorCode} for details`;
    super(`${errorCode}: ${message}`);
    this.name = 'AuthError';
    this.errorCode = errorCode;
    this.errorMessage = message;
    this.subError = '';
    this.correlationId = correlationId;
  }
}

class PlatformBrokerError extends AuthError {
  statusCode: number;
  tag: string;
  constructor(errorStatus: string, correlationId: string, errorContext: string) {
    // msal-node-runtime's error code and tag are WAM internals; the kiosk must not read them, so the stand-in sends 0.
    super(errorStatus, correlationId, `${errorContext} (Error Code: 0, Tag: UNTAG)`);
    this.name = 'PlatformBrokerError';
    this.statusCode = 0;
    this.tag = 'UNTAG';
  }
}

class InteractionRequiredAuthError extends AuthError {
  timestamp = '';
  traceId = '';
  claims = '';
  constructor(errorCode: string, correlationId: string, errorMessage: string) {
    super(errorCode, correlationId, errorMessage);
    this.name = 'InteractionRequiredAuthError';
  }
}

class ClientAuthError extends AuthError {
  constructor(errorCode: string, correlationId: string) {
    super(errorCode, correlationId);
    this.name = 'ClientAuthError';
  }
}

class ServerError extends AuthError {
  constructor(errorCode: string, correlationId: string, errorMessage: string) {
    super(errorCode, correlationId, errorMessage);
    this.name = 'ServerError';
  }
}

type ErrorStatus = 'InteractionRequired' | 'ServerTemporarilyUnavailable' | 'UserCanceled' | 'IncorrectConfiguration' | 'AccountNotFound';

/** msal-node-runtime's error as the plugin's wrapError hands it on, with `platformBrokerError` attached. */
function brokerError(status: ErrorStatus, correlationId: string, errorContext: string): AuthError {
  const platformBrokerError = new PlatformBrokerError(status, correlationId, errorContext);
  const wrapped =
    status === 'InteractionRequired'
      ? new InteractionRequiredAuthError('interaction_required', correlationId, platformBrokerError.message)
      : status === 'ServerTemporarilyUnavailable'
        ? new ServerError('server_unavailable', correlationId, platformBrokerError.message)
        : status === 'UserCanceled'
          ? new ClientAuthError('user_canceled', correlationId)
          : status === 'AccountNotFound'
            ? new ClientAuthError('no_account_found', correlationId)
            : new ClientAuthError('platform_broker_error', correlationId);
  return Object.assign(wrapped, { platformBrokerError });
}

/** Entra refused the sign-in: WAM reports it as interaction required, with Entra's AADSTS text as the error context. */
function refused(refusal: DemoRefusal, correlationId: string): AuthError {
  return brokerError('InteractionRequired', correlationId, refusal.description);
}
