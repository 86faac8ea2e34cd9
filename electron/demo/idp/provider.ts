// The demo tenant's identity provider: a small Microsoft Entra ID look-alike (OpenID discovery, authorize with PKCE
// and form_post, token for authorization code, refresh token and device code, and the device-code endpoint), written
// as a fetch-style handler so MSAL can talk to it in process. It issues the tokens the simulated Graph accepts.
// Its `policies` stand for what tenants really switch on (Conditional Access, security defaults; DESIGN.md §7), each
// answered where and how Entra answers it, with the public report or Microsoft Learn page it comes from.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { GRAPH_RESOURCE } from '../../core/microsoft';
import { stableGuid } from '../seed';
import { base64url, signJwt, verifyJwt } from './jwt';

/** Never resolvable (RFC 6761), so nothing but the in-process network client can reach it. */
export const DEMO_AUTHORITY_HOST = 'login.demo.invalid';
export const DEMO_TENANT_ID = stableGuid('demo tenant');
export const DEMO_CLIENT_ID = stableGuid('demo kiosk app registration');
export const DEMO_AUTHORITY = `https://${DEMO_AUTHORITY_HOST}/${DEMO_TENANT_ID}`;
/** The app registration's display name, as Entra's messages quote it. */
const DEMO_APP_NAME = 'Unlock PIN Kiosk (demo)';
/** The resource the kiosk asks tokens for, as on a real tenant. */

/**
 * Template ids of the Entra built-in roles that matter at the counter, as access tokens carry them in `wids`
 * (https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference).
 */
export const ENTRA_ROLES = {
  cloudDeviceAdministrator: '7698a772-787b-4ac8-901f-60d6b08affd2',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  intuneAdministrator: '3a2c62db-5318-420d-8d74-23affee5d9d5',
  securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  securityReader: '5d6b6bb7-de71-4623-b4af-96380a352509',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
} as const;

export interface DemoUser {
  id: string;
  name: string;
  username: string;
  /** Entra directory roles (template ids) the user holds; tokens carry them as `wids`. */
  roles?: readonly string[];
}

export const DEMO_TECHNICIAN_USER: DemoUser = {
  id: stableGuid('demo technician'),
  name: 'Alex Wilber (demo technician)',
  username: 'alex.wilber@contoso.com',
  // Reads BitLocker keys and LAPS passwords, as a help desk's second line would.
  roles: [ENTRA_ROLES.cloudDeviceAdministrator],
};

export interface DemoIdentityOptions {
  now?: () => Date;
  /** The app registration this tenant knows; other client ids are refused (AADSTS700016). */
  clientId?: string;
  /** Lifetime of access tokens; MSAL renews one 5 minutes before it ends. Default 3600. */
  accessTokenLifetimeSec?: number;
  /** Default 900, like Entra. */
  deviceCodeLifetimeSec?: number;
  /** How often MSAL may poll for a device code. Default 5, like Entra. */
  deviceCodeIntervalSec?: number;
  /** Approves each device code as `user` this long after it was issued; off unless set. */
  autoApproveDeviceCodesAfterMs?: number;
  /** The tenant's sign-in policies at start; the rest as `NO_CONDITIONAL_ACCESS`. */
  policies?: Partial<DemoSignInPolicies>;
  /** Makes the codes a technician types at the device-code page (screenshots fix them); default random, as Entra's. */
  userCode?: () => string;
}

/**
 * What a tenant's Conditional Access, security defaults and MFA settings make Entra answer. Tests change them at any
 * time; each takes effect at the next request, as a policy change does at Entra's next token issuance or refresh.
 * Device code is being blocked by default: "Microsoft recommends blocking device code flow wherever possible"
 * (Conditional Access: Authentication flows); the Microsoft-managed policy "Block device code flow" is switched on "no
 * less than 45 days" after it appears in report-only (Microsoft-managed Conditional Access policies).
 */
