// MSAL's errors as failures a technician (or whoever set up the kiosk) can act on. Entra's refusals, by their AADSTS
// number, come from ./refusals.ts; what is left here is MSAL's own trouble.
import { AuthError } from '@azure/msal-node';
import type { SignInMethod } from '../contract';
import { KioskFailure } from '../errors';
import { entraCodeIn, refusalFailure } from './refusals';

/** The sign-in a failure came from, and the ones the kiosk offers, so a refusal can point to one that works. */
export interface AuthFailureContext {
  method: SignInMethod;
  offered: readonly SignInMethod[];
}

/**
 * MSAL's error, by shape: the broker plugin throws errors of the msal-common copy bundled inside
 * @azure/msal-node-extensions, which are not instances of @azure/msal-node's classes.
 */
type MsalError = Pick<AuthError, 'name' | 'errorCode' | 'errorMessage' | 'subError'> & { errorNo?: string };

function asMsalError(err: unknown): MsalError | null {
  if (err instanceof AuthError) return err;
  return err instanceof Error && typeof (err as Partial<MsalError>).errorCode === 'string' ? (err as unknown as MsalError) : null;
}

/** True when the account can no longer get tokens without the technician signing in again. */
export function needsSignIn(err: unknown): boolean {
  // By name: the broker's copy of the class is not msal-node's.
  if (err instanceof Error && err.name === 'InteractionRequiredAuthError') return true;
  return asMsalError(err)?.errorCode === 'invalid_grant';
}

/** MSAL's own names for refusals that arrive without Entra's number. */
const MSAL_CODES_AS_ENTRA: Record<string, number> = { consent_required: 65001, unauthorized_client: 700016, invalid_client: 7000218, invalid_tenant: 90002 };

/** Entra's AADSTS number of an MSAL error: `error_codes[0]` on token-endpoint answers, else the text (the broker's too). */
export function entraCodeOf(err: MsalError): number | null {
  if (err.errorNo && /^\d+$/.test(err.errorNo)) return Number(err.errorNo);
  const broker = (err as { platformBrokerError?: unknown }).platformBrokerError;
  const brokerText = broker instanceof Error ? broker.message : '';
  return entraCodeIn(`${err.errorMessage ?? ''} ${err.subError ?? ''} ${brokerText}`);
}

export function authFailure(thrown: unknown, context?: AuthFailureContext): KioskFailure {
  if (thrown instanceof KioskFailure) return thrown;
  const err = asMsalError(thrown);
  if (!err) return new KioskFailure('internal', { id: 'signInUnfinished', entraCode: null });
  const text = `${err.errorCode} ${err.subError} ${err.errorMessage}`;
  const entraCode = entraCodeOf(err) ?? MSAL_CODES_AS_ENTRA[err.errorCode] ?? (err.subError === 'consent_required' ? 65001 : null);
  const refused = entraCode === null ? null : refusalFailure(entraCode, context?.method ?? 'browser', context?.offered ?? []);
  if (refused) return refused;
  if (err.errorCode === 'device_code_expired' || /expired_token/.test(text)) {
    return new KioskFailure('timeout', { id: 'deviceCodeExpired' });
  }
  if (err.errorCode === 'device_code_polling_cancelled' || err.errorCode === 'user_canceled' || /authorization_declined|access_denied/.test(text) || entraCode === 65004) {
    return new KioskFailure('canceled', { id: 'signInCanceled', why: 'declined' });
  }
  if (needsSignIn(thrown)) return new KioskFailure('not_signed_in', { id: 'signInEnded' });
  if (err.errorCode === 'network_error' || err.errorCode === 'endpoints_resolution_error' || err.errorCode === 'openid_config_error' || err.errorCode === 'no_network_connectivity') {
    return new KioskFailure('offline', { id: 'signInServiceOffline' });
  }
  return new KioskFailure('internal', { id: 'signInUnfinished', entraCode });
}

/** What may be logged about a sign-in failure: MSAL's error codes and Entra's number, never its message (it may name the account). */
export function describeAuthError(thrown: unknown): string {
  const err = asMsalError(thrown);
  if (err) {
    const code = entraCodeOf(err);
    return [err.name, err.errorCode, err.subError, code === null ? '' : `AADSTS${code}`].filter(Boolean).join(' ');
  }
  return thrown instanceof Error ? thrown.name : typeof thrown;
}
