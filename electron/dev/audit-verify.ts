// `npm run audit:verify -- <folder> [--json]`: checks the audit trail's hash chain (docs/audit.md).
import { runVerifyAudit } from '../core/audit/verify-command';

process.exitCode = runVerifyAudit(process.argv.slice(2), { out: (text) => console.log(text), err: (text) => console.error(text) });
