// The demo tenant as the kiosk core is handed it: the simulated Graph and the identity provider that MSAL signs in at,
// put together where the app is (npm start, the preview, tests, the bench) when no tenant is configured.
import { SECRET_KINDS } from '../core/contract';
import { isRotatable } from '../core/secrets';
import type { KioskTenant } from '../core/tenant';
import { createDemoGraph, type DemoGraph, type DemoGraphOptions } from './graph';
import { createDemoBrowser, createDemoIdentityProvider, DEMO_AUTHORITY_HOST, DEMO_TENANT_ID, type DemoIdentityProvider } from './idp';
import { DEMO_TENANT_NAME } from './seed';
import { listenOnLoopback } from './server';

/** The demo tenant of a Graph that is already listening (`graphUrl`, with or without `/v1.0`). */
export function demoTenant(options: { graphUrl: string; identity?: DemoIdentityProvider }): KioskTenant {
  const identity = options.identity ?? createDemoIdentityProvider({ autoApproveDeviceCodesAfterMs: 4_000, deviceCodeIntervalSec: 1 });
  return {
    mode: 'demo',
    tenantId: DEMO_TENANT_ID,
    clientId: identity.clientId,
    name: DEMO_TENANT_NAME,
    authority: identity.authority,
    graphBaseUrl: `${options.graphUrl.replace(/\/v1\.0\/?$/, '').replace(/\/+$/, '')}/v1.0`,
    signIn: {
      // The demo identity provider answers in process; nothing else may be asked (no cloud discovery, no telemetry).
      fetch: async (url, init) => {
        if (new URL(url).host !== DEMO_AUTHORITY_HOST) throw new Error('The demo tenant signs in only at its own identity provider.');
        return identity.handle(new Request(url, init));
      },
      openBrowser: createDemoBrowser({ identityProvider: identity.handle }),
      autoSignIn: true,
      // The demo shows every sign-in a tenant may allow; kiosk mode still leaves out the system browser.
      methods: ['window', 'browser', 'deviceCode'],
      // The demo identity provider's keys die with the process, so its tokens would be useless after a restart.
      memoryOnlyTokens: true,
    },
    // The demo shows what a tenant can turn on: remote lock, every secret kind with the rotation of a seen key where
    // Intune offers one, and a reason asked for but skippable.
    defaults: {
      features: { remoteLock: true },
      secrets: Object.fromEntries(SECRET_KINDS.map((kind) => [kind, { enabled: true, ...(isRotatable(kind) ? { rotate: true } : {}) }])),
      revealReason: {
        mode: 'optional',
        choices: ['Locked out at the counter', 'Forgot password', 'BitLocker recovery after a hardware change', 'Device handed back'],
      },
    },
  };
}

export interface RunningDemoTenant {
  tenant: KioskTenant;
  graph: DemoGraph;
  identity: DemoIdentityProvider;
  close(): Promise<void>;
}

/**
 * Starts the built-in demo tenant on loopback: its Graph checks the tokens of its identity provider, and the demo
 * technician's phone "approves" a device code after a few seconds, so that flow can be shown too.
 */
export async function startDemoTenant(
  options: { latencyMs?: number; graph?: Omit<DemoGraphOptions, 'verifyToken'>; identity?: DemoIdentityProvider } = {},
): Promise<RunningDemoTenant> {
  const identity = options.identity ?? createDemoIdentityProvider({ autoApproveDeviceCodesAfterMs: 4_000, deviceCodeIntervalSec: 1 });
  const graph = createDemoGraph({ latencyMs: options.latencyMs ?? 0, ...options.graph, verifyToken: identity.verifyAccessToken });
  const server = await listenOnLoopback(graph.handle);
  return { tenant: demoTenant({ graphUrl: server.url, identity }), graph, identity, close: () => server.close() };
}
