// The admin's first-day tenant check, against the demo tenant: real MSAL signing in with a device code at the demo
// identity provider, real HTTP to the demo Graph on loopback, in its strict mode and in the modes of tenants that
// ignore `startswith`, refuse `or` or compare addresses exactly.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_SCOPE, READ_SCOPE } from '../../electron/core/auth';
import { runTenantCheck } from '../../electron/core/check/command';
import { checkTenant, type TenantCheckSetup, type TenantReport } from '../../electron/core/check/tenant-check';
import { commandLineTool } from '../../electron/core/cli';
import { defaultConfigPath } from '../../electron/core/config';
import { repoRoot } from '../../electron/dev/paths';
import {
  createDemoGraph,
  createDemoIdentityProvider,
  DEMO_TECHNICIAN_USER,
  GRAPH_RESOURCE,
  listenOnLoopback,
  startDemoTenant,
  type DemoGraph,
  type DemoGraphOptions,
  type DemoIdentityProvider,
  type LoopbackServer,
} from '../../electron/demo';

const run = promisify(execFile);

interface DemoTenant {
  idp: DemoIdentityProvider;
  graph: DemoGraph;
  server: LoopbackServer;
  prompts: string[];
  setup(extra?: Partial<TenantCheckSetup> & { remoteLock?: boolean; requestBudget?: number }): TenantCheckSetup;
}

let servers: LoopbackServer[] = [];
afterEach(async () => {
  for (const s of servers) await s.close();
  servers = [];
});

async function demoTenant(graphOptions: DemoGraphOptions = {}): Promise<DemoTenant> {
  const idp = createDemoIdentityProvider({ autoApproveDeviceCodesAfterMs: 0, deviceCodeIntervalSec: 1 });
  const graph = createDemoGraph({ verifyToken: idp.verifyAccessToken, ...graphOptions });
  const server = await listenOnLoopback(graph.handle);
  servers.push(server);
  const prompts: string[] = [];
  return {
    idp,
    graph,
    server,
    prompts,
    setup: ({ remoteLock = true, requestBudget = 100, ...extra } = {}) => ({
      tenant: { name: 'Contoso (demo)', clientId: idp.clientId, authority: idp.authority, graphBaseUrl: `${server.url}/v1.0`, remoteLock, requestBudget },
      signInFetch: (url, init) => idp.handle(new Request(url, init)),
      graphFetch: (url, init) => fetch(url, init),
      network: 'loopback',
      prompt: (message) => prompts.push(message),
      ...extra,
    }),
  };
}

const filter = (report: TenantReport, name: RegExp) => report.filters.find((f) => name.test(f.filter));

