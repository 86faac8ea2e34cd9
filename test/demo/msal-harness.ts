// Real msal-node against the demo identity provider, in process: MSAL's network port answered by the provider's
// handler (knownAuthorities, so no cloud discovery), every token-endpoint answer kept raw, since msal-node drops
// Entra's codes from some refusals (DESIGN.md §7). And the wire-level steps a browser or a phone would take.
import { createHash, randomBytes } from 'node:crypto';
import { PublicClientApplication, type INativeBrokerPlugin, type INetworkModule, type NetworkRequestOptions } from '@azure/msal-node';
import { DEMO_AUTHORITY_HOST, type DemoIdentityProvider } from '../../electron/demo';

export const READ = 'https://graph.microsoft.com/DeviceManagementManagedDevices.Read.All';

export interface EntraError {
  error: string;
  error_description: string;
  error_codes: number[];
  timestamp: string;
  trace_id: string;
  correlation_id: string;
  suberror?: string;
}

/** A PublicClientApplication whose every request goes to `idp`; `answers` holds each token-endpoint answer as sent. */
export function msalFor(idp: DemoIdentityProvider, nativeBrokerPlugin?: INativeBrokerPlugin) {
  const answers: Array<{ status: number; body: Record<string, unknown> }> = [];
  const send = async <T>(method: string, url: string, options?: NetworkRequestOptions) => {
    const response = await idp.handle(new Request(url, { method, headers: options?.headers, ...(method === 'POST' ? { body: options?.body ?? '' } : {}) }));
    const body = (await response.json()) as Record<string, unknown>;
    if (new URL(url).pathname.endsWith('/token')) answers.push({ status: response.status, body });
    return { headers: Object.fromEntries(response.headers), body: body as T, status: response.status };
  };
  const networkClient: INetworkModule = {
    sendGetRequestAsync: (url, options) => send('GET', url, options),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
  };
  const pca = new PublicClientApplication({
    auth: { clientId: idp.clientId, authority: idp.authority, knownAuthorities: [DEMO_AUTHORITY_HOST] },
    ...(nativeBrokerPlugin ? { broker: { nativeBrokerPlugin } } : {}),
    system: { networkClient, loggerOptions: { loggerCallback: () => {}, piiLoggingEnabled: false } },
  });
  return { pca, answers };
}

const post = (idp: DemoIdentityProvider, path: string, fields: Record<string, string>) =>
  idp.handle(
    new Request(`${idp.authority}/oauth2/v2.0/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: idp.clientId, ...fields }).toString(),
    }),
  );

/** Opens the authorize page as a browser would and reads the fields it would post to the app's redirect URI. */
export async function authorize(idp: DemoIdentityProvider, scope = READ) {
  const verifier = randomBytes(32).toString('base64url');
  const url = new URL(`${idp.authority}/oauth2/v2.0/authorize`);
  for (const [k, v] of Object.entries({
    client_id: idp.clientId,
    redirect_uri: 'http://localhost:1234',
    response_type: 'code',
    response_mode: 'form_post',
    scope: `openid offline_access ${scope}`,
    state: 's1',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  })) {
    url.searchParams.set(k, v);
  }
  const page = await idp.handle(new Request(url));
  const html = await page.text();
  const fields = Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [m[1]!, m[2]!.replace(/&#(\d+);/g, (_x, c: string) => String.fromCharCode(Number(c)))]));
  return { status: page.status, html, fields, verifier };
}

/** A browser sign-in, code redeemed: the token endpoint's JSON. */
export async function browserSignIn(idp: DemoIdentityProvider, scope = READ) {
  const { fields, verifier } = await authorize(idp, scope);
  if (!fields.code) throw new Error(`no code: ${JSON.stringify(fields)}`);
  const answer = await post(idp, 'token', { grant_type: 'authorization_code', code: fields.code, code_verifier: verifier, redirect_uri: 'http://localhost:1234', scope });
  return (await answer.json()) as { refresh_token: string; access_token: string };
}

/** A device code, and a poll of the token endpoint for it, as MSAL polls. */
export async function startDeviceCode(idp: DemoIdentityProvider, scope = READ) {
  const { device_code: deviceCode, user_code: userCode } = (await (await post(idp, 'devicecode', { scope: `openid offline_access ${scope}` })).json()) as { device_code: string; user_code: string };
  const poll = async () => {
    const answer = await post(idp, 'token', { grant_type: 'device_code', device_code: deviceCode, scope: `openid offline_access ${scope}` });
    return { status: answer.status, body: (await answer.json()) as EntraError & { refresh_token?: string; access_token?: string } };
  };
  return { userCode, poll };
}

export async function refresh(idp: DemoIdentityProvider, refreshToken: string, scope = READ) {
  const answer = await post(idp, 'token', { grant_type: 'refresh_token', refresh_token: refreshToken, scope: `openid offline_access ${scope}` });
  return { status: answer.status, body: (await answer.json()) as EntraError & { refresh_token?: string; access_token?: string } };
}

/** Whether `promise` is still pending after `ms`. */
export async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const timeout = new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms));
  return (await Promise.race([promise.then(() => 'settled', () => 'settled'), timeout])) === 'settled';
}
