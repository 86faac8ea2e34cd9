import { describe, expect, it } from 'vitest';
import {
  DEMO_EXAMPLES,
  DEMO_TENANT_NAME,
  GRAPH_NEVER,
  demoDevices,
  type GraphDeviceActionResult,
  type GraphManagedDevice,
} from '../../electron/demo';

const NOW = new Date('2025-03-10T12:00:00.000Z');
const devices = demoDevices(NOW);
const byId = (id: string) => {
  const d = devices.find((x) => x.id === id);
  if (!d) throw new Error(`no seeded device ${id}`);
  return d;
};
const locks = (d: GraphManagedDevice) => d.deviceActionResults.filter((a) => a.actionName === 'remoteLock');
const latestLock = (d: GraphManagedDevice): GraphDeviceActionResult | undefined =>
  locks(d).sort((a, b) => Date.parse(b.startDateTime) - Date.parse(a.startDateTime))[0];
const allActions = devices.flatMap((d) => d.deviceActionResults.map((a) => ({ device: d, action: a })));
const allLocks = allActions.filter(({ action }) => action.actionName === 'remoteLock');
const ISO_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('demo seed', () => {
  it('has about fifty devices on the four platforms, with unique ids and serial numbers', () => {
    expect(devices.length).toBeGreaterThanOrEqual(45);
    expect(devices.length).toBeLessThanOrEqual(60);
    expect(new Set(devices.map((d) => d.id)).size).toBe(devices.length);
    expect(new Set(devices.map((d) => d.serialNumber)).size).toBe(devices.length);
    expect(new Set(devices.map((d) => d.operatingSystem))).toEqual(new Set(['macOS', 'iOS', 'Android', 'Windows']));
    for (const d of devices) expect(d.id).toMatch(GUID);
    expect(DEMO_TENANT_NAME).toBe('Contoso (demo)');
  });

  it('is deterministic and places every date relative to `now`', () => {
    expect(demoDevices(NOW)).toEqual(devices);
    const later = demoDevices(new Date(NOW.getTime() + 3_600_000));
    expect(later.map((d) => d.id)).toEqual(devices.map((d) => d.id));
    const mac = later.find((d) => d.id === DEMO_EXAMPLES.macLockedWithPin.id)!;
    expect(Date.parse(latestLock(mac)!.startDateTime) - Date.parse(latestLock(byId(mac.id))!.startDateTime)).toBe(3_600_000);
  });

  it('writes dates as ISO 8601 UTC, with Graph’s year-1 value for a device that never synced', () => {
    for (const d of devices) {
      expect(d.enrolledDateTime).toMatch(ISO_Z);
      expect(d.lastSyncDateTime).toMatch(ISO_Z);
      expect(Date.parse(d.enrolledDateTime)).toBeLessThanOrEqual(NOW.getTime());
      for (const a of d.deviceActionResults) {
        expect(a.startDateTime).toMatch(ISO_Z);
        expect(a.lastUpdatedDateTime).toMatch(ISO_Z);
        expect(Date.parse(a.lastUpdatedDateTime)).toBeGreaterThanOrEqual(Date.parse(a.startDateTime));
        expect(Date.parse(a.lastUpdatedDateTime)).toBeLessThanOrEqual(NOW.getTime());
      }
    }
    const never = devices.filter((d) => d.lastSyncDateTime === GRAPH_NEVER);
    expect(never.map((d) => d.id)).toEqual([DEMO_EXAMPLES.neverSynced.id]);
    expect(GRAPH_NEVER).toBe('0001-01-01T00:00:00Z');
  });

  it('uses realistic serial numbers per platform', () => {
    for (const d of devices) {
      if (d.manufacturer === 'Apple') expect(d.serialNumber).toMatch(/^(?:[A-Z0-9]{10}|[A-Z0-9]{12})$/);
      if (d.manufacturer === 'Dell Inc.') expect(d.serialNumber).toMatch(/^[A-Z0-9]{7}$/);
      if (d.manufacturer === 'LENOVO') expect(d.serialNumber).toMatch(/^PF[A-Z0-9]{6}$/);
      if (d.model.startsWith('Surface')) expect(d.serialNumber).toMatch(/^\d{12}$/);
      if (d.manufacturer === 'samsung') expect(d.serialNumber).toMatch(/^R[A-Z0-9]{10}$/);
    }
    expect(devices.some((d) => d.serialNumber.startsWith('R58M'))).toBe(true);
    expect(devices.some((d) => d.model.startsWith('Pixel'))).toBe(true);
    expect(devices.some((d) => /^[0-9]+$/.test(d.serialNumber))).toBe(true);
    expect(byId(DEMO_EXAMPLES.digitsOnlySerial.id).serialNumber).toMatch(/^[0-9]+$/);
  });

  it('puts every actionState on at least one remote lock', () => {
    const states = new Set(allLocks.map(({ action }) => action.actionState));
    expect(states).toEqual(new Set(['none', 'pending', 'canceled', 'active', 'done', 'failed', 'notSupported']));
  });

  it('has several macOS remote locks with a six-digit PIN, done and pending', () => {
    const macPins = allLocks.filter(({ device, action }) => device.operatingSystem === 'macOS' && typeof action.unlockPin === 'string');
    expect(macPins.length).toBeGreaterThanOrEqual(5);
    for (const { action } of macPins) expect(action.unlockPin).toMatch(/^\d{6}$/);
    expect(macPins.some(({ action }) => action.actionState === 'done')).toBe(true);
    expect(macPins.some(({ action }) => action.actionState === 'pending')).toBe(true);
    // A PIN exists only for macOS.
    for (const { device, action } of allLocks) {
      if (device.operatingSystem !== 'macOS') expect(action.unlockPin ?? null).toBeNull();
    }
  });

  it('has locks with a null unlockPin and locks without the unlockPin key, all of these untyped', () => {
    expect(allLocks.filter(({ action }) => 'unlockPin' in action && action.unlockPin === null).length).toBeGreaterThan(3);
    const keyless = allLocks.filter(({ action }) => !('unlockPin' in action));
    expect(keyless.map(({ device }) => device.id)).toContain(DEMO_EXAMPLES.lockWithoutPinKey.id);
    expect(keyless.every(({ action }) => !('@odata.type' in action))).toBe(true);
  });

  it('leaves @odata.type out only of base-type entries, as OData allows: a field of a subtype comes with its type', () => {
    const untyped = allActions.filter(({ action }) => !('@odata.type' in action));
    expect(untyped.length).toBeGreaterThanOrEqual(3);
    for (const { action } of untyped) for (const field of ['unlockPin', 'passcode', 'deviceLocation']) expect(field in action).toBe(false);
    expect(untyped.some(({ action }) => action.actionName === 'remoteLock')).toBe(true);
    for (const { action } of allActions) {
      if (action['@odata.type'] === undefined) continue;
      const expected =
        action.actionName === 'remoteLock'
          ? '#microsoft.graph.remoteLockActionResult'
          : action.actionName === 'locateDevice'
            ? '#microsoft.graph.locateDeviceActionResult'
            : action.actionName === 'resetPasscode' && 'passcode' in action
              ? '#microsoft.graph.resetPasscodeActionResult'
              : '#microsoft.graph.deviceActionResult';
      expect(action['@odata.type']).toBe(expected);
    }
  });

  it('includes other action types: wipe, retire, sync, reboot, locate with a location, Android passcode reset', () => {
    const names = new Set(allActions.map(({ action }) => action.actionName));
    for (const n of ['wipe', 'retire', 'syncDevice', 'rebootNow', 'locateDevice', 'resetPasscode']) expect(names).toContain(n);
    const located = allActions.find(({ action }) => action.deviceLocation);
    expect(located?.action.deviceLocation).toMatchObject({ latitude: expect.any(Number), longitude: expect.any(Number) });
    const reset = allActions.find(({ action }) => action['@odata.type'] === '#microsoft.graph.resetPasscodeActionResult');
    expect(reset?.device.operatingSystem).toBe('Android');
    expect(reset?.action).toHaveProperty('passcode', null);
  });

  it('names example devices that match what they promise', () => {
    const ex = DEMO_EXAMPLES;
    for (const value of Object.values(ex)) {
      if (typeof value === 'string') continue;
      const d = byId(value.id);
      expect({ serialNumber: d.serialNumber, deviceName: d.deviceName, userPrincipalName: d.userPrincipalName }).toEqual({
        serialNumber: value.serialNumber,
        deviceName: value.deviceName,
        userPrincipalName: value.userPrincipalName,
      });
      if ('pin' in value) expect(latestLock(d)?.unlockPin).toBe(value.pin);
    }

    const locked = byId(ex.macLockedWithPin.id);
    expect(locked.operatingSystem).toBe('macOS');
    expect(latestLock(locked)).toMatchObject({ actionState: 'done', unlockPin: ex.macLockedWithPin.pin });
    expect(ex.macLockedWithPin.pin).toBe('482913');

    expect(byId(ex.macLockPending.id).operatingSystem).toBe('macOS');
    expect(latestLock(byId(ex.macLockPending.id))?.actionState).toBe('pending');

    const two = locks(byId(ex.macTwoLocks.id));
    expect(two.map((l) => l.actionState)).toEqual(['failed', 'done']);
    expect(Date.parse(two[1]!.startDateTime)).toBeGreaterThan(Date.parse(two[0]!.startDateTime));

    expect(NOW.getTime() - Date.parse(latestLock(byId(ex.macLockExpired.id))!.lastUpdatedDateTime)).toBeGreaterThan(30 * 86_400_000);
    expect(ex.pinWithLeadingZero.pin.startsWith('0')).toBe(true);

    const iphone = byId(ex.iphoneLockedNoPin.id);
    expect(iphone.operatingSystem).toBe('iOS');
    expect(latestLock(iphone)).toMatchObject({ actionState: 'done', unlockPin: null });

    const lockBehindUntypedSync = latestLock(byId(ex.untypedLockWithPin.id))!;
    expect(lockBehindUntypedSync['@odata.type']).toBe('#microsoft.graph.remoteLockActionResult');
    expect(lockBehindUntypedSync.unlockPin).toBe(ex.untypedLockWithPin.pin);

    const win = byId(ex.windowsNotSupported.id);
    expect(win.operatingSystem).toBe('Windows');
    expect(latestLock(win)?.actionState).toBe('notSupported');

    expect(byId(ex.noActions.id).deviceActionResults).toEqual([]);
    expect(devices.filter((d) => d.deviceActionResults.length === 0).length).toBeGreaterThan(3);

    expect(ex.apostropheName.deviceName).toContain("'");
    expect(byId(ex.userless.id)).toMatchObject({ userPrincipalName: '', emailAddress: '', userDisplayName: null });
  });

  it('has several devices sharing a name prefix and one user with three devices', () => {
    const prefix = DEMO_EXAMPLES.multiMatchPrefix;
    const shared = devices.filter((d) => d.deviceName.toUpperCase().startsWith(prefix.toUpperCase()));
    expect(shared.map((d) => d.deviceName)).toEqual(['LOANER-MBA-01', 'LOANER-MBA-02', 'LOANER-MBA-03', 'LOANER-MBA-04', 'LOANER-MBA-05']);

    const counts = new Map<string, number>();
    for (const d of devices) if (d.userPrincipalName) counts.set(d.userPrincipalName, (counts.get(d.userPrincipalName) ?? 0) + 1);
    expect(counts.get(DEMO_EXAMPLES.userWithThreeDevices)).toBe(3);
    expect([...counts.values()].filter((n) => n >= 3)).toEqual([3]);
    for (const upn of counts.keys()) expect(upn).toMatch(/@contoso\.com$/);
  });

  it('fills a tenant of a realistic size with ordinary devices, named seeds first, ids and serials unique', () => {
    const tenant = demoDevices(NOW, 3000);
    expect(tenant).toHaveLength(3000);
    expect(tenant.slice(0, demoDevices(NOW).length)).toEqual(demoDevices(NOW));
    expect(new Set(tenant.map((d) => d.id)).size).toBe(3000);
    expect(new Set(tenant.map((d) => d.serialNumber.toLowerCase())).size).toBe(3000);
    expect(new Set(tenant.map((d) => d.deviceName.toLowerCase())).size).toBe(3000);
    expect(new Set(tenant.map((d) => d.operatingSystem))).toEqual(new Set(['macOS', 'iOS', 'Android', 'Windows']));
  });

  it('returns fresh objects on every call', () => {
    const a = demoDevices(NOW);
    a[0]!.deviceActionResults.length = 0;
    expect(demoDevices(NOW)[0]!.deviceActionResults.length).toBeGreaterThan(0);
  });
});
