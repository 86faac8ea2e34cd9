// `npm run check-tenant [-- --json]` and the packaged app's `--check [--json]`: reads the config file as the kiosk
// would, runs the tenant check (./tenant-check.ts) and prints it in plain words or as JSON. Without a config file it
// checks the demo tenant it is handed, which says nothing about this computer's network.
import { coreOptionsFromConfig, loadKioskConfig, type LoadConfigResult } from '../config';
import type { FetchLike } from '../fetch';
import { enabledKinds, resolveSettings } from '../settings';
import type { KioskTenant } from '../tenant';
import { signInMatrixText } from './sign-in-matrix';
import { permissionVerdict, problemsOf, signInVerdict, type TenantReport, type Verdict } from './report';
import { checkTenant } from './tenant-check';

export interface TenantCheckPorts {
  fetch: FetchLike;
  /** Which network stack `fetch` is, in words. */
  network: string;
  out(text: string): void;
  err(text: string): void;
  env?: Readonly<Record<string, string | undefined>>;
  platform?: NodeJS.Platform;
  /** Starts the built-in demo tenant, checked when no config file exists (as the kiosk then runs on it). */
  demo: () => Promise<{ tenant: KioskTenant; close(): Promise<void> }>;
}

export interface ConfigCheck {
  path: string;
  source: 'argument' | 'environment' | 'default';
  status: 'valid' | 'invalid' | 'none';
  message: string;
}

export type TenantCheckOutput = { config: ConfigCheck } & ({ ok: false; report: null } | { ok: boolean; report: TenantReport });

/** Exit code: 0 when the kiosk can work with this tenant, 1 when something must be fixed. */
export async function runTenantCheck(argv: readonly string[], ports: TenantCheckPorts): Promise<number> {
  const json = argv.includes('--json');
  const output = await tenantCheck(argv, ports);
  ports.out(json ? JSON.stringify(output, null, 2) : describeTenantCheck(output));
  return output.ok ? 0 : 1;
}

export async function tenantCheck(argv: readonly string[], ports: TenantCheckPorts): Promise<TenantCheckOutput> {
  const loaded = loadKioskConfig({ argv, env: ports.env ?? process.env, platform: ports.platform ?? process.platform });
  const checked = configCheck(loaded);
  if (!loaded.ok) return { config: checked, ok: false, report: null };
  const config = loaded.config;
  // No config: the demo tenant as `npm start` runs it, with its own defaults and sign-ins, outside kiosk mode.
  const demo = config ? null : await ports.demo();
  try {
    const options = config ? coreOptionsFromConfig(config) : { tenant: demo!.tenant };
    const { tenant } = options;
    const settings = resolveSettings(options);
    const signInMethods = config?.signIn.methods ?? tenant.signIn?.methods;
    const report = await checkTenant({
      tenant: {
        name: tenant.name,
        clientId: tenant.clientId,
        authority: tenant.authority,
        graphBaseUrl: tenant.graphBaseUrl,
        remoteLock: settings.remoteLock,
        secrets: enabledKinds(settings.secrets),
        kiosk: config?.kiosk ?? false,
        ...(signInMethods && { signInMethods }),
        macBroker: config?.signIn.macBroker ?? false,
        requestBudget: settings.requestBudget,
      },
      signInFetch: tenant.signIn?.fetch ?? ports.fetch,
      graphFetch: ports.fetch,
      network: config ? ports.network : 'the built-in demo tenant, in this process and on loopback: this says nothing about the network of this computer',
      prompt: (message) => ports.err(message),
    });
    return { config: checked, ok: report.ok, report };
  } finally {
    await demo?.close();
  }
}

