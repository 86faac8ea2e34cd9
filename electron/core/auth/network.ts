// How MSAL reaches the sign-in service: through a fetch-style port, so the shell can pass a proxy-aware fetch
// and the demo tenant can answer in process.
import { AuthError, type INetworkModule, type NetworkRequestOptions, type NetworkResponse } from '@azure/msal-node';

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
    try {
      return { status: response.status, headers, body: JSON.parse(text) as T };
    } catch {
      throw new AuthError('token_parsing_error', `The sign-in service answered ${response.status} with something that is not JSON.`);
    }
  }
  return {
    sendGetRequestAsync: (url, options, timeout) => request('GET', url, options, timeout),
    sendPostRequestAsync: (url, options) => request('POST', url, options),
  };
}