export interface DemoSignInPolicies {
  /** Device code flow refused at the token endpoint once the user has approved (or at once): by a CA policy (AADSTS53003) or by security defaults (AADSTS530035). */
  deviceCode: 'allowed' | 'blockedByConditionalAccess' | 'blockedBySecurityDefaults';
  /** CA "require compliant device": browser/window (authorization code) sign-ins are refused with AADSTS53000 sent back to the redirect URI (form_post error + error_description), device code refused too (AADSTS50097); only a broker sign-in from a compliant device passes. */
  compliantDevice: boolean;
  /** MFA step-up: refresh-token grants answer invalid_grant AADSTS50076 (suberror basic_action) until the user signs in interactively again; 'registration' answers AADSTS50079 on every sign-in (user must register MFA). */
  mfa: 'satisfied' | 'stepUp' | 'registration';
  /** CA sign-in frequency in minutes: a refresh token older than this answers invalid_grant AADSTS70043; null: off. */
  signInFrequencyMinutes: number | null;
  /** Entra shows an error page instead of redirecting (the case where MSAL's loopback listener never settles). Named fault mode, off by default. */
  errorPageInsteadOfRedirect: boolean;
}

/** Entra ID with no Conditional Access and no security defaults: every policy off. */
export const NO_CONDITIONAL_ACCESS: Readonly<DemoSignInPolicies> = Object.freeze({
  deviceCode: 'allowed',
  compliantDevice: false,
  mfa: 'satisfied',
  signInFrequencyMinutes: null,
  errorPageInsteadOfRedirect: false,
});

/** Tokens issued to the broker stand-in (./broker.ts), in the pieces msal-node-runtime hands its plugin. */
export interface DemoBrokerTokens {
  accessToken: string;
  idToken: string;
  idTokenClaims: Record<string, unknown>;
  /** Granted resource scopes. */
  scopes: string[];
  /** Seconds since the epoch, as msal-node-runtime reports it. */
  expiresOn: number;
}

/** Entra's refusal in its token-endpoint shape (the fields of `error()` below). */
export interface DemoRefusal {
  error: string;
  code: number;
  description: string;
  suberror?: string;
}

export type DemoBrokerIssue = { ok: true; tokens: DemoBrokerTokens; session: string } | { ok: false; refusal: DemoRefusal };

export type AccessTokenCheck =
  | { ok: true; username: string; scopes: string[]; roles: string[] }
  | { ok: false; reason: 'expired' | 'invalid' };

export interface DemoIdentityProvider {
  readonly authority: string;
  readonly clientId: string;
  handle(request: Request): Promise<Response>;
  /** The provider's clock: its tokens expire, and its sign-in frequency counts, in this time. */
  now(): Date;
  /** Every request received (method, path and grant type; never a body). */
  readonly requests: Array<{ method: string; url: string; grantType?: string }>;
  /** Who signs in at the authorize page and approves device codes; null declines (access_denied). */
  user: DemoUser | null;
  /** Scopes no administrator consented to: asking for one answers consent_required (AADSTS65001). */
  readonly unconsentedScopes: Set<string>;
  /** The tenant's sign-in policies; change them at any time. */
  readonly policies: DemoSignInPolicies;
  /**
   * For the broker stand-in only: a sign-in through Windows' broker on this PC (no `session`: interactive; with the
   * `session` an earlier one returned: silent, as WAM renews with its primary refresh token). The same policies apply as
   * to other sign-ins, except that device-code policies do not and a compliant, Entra-joined PC passes `compliantDevice`.
   */
  issueForBroker(user: DemoUser, scopes: string[], device: { compliantDevice: boolean; session?: string }): DemoBrokerIssue;
  verifyAccessToken(token: string): AccessTokenCheck;
  /** User codes waiting for approval. */
  pendingUserCodes(): string[];
  /** The technician enters the code on their phone and signs in as `user`. */
  approveDeviceCode(userCode: string): boolean;
  /** Every refresh token issued so far stops working (as after a password reset or "Revoke sessions"). */
  revokeRefreshTokens(): void;
  /** Every token issued, so tests can look for them where they must never appear. */
  readonly issuedTokens: readonly string[];
}

interface AuthCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  scopes: string[];
  user: DemoUser;
  expiresAt: number;
}

/** A sign-in session, as its refresh tokens carry it from one refresh to the next. */
interface RefreshGrant {
  user: DemoUser;
  scopes: string[];
  revoked: boolean;
  /** How the session began: Entra "protocol tracks" device-code sessions through every refresh. */
  origin: 'browser' | 'deviceCode' | 'broker';
  /** When the user last signed in interactively (ms); sign-in frequency counts from here. */
  signedInAt: number;
  /** Whether the user did MFA at that sign-in (it was asked for, or Windows Hello did it). */
  mfaDone: boolean;
  /** Whether the sign-in came with a compliant device's identity (only a broker on a compliant PC has one). */
  compliantDevice: boolean;
}

type Flow = RefreshGrant['origin'];

