// `npm run audit:verify -- <folder> [--json]` and the packaged app's `--verify-audit <folder> [--json]`.
import { existsSync, statSync } from 'node:fs';
import { describeVerification, verificationExitCode, verifyAuditFolder } from './verify';

export interface CommandOutput {
  out(text: string): void;
  err(text: string): void;
}

export const VERIFY_AUDIT_USAGE =
  'Name the folder that holds audit.jsonl, for example "%APPDATA%\\Unlock PIN Kiosk\\logs", "~/Library/Application Support/Unlock PIN Kiosk/logs" or "~/.config/Unlock PIN Kiosk/logs"; add --json for a script.';

/** Exit code: 0 intact, 1 not intact, 2 nothing to check or a wrong folder. */
export function runVerifyAudit(args: readonly string[], output: CommandOutput): number {
  const json = args.includes('--json');
  const folders = args.filter((arg) => arg !== '--json');
  if (folders.length !== 1) {
    output.err(`Which audit folder? ${VERIFY_AUDIT_USAGE}`);
    return 2;
  }
  const folder = folders[0]!;
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    output.err(`${folder} is not a folder. ${VERIFY_AUDIT_USAGE}`);
    return 2;
  }
  let verification;
  try {
    verification = verifyAuditFolder(folder);
  } catch (err) {
    output.err(`The audit files in ${folder} cannot be read (${err instanceof Error ? err.message : String(err)}).`);
    return 2;
  }
  output.out(json ? JSON.stringify(verification, null, 2) : describeVerification(verification));
  return verificationExitCode(verification);
}