function configCheck(loaded: LoadConfigResult): ConfigCheck {
  const where = { argument: 'named by --config', environment: 'named by UNLOCK_PIN_KIOSK_CONFIG', default: 'the default location' }[loaded.source];
  if (!loaded.ok) return { path: loaded.path, source: loaded.source, status: 'invalid', message: loaded.message };
  if (!loaded.config) {
    return { path: loaded.path, source: loaded.source, status: 'none', message: `No config file at ${loaded.path} (${where}): the kiosk runs on the built-in demo tenant, so that is what is checked.` };
  }
  return { path: loaded.path, source: loaded.source, status: 'valid', message: `${loaded.path} (${where}) is valid.` };
}

const MARK: Record<Verdict, string> = { ok: '[ok]     ', problem: '[problem]', note: '[note]   ' };
const mark = (ok: boolean) => MARK[ok ? 'ok' : 'problem'];

export function describeTenantCheck(output: TenantCheckOutput): string {
  const lines: string[] = [];
  lines.push(`Config file: ${mark(output.config.status !== 'invalid')} ${output.config.message}`);
  const r = output.report;
  if (!r) {
    lines.push('', 'Result: fix the config file, then run the check again.');
    return lines.join('\n');
  }
  lines.push(`Tenant: ${r.tenant.name} (client ${r.tenant.clientId}), remote lock ${r.tenant.remoteLock ? 'on' : 'off'}.`, '');
  lines.push(`Network (${r.network.stack}):`);
  lines.push(`  ${mark(r.network.signIn.reachable)} ${r.network.signIn.url}: ${r.network.signIn.message}`);
  lines.push(`  ${mark(r.network.graph.reachable)} ${r.network.graph.url}: ${r.network.graph.message}`);
  lines.push('', 'Sign-in (the check signs in with a code):', `  ${MARK[signInVerdict(r)]} ${r.signIn.message}`);
  const listed = r.tenant.signInMethods ? `"signIn.methods": ${r.tenant.signInMethods.map((m) => `"${m}"`).join(', ')}` : 'the defaults';
  lines.push('', `Sign-ins a kiosk offers with this config (kiosk mode ${r.tenant.kiosk ? 'on' : 'off'}, ${listed}):`);
  for (const f of r.signInMethods.findings) lines.push(`  ${MARK[f.verdict]} ${f.message}`);
  lines.push(`  ${MARK[r.deviceCode.verdict]} ${r.deviceCode.message}`);
  lines.push('', "The app registration needs (Graph does not let the check read it, so each line is to check by hand unless it says verified):");
  for (const a of r.appRegistration) lines.push(`  ${MARK[a.verdict]} ${a.message}`);
  lines.push('', "Which of these sign-ins passes which Conditional Access control (Microsoft's docs; this tenant's policies are not read):");
  for (const line of signInMatrixText(r.conditionalAccess)) lines.push(`  ${line}`);
  if (r.permissions.length > 0) {
    lines.push('', 'Permissions (delegated, Microsoft Graph):');
    for (const p of r.permissions) lines.push(`  ${MARK[permissionVerdict(p)]} ${p.message}`);
  }
  if (r.role.readDevices || r.role.sendLock) {
    lines.push('', "The technician's Intune role:");
    if (r.role.readDevices) lines.push(`  ${MARK[r.role.readDevices.verdict]} ${r.role.readDevices.message}`);
    if (r.role.sendLock) lines.push(`  ${MARK[r.role.sendLock.verdict]} ${r.role.sendLock.message}`);
  }
  if (r.filters.length > 0) {
    lines.push('', 'How this tenant answers filters ($top=1, with a value that matches no device):');
    for (const f of r.filters) lines.push(`  ${MARK[f.verdict]} ${f.message}`);
    lines.push(`  ${MARK[r.nameSearch.strategy ? 'ok' : 'note']} ${r.nameSearch.message}`);
  }
  lines.push('', 'Request budget:', `  ${MARK[r.budget.verdict]} ${r.budget.message}`);
  const problems = problemsOf(r).length;
  lines.push('', r.ok ? `Result: the kiosk can work with this tenant (${r.graphRequests} Graph requests sent).` : `Result: ${problems} problem${problems === 1 ? '' : 's'} to fix (marked [problem]), then run the check again.`);
  return lines.join('\n');
}
