// Entra ID's refusals of a sign-in, from its AADSTS number (error codes reference:
// https://learn.microsoft.com/entra/identity-platform/reference-error-codes), each as its error code and, where another
// sign-in gets past it, which one (their words:
// electron/core/messages.ts and the screen's catalogs). Conditional Access and security defaults: DESIGN.md §7.
import type { ErrorCode, SignInMethod, SignInRefusal, SignInRefusalReason } from '../contract';
import { KioskFailure } from '../errors';

interface Refusal {
  code: ErrorCode;
  /** Which sign-ins can get past it, best first. */
  passedBy?: readonly SignInMethod[];
}

const INTERACTIVE: readonly SignInMethod[] = ['broker', 'window', 'browser'];

const REFUSALS: Record<SignInRefusalReason, Refusal> = {
  consentMissing: { code: 'consent_required' },
  conditionalAccess: { code: 'forbidden' },
  deviceCodeBlocked: { code: 'forbidden', passedBy: INTERACTIVE },
  securityDefaults: { code: 'forbidden', passedBy: INTERACTIVE },
  deviceCodeRechecked: { code: 'not_signed_in', passedBy: INTERACTIVE },
  deviceNotCompliant: { code: 'forbidden', passedBy: ['broker'] },
  mfaRequired: { code: 'not_signed_in' },
  mfaRegistration: { code: 'forbidden' },
  notAssigned: { code: 'forbidden' },
  sessionExpired: { code: 'not_signed_in' },
  appNotFound: { code: 'config_error' },
  publicClientOff: { code: 'config_error' },
  tenantNotFound: { code: 'config_error' },
  redirectUriMissing: { code: 'config_error' },
};

/** Entra's AADSTS numbers, by what they mean for the kiosk. */
const BY_ENTRA_CODE: Record<number, SignInRefusalReason> = {
  65001: 'consentMissing',
  90094: 'consentMissing',
  90095: 'consentMissing',
  53003: 'conditionalAccess',
  530035: 'securityDefaults',
  530036: 'deviceCodeRechecked',
  53000: 'deviceNotCompliant',
  53001: 'deviceNotCompliant',
  530033: 'deviceNotCompliant',
  50097: 'deviceNotCompliant',
  50005: 'deviceNotCompliant',
  50076: 'mfaRequired',
  50079: 'mfaRegistration',
  53004: 'mfaRegistration',
  50105: 'notAssigned',
  70043: 'sessionExpired',
  700082: 'sessionExpired',
  700016: 'appNotFound',
  7000218: 'publicClientOff',
  90002: 'tenantNotFound',
  50011: 'redirectUriMissing',
};

/** Entra's AADSTS number in a text (an error description, MSAL's message), or null. */
export function entraCodeIn(text: string): number | null {
  const found = /AADSTS(\d+)/.exec(text)?.[1];
  return found === undefined ? null : Number(found);
}

/**
 * The failure for a refusal Entra sent, or null for a number the kiosk does not know. `offered` are the kiosk's
 * sign-ins, so the screen can point to one that gets past the refusal.
 */
export function refusalFailure(entraCode: number, method: SignInMethod, offered: readonly SignInMethod[]): KioskFailure | null {
  let reason = BY_ENTRA_CODE[entraCode];
  if (!reason) return null;
  // A Conditional Access block of a code sign-in is, in practice, the policy on the device code flow.
  if (reason === 'conditionalAccess' && method === 'deviceCode') reason = 'deviceCodeBlocked';
  const refusal = REFUSALS[reason];
  const tryMethod = refusal.passedBy?.find((m) => m !== method && offered.includes(m)) ?? null;
  const detail: SignInRefusal = { reason, entraCode, method, tryMethod };
  return new KioskFailure(refusal.code, { id: 'signInRefused', reason, tryMethod }, { refusal: detail });
}
