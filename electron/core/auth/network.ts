// How MSAL reaches the sign-in service: through a fetch-style port, so the shell can pass a proxy-aware fetch
// and the demo tenant can answer in process.
import { AuthError, ServerError, type INetworkModule, type NetworkRequestOptions, type NetworkResponse } from '@azure/msal-node';

export type SignInFetch = (url: string, init: RequestInit) => Promise<Response>;

export function fetchNetworkClient(send: SignInFetch, timeoutMs: number): INetworkModule {
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
    // MSAL reads a refused device-code request as a code of undefined; the refusal (wrong client or tenant) matters.
    if (method === 'POST' && new URL(url).pathname.endsWith('/devicecode') && response.status >= 400) {
      const refusal = body as { error?: unknown; error_description?: unknown };
      throw new ServerError(String(refusal.error ?? 'invalid_request'), typeof refusal.error_description === 'string' ? refusal.error_description : '');
    }
    return { status: response.status, headers, body: body as T };
  }
  return {
    sendGetRequestAsync: (url, options, timeout) => request('GET', url, options, timeout),
    sendPostRequestAsync: (url, options) => request('POST', url, options),
  };
}
