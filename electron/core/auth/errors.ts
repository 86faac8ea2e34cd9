// MSAL's errors as failures a technician (or whoever set up the kiosk) can act on.
import { AuthError, InteractionRequiredAuthError } from '@azure/msal-node';
import { KioskFailure } from '../errors';

export const SIGN_IN_AGAIN = 'Your sign-in has ended. Sign in again to look up devices.';
export const NOT_SIGNED_IN = 'Sign in with your work account to look up devices.';
const SETUP_DOC = 'See docs/entra-app-registration.md.';

/** True when the account can no longer get tokens without the technician signing in again. */
export function needsSignIn(err: unknown): boolean {
  if (err instanceof InteractionRequiredAuthError) return true;
  return err instanceof AuthError && err.errorCode === 'invalid_grant';
}

export function authFailure(err: unknown): KioskFailure {
  if (err instanceof KioskFailure) return err;
  if (!(err instanceof AuthError)) return new KioskFailure('internal', 'Sign-in failed inside the kiosk. Try again; if it keeps happening, restart the kiosk.');
  const text = `${err.errorCode} ${err.subError} ${err.errorMessage}`;
  const aadsts = /AADSTS(\d+)/.exec(text)?.[1];

  if (err.errorCode === 'consent_required' || err.subError === 'consent_required' || aadsts === '65001') {
    return new KioskFailure(
      'consent_required',
      'The kiosk app is missing admin consent for its Intune permissions. Ask an Entra administrator to grant admin consent ' +
        `to the kiosk's app registration (API permissions › Grant admin consent), then sign in again. ${SETUP_DOC}`,
    );
  }
  if (aadsts === '700016' || err.errorCode === 'unauthorized_client') {
    return new KioskFailure('config_error', `This tenant has no app registration with the kiosk's client ID. Check "clientId" and "tenantId" in the kiosk's config file. ${SETUP_DOC}`);
  }
  if (aadsts === '7000218' || err.errorCode === 'invalid_client') {
    return new KioskFailure('config_error', `The kiosk's app registration must allow public client flows (Authentication › Allow public client flows: Yes). ${SETUP_DOC}`);
  }
  if (aadsts === '90002' || err.errorCode === 'invalid_tenant') {
    return new KioskFailure('config_error', `Entra ID does not know the tenant in the kiosk's config file. Check "tenantId". ${SETUP_DOC}`);
  }
  if (aadsts === '50105' || aadsts === '53003' || aadsts === '50097') {
    return new KioskFailure('forbidden', 'Your account may not sign in to the kiosk app (not assigned to it, or blocked by a Conditional Access policy). Ask an Entra administrator.');
  }
  if (err.errorCode === 'device_code_expired' || /expired_token/.test(text)) {
    return new KioskFailure('timeout', 'The sign-in code expired before anyone used it. Start again for a new code.');
  }
  if (err.errorCode === 'device_code_polling_cancelled' || /authorization_declined|access_denied/.test(text) || aadsts === '65004') {
    return new KioskFailure('cancelled', 'Sign-in was cancelled or declined. Sign in again to continue.');
  }
  if (needsSignIn(err)) return new KioskFailure('not_signed_in', SIGN_IN_AGAIN);
  if (err.errorCode === 'network_error' || err.errorCode === 'endpoints_resolution_error' || err.errorCode === 'openid_config_error') {
    return new KioskFailure(
      'offline',
      'The kiosk cannot reach the Microsoft sign-in service. Check the network connection and try again; if it keeps happening, check "authority" and "tenantId" in the config file.',
    );
  }
  return new KioskFailure('internal', 'Sign-in failed. Try again; if it keeps happening, restart the kiosk.');
}

/** What may be logged about a sign-in failure: MSAL's error codes, never its message (it may name the account). */
export function describeAuthError(err: unknown): string {
  if (err instanceof AuthError) {
    const aadsts = /AADSTS\d+/.exec(err.errorMessage)?.[0];
    return [err.name, err.errorCode, err.subError, aadsts].filter(Boolean).join(' ');
  }
  return err instanceof Error ? err.name : typeof err;
}
