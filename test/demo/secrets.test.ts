// The demo tenant's secret endpoints answer as Microsoft's Graph docs say, never kinder: keys only by id with
// $select=key, LAPS passwords only with $select=credentials and the right role, the bypass code only on a GET by id
// with $select, FileVault only in beta with the privileged permission; 403 and 404 where Entra and Intune give them.
import { describe, expect, it } from 'vitest';
import { recoveryBlockIsValid } from '../../electron/core/secrets/parse';
import { createDemoGraph, DEMO_SECRET_EXAMPLES as S, ENTRA_ROLES, recoveryPassword, type AccessTokenCheck } from '../../electron/demo';

const ALL_SCOPES = [
  'DeviceManagementManagedDevices.Read.All',
  'DeviceManagementManagedDevices.PrivilegedOperations.All',
  'BitLockerKey.Read.All',
  'DeviceLocalCredential.Read.All',
];

function tenant(check: Partial<Extract<AccessTokenCheck, { ok: true }>> = {}) {
  const token: AccessTokenCheck = { ok: true, username: 'tech@contoso.com', scopes: ALL_SCOPES, roles: [ENTRA_ROLES.cloudDeviceAdministrator], ...check };
  const graph = createDemoGraph({ verifyToken: () => token });
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await graph.handle(new Request(`http://demo${path}`, { headers: { authorization: 'Bearer t', ...headers } }));
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const device = (serial: string) => graph.devices.find((d) => d.serialNumber === serial)!;
  return { graph, get, device };
}

describe('BitLocker recovery keys', () => {
  it('are real recovery passwords: 8 groups of 6 digits, each a multiple of 11 below 720,896, as the core checks', () => {
    const { graph } = tenant();
    const keys = [...graph.secrets.bitlockerKeys.map((k) => k.key), ...Array.from({ length: 200 }, (_, i) => recoveryPassword(`seed:${i}`))];
    expect(keys.length).toBeGreaterThan(200);
    for (const key of keys) {
      const groups = key.split('-');
      expect(groups).toHaveLength(8);
      expect(groups.every((g) => /^\d{6}$/.test(g) && Number(g) % 11 === 0 && Number(g) < 720_896 && recoveryBlockIsValid(g)), key).toBe(true);
    }
  });

  it('lists a device’s keys by deviceId without the key itself; the key only by id with $select=key', async () => {
    const { get, device, graph } = tenant();
    const laptop = device(S.bitlocker.serialNumber);
    const list = await get(`/v1.0/informationProtection/bitlocker/recoveryKeys?$filter=${encodeURIComponent(`deviceId eq '${laptop.azureADDeviceId}'`)}`);
    expect(list.status).toBe(200);
    const keys = list.body.value as Array<Record<string, unknown>>;
    expect(keys).toHaveLength(3);
    expect(keys.every((k) => !('key' in k) && k.deviceId === laptop.azureADDeviceId && ['1', '2'].includes(String(k.volumeType)))).toBe(true);

    const plain = await get(`/v1.0/informationProtection/bitlocker/recoveryKeys/${S.bitlocker.currentKeyId}`);
    expect(plain.body.key).toBeUndefined();
    expect(graph.secrets.reads).toEqual([]);
    const withKey = await get(`/v1.0/informationProtection/bitlocker/recoveryKeys/${S.bitlocker.currentKeyId}?$select=key`, {
      'ocp-client-name': 'Test client',
      'ocp-client-version': '9.9',
    });
    expect(withKey.body).toMatchObject({ id: S.bitlocker.currentKeyId, key: S.bitlocker.currentKey });
    expect(graph.secrets.reads).toEqual([{ what: 'bitlockerKey', id: S.bitlocker.currentKeyId, username: 'tech@contoso.com', clientName: 'Test client', clientVersion: '9.9' }]);
  });

  it('makes every block of a recovery password a multiple of 11, as Windows checks it', () => {
    const { graph } = tenant();
    for (const { key } of graph.secrets.bitlockerKeys) {
      expect(key).toMatch(/^(\d{6}-){7}\d{6}$/);
      for (const block of key.split('-')) expect(Number(block) % 11).toBe(0);
    }
  });

  it('refuses filters other than deviceId eq, a key in a list, and unknown key ids', async () => {
    const { get } = tenant();
    expect((await get(`/v1.0/informationProtection/bitlocker/recoveryKeys?$filter=${encodeURIComponent("startswith(id,'f6')")}`)).status).toBe(400);
    expect((await get('/v1.0/informationProtection/bitlocker/recoveryKeys?$select=key')).status).toBe(400);
    expect((await get('/v1.0/informationProtection/bitlocker/recoveryKeys/00000000-0000-4000-8000-000000000000?$select=key')).status).toBe(404);
  });

  it('answers 403 without BitLockerKey.Read.All for the key, or without a role that may read keys', async () => {
    const basicOnly = tenant({ scopes: ['BitLockerKey.ReadBasic.All'] });
    expect((await basicOnly.get(`/v1.0/informationProtection/bitlocker/recoveryKeys/${S.bitlocker.currentKeyId}`)).status).toBe(200);
    expect((await basicOnly.get(`/v1.0/informationProtection/bitlocker/recoveryKeys/${S.bitlocker.currentKeyId}?$select=key`)).status).toBe(403);
    const noRole = tenant({ roles: [] });
    const denied = await noRole.get(`/v1.0/informationProtection/bitlocker/recoveryKeys/${S.bitlocker.currentKeyId}?$select=key`);
    expect(denied).toMatchObject({ status: 403, body: { error: { code: 'Authorization_RequestDenied' } } });
    expect(noRole.graph.secrets.reads).toEqual([]);
  });
});