interface DeviceCode {
  userCode: string;
  scopes: string[];
  expiresAt: number;
  approveAt: number | null;
  user: DemoUser | null;
  declined: boolean;
}

const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);
const CODE_LIFETIME_MS = 10 * 60 * 1000;
const ID_TOKEN_LIFETIME_SEC = 3600;
/** Microsoft Graph's application id: Entra names the resource by it in its MFA refusals. */
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

export function createDemoIdentityProvider(options: DemoIdentityOptions = {}): DemoIdentityProvider {
  const now = options.now ?? (() => new Date());
  const clientId = options.clientId ?? DEMO_CLIENT_ID;
  const authority = DEMO_AUTHORITY;
  const tenantPath = `/${DEMO_TENANT_ID}`;
  const accessLifetime = options.accessTokenLifetimeSec ?? 3600;
  const signingKey = randomBytes(32);
  const codes = new Map<string, AuthCode>();
  const refreshTokens = new Map<string, RefreshGrant>();
  const deviceCodes = new Map<string, DeviceCode>();
  const requests: DemoIdentityProvider['requests'] = [];
  const issuedTokens: string[] = [];
  const policies: DemoSignInPolicies = { ...NO_CONDITIONAL_ACCESS, ...options.policies };

  const idp: DemoIdentityProvider = {
    authority,
    clientId,
    handle,
    now,
    requests,
    user: DEMO_TECHNICIAN_USER,
    unconsentedScopes: new Set(),
    policies,
    issuedTokens,
    verifyAccessToken(token) {
      const claims = verifyJwt(token, signingKey);
      if (!claims || claims.aud !== GRAPH_RESOURCE || typeof claims.exp !== 'number' || typeof claims.scp !== 'string') {
        return { ok: false, reason: 'invalid' };
      }
      if (claims.exp * 1000 <= now().getTime()) return { ok: false, reason: 'expired' };
      const roles = Array.isArray(claims.wids) ? claims.wids.filter((w): w is string => typeof w === 'string') : [];
      return { ok: true, username: String(claims.upn), scopes: claims.scp.split(' '), roles };
    },
    pendingUserCodes: () =>
      [...deviceCodes.values()].filter((d) => !d.user && !d.declined && d.expiresAt > now().getTime()).map((d) => d.userCode),
    approveDeviceCode(userCode) {
      const entry = [...deviceCodes.values()].find((d) => d.userCode === userCode.trim().toUpperCase());
      if (!entry || entry.expiresAt <= now().getTime()) return false;
      if (idp.user) entry.user = idp.user;
      else entry.declined = true;
      return true;
    },
    revokeRefreshTokens() {
      for (const grant of refreshTokens.values()) grant.revoked = true;
    },
    issueForBroker(user, scopes, device) {
      const requested = parseScopes(scopes.join(' '));
      if (typeof requested === 'string') return { ok: false, refusal: { error: 'invalid_scope', code: 70011, description: requested } };
      const grant = device.session === undefined ? undefined : refreshTokens.get(device.session);
      if (device.session !== undefined && !grant) return { ok: false, refusal: { error: 'invalid_grant', code: 9002313, description: 'AADSTS9002313: Invalid request. Request is malformed or invalid.' } };
      const refusal = consentRefusal(requested) ?? (grant ? refreshRefusal(grant) : signInRefusal('broker', device.compliantDevice));
      if (refusal) return { ok: false, refusal };
      // Windows Hello for Business "satisfies the requirement for multifactor authentication" (Conditional Access: Grant).
      const session = grant ?? { ...newSession(user, 'broker', device.compliantDevice), mfaDone: true };
      const { refreshToken, ...tokens } = mint(session, requested);
      return { ok: true, session: refreshToken, tokens };
    },
  };

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const form = request.method === 'POST' ? new URLSearchParams(await request.text()) : new URLSearchParams();
    requests.push({ method: request.method, url: `${url.origin}${url.pathname}`, ...(form.has('grant_type') ? { grantType: form.get('grant_type')! } : {}) });
    if (url.host !== DEMO_AUTHORITY_HOST || !url.pathname.startsWith(`${tenantPath}/`)) {
      return error(400, 'invalid_tenant', 90002, `Tenant '${url.pathname.split('/')[1] ?? ''}' not found. Check the tenant ID.`);
    }
    const route = `${request.method} ${url.pathname.slice(tenantPath.length)}`;
    switch (route) {
      case 'GET /v2.0/.well-known/openid-configuration':
        return Response.json(openIdConfiguration());
      case 'GET /discovery/v2.0/keys':
        return Response.json({ keys: [] });
      case 'GET /oauth2/v2.0/authorize':
        return authorize(url.searchParams);
      case 'POST /oauth2/v2.0/devicecode':
        return deviceCode(form);
      case 'POST /oauth2/v2.0/token':
        return token(form);
      default:
        return Response.json({ error: 'not_found' }, { status: 404 });
    }
  }

  function openIdConfiguration() {
    const oauth = `${authority}/oauth2/v2.0`;
    return {
      issuer: `${authority}/v2.0`,
      authorization_endpoint: `${oauth}/authorize`,
      token_endpoint: `${oauth}/token`,
      device_authorization_endpoint: `${oauth}/devicecode`,
      end_session_endpoint: `${oauth}/logout`,
      jwks_uri: `${authority}/discovery/v2.0/keys`,
      response_modes_supported: ['form_post'],
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      scopes_supported: [...OIDC_SCOPES],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['HS256'],
      token_endpoint_auth_methods_supported: ['none'],
      cloud_instance_name: 'demo.invalid',
    };
  }

  function authorize(params: URLSearchParams): Response {
    // Like Entra, problems with the client or the redirect address are shown in the browser, never redirected.
    if (params.get('client_id') !== clientId) return errorPage(`AADSTS700016: Application with identifier '${params.get('client_id') ?? ''}' was not found in the directory.`);
    const redirectUri = params.get('redirect_uri') ?? '';
    if (!isLoopbackRedirect(redirectUri)) return errorPage(`AADSTS50011: The redirect URI '${redirectUri}' does not match the redirect URIs configured for the application.`);
    const state = params.get('state') ?? '';
    const reply = (fields: Record<string, string>) => formPost(redirectUri, { ...fields, ...(state ? { state } : {}) });
    if (params.get('response_type') !== 'code') return reply(oauthError('unsupported_response_type', 'AADSTS700054: response_type must be code.'));
    if (params.get('response_mode') !== 'form_post') return reply(oauthError('invalid_request', 'AADSTS900144: The demo tenant answers with response_mode=form_post only.'));
    const challenge = params.get('code_challenge') ?? '';
    if (params.get('code_challenge_method') !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(challenge)) {
      return reply(oauthError('invalid_request', 'AADSTS9002325: Proof Key for Code Exchange is required (S256).'));
    }
    const scopes = parseScopes(params.get('scope'));
    if (typeof scopes === 'string') return reply(oauthError('invalid_scope', scopes));
    const missing = scopes.find((s) => idp.unconsentedScopes.has(s));
    // Cancelling Entra's consent prompt sends consent_required to the redirect URI (MicrosoftDocs/azure-docs#59872).
    if (missing) return reply(oauthError('consent_required', consentMessage()));
    if (!idp.user) return reply(oauthError('access_denied', 'AADSTS65004: User declined to consent to access the app.'));
    // The user has signed in; now Conditional Access and MFA registration have their say. A browser (or an Electron
    // window) brings no device identity, so "require compliant device" refuses it.
    const refusal = signInRefusal('browser', false);
    if (policies.errorPageInsteadOfRedirect) return stuckPage(refusal ?? BLOCKED_BY_CA);
    if (refusal) return reply({ error: refusal.error, error_description: refusal.description, ...(refusal.suberror ? { suberror: refusal.suberror } : {}) });
    const code = `demo-code.${randomBytes(24).toString('base64url')}`;
    codes.set(code, { clientId, redirectUri, challenge, scopes, user: idp.user, expiresAt: now().getTime() + CODE_LIFETIME_MS });
    return reply({ code, client_info: clientInfo(idp.user) });
  }

  function deviceCode(form: URLSearchParams): Response {
    if (form.get('client_id') !== clientId) return unknownClient(form);
    const scopes = parseScopes(form.get('scope'));
    if (typeof scopes === 'string') return error(400, 'invalid_scope', 70011, scopes);
    const userCode = newUserCode();
    const device = randomBytes(32).toString('base64url');
    const lifetime = options.deviceCodeLifetimeSec ?? 900;
    const issuedAt = now().getTime();
    const auto = options.autoApproveDeviceCodesAfterMs;
    deviceCodes.set(device, { userCode, scopes, expiresAt: issuedAt + lifetime * 1000, approveAt: auto === undefined ? null : issuedAt + auto, user: null, declined: false });
    const verificationUri = `https://${DEMO_AUTHORITY_HOST}/devicelogin`;
    return Response.json({
      user_code: userCode,
      device_code: device,
      verification_uri: verificationUri,
      expires_in: lifetime,
      interval: options.deviceCodeIntervalSec ?? 5,
      message: `To sign in, use a web browser to open the page ${verificationUri} and enter the code ${userCode} to authenticate.`,
    });
  }

  function token(form: URLSearchParams): Response {
    if (form.get('client_id') !== clientId) return unknownClient(form);
    const requested = parseScopes(form.get('scope'));
    if (typeof requested === 'string') return error(400, 'invalid_scope', 70011, requested);
    // A device code's scopes were named at /devicecode, and its consent is asked for on the phone (below).
    const consent = form.get('grant_type')?.endsWith('device_code') ? null : consentRefusal(requested);
    if (consent) return refuse(consent);
    switch (form.get('grant_type')) {
      case 'authorization_code':
        return redeemCode(form);
      case 'refresh_token':
        return redeemRefreshToken(form, requested);
      // MSAL sends Entra's short name; RFC 8628 clients send the URN.
      case 'device_code':
      case 'urn:ietf:params:oauth:grant-type:device_code':
        return redeemDeviceCode(form);
      default:
        return error(400, 'unsupported_grant_type', 70003, `AADSTS70003: The app requested an unsupported grant type '${form.get('grant_type') ?? ''}'.`);
    }
  }

  function redeemCode(form: URLSearchParams): Response {
    const code = form.get('code') ?? '';
    const entry = codes.get(code);
    codes.delete(code);
    if (!entry || entry.expiresAt <= now().getTime()) return error(400, 'invalid_grant', 70008, 'AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.');
    if (form.get('redirect_uri') !== entry.redirectUri) return error(400, 'invalid_grant', 50148, 'AADSTS50148: The redirect_uri does not match the one used in the authorization request.');
    const verifier = form.get('code_verifier') ?? '';
    if (createHash('sha256').update(verifier).digest('base64url') !== entry.challenge) {
      return error(400, 'invalid_grant', 501481, 'AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.');
    }
    return tokens(newSession(entry.user, 'browser', false), entry.scopes);
  }

  function redeemRefreshToken(form: URLSearchParams, requested: string[]): Response {
    const grant = refreshTokens.get(form.get('refresh_token') ?? '');
    if (!grant) return error(400, 'invalid_grant', 9002313, 'AADSTS9002313: Invalid request. Request is malformed or invalid.');
    const refusal = refreshRefusal(grant);
    if (refusal) return refuse(refusal);
    return tokens(grant, requested.length > 0 ? requested : grant.scopes);
  }

  function redeemDeviceCode(form: URLSearchParams): Response {
    const device = form.get('device_code') ?? '';
    const entry = deviceCodes.get(device);
    const t = now().getTime();
    if (!entry) return error(400, 'invalid_grant', 70000, 'AADSTS70000: The provided value for the input parameter device_code is not valid.');
    if (entry.expiresAt <= t) {
      deviceCodes.delete(device);
      return error(400, 'expired_token', 70020, 'AADSTS70020: The provided value for the input parameter device_code is expired.');
    }
    if (!entry.user && !entry.declined && entry.approveAt !== null && entry.approveAt <= t) {
      if (idp.user) entry.user = idp.user;
      else entry.declined = true;
    }
    if (entry.declined) {
      deviceCodes.delete(device);
      return error(400, 'authorization_declined', 70000, 'AADSTS70000: The user declined the sign-in request.');
    }
    if (!entry.user) return error(400, 'authorization_pending', 70016, 'AADSTS70016: OAuth 2.0 device flow error. Authorization is pending. Continue polling.');
    deviceCodes.delete(device);
    // The user has entered the code and signed in on the phone; a block shows there ("You don't have access to this",
    // Error Code 53003: Azure/azure-cli#32420) and the next poll answers it (az login printed AADSTS53003 after the
    // browser sign-in: Azure/azure-cli#32809). Missing admin consent shows there as "Need admin approval"
    // (Azure-Samples/active-directory-aspnetcore-webapp-openidconnect-v2#44); the poll then answers 65001.
    const refusal = consentRefusal(entry.scopes) ?? signInRefusal('deviceCode', false);
    if (refusal) return refuse(refusal);
    return tokens(newSession(entry.user, 'deviceCode', false), entry.scopes);
  }

  /** A session begun by an interactive sign-in now. */
  function newSession(user: DemoUser, origin: Flow, compliantDevice: boolean): RefreshGrant {
    // Where MFA is being asked for, the user has just done it.
    return { user, scopes: [], revoked: false, origin, signedInAt: now().getTime(), mfaDone: policies.mfa === 'stepUp', compliantDevice };
  }

  function consentRefusal(scopes: string[]): DemoRefusal | null {
    const missing = scopes.find((s) => idp.unconsentedScopes.has(s));
    // Entra's answer at the token endpoint: invalid_grant, suberror consent_required (MicrosoftDocs/azure-docs#39189).
    return missing ? { error: 'invalid_grant', code: 65001, description: consentMessage(), suberror: 'consent_required' } : null;
  }

  /** What the tenant's policies say once the user has signed in interactively (on the phone, for a device code). */
  function signInRefusal(flow: Flow, compliantDevice: boolean): DemoRefusal | null {
    if (flow === 'deviceCode' && policies.deviceCode === 'blockedByConditionalAccess') return BLOCKED_BY_CA;
    if (flow === 'deviceCode' && policies.deviceCode === 'blockedBySecurityDefaults') return BLOCKED_BY_SECURITY_DEFAULTS;
    if (policies.compliantDevice && !compliantDevice) return flow === 'deviceCode' ? DEVICE_AUTHENTICATION_REQUIRED : { ...DEVICE_NOT_COMPLIANT, error: 'interaction_required' };
    if (policies.mfa === 'registration') return MFA_REGISTRATION_REQUIRED;
    return null;
  }

  /** What the policies say when a session is renewed: Entra evaluates them at every refresh too. */
  function refreshRefusal(grant: RefreshGrant): DemoRefusal | null {
    if (grant.revoked) {
      return { error: 'invalid_grant', code: 50173, description: 'AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.' };
    }
    // "Protocol tracking state is sustained through subsequent refreshes": a device-code session is refused once device
    // code is blocked (Conditional Access: Authentication flows; AADSTS530036 in "Conditional Access: Authentication
    // transfer" › Troubleshooting). Security defaults are assumed to re-check it the same way (the stricter reading).
    if (grant.origin === 'deviceCode' && policies.deviceCode !== 'allowed') return DEVICE_CODE_SESSION_RECHECKED;
    const frequency = policies.signInFrequencyMinutes;
    if (frequency !== null && now().getTime() - grant.signedInAt > frequency * 60_000) return signInFrequencyRefusal(grant.signedInAt, frequency);
    if (policies.compliantDevice && !grant.compliantDevice) return DEVICE_NOT_COMPLIANT;
    if (policies.mfa === 'registration') return MFA_REGISTRATION_REQUIRED;
    if (policies.mfa === 'stepUp' && !grant.mfaDone) return MFA_REQUIRED;
    return null;
  }

  function refuse(refusal: DemoRefusal): Response {
    return error(400, refusal.error, refusal.code, refusal.description, refusal.suberror);
  }

  interface TokenSet {
    accessToken: string;
    idToken: string;
    idTokenClaims: Record<string, unknown>;
    refreshToken: string;
    scopes: string[];
    expiresOn: number;
  }

  /** Issues tokens for `scopes` in `session`, whose new refresh token carries the session on. */
  function mint(session: RefreshGrant, scopes: string[]): TokenSet {
    const { user } = session;
    const iat = Math.floor(now().getTime() / 1000);
    const resourceScopes = scopes.filter((s) => !OIDC_SCOPES.has(s));
    const accessToken = signJwt(
      {
        aud: GRAPH_RESOURCE,
        iss: `https://sts.${DEMO_AUTHORITY_HOST.replace(/^login\./, '')}/${DEMO_TENANT_ID}/`,
        iat,
        nbf: iat,
        exp: iat + accessLifetime,
        appid: clientId,
        name: user.name,
        oid: user.id,
        upn: user.username,
        scp: resourceScopes.map((s) => s.slice(GRAPH_RESOURCE.length + 1)).join(' '),
        tid: DEMO_TENANT_ID,
        wids: [...(user.roles ?? [])],
        jti: randomBytes(12).toString('base64url'),
      },
      signingKey,
    );
    const idTokenClaims = {
      aud: clientId,
      iss: `${authority}/v2.0`,
      iat,
      nbf: iat,
      exp: iat + ID_TOKEN_LIFETIME_SEC,
      name: user.name,
      oid: user.id,
      preferred_username: user.username,
      sub: base64url(createHash('sha256').update(`${user.id}:${clientId}`).digest()),
      tid: DEMO_TENANT_ID,
      ver: '2.0',
    };
    const idToken = signJwt(idTokenClaims, signingKey);
    const refreshToken = `demo-rt.${randomBytes(32).toString('base64url')}`;
    refreshTokens.set(refreshToken, { ...session, scopes, revoked: false });
    issuedTokens.push(accessToken, idToken, refreshToken);
    return { accessToken, idToken, idTokenClaims, refreshToken, scopes: resourceScopes, expiresOn: iat + accessLifetime };
  }

  function tokens(session: RefreshGrant, scopes: string[]): Response {
    const set = mint(session, scopes);
    return Response.json({
      token_type: 'Bearer',
      scope: set.scopes.join(' '),
      expires_in: accessLifetime,
      ext_expires_in: accessLifetime,
      access_token: set.accessToken,
      refresh_token: set.refreshToken,
      id_token: set.idToken,
      client_info: clientInfo(session.user),
    });
  }

  function newUserCode(): string {
    if (options.userCode) return options.userCode();
    const letters = 'BCDFGHJKLMNPQRSTVWXZ23456789';
    let code = '';
    for (let i = 0; i < 9; i++) code += letters[randomInt(letters.length)];
    return code;
  }

  function unknownClient(form: URLSearchParams): Response {
    return error(400, 'unauthorized_client', 700016, `AADSTS700016: Application with identifier '${form.get('client_id') ?? ''}' was not found in the directory '${DEMO_TENANT_ID}'.`);
  }

  function error(status: number, code: string, number: number, description: string, suberror?: string): Response {
    return Response.json(
      {
        error: code,
        error_description: description,
        error_codes: [number],
        timestamp: now().toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
        trace_id: stableGuid(`trace:${requests.length}`),
        correlation_id: stableGuid(`correlation:${requests.length}`),
        ...(suberror ? { suberror } : {}),
      },
      { status },
    );
  }

  return idp;
}

