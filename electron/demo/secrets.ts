// The demo tenant's other secrets: BitLocker recovery keys and Windows LAPS passwords (Entra ID, v1.0), the Android
// Enterprise temporary passcode and the Activation Lock bypass code (Intune managedDevice, v1.0), and the FileVault
// personal recovery key (Intune, beta only); and Intune's beta actions that rotate a BitLocker or FileVault key. Shapes,
// permissions and roles follow Microsoft's Graph docs, cited below.
import type * as Graph from '@microsoft/microsoft-graph-types';
import type { AccessTokenCheck } from './idp';
import { ENTRA_ROLES } from './idp/provider';
import { CHECK_IN_AFTER_MS, graphDate, stableGuid, type Filled, type GraphDeviceActionResult, type GraphManagedDevice } from './seed';

/** What graph.ts turns into a Graph response (its error JSON, request ids and headers; 204 without a body). */
export type DemoAnswer = { status: number; body: unknown } | { status: number; code: string; message: string };

/** A read of a key or password, as Entra's audit log records it (category KeyManagement / Device). */
export interface DemoSecretRead {
  what: 'bitlockerKey' | 'lapsPassword' | 'fileVaultKey';
  id: string;
  username: string;
  clientName: string | null;
  clientVersion: string | null;
}

/**
 * A bitlockerRecoveryKey as Entra stores it, by Graph's schema, except for the volume type: Graph's docs show it as
 * "1" (OS drive), "2" (fixed data drive), "3" (removable drive) where the schema names an enum (the kiosk reads both).
 */
export type DemoBitLockerKey = Filled<Graph.BitlockerRecoveryKey, 'id' | 'createdDateTime' | 'deviceId' | 'key'> & { volumeType: '1' | '2' | '3' };

/** A deviceLocalCredential by Graph's schema; `passwordBase64` is base64 of the password's UTF-16LE bytes. */
export type DemoLocalCredential = Filled<Graph.DeviceLocalCredential, 'accountName' | 'accountSid' | 'backupDateTime' | 'passwordBase64'>;

export interface DemoSecrets {
  /** Recovery keys by key id. */
  readonly bitlockerKeys: DemoBitLockerKey[];
  /** LAPS backups by Entra device id, oldest first. */
  readonly localCredentials: Map<string, { deviceName: string; credentials: DemoLocalCredential[] }>;
  /** FileVault personal recovery keys by Intune device id. */
  readonly fileVaultKeys: Map<string, string>;
  /** Every key or password read, in order: the simulated Entra audit log. */
  readonly reads: DemoSecretRead[];
  /** Key rotations Intune took, in order; each reaches its device at the device's next check-in. */
  readonly rotations: DemoRotation[];
  /** Answers a request for one of these endpoints, or null when the path is not one of them. */
  route(request: Request, url: URL, check: AccessTokenCheck | undefined): DemoAnswer | null;
}

/** A rotateBitLockerKeys or rotateFileVaultKey that Intune took: sent, and delivered once the device checked in. */
export interface DemoRotation {
  action: 'rotateBitLockerKeys' | 'rotateFileVaultKey';
  deviceId: string;
  sentAt: number;
  delivered: boolean;
}

// Scope names as in the permission tables of the Graph docs; Entra compares scopes case-insensitively.
const BITLOCKER_BASIC = 'BitLockerKey.ReadBasic.All';
const BITLOCKER_READ = 'BitLockerKey.Read.All';
const LAPS_BASIC = 'DeviceLocalCredential.ReadBasic.All';
const LAPS_READ = 'DeviceLocalCredential.Read.All';
const PRIVILEGED = 'DeviceManagementManagedDevices.PrivilegedOperations.All';
const MANAGED_DEVICES_WRITE = 'DeviceManagementManagedDevices.ReadWrite.All';

/**
 * Intune's beta actions that replace a key once it was seen. Each answers 204 with no body and only queues the action;
 * the device makes the new key when it next checks in.
 * - rotateBitLockerKeys: "Delegated (work or school account): DeviceManagementManagedDevices.ReadWrite.All", nothing else
 *   (learn.microsoft.com/graph/api/intune-devices-manageddevice-rotatebitlockerkeys?view=graph-rest-beta); Windows only
 *   (Intune, "Remote device action: BitLocker key rotation"). Windows' BitLocker CSP RotateRecoveryPasswords "refreshes
 *   all recovery passwords for OS and fixed drives (removable drives are not included)", backing the new ones up.
 * - rotateFileVaultKey: "DeviceManagementManagedDevices.PriviligedOperation.All" [sic]
 *   (learn.microsoft.com/graph/api/intune-devices-manageddevice-rotatefilevaultkey?view=graph-rest-beta); "macOS
 *   (corporate-owned)", encrypted by an Intune policy with the personal recovery key stored in Intune (Intune, "Remote
 *   device action: rotate FileVault recovery key").
 * A device an action does not apply to gets Intune's 400, as remoteLock answers for Windows (microsoft-graph-docs#10007).
 */
