// The tenant check's sign-in part: which sign-ins a kiosk with this config offers on each OS, what the check's own code
// sign-in says about device code on this tenant, and what the app registration needs for those sign-ins. Graph cannot
// read an app registration with the kiosk's delegated permissions, so the registration is listed to check by hand,
// except where the check's own sign-in proves a setting.
import { signInMethodsFor } from '../auth/methods';
import type { SignInMethod, SignInRefusal, SignInRefusalReason } from '../contract';
import { SIGN_IN_MATRIX, matrixRows, type SignInMatrixRow } from './sign-in-matrix';
import type { Verdict } from './report';

/** The OSes a kiosk runs on: the check reports each, as it may run on another OS than the counters. */
export const KIOSK_PLATFORMS = ['win32', 'darwin', 'linux'] as const;
export type KioskPlatform = (typeof KIOSK_PLATFORMS)[number];
export const PLATFORM_NAMES: Record<KioskPlatform, string> = { win32: 'Windows', darwin: 'macOS', linux: 'Linux' };

/** The config's sign-in settings, as the check is handed them. */
export interface SignInSettings {
  kiosk: boolean;
  /** `signIn.methods`; absent: the defaults per OS. */
  methods?: readonly SignInMethod[];
  macBroker: boolean;
}

export interface Finding {
  verdict: Verdict;
  message: string;
}

export interface SignInMethodsCheck {
  /** The sign-ins offered on each OS, the recommended one first (electron/core/auth/methods.ts). */
  byPlatform: Record<KioskPlatform, SignInMethod[]>;
  findings: Finding[];
}

export interface DeviceCodeCheck {
  /** What Entra answered the check's code sign-in; `unknown`: it stopped for a reason that is not about device code. */
  answer: 'allowed' | 'refused' | 'unknown' | 'notTried';
  /** Entra's AADSTS number of the refusal. */
  entraCode: number | null;
  reason: SignInRefusalReason | null;
  /** The config turns "deviceCode" on (on some OS). */
  offered: boolean;
  verdict: Verdict;
  message: string;
}

export interface AppRegistrationItem {
  /** Where it is set, as the Entra admin center names it. */
  setting: string;
  value: string;
  /** The sign-ins that need it (none: only this check does). */
  methods: SignInMethod[];
  platforms: KioskPlatform[];
  /** `ok` only where the check's own sign-in proved it; otherwise a `note` to check by hand, or a `problem` proved missing. */
  verdict: Verdict;
  message: string;
}

const MOBILE_AND_DESKTOP = 'Authentication › Mobile and desktop applications › Redirect URIs';
const PUBLIC_CLIENT_FLOWS = 'Authentication › Advanced settings › Allow public client flows';

/**
 * The broker's redirect URIs: what @azure/msal-node-extensions' NativeBrokerPlugin sends when the kiosk names none
 * (chooseRedirectUriByPlatform, 5.6.1; test/check compares them).
 */
export function brokerRedirectUri(platform: 'win32' | 'darwin', clientId: string): string {
  return platform === 'win32' ? `ms-appx-web://Microsoft.AAD.BrokerPlugin/${clientId}` : 'msauth.com.msauth.unsignedapp://auth';
}
/** MSAL's loopback redirect; Entra accepts any port for it (the window and the browser sign-ins). */
export const LOOPBACK_REDIRECT_URI = 'http://localhost';

export function signInMethodsCheck(settings: SignInSettings): SignInMethodsCheck {
  const byPlatform = {} as Record<KioskPlatform, SignInMethod[]>;
  for (const platform of KIOSK_PLATFORMS) {
    byPlatform[platform] = signInMethodsFor({ platform, kiosk: settings.kiosk, configured: settings.methods, macBroker: settings.macBroker });
  }
  const findings: Finding[] = KIOSK_PLATFORMS.map((platform) => ({
    verdict: 'ok',
    message: `${PLATFORM_NAMES[platform]}: ${byPlatform[platform].map((m) => `"${m}"`).join(', then ')}.`,
  }));
  const listed = settings.methods ?? [];
  if (settings.kiosk && listed.includes('browser')) {
    findings.push({ verdict: 'note', message: '"browser" is left out in kiosk mode: the system browser would be a whole browser at a public counter. The sign-in window takes its place.' });
  }
  if (listed.includes('broker')) {
    if (!settings.macBroker) findings.push({ verdict: 'note', message: 'macOS: "broker" is left out: Company Portal\'s broker is used only with "signIn.macBroker": true.' });
    findings.push({ verdict: 'note', message: 'Linux: "broker" is left out: the kiosk uses no broker on Linux.' });
  }
  for (const platform of KIOSK_PLATFORMS) {
    if (listed.length > 0 && !listed.some((m) => byPlatform[platform].includes(m))) {
      findings.push({ verdict: 'note', message: `${PLATFORM_NAMES[platform]}: none of the listed sign-ins runs there, so the kiosk offers "window".` });
    }
  }
  return { byPlatform, findings };
}

