// The real broker plugin (@azure/msal-node-extensions' NativeBrokerPlugin over @azure/msal-node-runtime), loaded in
// plain Node with keytar replaced by build/keytar-absent.cjs (test/vitest.config.ts), as the main-process bundle does.
// Where msal-node-runtime cannot load its binaries (Debian here, an unsupported OS or architecture) the broker is
// unavailable, and a real PublicClientApplication handed the plugin must go on with its normal flows (DESIGN.md §7).
import { PublicClientApplication, type INetworkModule, type NetworkResponse } from '@azure/msal-node';
import { NativeBrokerPlugin } from '@azure/msal-node-extensions';
import { msalNodeRuntime } from '@azure/msal-node-runtime';
import { describe, expect, it } from 'vitest';
import { loadNativeBroker } from '../../electron/core/auth/broker';

const startupError = (msalNodeRuntime as { StartupError?: { errorContext?: string } }).StartupError;
/** Where the runtime loads (Windows, macOS, a supported Linux), the broker may really be there: nothing to fall back from. */
const runtimeLoaded = startupError === undefined;
const skipped = runtimeLoaded ? ` (skipped: msal-node-runtime loaded its binaries on ${process.platform}/${process.arch}, so the broker may be available)` : '';

const TENANT = '7f4d6c1e-2b5a-4e8f-9c3d-1a2b3c4d5e6f';
const CLIENT_ID = '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const AUTHORITY = `https://login.microsoftonline.com/${TENANT}`;
const BROKER_REDIRECT_URI = `ms-appx-web://Microsoft.AAD.BrokerPlugin/${CLIENT_ID}`;

/** Entra's OpenID metadata for the tenant, and nothing else: any other request fails the test. */
function metadataOnly(requested: string[]): INetworkModule {
  const v2 = `${AUTHORITY}/oauth2/v2.0`;
  const answer = async <T>(url: string): Promise<NetworkResponse<T>> => {
    requested.push(url);
    if (!url.startsWith(`${AUTHORITY}/v2.0/.well-known/openid-configuration`)) throw new Error(`unexpected request ${url}`);
    const body = {
      token_endpoint: `${v2}/token`,
      authorization_endpoint: `${v2}/authorize`,
      end_session_endpoint: `${v2}/logout`,
      issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    };
    return { headers: {}, body: body as T, status: 200 };
  };
  return { sendGetRequestAsync: answer, sendPostRequestAsync: answer };
}

describe('the real broker plugin under plain Node', () => {
  it('loads with keytar stubbed out, and reports exactly what msal-node-runtime reported', async () => {
    const broker = await loadNativeBroker();
    expect(broker.plugin).toBeInstanceOf(NativeBrokerPlugin);
    expect(broker.plugin!.isBrokerAvailable).toBe(runtimeLoaded);
    if (!runtimeLoaded) expect(broker).toMatchObject({ unavailable: startupError?.errorContext });
  });

  it.skipIf(runtimeLoaded)(`reports the broker unavailable here, with the runtime's startup error${skipped}`, async () => {
    const broker = await loadNativeBroker();
    expect(broker.plugin?.isBrokerAvailable).toBe(false);
    expect('unavailable' in broker && typeof broker.unavailable === 'string' && broker.unavailable.length > 0).toBe(true);
  });

  it.skipIf(runtimeLoaded)(`leaves a PublicClientApplication given the unavailable plugin on its normal flows${skipped}`, async () => {
    const { plugin } = await loadNativeBroker();
    const warnings: string[] = [];
    const requested: string[] = [];
    const pca = new PublicClientApplication({
      auth: { clientId: CLIENT_ID, authority: AUTHORITY, knownAuthorities: ['login.microsoftonline.com'] },
      broker: { nativeBrokerPlugin: plugin! },
      system: {
        networkClient: metadataOnly(requested),
        loggerOptions: { piiLoggingEnabled: false, loggerCallback: (_level, message) => warnings.push(message) },
      },
    });
    expect(warnings.some((m) => m.includes('NativeBroker implementation was provided but the broker is unavailable'))).toBe(true);

    // Accounts come from MSAL's own (empty) cache, not from the broker.
    expect(await pca.getAllAccounts()).toEqual([]);

    // An interactive sign-in asked of the broker (its redirect URI, a window handle) runs MSAL's loopback browser flow.
    const opened: string[] = [];
    const stop = new Error('stop at the browser');
    await expect(
      pca.acquireTokenInteractive({
        scopes: ['User.Read'],
        redirectUri: BROKER_REDIRECT_URI,
        windowHandle: Buffer.alloc(8),
        openBrowser: async (url) => {
          opened.push(url);
          throw stop;
        },
      }),
    ).rejects.toBe(stop);
    expect(opened).toHaveLength(1);
    const authorize = new URL(opened[0]!);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${AUTHORITY}/oauth2/v2.0/authorize`);
    expect(authorize.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(authorize.searchParams.get('redirect_uri')).toMatch(/^http:\/\/localhost:\d+$/);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(requested.every((url) => url.startsWith(`${AUTHORITY}/v2.0/.well-known/openid-configuration`))).toBe(true);
  });
});
