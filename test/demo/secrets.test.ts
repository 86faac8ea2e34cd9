// The demo tenant's secret endpoints answer as Microsoft's Graph docs say, never kinder: keys only by id with
// $select=key, LAPS passwords only with $select=credentials and the right role, the bypass code only on a GET by id
// with $select, FileVault only in beta with the privileged permission; 403 and 404 where Entra and Intune give them; key
// rotation only in beta, with each action's own permission and platform, the new key made at the device's check-in.
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

describe('key rotation (Graph beta)', () => {
  const WRITE = 'DeviceManagementManagedDevices.ReadWrite.All';
  const PRIVILEGED = 'DeviceManagementManagedDevices.PrivilegedOperations.All';

  function rotating(scopes: string[] = [...ALL_SCOPES, WRITE]) {
    let clock = Date.parse('2026-05-04T10:00:00Z');
    const token: AccessTokenCheck = { ok: true, username: 'tech@contoso.com', scopes, roles: [ENTRA_ROLES.cloudDeviceAdministrator] };
    const graph = createDemoGraph({ verifyToken: () => token, now: () => new Date(clock) });
    const send = async (method: string, path: string) => {
      const response = await graph.handle(new Request(`http://demo${path}`, { method, headers: { authorization: 'Bearer t' } }));
      const text = await response.text();
      return { status: response.status, text, body: text ? (JSON.parse(text) as { error?: { code: string; message: string } }) : null };
    };
    const device = (serial: string) => graph.devices.find((d) => d.serialNumber === serial)!;
    const keysOf = (serial: string) => graph.secrets.bitlockerKeys.filter((k) => k.deviceId === device(serial).azureADDeviceId);
    const action = (serial: string, name: string) => device(serial).deviceActionResults.find((a) => a.actionName === name);
    return { graph, send, device, keysOf, action, pass: (ms: number) => (clock += ms) };
  }

  it('rotates BitLocker keys with a bodiless 204, and the new keys exist only once the PC checks in', async () => {
    const { send, device, keysOf, action, pass, graph } = rotating();
    const laptop = device(S.bitlocker.serialNumber);
    const before = keysOf(S.bitlocker.serialNumber).map((k) => k.id);
    const answer = await send('POST', `/beta/deviceManagement/managedDevices/${laptop.id}/rotateBitLockerKeys`);
    expect([answer.status, answer.text]).toEqual([204, '']);
    expect(action(S.bitlocker.serialNumber, 'rotateBitLockerKeys')).toMatchObject({ actionState: 'pending', startDateTime: '2026-05-04T10:00:00Z' });
    pass(29_000);
    await send('GET', `/v1.0/deviceManagement/managedDevices/${laptop.id}`);
    expect(keysOf(S.bitlocker.serialNumber).map((k) => k.id)).toEqual(before);
    pass(1_000);
    await send('GET', `/v1.0/deviceManagement/managedDevices/${laptop.id}`);
    const added = keysOf(S.bitlocker.serialNumber).filter((k) => !before.includes(k.id));
    // One new key for the OS drive and one for the data drive; the keys already in Entra ID stay listed.
    expect(added.map((k) => k.volumeType).sort()).toEqual(['1', '2']);
    expect(added.every((k) => k.createdDateTime === '2026-05-04T10:00:30Z' && !before.includes(k.id))).toBe(true);
    expect(added.map((k) => k.key)).not.toContain(S.bitlocker.currentKey);
    expect(action(S.bitlocker.serialNumber, 'rotateBitLockerKeys')).toMatchObject({ actionState: 'done', lastUpdatedDateTime: '2026-05-04T10:00:30Z' });
    expect(graph.secrets.rotations).toEqual([{ action: 'rotateBitLockerKeys', deviceId: laptop.id, sentAt: Date.parse('2026-05-04T10:00:00Z'), delivered: true }]);
  });

  it('asks for BitLocker rotation only DeviceManagementManagedDevices.ReadWrite.All, as its reference names, and only POST on beta', async () => {
    const id = rotating().device(S.bitlocker.serialNumber).id;
    const privilegedOnly = rotating(ALL_SCOPES);
    const refused = await privilegedOnly.send('POST', `/beta/deviceManagement/managedDevices/${id}/rotateBitLockerKeys`);
    expect(refused.status).toBe(403);
    expect(refused.body?.error?.message).toContain(WRITE);
    expect(privilegedOnly.graph.secrets.rotations).toEqual([]);
    const { send } = rotating();
    expect((await send('GET', `/beta/deviceManagement/managedDevices/${id}/rotateBitLockerKeys`)).status).toBe(405);
    expect((await send('POST', `/v1.0/deviceManagement/managedDevices/${id}/rotateBitLockerKeys`)).status).toBe(404);
    expect((await send('POST', '/beta/deviceManagement/managedDevices/00000000-0000-0000-0000-000000000000/rotateBitLockerKeys')).status).toBe(404);
  });

  it('answers Intune’s 400 for a device an action does not apply to, and records nothing', async () => {
    const { send, device, graph } = rotating();
    const mac = device(S.fileVault.serialNumber);
    const onMac = await send('POST', `/beta/deviceManagement/managedDevices/${mac.id}/rotateBitLockerKeys`);
    expect(onMac.status).toBe(400);
    expect(onMac.body?.error?.code).toBe('BadRequest');
    expect(JSON.parse(onMac.body!.error!.message)).toMatchObject({ _version: 3, RetryAfter: null, Message: expect.stringContaining('rotateBitLockerKeys') });
    expect((await send('POST', `/beta/deviceManagement/managedDevices/${device(S.bitlocker.serialNumber).id}/rotateFileVaultKey`)).status).toBe(400);
    // FileVault rotation is for corporate-owned Macs only.
    mac.managedDeviceOwnerType = 'personal';
    expect((await send('POST', `/beta/deviceManagement/managedDevices/${mac.id}/rotateFileVaultKey`)).status).toBe(400);
    expect(graph.secrets.rotations).toEqual([]);
    expect(mac.deviceActionResults.map((a) => a.actionName)).not.toContain('rotateFileVaultKey');
  });

  it('rotates a FileVault key only with the privileged permission; getFileVaultKey answers the new key after the Mac checks in', async () => {
    const mac = rotating().device(S.fileVault.serialNumber).id;
    const writer = rotating(['DeviceManagementManagedDevices.Read.All', WRITE]);
    expect((await writer.send('POST', `/beta/deviceManagement/managedDevices/${mac}/rotateFileVaultKey`)).status).toBe(403);
    const { send, pass, action } = rotating(['DeviceManagementManagedDevices.Read.All', PRIVILEGED]);
    expect((await send('POST', `/beta/deviceManagement/managedDevices/${mac}/rotateFileVaultKey`)).status).toBe(204);
    expect((await send('GET', `/beta/deviceManagement/managedDevices/${mac}/getFileVaultKey`)).body).toMatchObject({ value: S.fileVault.key });
    pass(30_000);
    const after = (await send('GET', `/beta/deviceManagement/managedDevices/${mac}/getFileVaultKey`)).body as { value: string };
    expect(after.value).toMatch(/^([A-Z0-9]{4}-){5}[A-Z0-9]{4}$/);
    expect(after.value).not.toBe(S.fileVault.key);
    expect(action(S.fileVault.serialNumber, 'rotateFileVaultKey')?.actionState).toBe('done');
  });

  it('takes a rotation for a Mac whose key Intune never stored, which then fails on the Mac', async () => {
    const { send, pass, action, device, graph } = rotating();
    const imac = device(S.fileVaultMissing.serialNumber);
    expect((await send('POST', `/beta/deviceManagement/managedDevices/${imac.id}/rotateFileVaultKey`)).status).toBe(204);
    pass(30_000);
    await send('GET', `/v1.0/deviceManagement/managedDevices/${imac.id}`);
    expect(action(S.fileVaultMissing.serialNumber, 'rotateFileVaultKey')?.actionState).toBe('failed');
    expect(graph.secrets.fileVaultKeys.has(imac.id.toLowerCase())).toBe(false);
  });
});
