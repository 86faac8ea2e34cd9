// The packaged app's command-line switches that print a report and exit instead of opening the kiosk:
// `--verify-audit <folder> [--json]` (docs/audit.md) and `--check [--json]` (docs/deploy.md). In a checkout,
// `npm run audit:verify` and `npm run check-tenant` run the same code in plain Node.
import { runVerifyAudit, type CommandOutput } from './audit/verify-command';
import { runTenantCheck, type TenantCheckPorts } from './check/command';
import type { FetchLike } from './fetch';

export const VERIFY_AUDIT_SWITCH = '--verify-audit';
export const CHECK_SWITCH = '--check';

export interface ToolPorts extends CommandOutput {
  /** The network stack to reach the tenant through (the shell passes Electron's net.fetch, which honours the OS proxy). */
  fetch: FetchLike;
  /** Starts the built-in demo tenant, for `--check` without a config file. */
  demo: TenantCheckPorts['demo'];
}

export type CommandLineTool = (ports: ToolPorts) => Promise<number>;

/** The tool asked for on the command line, or null to start the kiosk. */
export function commandLineTool(argv: readonly string[]): CommandLineTool | null {
  const json = argv.includes('--json') ? ['--json'] : [];
  const verify = argv.findIndex((arg) => arg === VERIFY_AUDIT_SWITCH || arg.startsWith(`${VERIFY_AUDIT_SWITCH}=`));
  if (verify >= 0) {
    const arg = argv[verify]!;
    const folder = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[verify + 1];
    const args = folder && !folder.startsWith('--') ? [folder, ...json] : json;
    return async (ports) => runVerifyAudit(args, ports);
  }
  if (argv.includes(CHECK_SWITCH)) {
    return (ports) => runTenantCheck(argv, { ...ports, network: "Electron's network stack, with this computer's proxy settings" });
  }
  return null;
}
