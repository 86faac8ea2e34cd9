// A kiosk core configured for a tenant whose Entra ID is the demo identity provider (reached in process through
// MSAL's network port) and whose Graph is the demo Graph checking that provider's tokens, over loopback HTTP.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { configuredTenant, createKioskCore, type KioskCore, type KioskCoreOptions } from '../../electron/core';
import type { KioskEvent, Result } from '../../electron/core/contract';
import type { OpenSignInWindow, Timers } from '../../electron/core/auth';
import {
  createDemoBrowser,
  createDemoGraph,
  createDemoIdentityProvider,
  DEMO_AUTHORITY,
  DEMO_CLIENT_ID,
  DEMO_TENANT_ID,
  listenOnLoopback,
  type DemoGraph,
  type DemoIdentityOptions,
  type DemoIdentityProvider,
  type LoopbackServer,
} from '../../electron/demo';

export interface Tenant {
  idp: DemoIdentityProvider;
  graph: DemoGraph;
  server: LoopbackServer;
  dataDir: string;
  /** Added to the identity provider's clock (its tokens expire in its time). */
  skew: { ms: number };
  /** Every address MSAL asked for. */
  signInUrls: string[];
  /** Every authorize address the "browser" or the sign-in window opened. */
  opened: string[];
  /** The sign-in window as the shell would give it: the demo browser, gone once it has posted Entra's answer. */
  window: OpenSignInWindow;
  /** Every bearer token the core sent to Graph. */
  bearers: string[];
  /** Every answer and event the renderer would have received. */
  seen: unknown[];
  start(extra?: Partial<KioskCoreOptions>): KioskCore;
  close(): Promise<void>;
}

export async function startTenant(idpOptions: DemoIdentityOptions = {}): Promise<Tenant> {
  const skew = { ms: 0 };
  const idp = createDemoIdentityProvider({ deviceCodeIntervalSec: 1, ...idpOptions, now: () => new Date(Date.now() + skew.ms) });
  const graph = createDemoGraph({ verifyToken: idp.verifyAccessToken });
  const server = await listenOnLoopback(graph.handle);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-auth-'));
  const cores: KioskCore[] = [];
  const browser = createDemoBrowser({ identityProvider: idp.handle });
  const tenant: Tenant = {
    idp,
    graph,
    server,
    dataDir,
    skew,
    window: (url) => {
      tenant.opened.push(url);
      return { closed: browser(url).then(() => 'redirected' as const), close: () => {} };
    },
    signInUrls: [],
    opened: [],
    bearers: [],
    seen: [],
    start(extra = {}) {
      const core = createKioskCore({
        dataDir,
        tenant: configuredTenant({ tenantId: DEMO_TENANT_ID, clientId: DEMO_CLIENT_ID, authority: DEMO_AUTHORITY, graphBaseUrl: `${server.url}/v1.0` }),
        features: { remoteLock: true },
        signInFetch: async (url, init) => {
          tenant.signInUrls.push(url);
          return idp.handle(new Request(url, init));
        },
        fetch: (url, init) => {
          tenant.bearers.push(new Headers(init.headers).get('authorization')?.replace(/^Bearer /, '') ?? '');
          return fetch(url, init);
        },
        sleep: async () => {},
        log: () => {},
        ...extra,
        // The code sign-in is opt-in on a tenant; these tests drive it. The sign-in window is the demo browser too.
        signIn: {
          methods: ['browser', 'window', 'deviceCode'],
          openWindow: (url) => tenant.window(url),
          openBrowser: async (url) => {
            tenant.opened.push(url);
            await browser(url);
          },
          ...extra.signIn,
        },
      });
      // What the renderer would see: every answer and every event.
      core.subscribe((event) => tenant.seen.push(event));
      const invoke = core.invoke.bind(core);
      core.invoke = (async (channel: never, request: never) => {
        const answer = await invoke(channel, request);
        tenant.seen.push(answer);
        return answer;
      }) as KioskCore['invoke'];
      cores.push(core);
      return core;
    },
    async close() {
      for (const core of cores) await core.dispose();
      await server.close();
    },
  };
  return tenant;
}

export function recordEvents(core: KioskCore): KioskEvent[] {
  const events: KioskEvent[] = [];
  core.subscribe((e) => events.push(e));
  return events;
}

/** Waits for the first event of a kind. */
export function nextEvent<N extends KioskEvent['name']>(core: KioskCore, name: N): Promise<Extract<KioskEvent, { name: N }>> {
  return new Promise((resolve) => {
    const stop = core.subscribe((e) => {
      if (e.name !== name) return;
      stop();
      resolve(e as Extract<KioskEvent, { name: N }>);
    });
  });
}

export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Timers the test fires by hand, with a clock the test moves. */
export function manualClock(start = Date.parse('2026-03-02T08:00:00Z')) {
  let t = start;
  const pending = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  const timers: Timers = {
    setTimeout(fn, ms) {
      const id = next++;
      pending.set(id, { at: t + ms, fn });
      return id;
    },
    clearTimeout(id) {
      pending.delete(id as number);
    },
  };
  return {
    now: () => new Date(t),
    timers,
    /** Moves the clock and runs the timers that came due. */
    advance(ms: number) {
      t += ms;
      for (const [id, timer] of [...pending]) {
        if (timer.at > t) continue;
        pending.delete(id);
        timer.fn();
      }
    },
  };
}