/** Every sign-in offered on some OS, in the order of SIGN_IN_METHODS' first appearance. */
export function offeredAnywhere(methods: SignInMethodsCheck): SignInMethod[] {
  return [...new Set(KIOSK_PLATFORMS.flatMap((p) => methods.byPlatform[p]))];
}

/** The matrix rows for the sign-ins this config turns on, each on the OSes where it does. */
export function conditionalAccessRows(methods: SignInMethodsCheck): SignInMatrixRow[] {
  const rows = new Set(KIOSK_PLATFORMS.flatMap((p) => matrixRows(methods.byPlatform[p], [p])));
  return SIGN_IN_MATRIX.filter((row) => rows.has(row));
}

const DEVICE_CODE_REASONS: readonly SignInRefusalReason[] = ['deviceCodeBlocked', 'securityDefaults', 'deviceNotCompliant', 'publicClientOff'];

/** True when Entra refused the check's sign-in because it was a code sign-in (another sign-in would not have been). */
export function refusedAsDeviceCode(refusal: SignInRefusal | undefined): boolean {
  return refusal !== undefined && DEVICE_CODE_REASONS.includes(refusal.reason);
}

/** What the check's code sign-in says about device code on this tenant, and what that means for this config. */
export function deviceCodeCheck(outcome: { tried: boolean; signedIn: boolean; refusal?: SignInRefusal }, methods: SignInMethodsCheck): DeviceCodeCheck {
  const offered = offeredAnywhere(methods).includes('deviceCode');
  const base = { entraCode: outcome.refusal?.entraCode ?? null, reason: outcome.refusal?.reason ?? null, offered };
  if (!outcome.tried) return { ...base, answer: 'notTried', verdict: 'note', message: 'Device code: not tried (the sign-in service cannot be reached).' };
  if (outcome.signedIn) {
    return {
      ...base,
      answer: 'allowed',
      verdict: 'ok',
      message: offered
        ? 'Device code: allowed on this tenant, and the config offers it. Microsoft recommends blocking it, and its managed policy "Block device code flow" may switch on later: keep another sign-in in "signIn.methods".'
        : 'Device code: allowed on this tenant (the check signed in with it); the kiosk does not offer it, as "signIn.methods" does not list it.',
    };
  }
  const refusal = outcome.refusal;
  if (!refusal || !refusedAsDeviceCode(refusal)) {
    return { ...base, answer: 'unknown', verdict: 'note', message: 'Device code: not known: the sign-in stopped for another reason (above).' };
  }
  const code = `AADSTS${refusal.entraCode}`;
  const expected = 'The config does not list "deviceCode", so technicians never meet this: expected, and fine.';
  const listed = 'The config lists "deviceCode": technicians who choose "Sign in with a code" are refused. Take it out of "signIn.methods".';
  const windows = methods.byPlatform.win32;
  switch (refusal.reason) {
    case 'deviceCodeBlocked':
      return {
        ...base,
        answer: 'refused',
        verdict: offered ? 'problem' : 'note',
        message: `Device code: blocked by Conditional Access (${code}; in practice a policy on Authentication flows › Device code flow, such as the Microsoft-managed "Block device code flow"). ${offered ? listed : expected}`,
      };
    case 'securityDefaults':
      return {
        ...base,
        answer: 'refused',
        verdict: offered ? 'problem' : 'note',
        message: `Device code: blocked by security defaults (${code}; every tenant created from 2026-07-01 has them). ${offered ? listed : expected}`,
      };
    case 'deviceNotCompliant': {
      const passes = windows.includes('broker');
      return {
        ...base,
        answer: 'refused',
        verdict: offered || !passes ? 'problem' : 'note',
        message:
          `Device code: refused, as this account may sign in only from a compliant or joined device (${code}), which a code sign-in can never show. ` +
          'Neither can the sign-in window; only "broker" on an Entra-joined, compliant Windows PC does' +
          (passes ? (offered ? ` (offered on Windows). ${listed}` : ', and the config offers it on Windows.') : ': put "broker" in "signIn.methods" for Windows counters.'),
      };
    }
    default:
      // publicClientOff: the app registration's line below says what to do.
      return {
        ...base,
        answer: 'refused',
        verdict: 'note',
        message: `Device code: refused, as the app registration does not allow public client flows (${code}); see the app registration below.`,
      };
  }
}

