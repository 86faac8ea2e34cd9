import packageJson from '../../package.json' with { type: 'json' };
import { createDemoGraph, DEMO_TENANT_NAME, listenOnLoopback } from '../demo';
import type { KioskBridge, KioskEvent } from './contract';
import { DeviceLookup } from './devices/lookup';
import { KioskFailure } from './errors';
import { createGraphClient, type FetchLike, type GraphClient } from './graph/client';
import { createRouter } from './router';

export type { KioskBridge, KioskEvent } from './contract';

export const PUBLIC_GRAPH_URL = 'https://graph.microsoft.com/v1.0';

export interface TenantOptions {
  tenantId: string;
  clientId: string;
  /** Shown on screen; defaults to the tenant id. */
  name?: string;
  graphBaseUrl?: string;
}

export interface KioskCoreOptions {
  /** Folder for the kiosk's own files (token and offline caches). */
  dataDir: string;
  /** The Intune tenant. Without one, the kiosk runs on the built-in demo tenant. */
  tenant?: TenantOptions;
  /** Demo mode only: a Graph to use instead of starting the built-in one (a simulator a test controls). */
  demoGraphUrl?: string;
  /** Demo mode only: delay of the built-in demo Graph, so progress is visible. */
  demoLatencyMs?: number;
  fetch?: FetchLike;
  now?: () => Date;
  requestTimeoutMs?: number;
  /** Receives diagnostic lines; never given a PIN, token or Graph data. */
  log?: (line: string) => void;
}

export interface KioskCore extends KioskBridge {
  dispose(): Promise<void>;
}

export function createKioskCore(options: KioskCoreOptions): KioskCore {
  if (typeof options.dataDir !== 'string' || options.dataDir === '') throw new TypeError('createKioskCore needs a dataDir');
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.error(`[kiosk] ${line}`));
  const listeners = new Set<(event: KioskEvent) => void>();
  const emit = (event: KioskEvent) => listeners.forEach((l) => l(event));

  const demo = options.tenant ? null : startDemo(options);
  let online = true;
  // The demo Graph listens on an ephemeral port, so the base URL is known only once it has started.
  const baseUrl = demo ? demo.url.then((url) => `${url}/v1.0`) : Promise.resolve(options.tenant?.graphBaseUrl ?? PUBLIC_GRAPH_URL);
  const client = baseUrl.then((url) =>
    createGraphClient({
      baseUrl: url,
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
      getToken: async () => {
        if (demo) return 'demo-token';
        throw new KioskFailure('not_signed_in', 'Sign in with your work account to look up devices.');
      },
      timeoutMs: options.requestTimeoutMs ?? 15_000,
      now,
      onReachability: (reachable) => {
        if (reachable === online) return;
        online = reachable;
        emit({ name: 'app:status', payload: { online, since: now().toISOString() } });
      },
    }),
  );
  client.catch(() => {});
  const graph: GraphClient = { get: async (path, signal) => (await client).get(path, signal) };

  const lookup = new DeviceLookup({ graph, now, maxSearchPages: 5, pageSize: 100, pinReuseMs: 120_000 });

  const invoke = createRouter(
    {
      'app:info': async () => ({
        name: 'Unlock PIN Kiosk',
        version: packageJson.version,
        mode: demo ? 'demo' : 'tenant',
        tenantName: options.tenant ? (options.tenant.name ?? options.tenant.tenantId) : DEMO_TENANT_NAME,
      }),
      'devices:search': ({ query }) => lookup.search(query),
      'devices:get': ({ id }) => lookup.get(id),
      'pin:reveal': ({ id }) => lookup.revealPin(id),
    },
    log,
  );

  return {
    invoke: invoke as KioskBridge['invoke'],
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async dispose() {
      listeners.clear();
      lookup.forgetPins();
      await demo?.close();
    },
  };
}

function startDemo(options: KioskCoreOptions) {
  if (options.demoGraphUrl) {
    return { url: Promise.resolve(options.demoGraphUrl.replace(/\/v1\.0\/?$/, '')), close: async () => {} };
  }
  const server = listenOnLoopback(createDemoGraph({ latencyMs: options.demoLatencyMs ?? 0 }).handle);
  // Callers that never invoke still dispose cleanly; a failed start surfaces on the first lookup.
  server.catch(() => {});
  return {
    url: server.then(
      (s) => s.url,
      () => {
        throw new KioskFailure('offline', 'The built-in demo tenant could not start on this computer. Restart the kiosk.');
      },
    ),
    close: async () => (await server.catch(() => null))?.close(),
  };
}
