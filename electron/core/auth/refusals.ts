// Entra ID's refusals of a sign-in, from its AADSTS number (error codes reference:
// https://learn.microsoft.com/entra/identity-platform/reference-error-codes), each as what happened, what to do, and
// where another sign-in gets past it, which one. Conditional Access and security defaults: DESIGN.md §7.
import type { ErrorCode, SignInMethod, SignInRefusal, SignInRefusalReason } from '../contract';
import { KioskFailure } from '../errors';

const SETUP_DOC = 'See docs/entra-app-registration.md.';

interface Refusal {
  code: ErrorCode;
  /** What happened and what to do; `next` names the sign-in to try instead, where there is one. */
  message: (next: string | null) => string;
  /** Which sign-ins can get past it, best first. */
  passedBy?: readonly SignInMethod[];
}

const INTERACTIVE: readonly SignInMethod[] = ['broker', 'window', 'browser'];

const REFUSALS: Record<SignInRefusalReason, Refusal> = {
  consentMissing: {
    code: 'consent_required',
    message: () =>
      "The kiosk app is missing admin consent for its Intune permissions. Ask an Entra administrator to grant admin consent to the kiosk's app " +
      `registration (API permissions › Grant admin consent), then sign in again. ${SETUP_DOC}`,
  },
  conditionalAccess: {
    code: 'forbidden',
    message: () => 'A Conditional Access policy of your organisation blocks this sign-in. Ask an Entra administrator which policy applies (Sign-in logs › Conditional Access).',
  },
  deviceCodeBlocked: {
    code: 'forbidden',
    message: (next) =>
      `This tenant blocks sign-in with a code (a Conditional Access policy on the device code flow). ${next ? `Use "${next}" instead.` : 'Ask your admin to turn on another sign-in for the kiosk (docs/deploy.md).'}`,
    passedBy: INTERACTIVE,
  },
  securityDefaults: {
    code: 'forbidden',
    message: (next) =>
      `This tenant's security defaults block sign-in with a code. ${next ? `Use "${next}" instead.` : 'Ask your admin to turn on another sign-in for the kiosk (docs/deploy.md).'}`,
    passedBy: INTERACTIVE,
  },
  deviceCodeRechecked: {
    code: 'not_signed_in',
    message: (next) => `Entra ID no longer accepts the sign-in made with a code. Sign in again${next ? ` with "${next}"` : ''}.`,
    passedBy: INTERACTIVE,
  },
  deviceNotCompliant: {
    code: 'forbidden',
    message: (next) =>
      'Your organisation lets this account sign in only from a managed, compliant device, and this sign-in could not show that it comes from one. ' +
      (next ? `Use "${next}", which signs in with this computer's own identity.` : 'Ask your admin: the kiosk needs Windows\' own sign-in on an Entra-joined, compliant counter PC (docs/deploy.md).'),
    passedBy: ['broker'],
  },
  mfaRequired: {
    code: 'not_signed_in',
    message: () => 'Your organisation asks for a second factor (MFA) for this sign-in. Sign in again and confirm it when asked.',
  },
  mfaRegistration: {
    code: 'forbidden',
    message: () => 'Your account must first register a second factor (MFA). Do so on your own phone or computer at https://aka.ms/mfasetup, then sign in again.',
  },
  notAssigned: {
    code: 'forbidden',
    message: () => 'Your account is not assigned to the kiosk app. Ask an Entra administrator to assign you (Enterprise applications › Users and groups).',
  },
  sessionExpired: {
    code: 'not_signed_in',
    message: () => 'Your organisation asks you to sign in again after a set time (sign-in frequency). Sign in again to go on.',
  },
  appNotFound: {
    code: 'config_error',
    message: () => `This tenant has no app registration with the kiosk's client ID. Check "clientId" and "tenantId" in the kiosk's config file. ${SETUP_DOC}`,
  },
  publicClientOff: {
    code: 'config_error',
    message: () => `The kiosk's app registration must allow public client flows (Authentication › Allow public client flows: Yes). ${SETUP_DOC}`,
  },
  tenantNotFound: {
    code: 'config_error',
    message: () => `Entra ID does not know the tenant in the kiosk's config file. Check "tenantId". ${SETUP_DOC}`,
  },
  redirectUriMissing: {
    code: 'config_error',
    message: () => `The app registration lacks the redirect URI this sign-in needs (Authentication › Mobile and desktop applications). ${SETUP_DOC}`,
  },
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

/** The words of each sign-in, as the sign-in screen names it (renderer/src/lib/i18n/en.ts). */
export const METHOD_NAMES: Record<SignInMethod, string> = {
  broker: 'Sign in with Windows',
  window: 'Sign in with your work account',
  browser: 'Sign in with the browser',
  deviceCode: 'Sign in with a code',
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
  return new KioskFailure(refusal.code, refusal.message(tryMethod && METHOD_NAMES[tryMethod]), { refusal: detail });
}
