// A kiosk core on the demo tenant, as the shell wires it: data in <base>/data, the audit trail and kiosk.log in
// <base>/logs, the demo identity provider issuing real tokens and the demo Graph checking them over loopback HTTP.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createKioskCore, type KioskCore, type KioskCoreOptions, nodeFetch } from '../../electron/core';
import { createAuditTrail } from '../../electron/core/audit';
import type { Channel, RequestOf, ResponseOf, Result } from '../../electron/core/contract';
import { createLogFile, createLogger, type Logger } from '../../electron/core/log';
import { createDemoGraph, createDemoIdentityProvider, demoTenant, listenOnLoopback, type DemoGraph, type DemoIdentityProvider } from '../../electron/demo';

export interface DemoKiosk {
  identity: DemoIdentityProvider;
  graph: DemoGraph;
  core: KioskCore;
  base: string;
  dataDir: string;
  logsDir: string;
  /** The shell's logger, writing <base>/logs/kiosk.log. */
  log: Logger;
  /** Every answer and event the renderer would have received. */
  seen: unknown[];
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  close(): Promise<void>;
}

export async function startDemoKiosk(extra: Partial<KioskCoreOptions> = {}): Promise<DemoKiosk> {
  const identity = createDemoIdentityProvider({ deviceCodeIntervalSec: 1 });
  const graph = createDemoGraph({ verifyToken: identity.verifyAccessToken });
  const server = await listenOnLoopback(graph.handle);
  const base = await mkdtemp(path.join(os.tmpdir(), 'kiosk-security-'));
  const dataDir = path.join(base, 'data');
  const logsDir = path.join(base, 'logs');
  const log = createLogger({ file: createLogFile(logsDir) });
  const core = createKioskCore({ fetch: nodeFetch, signInFetch: nodeFetch,
    dataDir,
    tenant: demoTenant({ graphUrl: server.url, identity: identity }),
    audit: createAuditTrail({ dir: logsDir }),
    log: log.core,
    sleep: async () => {},
    lockPollDelaysMs: [0, 0],
    ...extra,
  });
  const seen: unknown[] = [];
  core.subscribe((event) => seen.push(event));
  return {
    identity,
    graph,
    core,
    base,
    dataDir,
    logsDir,
    log,
    seen,
    async invoke(channel, request) {
      const answer = await core.invoke(channel, request);
      seen.push(answer);
      return answer;
    },
    async close() {
      await core.dispose();
      await server.close();
    },
  };
}