const ROTATIONS = {
  rotatebitlockerkeys: { action: 'rotateBitLockerKeys', scope: MANAGED_DEVICES_WRITE, appliesTo: (d: GraphManagedDevice) => d.operatingSystem === 'Windows' },
  rotatefilevaultkey: {
    action: 'rotateFileVaultKey',
    scope: PRIVILEGED,
    appliesTo: (d: GraphManagedDevice) => d.operatingSystem === 'macOS' && d.managedDeviceOwnerType === 'company',
  },
} as const;

// https://learn.microsoft.com/graph/api/bitlockerrecoverykey-get: a delegated caller must hold one of these roles.
const BITLOCKER_ROLES = [
  ENTRA_ROLES.cloudDeviceAdministrator,
  ENTRA_ROLES.helpdeskAdministrator,
  ENTRA_ROLES.intuneAdministrator,
  ENTRA_ROLES.securityAdministrator,
  ENTRA_ROLES.securityReader,
  ENTRA_ROLES.globalReader,
];
// https://learn.microsoft.com/graph/api/devicelocalcredentialinfo-get: the metadata for more roles, the password
// (`$select=credentials`, microsoft.directory/deviceLocalCredentials/password/read) only for these two.
const LAPS_BASIC_ROLES = [...BITLOCKER_ROLES];
const LAPS_PASSWORD_ROLES = [ENTRA_ROLES.cloudDeviceAdministrator, ENTRA_ROLES.intuneAdministrator];

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const DENIED = { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' };

/** Seeds the secrets of the demo devices that have them (matched by name) and patches their managedDevice fields. */
export function createDemoSecrets(devices: GraphManagedDevice[], now: () => Date): DemoSecrets {
  const at = (msAgo: number) => graphDate(new Date(now().getTime() - msAgo));
  const byName = (name: string) => devices.find((d) => d.deviceName === name);
  const bitlockerKeys: DemoBitLockerKey[] = [];
  const localCredentials: DemoSecrets['localCredentials'] = new Map();
  const fileVaultKeys = new Map<string, string>();
  const reads: DemoSecretRead[] = [];
  const rotations: DemoRotation[] = [];

  const addKeys = (name: string, keys: Array<{ volumeType: DemoBitLockerKey['volumeType']; ageDays: number }>) => {
    const device = byName(name);
    if (!device) return;
    keys.forEach((k, n) => {
      bitlockerKeys.push({
        id: stableGuid(`bitlocker:${name}:${n}`),
        createdDateTime: at(k.ageDays * DAY),
        volumeType: k.volumeType,
        deviceId: device.azureADDeviceId,
        key: recoveryPassword(`bitlocker-key:${name}:${n}`),
      });
    });
  };
  // The OS drive's key was rotated once (after a recovery), so the device has an older OS key too.
  addKeys('CONTOSO-4FJ9TQ2', [
    { volumeType: '1', ageDays: 212 },
    { volumeType: '2', ageDays: 212 },
    { volumeType: '1', ageDays: 19 },
  ]);
  // A USB drive encrypted with BitLocker To Go on this laptop, its key backed up too: Intune's rotation leaves it alone.
  addKeys('SURFACE-OFAROUK', [
    { volumeType: '1', ageDays: 64 },
    { volumeType: '3', ageDays: 30 },
  ]);

  const addLaps = (name: string, passwords: Array<{ password: string; ageDays: number }>) => {
    const device = byName(name);
    if (!device) return;
    localCredentials.set(device.azureADDeviceId.toLowerCase(), {
      deviceName: device.deviceName,
      credentials: passwords.map((p) => ({
        accountName: 'Administrator',
        accountSid: 'S-1-5-21-2127521184-1604012920-1887927527-500',
        backupDateTime: at(p.ageDays * DAY),
        passwordBase64: Buffer.from(p.password, 'utf16le').toString('base64'),
      })),
    });
  };
  // Windows LAPS rotates the password (default every 30 days) and after each use; Entra keeps the history.
  addLaps('CONTOSO-4FJ9TQ2', [
    { password: 'q7#Tm2vR9wLx4P', ageDays: 61 },
    { password: 'Zp3$hN8kW2cJ6d', ageDays: 31 },
    { password: 'Kl1O0-S5sIb8#e', ageDays: 1 },
  ]);
  // A Windows 11 24H2 PC on a passphrase policy (PasswordComplexity 6: six capitalised long words, no separators).
  addLaps('CONTOSO-PF4K9Z2M', [{ password: 'ThimbleCarefulOvertimeJuniperMagnetGlider', ageDays: 12 }]);

  // An Android Enterprise passcode reset that finished shows its temporary passcode (Intune: for 7 days).
  const android = byName('Galaxy-S22-LSCHMIDT');
  for (const action of android?.deviceActionResults ?? []) {
    if (action.actionName === 'resetPasscode' && action.actionState === 'done') action.passcode = '58274613';
  }
  // Supervised iOS/iPadOS/macOS devices with Activation Lock on carry a bypass code.
  const iphone = byName("Jane Doe's iPhone");
  if (iphone) (iphone as GraphManagedDevice & { activationLockBypassCode?: string }).activationLockBypassCode = 'K1HQL-7FD2W-0R4TC-8YV3N-M5XPA';

  // A Mac whose FileVault personal recovery key Intune escrowed; IMAC-RECEPTION is encrypted but has none escrowed.
  const mac = byName('MBP-JDOE');
  if (mac) fileVaultKeys.set(mac.id.toLowerCase(), 'Q7YH-3KDA-M2TX-8RWP-L5CZ-9FNB');

  function route(request: Request, url: URL, check: AccessTokenCheck | undefined): DemoAnswer | null {
    deliverRotations();
    const path = url.pathname;
    const bitlocker = /^\/v1\.0\/informationProtection\/bitlocker\/recoveryKeys(?:\/([^/]+))?\/?$/i.exec(path);
    if (bitlocker) return request.method === 'GET' ? bitlockerRoute(bitlocker[1], url, request, check) : methodNotAllowed();
    const laps = /^\/v1\.0\/directory\/deviceLocalCredentials\/([^/]+)\/?$/i.exec(path);
    if (laps) return request.method === 'GET' ? lapsRoute(decodeURIComponent(laps[1]!), url, request, check) : methodNotAllowed();
    if (/^\/beta(\/|$)/i.test(path)) return betaRoute(path, request, check);
    return null;
  }

  function bitlockerRoute(rawId: string | undefined, url: URL, request: Request, check: AccessTokenCheck | undefined): DemoAnswer {
    const select = (url.searchParams.get('$select') ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
    const wantsKey = select.includes('key');
    const denied = refuse(check, wantsKey ? [BITLOCKER_READ] : [BITLOCKER_BASIC, BITLOCKER_READ], BITLOCKER_ROLES);
    if (denied) return denied;
    if (rawId === undefined) {
      // https://learn.microsoft.com/graph/api/bitlocker-list-recoverykeys: `$filter=deviceId eq '…'` is the only filter;
      // the list never carries the key itself.
      const filter = url.searchParams.get('$filter');
      let keys = bitlockerKeys;
      if (filter !== null) {
        const m = /^\s*deviceId\s+eq\s+'([^']*)'\s*$/i.exec(filter);
        if (!m) return { status: 400, code: 'BadRequest', message: `Invalid filter clause: '${filter}'. Only deviceId eq is supported.` };
        const wanted = m[1]!.toLowerCase();
        keys = bitlockerKeys.filter((k) => k.deviceId.toLowerCase() === wanted);
      }
      if (wantsKey) return { status: 400, code: 'BadRequest', message: "The 'key' property can only be selected on a single recovery key." };
      return {
        status: 200,
        body: {
          '@odata.context': `${url.origin}/v1.0/$metadata#informationProtection/bitlocker/recoveryKeys`,
          value: keys.map(({ key: _key, ...info }) => info),
        },
      };
    }
    const id = decodeURIComponent(rawId).toLowerCase();
    const found = bitlockerKeys.find((k) => k.id === id);
    if (!found) return { status: 404, code: 'Request_ResourceNotFound', message: `Resource '${id}' does not exist or one of its queried reference-property objects are not present.` };
    const { key, ...info } = found;
    if (!wantsKey) return { status: 200, body: { '@odata.context': `${url.origin}/v1.0/$metadata#informationProtection/bitlocker/recoveryKeys/$entity`, ...info } };
    // Including $select=key "triggers a Microsoft Entra audit of the operation" (bitlockerrecoverykey-get), which
    // names the client from the ocp-client-name and ocp-client-version headers.
    reads.push(readOf('bitlockerKey', found.id, request, check));
    return { status: 200, body: { '@odata.context': `${url.origin}/v1.0/$metadata#informationProtection/bitlocker/recoveryKeys(key)/$entity`, id: found.id, key } };
  }

  function lapsRoute(deviceId: string, url: URL, request: Request, check: AccessTokenCheck | undefined): DemoAnswer {
    const select = (url.searchParams.get('$select') ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
    const wantsPassword = select.includes('credentials');
    const denied = wantsPassword ? refuse(check, [LAPS_READ], LAPS_PASSWORD_ROLES) : refuse(check, [LAPS_BASIC, LAPS_READ], LAPS_BASIC_ROLES);
    if (denied) return denied;
    const entry = localCredentials.get(deviceId.toLowerCase());
    // A device that never backed up a LAPS password has no deviceLocalCredentialInfo at all.
    if (!entry) return { status: 404, code: 'Request_ResourceNotFound', message: `Resource '${deviceId}' does not exist or one of its queried reference-property objects are not present.` };
    const newest = entry.credentials.at(-1)!;
    const info = {
      id: deviceId.toLowerCase(),
      deviceName: entry.deviceName,
      lastBackupDateTime: newest.backupDateTime,
      refreshDateTime: graphDate(new Date(Date.parse(newest.backupDateTime) + 30 * DAY)),
    };
    if (!wantsPassword) return { status: 200, body: { '@odata.context': `${url.origin}/v1.0/$metadata#directory/deviceLocalCredentials/$entity`, ...info } };
    // "Recover device local administrator password" in Entra's audit log.
    reads.push(readOf('lapsPassword', info.id, request, check));
    return {
      status: 200,
      body: {
        '@odata.context': `${url.origin}/v1.0/$metadata#directory/deviceLocalCredentials(credentials)/$entity`,
        ...info,
        // No order is promised (the docs only say "newest backupDateTime is current"): the demo rotates the history by
        // one, so the newest is neither first nor last of three and the kiosk must pick it by date.
        credentials: [...entry.credentials.slice(1), ...entry.credentials.slice(0, 1)],
      },
    };
  }

  function betaRoute(path: string, request: Request, check: AccessTokenCheck | undefined): DemoAnswer {
    const m = /^\/beta\/deviceManagement\/managedDevices\/([^/]+)\/(getFileVaultKey|rotateBitLockerKeys|rotateFileVaultKey)\/?$/i.exec(path);
    if (!m) return { status: 404, code: 'ResourceNotFound', message: `Resource not found for the segment '${path.split('/').filter(Boolean).at(-1) ?? ''}'.` };
    const action = m[2]!.toLowerCase();
    if (action !== 'getfilevaultkey') return rotate(ROTATIONS[action as keyof typeof ROTATIONS], decodeURIComponent(m[1]!), request, check);
    // https://learn.microsoft.com/graph/api/intune-devices-manageddevice-getfilevaultkey?view=graph-rest-beta
    if (request.method !== 'GET') return methodNotAllowed();
    const denied = refuse(check, [PRIVILEGED], null);
    if (denied) return { status: 403, code: 'Forbidden', message: `Application is not authorized to perform this operation. Application must have one of the following scopes: ${PRIVILEGED}` };
    const id = decodeURIComponent(m[1]!).toLowerCase();
    const device = devices.find((d) => d.id.toLowerCase() === id);
    if (!device) return { status: 404, code: 'ResourceNotFound', message: `No managed device with id '${id}' was found.` };
    const key = fileVaultKeys.get(id);
    if (!key) return { status: 404, code: 'ResourceNotFound', message: 'No FileVault recovery key has been escrowed for this device.' };
    reads.push(readOf('fileVaultKey', id, request, check));
    return { status: 200, body: { '@odata.context': 'https://graph.microsoft.com/beta/$metadata#Edm.String', value: key } };
  }

  function rotate(kind: (typeof ROTATIONS)[keyof typeof ROTATIONS], rawId: string, request: Request, check: AccessTokenCheck | undefined): DemoAnswer {
    if (request.method !== 'POST') return methodNotAllowed();
    if (refuse(check, [kind.scope], null)) {
      return { status: 403, code: 'Forbidden', message: `Application is not authorized to perform this operation. Application must have one of the following scopes: ${kind.scope}` };
    }
    const id = rawId.toLowerCase();
    const device = devices.find((d) => d.id.toLowerCase() === id);
    if (!device) return { status: 404, code: 'ResourceNotFound', message: `No managed device with id '${id}' was found.` };
    if (!kind.appliesTo(device)) return { status: 400, code: 'BadRequest', message: intuneError(kind.action, id) };
    const sentAt = now().getTime();
    rotations.push({ action: kind.action, deviceId: device.id, sentAt, delivered: false });
    // Intune lists the action among the device's actions (Graph beta: rotateBitLockerKeysDeviceActionResult).
    const entry: GraphDeviceActionResult = { actionName: kind.action, actionState: 'pending', startDateTime: graphDate(new Date(sentAt)), lastUpdatedDateTime: graphDate(new Date(sentAt)) };
    device.deviceActionResults = [...device.deviceActionResults.filter((a) => a.actionName !== kind.action), entry];
    return { status: 204, body: null };
  }

  /** Rotations whose device has checked in since they were sent: the new keys exist now, and the old ones stop working. */
  function deliverRotations(): void {
    const t = now().getTime();
    for (const rotation of rotations) {
      if (rotation.delivered || t - rotation.sentAt < CHECK_IN_AFTER_MS) continue;
      rotation.delivered = true;
      const device = devices.find((d) => d.id === rotation.deviceId)!;
      const checkedIn = graphDate(new Date(rotation.sentAt + CHECK_IN_AFTER_MS));
      const made = rotation.action === 'rotateBitLockerKeys' ? newRecoveryKeys(device, checkedIn) : newFileVaultKey(device);
      const entry = device.deviceActionResults.find((a) => a.actionName === rotation.action);
      if (entry) Object.assign(entry, { actionState: made ? 'done' : 'failed', lastUpdatedDateTime: checkedIn });
    }
  }

  /**
   * A new recovery key for each OS and fixed data drive the device backed one up for; removable drives keep theirs
   * ("removable drives are not included": BitLocker CSP, RotateRecoveryPasswords).
   */
  function newRecoveryKeys(device: GraphManagedDevice, createdDateTime: string): boolean {
    const own = bitlockerKeys.filter((k) => k.deviceId === device.azureADDeviceId);
    const volumes = [...new Set(own.map((k) => k.volumeType))].filter((v) => v !== '3');
    volumes.forEach((volumeType, i) => {
      const n = own.length + i;
      bitlockerKeys.push({
        id: stableGuid(`bitlocker:${device.deviceName}:${n}`),
        createdDateTime,
        volumeType,
        deviceId: device.azureADDeviceId,
        key: recoveryPassword(`bitlocker-key:${device.deviceName}:${n}`),
      });
    });
    return volumes.length > 0;
  }

  /** A Mac whose key Intune never stored cannot hand it a new one: the action fails on the device. */
  function newFileVaultKey(device: GraphManagedDevice): boolean {
    const id = device.id.toLowerCase();
    if (!fileVaultKeys.has(id)) return false;
    const n = rotations.filter((r) => r.deviceId === device.id).length;
    fileVaultKeys.set(id, personalRecoveryKey(`filevault:${device.deviceName}:${n}`));
    return true;
  }

  return { bitlockerKeys, localCredentials, fileVaultKeys, reads, rotations, route };
}

/** Intune's own error text for an action a device does not take: a JSON document as the message (microsoft-graph-docs#10007). */
function intuneError(action: string, deviceId: string): string {
  return JSON.stringify(
    {
      _version: 3,
      Message: `An error has occurred - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000 - Activity ID: ${stableGuid(`activity:${action}:${deviceId}`)} - Url: https://fef.msub01.manage.microsoft.com/DeviceFE/StatelessDeviceFEService/deviceManagement/managedDevices('${deviceId}')/microsoft.management.services.api.${action}?api-version=2018-05-24`,
      CustomApiErrorPhrase: '',
      RetryAfter: null,
      ErrorSourceService: '',
      HttpHeaders: '{}',
    },
    null,
    2,
  ).replaceAll('\n', '\r\n');
}

/** A FileVault personal recovery key: six groups of four letters and digits (as the seeded one). */
function personalRecoveryKey(seed: string): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const hex = stableGuid(seed).replace(/-/g, '') + stableGuid(`${seed}:more`).replace(/-/g, '');
  const chars = Array.from({ length: 24 }, (_, i) => alphabet[parseInt(hex.slice(i * 2, i * 2 + 2), 16) % alphabet.length]);
  return chars.join('').match(/.{4}/g)!.join('-');
}

