// The admin's first-day tenant check, against the demo tenant: real MSAL signing in with a device code at the demo
// identity provider, real HTTP to the demo Graph on loopback, in its strict mode and in the modes of tenants that
// ignore `startswith`, refuse `or` or compare addresses exactly, block the device code flow (Conditional Access,
// security defaults) or lack consent for a secret kind's permission.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { GRAPH_RESOURCE, PRIVILEGED_SCOPE, READ_SCOPE } from '../../electron/core/microsoft';
import { describeTenantCheck, runTenantCheck } from '../../electron/core/check/command';
import { brokerRedirectUri } from '../../electron/core/check/sign-in-check';
import { SIGN_IN_MATRIX_LEGEND, signInMatrixMarkdown } from '../../electron/core/check/sign-in-matrix';
import { problemsOf, type CheckedTenant, type TenantReport } from '../../electron/core/check/report';
import { checkTenant, type TenantCheckSetup } from '../../electron/core/check/tenant-check';
import { commandLineTool } from '../../electron/core/cli';
import { defaultConfigPath } from '../../electron/core/config';
import { BITLOCKER_SCOPE, LAPS_SCOPE } from '../../electron/core/secrets';
import { repoRoot } from '../../electron/dev/paths';
import {
  createDemoGraph,
  createDemoIdentityProvider,
  DEMO_TECHNICIAN_USER,
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
  setup(extra?: Partial<TenantCheckSetup> & Partial<Omit<CheckedTenant, 'name' | 'clientId' | 'authority' | 'graphBaseUrl'>>): TenantCheckSetup;
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
    setup: ({ remoteLock = true, requestBudget = 100, secrets = [], kiosk = false, signInMethods, macBroker = false, ...extra } = {}) => ({
      tenant: {
        name: 'Contoso (demo)',
        clientId: idp.clientId,
        authority: idp.authority,
        graphBaseUrl: `${server.url}/v1.0`,
        remoteLock,
        secrets,
        kiosk,
        ...(signInMethods && { signInMethods }),
        macBroker,
        requestBudget,
      },
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
  it('on a tenant with no devices: a note, no problem, and a verdict that counts only what it marks', async () => {
    const t = await demoTenant({ devices: [] });
    const report = await checkTenant(t.setup());
    expect(report.role.readDevices).toMatchObject({ verdict: 'note', status: 200 });
    expect(problemsOf(report)).toEqual([]);
    expect(report.ok).toBe(true);
    const text = describeTenantCheck({ config: { path: 'config.json', source: 'argument', status: 'valid', message: 'config.json is valid.' }, ok: report.ok, report });
    expect(text).not.toContain('[problem]');
    expect(text).toMatch(/^Result: the kiosk can work with this tenant/m);
    // One problem marked, one problem counted.
    const broken = { ...report, ok: false, budget: { ...report.budget, verdict: 'problem' as const } };
    const brokenText = describeTenantCheck({ config: { path: 'config.json', source: 'argument', status: 'valid', message: 'config.json is valid.' }, ok: false, report: broken });
    expect(brokenText.match(/^\s+\[problem\]/gm)).toHaveLength(1);
    expect(brokenText).toMatch(/^Result: 1 problem to fix/m);
  });

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
    expect(report.permissions.map((p) => [p.scope, p.consented])).toEqual([[READ_SCOPE, true], [PRIVILEGED_SCOPE, true]]);
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
    t.idp.unconsentedScopes.add(`${GRAPH_RESOURCE}/${PRIVILEGED_SCOPE}`);
    const on = await checkTenant(t.setup({ remoteLock: true }));
    expect(on.ok).toBe(false);
    expect(on.permissions.find((p) => p.scope === PRIVILEGED_SCOPE)).toMatchObject({ consented: false, needed: true });
    expect(on.permissions.find((p) => p.scope === PRIVILEGED_SCOPE)!.message).toContain('Grant admin consent');
    expect(on.role.sendLock).toMatchObject({ verdict: 'problem' });
    expect(t.graph.requests.some((r) => r.method === 'POST')).toBe(false);

    const off = await checkTenant(t.setup({ remoteLock: false }));
    expect(off.ok).toBe(true);
    expect(off.permissions.find((p) => p.scope === PRIVILEGED_SCOPE)).toMatchObject({ consented: false, needed: false });
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

describe('the tenant check says which sign-ins will work', () => {
  it('a tenant whose Conditional Access blocks device code: expected when the config leaves it out, and how to run the check', async () => {
    const t = await demoTenant();
    t.idp.policies.deviceCode = 'blockedByConditionalAccess';
    const report = await checkTenant(t.setup({ kiosk: true }));
    // The refusal, read from Entra's own answer and named through electron/core/auth/refusals.ts.
    expect(report.signIn).toMatchObject({ ok: false, refusal: { reason: 'deviceCodeBlocked', entraCode: 53003, method: 'deviceCode' } });
    expect(report.deviceCode).toMatchObject({ answer: 'refused', entraCode: 53003, reason: 'deviceCodeBlocked', offered: false, verdict: 'note' });
    expect(report.deviceCode.message).toContain('expected, and fine');
    // The check itself needs the code: it says so, and how to run it instead.
    expect(report.signIn.message).toContain('The check signs in only with a code, so it stopped here');
    expect(report.signIn.message).toMatch(/network the policy leaves out .* exclude your own account from that policy/);
    // Entra issued the code before refusing it: public client flows are on, and that is verified.
    expect(report.appRegistration.find((a) => a.value === 'Yes')).toMatchObject({ verdict: 'ok', methods: [] });
    expect(report.permissions).toEqual([]);
    expect(report.role.readDevices).toBeNull();
    // One problem: the check could not sign in; the blocked device code is not one.
    expect(problemsOf(report)).toEqual([report.signIn.message]);
    expect(report.ok).toBe(false);

    const listed = await checkTenant(t.setup({ kiosk: true, signInMethods: ['window', 'deviceCode'] }));
    expect(listed.deviceCode).toMatchObject({ answer: 'refused', offered: true, verdict: 'problem' });
    expect(listed.deviceCode.message).toContain('Take it out of "signIn.methods"');
    expect(problemsOf(listed)).toEqual([listed.signIn.message, listed.deviceCode.message]);
  });

  it('a tenant whose security defaults block device code: the check cannot sign in there at all', async () => {
    const t = await demoTenant();
    t.idp.policies.deviceCode = 'blockedBySecurityDefaults';
    const report = await checkTenant(t.setup());
    expect(report.deviceCode).toMatchObject({ answer: 'refused', entraCode: 530035, reason: 'securityDefaults', verdict: 'note' });
    expect(report.deviceCode.message).toContain('2026-07-01');
    expect(report.signIn.message).toContain('Security defaults leave nobody out');
    expect(report.ok).toBe(false);
  });

  it('a tenant that asks for a compliant device: device code never passes, only the Windows broker does', async () => {
    const t = await demoTenant();
    t.idp.policies.compliantDevice = true;
    const broker = await checkTenant(t.setup({ kiosk: true }));
    expect(broker.deviceCode).toMatchObject({ answer: 'refused', entraCode: 50097, reason: 'deviceNotCompliant', verdict: 'note' });
    expect(broker.deviceCode.message).toContain('only "broker" on an Entra-joined, compliant Windows PC does, and the config offers it on Windows.');
    const windowOnly = await checkTenant(t.setup({ kiosk: true, signInMethods: ['window'] }));
    expect(windowOnly.deviceCode).toMatchObject({ reason: 'deviceNotCompliant', verdict: 'problem' });
    expect(windowOnly.deviceCode.message).toContain('put "broker" in "signIn.methods" for Windows counters');
  });

  it('a tenant that allows device code: the check signs in and says so', async () => {
    const t = await demoTenant();
    const report = await checkTenant(t.setup({ signInMethods: ['window', 'deviceCode'] }));
    expect(report.signIn.ok).toBe(true);
    expect(report.deviceCode).toMatchObject({ answer: 'allowed', offered: true, verdict: 'ok' });
    expect(report.appRegistration.find((a) => a.value === 'Yes')).toMatchObject({ verdict: 'ok', methods: ['deviceCode'] });
  });

  it("consent missing for a secret kind's permission, which the config turns on", async () => {
    const t = await demoTenant();
    t.idp.unconsentedScopes.add(`${GRAPH_RESOURCE}/${BITLOCKER_SCOPE}`);
    const report = await checkTenant(t.setup({ remoteLock: false, secrets: ['bitlocker', 'laps', 'fileVault'] }));
    expect(report.permissions.map((p) => [p.scope, p.consented, p.needed])).toEqual([
      [READ_SCOPE, true, true],
      // FileVault keys need the privileged permission, remote lock or not.
      [PRIVILEGED_SCOPE, true, true],
      [BITLOCKER_SCOPE, false, true],
      [LAPS_SCOPE, true, true],
    ]);
    const bitlocker = report.permissions.find((p) => p.scope === BITLOCKER_SCOPE)!;
    expect(bitlocker.message).toBe(
      'BitLockerKey.Read.All: NOT consented — revealing BitLocker recovery keys will not work. An Entra administrator grants it: App registrations › the kiosk › API permissions › Grant admin consent.',
    );
    expect(report.permissions.find((p) => p.scope === PRIVILEGED_SCOPE)!.allows).toBe('sending a remote lock and revealing FileVault recovery keys');
    expect(problemsOf(report)).toEqual([bitlocker.message]);
    expect(report.ok).toBe(false);
    // A kind the config leaves off is not asked for.
    const off = await checkTenant(t.setup({ secrets: ['laps'] }));
    expect(off.permissions.map((p) => p.scope)).toEqual([READ_SCOPE, PRIVILEGED_SCOPE, LAPS_SCOPE]);
    expect(off.ok).toBe(true);
  });

  it('lists the redirect URIs a config with signIn.methods broker and window needs, on every OS, as to check', async () => {
    const t = await demoTenant();
    const report = await checkTenant(t.setup({ kiosk: true, signInMethods: ['broker', 'window'] }));
    expect(report.signInMethods.byPlatform).toEqual({ win32: ['broker', 'window'], darwin: ['window'], linux: ['window'] });
    expect(report.signInMethods.findings.filter((f) => f.verdict === 'note').map((f) => f.message)).toEqual([
      'macOS: "broker" is left out: Company Portal\'s broker is used only with "signIn.macBroker": true.',
      'Linux: "broker" is left out: the kiosk uses no broker on Linux.',
    ]);
    expect(report.appRegistration.map((a) => [a.value, a.methods, a.platforms, a.verdict])).toEqual([
      ['http://localhost', ['window'], ['win32', 'darwin', 'linux'], 'note'],
      [`ms-appx-web://Microsoft.AAD.BrokerPlugin/${t.idp.clientId}`, ['broker'], ['win32'], 'note'],
      // The check's own code sign-in proves this one; the kiosk does not need it.
      ['Yes', [], [], 'ok'],
    ]);
    expect(report.appRegistration[0]!.message).toContain('To check by hand');
    expect(report.conditionalAccess.map((row) => [row.method, row.where])).toEqual([
      ['broker', 'Windows, Entra-joined or hybrid-joined PC'],
      ['broker', 'Windows, PC not joined to the tenant'],
      ['window', 'Windows'],
      ['window', 'macOS, Linux'],
    ]);
    // Company Portal's broker on a Mac, where the admin opts in.
    const mac = await checkTenant(t.setup({ kiosk: true, signInMethods: ['broker', 'window'], macBroker: true }));
    expect(mac.appRegistration.map((a) => a.value)).toContain('msauth.com.msauth.unsignedapp://auth');
  });

  it("names the broker's redirect URIs exactly as msal-node-extensions' NativeBrokerPlugin sends them", async () => {
    const { NativeBrokerPlugin } = await import('@azure/msal-node-extensions');
    const plugin = new NativeBrokerPlugin() as unknown as { chooseRedirectUriByPlatform(request: { clientId: string; correlationId: string }): string };
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    try {
      for (const os of ['win32', 'darwin'] as const) {
        Object.defineProperty(process, 'platform', { ...platform, value: os });
        expect(brokerRedirectUri(os, 'client-id')).toBe(plugin.chooseRedirectUriByPlatform({ clientId: 'client-id', correlationId: 'c' }));
      }
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('prints the sign-ins, the app registration and the Conditional Access table; its count of problems is the marks it prints', async () => {
    const describe = (report: TenantReport) =>
      describeTenantCheck({ config: { path: 'config.json', source: 'argument', status: 'valid', message: 'config.json is valid.' }, ok: report.ok, report });
    const marks = (text: string) => text.split('\n').filter((l) => /^(Config file: | {2})\[problem\]/.test(l)).length;

    const t = await demoTenant();
    t.idp.policies.deviceCode = 'blockedByConditionalAccess';
    const blocked = await checkTenant(t.setup({ kiosk: true, signInMethods: ['broker', 'window', 'deviceCode'] }));
    const text = describe(blocked);
    expect(text).toContain('Sign-ins a kiosk offers with this config (kiosk mode on, "signIn.methods": "broker", "window", "deviceCode"):');
    expect(text).toContain('[ok]      Windows: "broker", then "window", then "deviceCode".');
    expect(text).toContain(`[note]    Authentication › Mobile and desktop applications › Redirect URIs: ms-appx-web://Microsoft.AAD.BrokerPlugin/${t.idp.clientId}, for "broker" on Windows.`);
    expect(text).toMatch(/^ {2}broker \(Windows, Entra-joined or hybrid-joined PC\) +yes +with \(1\) +with \(2\) +with \(3\) +yes$/m);
    expect(text).toMatch(/^ {2}deviceCode \(any OS, where signIn\.methods lists it\) +yes +untested \(\d\) +no +no +no$/m);
    expect(marks(text)).toBe(2);
    expect(problemsOf(blocked)).toHaveLength(2);
    expect(text).toContain('Result: 2 problems to fix (marked [problem]), then run the check again.');

    // Signed in: three problems in three sections, each counted once.
    t.idp.policies.deviceCode = 'allowed';
    t.idp.unconsentedScopes.add(`${GRAPH_RESOURCE}/${LAPS_SCOPE}`);
    t.idp.unconsentedScopes.add(`${GRAPH_RESOURCE}/${PRIVILEGED_SCOPE}`);
    const consent = await checkTenant(t.setup({ remoteLock: true, secrets: ['laps'] }));
    expect(marks(describe(consent))).toBe(3);
    expect(problemsOf(consent)).toHaveLength(3);
    expect(describe(consent)).toContain('Result: 3 problems to fix');
  });

  it('docs/deploy.md carries the same sign-in table as the check prints', async () => {
    const docs = await readFile(new URL('../../docs/deploy.md', import.meta.url), 'utf8');
    expect(docs).toContain(signInMatrixMarkdown());
    expect(docs).toContain(SIGN_IN_MATRIX_LEGEND);
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