/** Resource scopes must be Graph's; the OpenID ones are always allowed. */
function parseScopes(raw: string | null): string[] | string {
  const scopes = (raw ?? '').split(' ').filter(Boolean);
  const foreign = scopes.find((s) => !OIDC_SCOPES.has(s) && !s.startsWith(`${GRAPH_RESOURCE}/`));
  if (foreign) return `AADSTS70011: The provided value for the input parameter 'scope' is not valid. The scope ${foreign} is not valid.`;
  return scopes;
}

/** Entra's words (MicrosoftDocs/azure-docs#39189, #37204); it does not name the scope, so neither does the demo. */
function consentMessage(): string {
  return `AADSTS65001: The user or administrator has not consented to use the application with ID '${DEMO_CLIENT_ID}' named '${DEMO_APP_NAME}'. Send an interactive authorization request for this user and resource.`;
}

// Entra's refusals, with the wording of the error codes reference
// (https://learn.microsoft.com/entra/identity-platform/reference-error-codes) or of the answers quoted in public reports.
// Conditional Access blocks come as invalid_grant with suberror message_only at the token endpoint (an Azure SDK log of
// AADSTS53003 shows exactly that shape); MSAL treats that suberror as "interaction required".

/** A CA policy blocks the sign-in; for device code, the "Authentication flows" condition (Conditional Access: Authentication flows). */
const BLOCKED_BY_CA: DemoRefusal = {
  error: 'invalid_grant',
  code: 53003,
  description: 'AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  suberror: 'message_only',
};

