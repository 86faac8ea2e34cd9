// What an admin decides about a kiosk (the config file, through coreOptionsFromConfig in ./config.ts), and what the
// kiosk does where nobody decided: the tenant's defaults first (the demo tenant turns on what it shows), then the
// kiosk's own. The config schema's defaults are these same numbers.
import { SCREEN_LANGUAGES, type ScreenLanguage, type SecretKind } from './contract';
import { PIN_LIFETIME } from './microsoft';
import { resolveSecretSettings, type ReasonPolicy, type SecretKindSettings, type SecretSettings } from './secrets';
import type { KioskTenant } from './tenant';

const MINUTE_MS = 60_000;

export const SETTING_DEFAULTS = {
  /** Graph requests per 20 s: 5 % of the app's Intune read limit, shared by every kiosk of the tenant. */
  requestBudget: 100,
  idleResetMs: 3 * MINUTE_MS,
  pinVisibleMs: MINUTE_MS,
  /** 48 digits typed group by group, with the key ID checked first, take far longer than a six-digit PIN. */
  recoveryKeyVisibleMs: 3 * MINUTE_MS,
  shiftMs: 12 * 60 * MINUTE_MS,
  signOutIdleMs: 30 * MINUTE_MS,
  pinDays: PIN_LIFETIME.reliableDays,
  /** A secret may be spelled out and read aloud in every language the kiosk speaks. */
  visitorLanguages: SCREEN_LANGUAGES,
} as const;

export type SecretChoices = Partial<Record<SecretKind, Partial<SecretKindSettings>>>;

export interface KioskSettings {
  /** The Intune tenant: the configured one, or the demo tenant (electron/demo) when none is configured. */
  tenant: KioskTenant;
  /** Remote lock needs an extra, privileged permission: off unless the admin (or the tenant's defaults) turn it on. */
  features?: { remoteLock?: boolean };
  /** Which secret kinds are offered (BitLocker, LAPS, …): each off unless enabled here or by the tenant's defaults. */
  secrets?: SecretChoices;
  /** Whether a reveal asks for a reason (default: the tenant's, else off). */
  revealReason?: ReasonPolicy;
  /** Graph requests this kiosk may send per 20 s. */
  requestBudget?: number;
  /** Screen timings handed to the renderer through app:info. */
  screen?: { idleResetMs?: number; pinVisibleMs?: number; recoveryKeyVisibleMs?: number };
  /** The screen offers a spoken reading of the Mac PIN, as each secret kind's `readAloud` does for it (default on). */
  pinReadAloud?: boolean;
  /** Shift length, idle sign-out, and whether tokens may be kept without OS protection. */
  signIn?: { shiftMs?: number; idleMs?: number; allowPlaintextTokenCache?: boolean };
  /** The screen's language (default: the machine's), and those a revealed secret is offered in for the person. */
  languages?: { screen?: ScreenLanguage; visitor?: readonly ScreenLanguage[] };
}

export interface ResolvedSettings {
  remoteLock: boolean;
  secrets: SecretSettings;
  revealReason: ReasonPolicy;
  requestBudget: number;
  screen: { idleResetMs: number; pinVisibleMs: number; recoveryKeyVisibleMs: number };
  pinReadAloud: boolean;
  languages: { screen: ScreenLanguage | null; visitor: ScreenLanguage[] };
}

/** The settings a kiosk works with: the admin's, else the tenant's defaults, else the kiosk's. */
export function resolveSettings(settings: KioskSettings): ResolvedSettings {
  const defaults = settings.tenant.defaults ?? {};
  return {
    remoteLock: settings.features?.remoteLock ?? defaults.features?.remoteLock ?? false,
    secrets: resolveSecretSettings(settings.secrets, defaults.secrets),
    revealReason: settings.revealReason ?? defaults.revealReason ?? { mode: 'off', choices: [] },
    requestBudget: settings.requestBudget ?? SETTING_DEFAULTS.requestBudget,
    screen: screenSettings(settings.screen),
    pinReadAloud: settings.pinReadAloud ?? true,
    languages: languageSettings(settings.languages),
  };
}

/** The screen's languages: the admin's, else the machine's for the screen and all the kiosk speaks for the person. */
export function languageSettings(languages: KioskSettings['languages'] = {}): ResolvedSettings['languages'] {
  return { screen: languages.screen ?? null, visitor: [...(languages.visitor ?? SETTING_DEFAULTS.visitorLanguages)] };
}

/** The screen's timings: the admin's, else the kiosk's (also for a kiosk without a config, electron/shell/first-run.ts). */
export function screenSettings(screen: KioskSettings['screen'] = {}): ResolvedSettings['screen'] {
  return {
    idleResetMs: screen.idleResetMs ?? SETTING_DEFAULTS.idleResetMs,
    pinVisibleMs: screen.pinVisibleMs ?? SETTING_DEFAULTS.pinVisibleMs,
    recoveryKeyVisibleMs: screen.recoveryKeyVisibleMs ?? SETTING_DEFAULTS.recoveryKeyVisibleMs,
  };
}

/** The secret kinds a kiosk offers. */
export function enabledKinds(secrets: SecretSettings): SecretKind[] {
  return (Object.keys(secrets) as SecretKind[]).filter((kind) => secrets[kind].enabled);
}
