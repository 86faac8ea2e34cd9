// What the kiosk knows about each kind of secret: where it can exist, what it needs from Entra and Intune, and what
// a refusal means in words a technician can pass on to the administrator (docs/entra-app-registration.md).
import { ROTATABLE_KINDS, type RotatableKind, type RotationOffer, type SecretKind } from '../contract';
import { MANAGED_DEVICES_WRITE_SCOPE, PRIVILEGED_SCOPE } from '../microsoft';

export interface SecretKindSettings {
  /** Offered at the counter. Off on a tenant until the config turns it on. */
  enabled: boolean;
  /** The screen offers a spoken reading. */
  readAloud: boolean;
  /** A revealed secret may be kept in the encrypted offline cache. */
  offline: boolean;
  /** After a reveal the screen offers to have Intune rotate the key (BitLocker and FileVault only; else a reminder). */
  rotate: boolean;
}

export type SecretSettings = Record<SecretKind, SecretKindSettings>;

/** Defaults when the config says nothing: read-aloud and offline only for the short-lived Android passcode. */
export const SECRET_DEFAULTS: SecretSettings = {
  bitlocker: { enabled: false, readAloud: false, offline: false, rotate: false },
  laps: { enabled: false, readAloud: false, offline: false, rotate: false },
  androidPasscode: { enabled: false, readAloud: true, offline: true, rotate: false },
  activationLock: { enabled: false, readAloud: false, offline: false, rotate: false },
  fileVault: { enabled: false, readAloud: false, offline: false, rotate: false },
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

interface RotationFacts {
  /** The managedDevice action in Graph's beta endpoint: POST, no body, 204. */
  action: string;
  /** The delegated permission its Graph reference names. */
  scope: string;
  /** The Intune role permission (Remote tasks) it needs, as the Intune admin center names it. */
  intunePermission: string;
  /** Said when Graph answers 403: the permission and the Intune role that are missing. */
  forbidden: string;
  /** Said when Intune answers 400: it will not rotate this device's key. */
  refused: string;
}

/**
 * Rotating a key that was seen. Sources: Graph beta references intune-devices-manageddevice-rotatebitlockerkeys and
 * -rotatefilevaultkey (POST, no request body, 204 No Content; rotateFileVaultKey names "PriviligedOperation.All", sic);
 * Intune's remote-action pages device-rotate-bitlocker-keys (Windows; roles Help Desk Operator, Endpoint Security
 * Manager, or "Remote tasks/Rotate BitLockerKeys") and device-rotate-filevault (macOS, corporate-owned, encrypted by an
 * Intune policy with the personal recovery key stored in Intune; "Remote tasks/Rotate filevault key").
 */
export const ROTATION: Record<RotatableKind, RotationFacts> = {
  bitlocker: {
    action: 'rotateBitLockerKeys',
    scope: MANAGED_DEVICES_WRITE_SCOPE,
    intunePermission: 'Rotate BitLockerKeys',
    forbidden:
      'Intune refused to rotate the BitLocker key. Your account needs an Intune role with "Remote tasks: Rotate BitLockerKeys" ' +
      '(Help Desk Operator or Endpoint Security Manager), and the kiosk the DeviceManagementManagedDevices.ReadWrite.All permission with admin consent.',
    refused:
      'Intune would not rotate the BitLocker keys of this device: it rotates them on Windows PCs only. ' +
      'Ask your IT administrator to rotate the key in the Intune admin center.',
  },
  fileVault: {
    action: 'rotateFileVaultKey',
    scope: PRIVILEGED_SCOPE,
    intunePermission: 'Rotate FileVault key',
    forbidden:
      'Intune refused to rotate the FileVault key. Your account needs an Intune role with "Remote tasks: Rotate FileVault key" ' +
      '(Help Desk Operator or Endpoint Security Manager), and the kiosk the DeviceManagementManagedDevices.PrivilegedOperations.All permission with admin consent.',
    refused:
      'Intune would not rotate the FileVault key of this Mac: it rotates it only on corporate-owned Macs encrypted by an Intune policy ' +
      'whose key Intune stores. Ask your IT administrator to rotate the key in the Intune admin center.',
  },
};

export function isRotatable(kind: SecretKind): kind is RotatableKind {
  return (ROTATABLE_KINDS as readonly SecretKind[]).includes(kind);
}

/** What the screen shows after a reveal of this kind: the offer to rotate, a reminder to have it rotated, or nothing. */
export function rotationOffer(kind: SecretKind, settings: SecretKindSettings): RotationOffer {
  if (!isRotatable(kind)) return 'none';
  return settings.rotate ? 'offer' : 'remind';
}

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
    // Intune rotates BitLocker and FileVault keys only; the other kinds change by themselves or not at all.
    if (!isRotatable(kind)) out[kind].rotate = false;
  }
  return out;
}

/** The Graph permissions the enabled kinds, and the rotations turned on, add to the sign-in. */
export function scopesFor(settings: SecretSettings): string[] {
  const scopes = new Set<string>();
  for (const [kind, s] of Object.entries(settings) as Array<[SecretKind, SecretKindSettings]>) {
    const scope = SECRET_KINDS_INFO[kind].scope;
    if (s.enabled && scope) scopes.add(scope);
    if (s.enabled && s.rotate && isRotatable(kind)) scopes.add(ROTATION[kind].scope);
  }
  return [...scopes];
}