/** Security defaults block device code flow (AADSTS530035 BlockedBySecurityDefaults in the error codes reference). */
const BLOCKED_BY_SECURITY_DEFAULTS: DemoRefusal = {
  error: 'invalid_grant',
  code: 530035,
  description: 'AADSTS530035: Access has been blocked by security defaults. This is due to the request using legacy auth or being deemed unsafe by security defaults policies.',
  suberror: 'message_only',
};

/** A device-code session renewed after device code was blocked; the text is the troubleshooting section's, as no raw answer was found. */
const DEVICE_CODE_SESSION_RECHECKED: DemoRefusal = {
  error: 'invalid_grant',
  code: 530036,
  description: 'AADSTS530036: The refresh token is invalid due to authentication flow checks by Conditional Access.',
  suberror: 'message_only',
};

/**
 * "Require device to be marked as compliant", a sign-in without a compliant device's identity: the full text is in
 * AzureAD/microsoft-authentication-library-for-dotnet#2821; it reaches apps as interaction_required
 * (wkh237/react-native-azure-ad#43). Only a broker on an Entra-joined, compliant PC brings that identity.
 */
const DEVICE_NOT_COMPLIANT: DemoRefusal = {
  error: 'invalid_grant',
  code: 53000,
  description:
    'AADSTS53000: Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant. The user must enroll their device with an approved MDM provider like Intune.',
  suberror: 'message_only',
};