/** 403 when the token lacks every accepted scope, or (delegated) the user holds none of the roles. */
function refuse(check: AccessTokenCheck | undefined, scopes: string[], roles: string[] | null): DemoAnswer | null {
  if (!check || !check.ok) return null;
  const granted = new Set(check.scopes.map((s) => s.toLowerCase()));
  if (!scopes.some((s) => granted.has(s.toLowerCase()))) return { status: 403, ...DENIED };
  if (roles && !roles.some((r) => check.roles.includes(r))) return { status: 403, ...DENIED };
  return null;
}

function readOf(what: DemoSecretRead['what'], id: string, request: Request, check: AccessTokenCheck | undefined): DemoSecretRead {
  return {
    what,
    id,
    username: check?.ok ? check.username : 'unknown',
    clientName: request.headers.get('ocp-client-name'),
    clientVersion: request.headers.get('ocp-client-version'),
  };
}

function methodNotAllowed(): DemoAnswer {
  return { status: 405, code: 'MethodNotAllowed', message: 'The HTTP method is not allowed for this resource.' };
}

/**
 * A BitLocker recovery password: 48 digits in 8 blocks of 6, each block a multiple of 11 below 720,896 (which is
 * how Windows checks a block as it is typed on the recovery screen).
 */
export function recoveryPassword(seed: string): string {
  const blocks: string[] = [];
  for (let i = 0; i < 8; i++) {
    const hex = stableGuid(`${seed}:${i}`).replace(/-/g, '').slice(0, 8);
    blocks.push(String((parseInt(hex, 16) % 65_536) * 11).padStart(6, '0'));
  }
  return blocks.join('-');
}