/** How to run the check where Entra refuses its code sign-in (Microsoft's Conditional Access docs: exclusions). */
export function howToRunTheCheck(refusal: SignInRefusal): string {
  const stopped = 'The check signs in only with a code, so it stopped here: permissions, role and filters are not checked.';
  switch (refusal.reason) {
    case 'securityDefaults':
      return `${stopped} Security defaults leave nobody out, so on this tenant the check cannot sign in: sign in at a kiosk instead, where a missing consent or Intune role shows on screen.`;
    case 'publicClientOff':
      return `${stopped} Set ${PUBLIC_CLIENT_FLOWS} to Yes while you run it (the kiosk needs it only for "deviceCode"), and back afterwards.`;
    default:
      return (
        `${stopped} Run it from a computer or network the policy leaves out (a named location excluded from it), or exclude your own account from that policy ` +
        'while you run the check and remove the exclusion afterwards (the Microsoft-managed policies accept exclusions too). Sign-in logs › Conditional Access names the policy.'
      );
  }
}

/** What the app registration needs for the sign-ins this config turns on, on any OS, and for this check. */
export function appRegistrationChecks(
  clientId: string,
  methods: SignInMethodsCheck,
  publicClient: { proved: 'on' | 'off' | 'unknown' },
): AppRegistrationItem[] {
  const items: AppRegistrationItem[] = [];
  const where = (wanted: (m: SignInMethod[]) => boolean) => KIOSK_PLATFORMS.filter((p) => wanted(methods.byPlatform[p]));
  const names = (platforms: KioskPlatform[]) => platforms.map((p) => PLATFORM_NAMES[p]).join(', ');
  const unverified = 'To check by hand: a missing redirect URI shows AADSTS50011 on the sign-in page.';

  const pages = where((m) => m.includes('window') || m.includes('browser'));
  if (pages.length > 0) {
    const pageMethods = offeredAnywhere(methods).filter((m) => m === 'window' || m === 'browser');
    items.push({
      setting: MOBILE_AND_DESKTOP,
      value: LOOPBACK_REDIRECT_URI,
      methods: pageMethods,
      platforms: pages,
      verdict: 'note',
      message: `${MOBILE_AND_DESKTOP}: ${LOOPBACK_REDIRECT_URI} (exactly that: no port, no path), for ${pageMethods.map((m) => `"${m}"`).join(' and ')} (${names(pages)}). ${unverified}`,
    });
  }
  for (const platform of ['win32', 'darwin'] as const) {
    if (!methods.byPlatform[platform].includes('broker')) continue;
    const value = brokerRedirectUri(platform, clientId);
    items.push({
      setting: MOBILE_AND_DESKTOP,
      value,
      methods: ['broker'],
      platforms: [platform],
      verdict: 'note',
      message: `${MOBILE_AND_DESKTOP}: ${value}, for "broker" on ${PLATFORM_NAMES[platform]}. ${unverified}`,
    });
  }
  const codePlatforms = where((m) => m.includes('deviceCode'));
  const forWhom = codePlatforms.length > 0 ? `for "deviceCode" (${names(codePlatforms)}) and for this check` : 'for this check only: the kiosk does not offer "deviceCode"';
  const proved = publicClient.proved;
  items.push({
    setting: PUBLIC_CLIENT_FLOWS,
    value: 'Yes',
    methods: codePlatforms.length > 0 ? ['deviceCode'] : [],
    platforms: codePlatforms,
    verdict: proved === 'on' ? 'ok' : proved === 'off' && codePlatforms.length > 0 ? 'problem' : 'note',
    message:
      `${PUBLIC_CLIENT_FLOWS}: Yes, ${forWhom}. ` +
      (proved === 'on'
        ? 'Verified: Entra issued the check a sign-in code.'
        : proved === 'off'
          ? `It is off (Entra refused the code with AADSTS7000218)${codePlatforms.length > 0 ? ': turn it on.' : '; the kiosk itself is fine without it.'}`
          : 'Not verified: the check got no sign-in code.'),
  });
  return items;
}