describe('Windows LAPS', () => {
  it('gives dates without $select, the history as base64 of UTF-16LE with $select=credentials, in no promised order', async () => {
    const { get, device } = tenant();
    const id = device(S.laps.serialNumber).azureADDeviceId;
    const info = await get(`/v1.0/directory/deviceLocalCredentials/${id}`);
    expect(info.body.credentials).toBeUndefined();
    expect(info.body.lastBackupDateTime).toMatch(/Z$/);
    const full = await get(`/v1.0/directory/deviceLocalCredentials/${id}?$select=credentials`);
    const credentials = full.body.credentials as Array<{ passwordBase64: string; backupDateTime: string }>;
    const passwords = credentials.map((c) => Buffer.from(c.passwordBase64, 'base64').toString('utf16le'));
    expect(passwords).toContain(S.laps.current);
    const newest = [...credentials].sort((a, b) => Date.parse(b.backupDateTime) - Date.parse(a.backupDateTime))[0]!;
    expect(Buffer.from(newest.passwordBase64, 'base64').toString('utf16le')).toBe(S.laps.current);
    expect(passwords[0]).not.toBe(S.laps.current);
  });

  it('answers 404 for a device that never backed up a password, and 403 for the password to a helpdesk role', async () => {
    const { get, device } = tenant();
    expect((await get(`/v1.0/directory/deviceLocalCredentials/${device(S.windowsWithout.serialNumber).azureADDeviceId}`)).status).toBe(404);
    const helpdesk = tenant({ roles: [ENTRA_ROLES.helpdeskAdministrator] });
    const id = helpdesk.device(S.laps.serialNumber).azureADDeviceId;
    expect((await helpdesk.get(`/v1.0/directory/deviceLocalCredentials/${id}`)).status).toBe(200);
    expect((await helpdesk.get(`/v1.0/directory/deviceLocalCredentials/${id}?$select=credentials`)).status).toBe(403);
  });
});

describe('Intune secrets', () => {
  it('shows the Activation Lock bypass code only on a GET by id that selects it', async () => {
    const { get, device } = tenant();
    const iphone = device(S.activationLock.serialNumber);
    expect((await get(`/v1.0/deviceManagement/managedDevices/${iphone.id}?$select=id,activationLockBypassCode`)).body.activationLockBypassCode).toBe(S.activationLock.code);
    expect((await get(`/v1.0/deviceManagement/managedDevices/${iphone.id}`)).body.activationLockBypassCode).toBeNull();
    const list = await get(`/v1.0/deviceManagement/managedDevices?$filter=${encodeURIComponent(`serialNumber eq '${S.activationLock.serialNumber}'`)}&$select=id,activationLockBypassCode`);
    expect(JSON.stringify(list.body)).not.toContain(S.activationLock.code);
  });

  it('carries the Android passcode in the finished resetPasscodeActionResult', async () => {
    const { get, device } = tenant();
    const phone = await get(`/v1.0/deviceManagement/managedDevices/${device(S.androidPasscode.serialNumber).id}?$select=id,deviceActionResults`);
    expect(phone.body.deviceActionResults).toContainEqual(expect.objectContaining({ actionName: 'resetPasscode', actionState: 'done', passcode: S.androidPasscode.passcode }));
  });

  it('serves the FileVault key only in beta, only with the privileged permission, and 404 where none was escrowed', async () => {
    const { get, device } = tenant();
    const mac = device(S.fileVault.serialNumber);
    expect((await get(`/beta/deviceManagement/managedDevices/${mac.id}/getFileVaultKey`)).body).toMatchObject({ value: S.fileVault.key });
    expect((await get(`/v1.0/deviceManagement/managedDevices/${mac.id}/getFileVaultKey`)).status).toBe(404);
    expect((await get(`/beta/deviceManagement/managedDevices/${device(S.fileVaultMissing.serialNumber).id}/getFileVaultKey`)).status).toBe(404);
    const reader = tenant({ scopes: ['DeviceManagementManagedDevices.Read.All'] });
    expect((await reader.get(`/beta/deviceManagement/managedDevices/${mac.id}/getFileVaultKey`)).status).toBe(403);
  });

  it('applies injected faults to the secret endpoints too', async () => {
    const { get, graph, device } = tenant();
    graph.fault({ status: 429 });
    expect((await get(`/v1.0/directory/deviceLocalCredentials/${device(S.laps.serialNumber).azureADDeviceId}?$select=credentials`)).status).toBe(429);
    expect(graph.secrets.reads).toEqual([]);
  });
});
