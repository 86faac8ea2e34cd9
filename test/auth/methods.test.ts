// Which sign-ins a kiosk offers on each OS and in kiosk mode, and Entra's refusals as reasons with a sign-in that works.
import { describe, expect, it } from 'vitest';
import { signInMethodsFor } from '../../electron/core/auth';
import { refusalFailure } from '../../electron/core/auth/refusals';
import type { SignInMethod } from '../../electron/core/contract';

describe('signInMethodsFor', () => {
  it('offers the broker first on Windows, the window in kiosk mode and the system browser elsewhere; never the code unless listed', () => {
    expect(signInMethodsFor({ platform: 'win32', kiosk: true })).toEqual(['broker', 'window']);
    expect(signInMethodsFor({ platform: 'win32', kiosk: false })).toEqual(['broker', 'browser', 'window']);
    expect(signInMethodsFor({ platform: 'linux', kiosk: true })).toEqual(['window']);
    expect(signInMethodsFor({ platform: 'linux', kiosk: false })).toEqual(['browser', 'window']);
    expect(signInMethodsFor({ platform: 'darwin', kiosk: true })).toEqual(['window']);
    expect(signInMethodsFor({ platform: 'darwin', kiosk: true, macBroker: true })).toEqual(['broker', 'window']);
  });

  it("keeps the config's order, drops the broker where the OS has none and the system browser in kiosk mode", () => {
    expect(signInMethodsFor({ platform: 'win32', kiosk: true, configured: ['deviceCode', 'window', 'broker'] })).toEqual(['deviceCode', 'window', 'broker']);
    expect(signInMethodsFor({ platform: 'linux', kiosk: true, configured: ['broker', 'browser', 'deviceCode'] })).toEqual(['deviceCode']);
    expect(signInMethodsFor({ platform: 'darwin', kiosk: false, configured: ['broker', 'browser'] })).toEqual(['browser']);
    // Nothing left: the kiosk's own window, which every OS can show.
    expect(signInMethodsFor({ platform: 'linux', kiosk: true, configured: ['browser'] })).toEqual(['window']);
  });
});

describe("Entra's refusals", () => {
  const offered: SignInMethod[] = ['broker', 'window', 'deviceCode'];
  const cases: Array<[number, SignInMethod, string, string, SignInMethod | null]> = [
    [65001, 'window', 'consentMissing', 'consent_required', null],
    [90094, 'window', 'consentMissing', 'consent_required', null],
    [90095, 'broker', 'consentMissing', 'consent_required', null],
    [53003, 'deviceCode', 'deviceCodeBlocked', 'forbidden', 'broker'],
    [53003, 'window', 'conditionalAccess', 'forbidden', null],
    [530035, 'deviceCode', 'securityDefaults', 'forbidden', 'broker'],
    [530036, 'deviceCode', 'deviceCodeRechecked', 'not_signed_in', 'broker'],
    [53000, 'window', 'deviceNotCompliant', 'forbidden', 'broker'],
    [53001, 'deviceCode', 'deviceNotCompliant', 'forbidden', 'broker'],
    [530033, 'window', 'deviceNotCompliant', 'forbidden', 'broker'],
    [50097, 'window', 'deviceNotCompliant', 'forbidden', 'broker'],
    [50005, 'window', 'deviceNotCompliant', 'forbidden', 'broker'],
    [53000, 'broker', 'deviceNotCompliant', 'forbidden', null],
    [50076, 'window', 'mfaRequired', 'not_signed_in', null],
    [50079, 'window', 'mfaRegistration', 'forbidden', null],
    [53004, 'window', 'mfaRegistration', 'forbidden', null],
    [50105, 'window', 'notAssigned', 'forbidden', null],
    [70043, 'window', 'sessionExpired', 'not_signed_in', null],
    [700082, 'broker', 'sessionExpired', 'not_signed_in', null],
    [700016, 'window', 'appNotFound', 'config_error', null],
    [7000218, 'deviceCode', 'publicClientOff', 'config_error', null],
    [90002, 'window', 'tenantNotFound', 'config_error', null],
  ];

  it.each(cases)('AADSTS%i on %s: %s (%s), try %s', (entraCode, method, reason, code, tryMethod) => {
    const failure = refusalFailure(entraCode, method, offered)!;
    expect(failure.code).toBe(code);
    expect(failure.refusal).toEqual({ reason, entraCode, method, tryMethod });
    expect(failure.message).not.toMatch(/Sign-in failed/);
  });

  it('points only to a sign-in this kiosk offers, and says who can help where none is offered', () => {
    expect(refusalFailure(53003, 'deviceCode', ['window', 'deviceCode'])!.refusal?.tryMethod).toBe('window');
    const alone = refusalFailure(530035, 'deviceCode', ['deviceCode'])!;
    expect(alone.refusal?.tryMethod).toBeNull();
    expect(alone.message).toMatch(/security defaults block sign-in with a code.*Ask your admin/);
    expect(refusalFailure(53003, 'deviceCode', ['window', 'deviceCode'])!.message).toMatch(/blocks sign-in with a code.*"Sign in with your work account"/);
  });

  it('leaves a number it does not know to the caller', () => {
    expect(refusalFailure(12345, 'window', offered)).toBeNull();
  });
});