/**
 * Device code never satisfies a device-state control: "the device that is performing authentication can't provide
 * its device state to the device that is providing a code" (Conditional Access: Grant). Reports show AADSTS50097 for
 * it (Azure/azure-powershell#9427, https://tech.nicolonsky.ch/device-code-auth-ca/); newer ones quote 530033.
 */
const DEVICE_AUTHENTICATION_REQUIRED: DemoRefusal = {
  error: 'invalid_grant',
  code: 50097,
  description: 'AADSTS50097: Device authentication is required.',
  suberror: 'message_only',
};

/** MFA now asked for, and the session has none: invalid_grant, suberror basic_action (AzureAD/microsoft-authentication-library-for-objc#1391, microsoft/vscode-tools-for-ai#2451). */
const MFA_REQUIRED: DemoRefusal = {
  error: 'invalid_grant',
  code: 50076,
  description: `AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '${GRAPH_APP_ID}'.`,
  suberror: 'basic_action',
};

/** The user has no MFA method registered: interaction_required (AzureAD/azure-activedirectory-library-for-nodejs#151, juunas11/aspnetcore2aadauth#6). */
const MFA_REGISTRATION_REQUIRED: DemoRefusal = {
  error: 'interaction_required',
  code: 50079,
  description: `AADSTS50079: Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access '${GRAPH_APP_ID}'.`,
  suberror: 'basic_action',
};

