// What the kiosk takes as given about Microsoft's cloud: where it signs in and reads Graph unless the config names a
// national cloud, the delegated permissions it asks for, and how long Intune answers a Mac's unlock PIN. The demo
// tenant (electron/demo) imitates these same facts.

/** Entra ID's sign-in host in Microsoft's public cloud; a tenant's authority is this host and the tenant's ID. */
export const PUBLIC_AUTHORITY_HOST = 'https://login.microsoftonline.com';
/** Microsoft Graph's resource in the public cloud; scopes are named under it. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
export const PUBLIC_GRAPH_URL = `${GRAPH_RESOURCE}/v1.0`;

/** Reading managed devices, their lock state and unlock PINs. */
export const READ_SCOPE = 'DeviceManagementManagedDevices.Read.All';
/** Sending a remote lock, and reading and rotating a Mac's FileVault key (Graph's getFileVaultKey and rotateFileVaultKey ask for it too). */
export const PRIVILEGED_SCOPE = 'DeviceManagementManagedDevices.PrivilegedOperations.All';

/**
 * Asking Intune to rotate a device's BitLocker recovery keys: the only permission Graph's beta reference names for
 * rotateBitLockerKeys (learn.microsoft.com/graph/api/intune-devices-manageddevice-rotatebitlockerkeys?view=graph-rest-beta;
 * microsoftgraph/microsoft-graph-docs-contrib, api-reference/beta/api/intune-devices-manageddevice-rotatebitlockerkeys.md).
 */
export const MANAGED_DEVICES_WRITE_SCOPE = 'DeviceManagementManagedDevices.ReadWrite.All';

/**
 * How long Intune answers a Mac's unlock PIN after its remote lock: Microsoft documents 30 days (Intune's "Remote lock"
 * page for macOS), but PINs have been gone after about 7 (MicrosoftDocs/memdocs#227). The kiosk keeps a PIN offline for
 * `reliableDays` unless the admin says otherwise, never longer than `documentedDays`, and calls an older one stale.
 */
export const PIN_LIFETIME = { documentedDays: 30, reliableDays: 7 } as const;

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A remote lock still pending this long has stopped making progress: Intune devices check in every few hours when
 * online, so a device that has not taken its lock in two days is off, out of network, or no longer enrolled.
 */
export const LOCK_NO_PROGRESS_DAYS = 2;