/** Named seeded secrets for tests, docs and walkthroughs (the values the demo tenant reveals). */
export const DEMO_SECRET_EXAMPLES = {
  /** Windows laptop with three recovery keys: OS drive (current), OS drive (older, rotated), fixed data drive. */
  bitlocker: {
    serialNumber: '4FJ9TQ2',
    deviceName: 'CONTOSO-4FJ9TQ2',
    currentKeyId: stableGuid('bitlocker:CONTOSO-4FJ9TQ2:2'),
    currentKey: recoveryPassword('bitlocker-key:CONTOSO-4FJ9TQ2:2'),
    olderKeyId: stableGuid('bitlocker:CONTOSO-4FJ9TQ2:0'),
    dataDriveKeyId: stableGuid('bitlocker:CONTOSO-4FJ9TQ2:1'),
  },
  /** The same laptop's LAPS history of three passwords; the newest is current. */
  laps: { serialNumber: '4FJ9TQ2', account: 'Administrator', current: 'Kl1O0-S5sIb8#e', previous: 'Zp3$hN8kW2cJ6d' },
  /** A Windows PC whose LAPS policy makes passphrases (PasswordComplexity 6): grouped by word. */
  lapsPassphrase: { serialNumber: 'PF4K9Z2M', account: 'Administrator', current: 'ThimbleCarefulOvertimeJuniperMagnetGlider' },
  /** A Windows PC with neither a recovery key nor a LAPS backup. */
  windowsWithout: { serialNumber: 'H2VB7K1' },
  /** A Surface with its OS drive's key and a newer one for a removable drive (BitLocker To Go). */
  removableDriveKey: { serialNumber: '051234793053', keyId: stableGuid('bitlocker:SURFACE-OFAROUK:1') },
  /** Android Enterprise phone whose passcode reset finished 4 hours ago. */
  androidPasscode: { serialNumber: 'R58M73HZQ2K', passcode: '58274613' },
  /** Supervised iPhone with Activation Lock on. */
  activationLock: { serialNumber: 'HX7K2Q9MWD', code: 'K1HQL-7FD2W-0R4TC-8YV3N-M5XPA' },
  /** MacBook with an escrowed FileVault personal recovery key. */
  fileVault: { serialNumber: 'C02ZT1YHMD6M', key: 'Q7YH-3KDA-M2TX-8RWP-L5CZ-9FNB' },
  /** An encrypted iMac whose FileVault key was never escrowed: the reveal answers 404. */
  fileVaultMissing: { serialNumber: 'C02X90KYJV40' },
} as const;