describe('the tenant check on the strict demo tenant', () => {
  it('signs in with a device code, finds both permissions, a role that reads devices, and filters honoured', async () => {
    const t = await demoTenant();
    const report = await checkTenant(t.setup());
    expect(report.ok).toBe(true);
    expect(report.network.signIn).toMatchObject({ reachable: true, status: 200 });
    expect(report.network.graph).toMatchObject({ reachable: true, status: 401 });
    expect(report.signIn).toEqual({ ok: true, account: DEMO_TECHNICIAN_USER.username, message: `Signed in as ${DEMO_TECHNICIAN_USER.username}.` });
    // Real MSAL: the device-code grant at the identity provider, and its prompt shown to the admin.
    expect(t.idp.requests.some((r) => /device_code$/.test(r.grantType ?? ''))).toBe(true);
    expect(t.prompts).toEqual([expect.stringMatching(/enter the code \w+/)]);
    expect(report.permissions.map((p) => [p.scope, p.consented])).toEqual([[READ_SCOPE, true], [LOCK_SCOPE, true]]);
    expect(report.role.readDevices).toMatchObject({ verdict: 'ok', status: 200 });
    expect(report.role.sendLock).toMatchObject({ verdict: 'note', status: 404 });
    expect(filter(report, /^startswith/)).toMatchObject({ answer: 'honoured', verdict: 'ok' });
    expect(filter(report, /^contains\(deviceName/)).toBeUndefined();
    expect(report.nameSearch.strategy).toBe('startswith');
    expect(filter(report, /^serialNumber eq/)).toMatchObject({ answer: 'honoured' });
    expect(filter(report, /^userPrincipalName eq '/)).toMatchObject({ answer: 'honoured' });
    // The strict demo tenant compares addresses as substrings and keeps only the first clause of `or`.
    expect(filter(report, /part of an address/)).toMatchObject({ answer: 'partial', verdict: 'note' });
    expect(filter(report, /^a or b$/)).toMatchObject({ answer: 'partial', verdict: 'note' });
    expect(report.budget).toMatchObject({ perKiosk: 100, share: 0.05, kiosksAtFullUse: 20, throttled: false, verdict: 'ok' });
    // Every request the report counts reached the tenant, each with $top=1, and no lock was sent to a real device.
    expect(report.graphRequests).toBe(t.graph.requests.length);
    const lists = t.graph.requests.filter((r) => r.method === 'GET');
    expect(lists.every((r) => new URL(r.url).searchParams.get('$top') === '1')).toBe(true);
    expect(t.graph.requests.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname)).toEqual(['/v1.0/deviceManagement/managedDevices/00000000-0000-0000-0000-000000000000/remoteLock']);
    expect(t.graph.devices.flatMap((d) => d.deviceActionResults ?? []).filter((a) => Date.parse(a.startDateTime) > Date.now() - 60_000)).toEqual([]);
    // No token reaches the report.
    const text = JSON.stringify(report);
    for (const token of t.idp.issuedTokens) expect(text).not.toContain(token);
  });
});

describe('the tenant check on tenants with other habits', () => {
  it('says so when the tenant ignores startswith: a device comes back for a prefix that matches nothing', async () => {
    const t = await demoTenant({ quirks: { startswith: 'ignored' } });
    const report = await checkTenant(t.setup());
    expect(filter(report, /^startswith/)).toMatchObject({ answer: 'ignored', verdict: 'note', usedFor: 'device name search (startswith)' });
    expect(filter(report, /^startswith/)!.message).toContain("IGNORED — a device came back for a value that matches none. The kiosk then tries contains(deviceName,'…').");
    expect(filter(report, /^serialNumber eq/)).toMatchObject({ answer: 'honoured' });
    // The next name filter the kiosk would use is checked too, and named.
    expect(filter(report, /^contains\(deviceName/)).toMatchObject({ answer: 'honoured', verdict: 'ok' });
    expect(report.nameSearch).toEqual({ strategy: 'contains', message: "The kiosk searches device names with contains(deviceName,'…'), keeping names that start with what was typed." });
    // The kiosk copes (it re-checks every device), so the tenant is still usable.
    expect(report.ok).toBe(true);
  });

  it('reports or refused, or as and, and addresses compared exactly', async () => {
    const refused = await checkTenant((await demoTenant({ quirks: { or: 'refused', upnEq: 'exact' } })).setup());
    expect(filter(refused, /^a or b$/)).toMatchObject({ answer: 'refused', verdict: 'note' });
    expect(filter(refused, /part of an address/)).toMatchObject({ answer: 'honoured', verdict: 'ok' });
    const asAnd = await checkTenant((await demoTenant({ quirks: { or: 'asAnd' } })).setup());
    expect(filter(asAnd, /^a or b$/)).toMatchObject({ answer: 'partial' });
  });
});

describe('the tenant check finds what must be fixed', () => {
  it('a remote-lock permission without consent, when remote lock is on (and only notes it when off)', async () => {
    const t = await demoTenant();
    t.idp.unconsentedScopes.add(`${GRAPH_RESOURCE}/${LOCK_SCOPE}`);
    const on = await checkTenant(t.setup({ remoteLock: true }));
    expect(on.ok).toBe(false);
    expect(on.permissions.find((p) => p.scope === LOCK_SCOPE)).toMatchObject({ consented: false, needed: true });
    expect(on.permissions.find((p) => p.scope === LOCK_SCOPE)!.message).toContain('Grant admin consent');
    expect(on.role.sendLock).toMatchObject({ verdict: 'problem' });
    expect(t.graph.requests.some((r) => r.method === 'POST')).toBe(false);

    const off = await checkTenant(t.setup({ remoteLock: false }));
    expect(off.ok).toBe(true);
    expect(off.permissions.find((p) => p.scope === LOCK_SCOPE)).toMatchObject({ consented: false, needed: false });
    expect(off.role.sendLock).toBeNull();
  });

  it('the read permission without consent: sign-in stops with what to do', async () => {
    const t = await demoTenant();
    t.idp.unconsentedScopes.add(`${GRAPH_RESOURCE}/${READ_SCOPE}`);
    const report = await checkTenant(t.setup());
    expect(report.ok).toBe(false);
    expect(report.signIn.ok).toBe(false);
    expect(report.signIn.message).toContain('admin consent');
    expect(report.permissions.find((p) => p.scope === READ_SCOPE)).toMatchObject({ consented: false, needed: true });
    expect(report.role.readDevices).toBeNull();
  });

  it('an Intune role that may not read devices', async () => {
    const t = await demoTenant();
    let signedIn = 0;
    const report = await checkTenant(
      t.setup({
        graphFetch: (url, init) => {
          // The first request with a token is the device list: the tenant answers it 403, as for a role without Read.
          if (new Headers(init.headers).has('authorization') && signedIn++ === 0) t.graph.fault({ status: 403 });
          return fetch(url, init);
        },
      }),
    );
    expect(report.ok).toBe(false);
    expect(report.role.readDevices).toMatchObject({ verdict: 'problem', status: 403 });
    expect(report.role.readDevices!.message).toContain('Managed devices › Read');
    expect(report.filters).toEqual([]);
  });

  it('a sign-in service and a Graph this computer cannot reach', async () => {
    const closed = await listenOnLoopback(async () => new Response('')).then(async (s) => (await s.close(), s.url));
    const t = await demoTenant();
    const report = await checkTenant({
      ...t.setup(),
      tenant: { ...t.setup().tenant, graphBaseUrl: `${closed}/v1.0` },
      signInFetch: (url, init) => fetch(url.replace(/^https:\/\/[^/]+/, closed), init),
    });
    expect(report.ok).toBe(false);
    expect(report.network.signIn.reachable).toBe(false);
    expect(report.network.signIn.message).toMatch(/cannot be reached from this computer \(ECONNREFUSED\)/);
    expect(report.network.graph.reachable).toBe(false);
    expect(report.signIn).toMatchObject({ ok: false });
    expect(t.idp.requests).toEqual([]);
  });

  it('a budget that is a large share of Intune\'s limit, and a tenant already throttling', async () => {
    const t = await demoTenant();
    const large = await checkTenant(t.setup({ requestBudget: 1000 }));
    expect(large.budget).toMatchObject({ share: 0.5, kiosksAtFullUse: 2, verdict: 'note' });
    expect(large.budget.message).toContain('lower "requestBudget"');
    t.graph.fault({ status: 429 });
    const throttled = await checkTenant(t.setup());
    expect(throttled.budget).toMatchObject({ throttled: true, verdict: 'problem' });
    expect(throttled.ok).toBe(false);
  });
});

describe('the check-tenant command', () => {
  it('names an invalid config file and stops there', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-check-'));
    const file = path.join(dir, 'config.json');
    await writeFile(file, '{ "tenantId": "contoso.onmicrosoft.com", "clientId": "not-a-guid" }');
    const out: string[] = [];
    const demo = () => Promise.reject(new Error('a config file was named: the demo tenant is not started'));
    const code = await runTenantCheck(['--config', file], { fetch, network: 'n', out: (t) => out.push(t), err: () => {}, env: {}, platform: 'linux', demo });
    expect(code).toBe(1);
    expect(out.join('\n')).toMatch(/^Config file: \[problem\] .*config\.json:\n"clientId" must be a GUID/);
    expect(out.join('\n')).toContain('Result: fix the config file');
  });

  it('without a config file checks the demo tenant and says that it did; --json prints only JSON', async () => {
    expect(existsSync(defaultConfigPath('linux'))).toBe(false);
    const out: string[] = [];
    const err: string[] = [];
    let closed = false;
    const demo = async () => {
      const running = await startDemoTenant({ identity: createDemoIdentityProvider({ autoApproveDeviceCodesAfterMs: 0, deviceCodeIntervalSec: 1 }) });
      return { tenant: running.tenant, close: async () => ((closed = true), await running.close()) };
    };
    const code = await runTenantCheck(['--json'], { fetch, network: 'n', out: (t) => out.push(t), err: (t) => err.push(t), env: {}, platform: 'linux', demo });
    expect(closed).toBe(true);
    expect(code).toBe(0);
    const parsed = JSON.parse(out.join('\n')) as { ok: boolean; config: { status: string; message: string }; report: TenantReport };
    expect(parsed).toMatchObject({ ok: true, config: { status: 'none' }, report: { signIn: { ok: true } } });
    expect(parsed.config.message).toContain('built-in demo tenant');
    expect(err).toEqual([expect.stringContaining('enter the code')]);
  });

  it('runs as `npm run check-tenant` and as the packaged app\'s --check', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'check-tenant'], { cwd: repoRoot, env: { ...process.env, UNLOCK_PIN_KIOSK_CONFIG: '' } });
    expect(stdout).toMatch(/^Config file: \[ok\] +No config file/);
    expect(stdout).toContain('Network (the built-in demo tenant, in this process and on loopback');
    expect(stdout).toMatch(/Result: the kiosk can work with this tenant \(\d+ Graph requests sent\)\.$/m);
    const tool = commandLineTool(['/opt/kiosk/unlock-pin-kiosk', '--check', '--json']);
    expect(tool).not.toBeNull();
  });
});
