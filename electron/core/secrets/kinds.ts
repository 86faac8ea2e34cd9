// What the kiosk knows about each kind of secret: where it can exist, what it needs from Entra and Intune, and what
// a refusal means in words a technician can pass on to the administrator (docs/entra-app-registration.md).
import { ROTATABLE_KINDS, type RotatableKind, type RotationOffer, type SecretKind } from '../contract';
import { MANAGED_DEVICES_WRITE_SCOPE, PRIVILEGED_SCOPE, READ_SCOPE } from '../microsoft';

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
  /** Who holds it, and so who refuses it with a 403. */
  service: 'Entra ID' | 'Intune';
  /** What a 403 names beside the permission: the roles (or Intune role permissions) that may read it. */
  roles: readonly string[];
  /** Its name in the audit trail and in the core's English. */
  name: string;
}

const APPLE = ['iOS', 'iPadOS', 'macOS'];

export const SECRET_KINDS_INFO: Record<SecretKind, KindFacts> = {
  bitlocker: {
    platforms: ['Windows'],
    scope: BITLOCKER_SCOPE,
    name: 'BitLocker recovery key',
    service: 'Entra ID',
    roles: ['Cloud Device Administrator', 'Helpdesk Administrator', 'Intune Administrator', 'Security Administrator', 'Security Reader', 'Global Reader'],
  },
  laps: {
    platforms: ['Windows'],
    scope: LAPS_SCOPE,
    name: 'Windows LAPS password',
    service: 'Entra ID',
    roles: ['Cloud Device Administrator', 'Intune Administrator', 'microsoft.directory/deviceLocalCredentials/password/read'],
  },
  androidPasscode: {
    platforms: ['Android'],
    scope: null,
    name: 'Android temporary passcode',
    service: 'Intune',
    roles: ['Managed devices: Read'],
  },
  activationLock: {
    platforms: APPLE,
    scope: null,
    name: 'Activation Lock bypass code',
    service: 'Intune',
    roles: ['Managed devices: Read'],
  },
  fileVault: {
    platforms: ['macOS'],
    scope: PRIVILEGED_SCOPE,
    name: 'FileVault recovery key',
    service: 'Intune',
    roles: ['Remote tasks: Get FileVault key'],
  },
};

interface RotationFacts {
  /** The managedDevice action in Graph's beta endpoint: POST, no body, 204. */
  action: string;
  /** The delegated permission its Graph reference names. */
  scope: string;
  /** The Intune role permission (Remote tasks) it needs, as the Intune admin center names it. */
  intunePermission: string;
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
  },
  fileVault: {
    action: 'rotateFileVaultKey',
    scope: PRIVILEGED_SCOPE,
    intunePermission: 'Rotate FileVault key',
  },
};

/** The delegated permission a kind's reads need: its own, or reading managed devices. */
export function permissionOf(kind: SecretKind): string {
  return SECRET_KINDS_INFO[kind].scope ?? READ_SCOPE;
}

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