/** Sign-in frequency: invalid_grant, suberror token_expired, with the issue time and the allowed lifetime in seconds (simonrob/email-oauth2-proxy#181). */
function signInFrequencyRefusal(signedInAt: number, minutes: number): DemoRefusal {
  const issued = new Date(signedInAt).toISOString().replace(/Z$/, '0000Z');
  return {
    error: 'invalid_grant',
    code: 70043,
    description: `AADSTS70043: The refresh token has expired or is invalid due to sign-in frequency checks by conditional access. The token was issued on ${issued} and the maximum allowed lifetime for this request is ${minutes * 60}.`,
    suberror: 'token_expired',
  };
}

function oauthError(code: string, description: string): Record<string, string> {
  return { error: code, error_description: description };
}

function clientInfo(user: DemoUser): string {
  return base64url(JSON.stringify({ uid: user.id, utid: DEMO_TENANT_ID }));
}

/** Entra accepts any port for a redirect URI registered as http://localhost. */
function isLoopbackRedirect(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' && url.hostname === 'localhost' && (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash;
  } catch {
    return false;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page that makes the browser post the answer to the app's loopback address (response_mode=form_post). */
function formPost(action: string, fields: Record<string, string>): Response {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  const html = `<!doctype html><html><head><title>Working...</title></head><body><form method="POST" action="${escapeHtml(action)}">${inputs}<noscript><button type="submit">Continue</button></noscript></form><script>document.forms[0].submit()</script></body></html>`;
  return new Response(html, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}

function errorPage(message: string): Response {
  return new Response(`<!doctype html><html><head><title>Sign in</title></head><body><p>Sorry, but we're having trouble signing you in.</p><p id="error">${escapeHtml(message)}</p></body></html>`, {
    status: 400,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}

/**
 * A page Entra shows instead of sending the browser back, such as its Conditional Access block ("You don't have access
 * to this", Azure/azure-cli#32420): no form, so the kiosk's loopback listener hears nothing.
 */
function stuckPage(refusal: DemoRefusal): Response {
  return new Response(
    `<!doctype html><html><head><title>Sign in</title></head><body><h1>You don't have access to this</h1><p>Your sign-in was successful but does not meet the criteria to access this resource. For example, you might be signing in from a browser, app, location, or an authentication flow that is restricted by your admin.</p><p>Error Code: ${refusal.code}</p><p id="details">${escapeHtml(refusal.description)}</p></body></html>`,
    { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } },
  );
}
