export { withAudit, type AuditContext } from './audited';
export {
  AUDIT_ACTIONS,
  createAuditTrail,
  createMemoryAuditTrail,
  type AuditAction,
  type AuditRecord,
  type AuditTrail,
  type AuditTrailOptions,
  type RecordedReveal,
} from './trail';

/** Who the audit trail names for an action taken while nobody was signed in (a failed sign-in). */
export const NOBODY_SIGNED_IN = 'nobody signed in';
