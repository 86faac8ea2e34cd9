// The demo tenant's identity provider: a small Microsoft Entra ID look-alike (OpenID discovery, authorize with PKCE
// and form_post, token for authorization code, refresh token and device code, and the device-code endpoint), written
// as a fetch-style handler so MSAL can talk to it in process. It issues the tokens the simulated Graph accepts.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { stableGuid } from '../seed';
import { base64url, signJwt, verifyJwt } from './jwt';

/** Never resolvable (RFC 6761), so nothing but the in-process network client can reach it. */
export const DEMO_AUTHORITY_HOST = 'login.demo.invalid';
export const DEMO_TENANT_ID = stableGuid('demo tenant');
export const DEMO_CLIENT_ID = stableGuid('demo kiosk app registration');
export const DEMO_AUTHORITY = `https://${DEMO_AUTHORITY_HOST}/${DEMO_TENANT_ID}`;
/** The resource the kiosk asks tokens for, as on a real tenant. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

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
}

export type AccessTokenCheck =
  | { ok: true; username: string; scopes: string[]; roles: string[] }
  | { ok: false; reason: 'expired' | 'invalid' };

export interface DemoIdentityProvider {
  readonly authority: string;
  readonly clientId: string;
  handle(request: Request): Promise<Response>;
  /** Every request received (method, path and grant type; never a body). */
  readonly requests: Array<{ method: string; url: string; grantType?: string }>;
  /** Who signs in at the authorize page and approves device codes; null declines (access_denied). */
  user: DemoUser | null;
  /** Scopes no administrator consented to: asking for one answers consent_required (AADSTS65001). */
  readonly unconsentedScopes: Set<string>;
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

interface RefreshGrant {
  user: DemoUser;
  scopes: string[];
  revoked: boolean;
}

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

  const idp: DemoIdentityProvider = {
    authority,
    clientId,
    handle,
    requests,
    user: DEMO_TECHNICIAN_USER,
    unconsentedScopes: new Set(),
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
    if (missing) return reply(oauthError('consent_required', consentMessage(missing)));
    if (!idp.user) return reply(oauthError('access_denied', 'AADSTS65004: User declined to consent to access the app.'));
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
    const missing = requested.find((s) => idp.unconsentedScopes.has(s));
    if (missing) return error(400, 'invalid_grant', 65001, consentMessage(missing), 'consent_required');
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
    return tokens(entry.user, entry.scopes);
  }

  function redeemRefreshToken(form: URLSearchParams, requested: string[]): Response {
    const grant = refreshTokens.get(form.get('refresh_token') ?? '');
    if (!grant) return error(400, 'invalid_grant', 9002313, 'AADSTS9002313: Invalid request. Request is malformed or invalid.');
    if (grant.revoked) {
      return error(400, 'invalid_grant', 50173, "AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.");
    }
    return tokens(grant.user, requested.length > 0 ? requested : grant.scopes);
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
    return tokens(entry.user, entry.scopes);
  }

  function tokens(user: DemoUser, scopes: string[]): Response {
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
    const idToken = signJwt(
      {
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
      },
      signingKey,
    );
    const refreshToken = `demo-rt.${randomBytes(32).toString('base64url')}`;
    refreshTokens.set(refreshToken, { user, scopes, revoked: false });
    issuedTokens.push(accessToken, idToken, refreshToken);
    return Response.json({
      token_type: 'Bearer',
      scope: resourceScopes.join(' '),
      expires_in: accessLifetime,
      ext_expires_in: accessLifetime,
      access_token: accessToken,
      refresh_token: refreshToken,
      id_token: idToken,
      client_info: clientInfo(user),
    });
  }

  function newUserCode(): string {
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

function consentMessage(scope: string): string {
  return `AADSTS65001: The user or administrator has not consented to use the application with ID '${DEMO_CLIENT_ID}'. Send an interactive authorization request for this user and resource (${scope}).`;
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
