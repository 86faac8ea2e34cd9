// What the kiosk knows about each kind of secret: where it can exist, what it needs from Entra and Intune, and what
// a refusal means in words a technician can pass on to the administrator (docs/entra-app-registration.md).
import type { SecretKind } from '../contract';
import { PRIVILEGED_SCOPE } from '../microsoft';

export interface SecretKindSettings {
  /** Offered at the counter. Off on a tenant until the config turns it on. */
  enabled: boolean;
  /** The screen offers a spoken reading. */
  readAloud: boolean;
  /** A revealed secret may be kept in the encrypted offline cache. */
  offline: boolean;
}

export type SecretSettings = Record<SecretKind, SecretKindSettings>;

/** Defaults when the config says nothing: read-aloud and offline only for the short-lived Android passcode. */
export const SECRET_DEFAULTS: SecretSettings = {
  bitlocker: { enabled: false, readAloud: false, offline: false },
  laps: { enabled: false, readAloud: false, offline: false },
  androidPasscode: { enabled: false, readAloud: true, offline: true },
  activationLock: { enabled: false, readAloud: false, offline: false },
  fileVault: { enabled: false, readAloud: false, offline: false },
};

export const BITLOCKER_SCOPE = 'BitLockerKey.Read.All';
export const LAPS_SCOPE = 'DeviceLocalCredential.Read.All';

interface KindFacts {
  /** Graph's operatingSystem values the secret exists for. */
  platforms: readonly string[];
  /** The delegated permission the kiosk asks for when the kind is on (beyond reading managed devices). */
  scope: string | null;
  /** Said when Graph answers 403: the permission and the role that are missing. */
  forbidden: string;
  notFound: string;
  /** Its name in the audit trail and in messages. */
  name: string;
}

const APPLE = ['iOS', 'iPadOS', 'macOS'];

export const SECRET_KINDS_INFO: Record<SecretKind, KindFacts> = {
  bitlocker: {
    platforms: ['Windows'],
    scope: BITLOCKER_SCOPE,
    name: 'BitLocker recovery key',
    forbidden:
      'Entra ID refused to show BitLocker recovery keys. The kiosk needs the BitLockerKey.Read.All permission with admin consent, ' +
      'and your account needs an Entra role that may read keys: Cloud Device Administrator, Helpdesk Administrator, ' +
      'Intune Administrator, Security Administrator, Security Reader or Global Reader.',
    notFound: 'Entra ID holds no BitLocker recovery key with this id for this device.',
  },
  laps: {
    platforms: ['Windows'],
    scope: LAPS_SCOPE,
    name: 'Windows LAPS password',
    forbidden:
      'Entra ID refused to show the local administrator password. The kiosk needs the DeviceLocalCredential.Read.All permission ' +
      'with admin consent, and your account needs the Cloud Device Administrator or Intune Administrator role (or a custom role ' +
      'with microsoft.directory/deviceLocalCredentials/password/read).',
    notFound: 'Entra ID holds no local administrator password for this device: Windows LAPS has not backed one up.',
  },
  androidPasscode: {
    platforms: ['Android'],
    scope: null,
    name: 'Android temporary passcode',
    forbidden:
      'Intune refused to show the passcode. Your account needs an Intune role that may read managed devices, and the kiosk ' +
      'the DeviceManagementManagedDevices.Read.All permission.',
    notFound: 'Intune holds no temporary passcode for this device. It shows one for 7 days after a passcode reset.',
  },
  activationLock: {
    platforms: APPLE,
    scope: null,
    name: 'Activation Lock bypass code',
    forbidden:
      'Intune refused to show the bypass code. Your account needs an Intune role that may read managed devices, and the kiosk ' +
      'the DeviceManagementManagedDevices.Read.All permission.',
    notFound: 'Intune holds no Activation Lock bypass code for this device. Only supervised devices with Activation Lock on have one.',
  },
  fileVault: {
    platforms: ['macOS'],
    scope: PRIVILEGED_SCOPE,
    name: 'FileVault recovery key',
    forbidden:
      'Intune refused to show the FileVault key. Your account needs an Intune role with "Remote tasks: Get FileVault key", and the ' +
      'kiosk the DeviceManagementManagedDevices.PrivilegedOperations.All permission.',
    notFound: 'Intune holds no FileVault personal recovery key for this Mac: it was never escrowed.',
  },
};

export function existsOn(kind: SecretKind, operatingSystem: string): boolean {
  return SECRET_KINDS_INFO[kind].platforms.some((p) => p.toLowerCase() === operatingSystem.toLowerCase());
}

/** The kinds' settings: the admin's, else the tenant's defaults (the demo turns every kind on), else SECRET_DEFAULTS. */
export function resolveSecretSettings(
  given: Partial<Record<SecretKind, Partial<SecretKindSettings>>> | undefined,
  tenantDefaults?: Partial<Record<SecretKind, Partial<SecretKindSettings>>>,
): SecretSettings {
  const out = {} as SecretSettings;
  for (const kind of Object.keys(SECRET_DEFAULTS) as SecretKind[]) {
    out[kind] = { ...SECRET_DEFAULTS[kind], ...tenantDefaults?.[kind], ...given?.[kind] };
  }
  return out;
}

/** The Graph permissions the enabled kinds add to the sign-in. */
export function scopesFor(settings: SecretSettings): string[] {
  const scopes = new Set<string>();
  for (const [kind, s] of Object.entries(settings) as Array<[SecretKind, SecretKindSettings]>) {
    const scope = SECRET_KINDS_INFO[kind].scope;
    if (s.enabled && scope) scopes.add(scope);
  }
  return [...scopes];
}
