// How MSAL reaches the sign-in service: through a fetch-style port, so the shell can pass a proxy-aware fetch
// and the demo tenant can answer in process.
import type { FetchLike } from '../fetch';
import { AuthError, LogLevel, ServerError, type Configuration, type INetworkModule, type NetworkRequestOptions, type NetworkResponse } from '@azure/msal-node';

/** MSAL's client settings for a tenant, the same for the kiosk's sign-in and the tenant check. */
export function msalConfiguration(setup: { clientId: string; authority: string; network: INetworkModule }): Configuration {
  return {
    auth: {
      clientId: setup.clientId,
      authority: setup.authority,
      // Trusting the configured authority skips instance discovery, which only the public cloud could answer.
      knownAuthorities: [new URL(setup.authority).host],
    },
    system: {
      networkClient: setup.network,
      // MSAL's messages can quote Entra's error text, which may name the account: failures are logged by code instead.
      loggerOptions: { logLevel: LogLevel.Error, piiLoggingEnabled: false, loggerCallback: () => {} },
    },
  };
}

export function fetchNetworkClient(send: FetchLike, timeoutMs: number): INetworkModule {
  async function request<T>(method: 'GET' | 'POST', url: string, options?: NetworkRequestOptions, timeout?: number): Promise<NetworkResponse<T>> {
    let response: Response;
    let text: string;
    try {
      response = await send(url, {
        method,
        headers: options?.headers ?? {},
        ...(method === 'POST' ? { body: options?.body ?? '' } : {}),
        signal: AbortSignal.timeout(timeout ?? timeoutMs),
      });
      text = await response.text();
    } catch {
      throw new AuthError('network_error', 'The sign-in service could not be reached.');
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new AuthError('token_parsing_error', `The sign-in service answered ${response.status} with something that is not JSON.`);
    }
    // MSAL reads a refused device-code request as a code of undefined, and a refused device-code poll as
    // post_request_failed without Entra's codes (DESIGN.md §7): both are read here, so the refusal reaches the screen.
    if (method === 'POST' && response.status >= 400 && (isDeviceCodeRequest(url) || isDeviceCodePoll(options?.body))) {
      const refusal = entraRefusal(body);
      if (refusal.error !== 'authorization_pending' && refusal.error !== 'slow_down') {
        throw new ServerError(refusal.error, '', refusal.description, refusal.suberror, refusal.errorNo, response.status);
      }
    }
    return { status: response.status, headers, body: body as T };
  }
  return {
    sendGetRequestAsync: (url, options, timeout) => request('GET', url, options, timeout),
    sendPostRequestAsync: (url, options) => request('POST', url, options),
  };
}

function isDeviceCodeRequest(url: string): boolean {
  return new URL(url).pathname.endsWith('/devicecode');
}

function isDeviceCodePoll(body: string | undefined): boolean {
  const grant = new URLSearchParams(body ?? '').get('grant_type');
  return grant === 'device_code' || grant === 'urn:ietf:params:oauth:grant-type:device_code';
}

/** Entra's error answer: `error`, `error_description` (AADSTS text), `error_codes`, `suberror`. */
function entraRefusal(body: unknown): { error: string; description: string; suberror?: string; errorNo?: string } {
  const answer = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const codes = Array.isArray(answer.error_codes) ? answer.error_codes : [];
  return {
    error: typeof answer.error === 'string' ? answer.error : 'invalid_request',
    description: typeof answer.error_description === 'string' ? answer.error_description : '',
    ...(typeof answer.suberror === 'string' && { suberror: answer.suberror }),
    ...(typeof codes[0] === 'number' && { errorNo: String(codes[0]) }),
  };
}
