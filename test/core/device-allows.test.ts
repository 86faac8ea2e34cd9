import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKioskCore, type KioskCore, nodeFetch } from '../../electron/core';
import type { DeviceAction, DeviceDetails, RemoteLockStatus } from '../../electron/core/contract';
import { deviceAllows, lockOutcome } from '../../electron/core/devices/allows';
import { createDemoGraph, DEMO_EXAMPLES, DEMO_SECRET_EXAMPLES, demoDevices, demoTenant, listenOnLoopback } from '../../electron/demo';

const NOW = new Date('2026-12-01T12:00:00Z');
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const lock = (state: RemoteLockStatus['state'], days: number, hasPin: boolean): RemoteLockStatus => ({
  state,
  startDateTime: ago(days),
  lastUpdatedDateTime: ago(days),
  hasPin,
});
const mac = deviceAllows('macOS');
const iphone = deviceAllows('iOS');

describe('what a device allows', () => {
  it('is decided from the platform: Apple and Android lock, Windows does not; only a Mac takes the PIN', () => {
    expect(deviceAllows('macOS')).toEqual({ remoteLock: true, lockScreenPin: true });
    expect(deviceAllows('iOS')).toEqual({ remoteLock: true, lockScreenPin: false });
    expect(deviceAllows('iPadOS')).toEqual({ remoteLock: true, lockScreenPin: false });
    expect(deviceAllows('Android')).toEqual({ remoteLock: true, lockScreenPin: false });
    expect(deviceAllows('Windows')).toEqual({ remoteLock: false, lockScreenPin: false });
    expect(deviceAllows('')).toEqual({ remoteLock: false, lockScreenPin: false });
  });
});

describe('a remote lock as an outcome', () => {
  it('names each state for the counter', () => {
    expect(lockOutcome(lock('done', 0, true), [], mac, NOW).kind).toBe('locked');
    expect(lockOutcome(lock('done', 0, false), [], iphone, NOW).kind).toBe('locked');
    expect(lockOutcome(lock('active', 0, true), [], mac, NOW).kind).toBe('locking');
    expect(lockOutcome(lock('pending', 0, true), [], mac, NOW).kind).toBe('waiting');
    expect(lockOutcome(lock('pending', 3, true), [], mac, NOW)).toMatchObject({ kind: 'noProgress', daysSinceSent: 3 });
    expect(lockOutcome(lock('none', 5, false), [], mac, NOW)).toMatchObject({ kind: 'noProgress', daysSinceSent: 5 });
    expect(lockOutcome(lock('failed', 1, false), [], mac, NOW).kind).toBe('failed');
    expect(lockOutcome(lock('notSupported', 1, false), [], deviceAllows('Windows'), NOW).kind).toBe('notSupported');
  });

  it('calls a Mac locked without a PIN from Intune pinGone, not locked', () => {
    expect(lockOutcome(lock('done', 9, false), [], mac, NOW)).toMatchObject({ kind: 'pinGone', pinOffered: false });
  });

  it('offers no PIN for a canceled lock, nor on a lock screen that does not take one', () => {
    expect(lockOutcome(lock('canceled', 2, true), [], mac, NOW)).toMatchObject({ kind: 'canceled', pinOffered: false, pinStaleAfter: null });
    expect(lockOutcome(lock('done', 0, true), [], iphone, NOW).pinOffered).toBe(false);
  });

  it('says when the PIN turns stale: PIN_LIFETIME.reliableDays after the lock was sent', () => {
    expect(lockOutcome(lock('done', 1, true), [], mac, NOW).pinStaleAfter).toBe(new Date(Date.parse(ago(1)) + 7 * 86_400_000).toISOString());
  });

  it('names the newest action sent after the lock, and none sent before it', () => {
    const action = (actionName: string, days: number): DeviceAction => ({ actionName, state: 'pending', startDateTime: ago(days), lastUpdatedDateTime: ago(days) });
    const outcome = lockOutcome(lock('done', 6, true), [action('syncDevice', 7), action('wipe', 1), action('retire', 2)], mac, NOW);
    expect(outcome.laterAction?.actionName).toBe('wipe');
    expect(lockOutcome(lock('done', 6, true), [action('syncDevice', 7)], mac, NOW).laterAction).toBeNull();
  });
});

describe('devices:get says what the device allows', () => {
  let core: KioskCore;
  let server: { url: string; close(): Promise<void> };
  const byName = (name: string) => demoDevices().find((d) => d.deviceName === name)!;
  const get = async (id: string): Promise<DeviceDetails> => {
    const answer = await core.invoke('devices:get', { id });
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value;
  };

  beforeAll(async () => {
    server = await listenOnLoopback(createDemoGraph().handle);
    core = createKioskCore({ fetch: nodeFetch, signInFetch: nodeFetch, dataDir: await mkdtemp(path.join(os.tmpdir(), 'kiosk-allows-')), tenant: demoTenant({ graphUrl: server.url }) });
  });
  afterAll(async () => {
    await core.dispose();
    await server.close();
  });

  it('a Mac locked with a PIN: lockable, takes the PIN, locked, PIN offered', async () => {
    const details = await get(DEMO_EXAMPLES.macLockedWithPin.id);
    expect(details.allows).toEqual({ remoteLock: true, lockScreenPin: true });
    expect(details.lockOutcome).toMatchObject({ kind: 'locked', pinOffered: true, laterAction: null });
  });

  it('an iPhone lock: no PIN to offer', async () => {
    const details = await get(DEMO_EXAMPLES.iphoneLockedNoPin.id);
    expect(details.allows).toEqual({ remoteLock: true, lockScreenPin: false });
    expect(details.lockOutcome).toMatchObject({ kind: 'locked', pinOffered: false });
  });

  it('a Windows PC cannot be remote-locked', async () => {
    const id = demoDevices().find((d) => d.serialNumber === DEMO_SECRET_EXAMPLES.bitlocker.serialNumber)!.id;
    expect((await get(id)).allows).toEqual({ remoteLock: false, lockScreenPin: false });
  });

  it('a Mac whose PIN Intune dropped after its 7 days is pinGone', async () => {
    expect((await get(DEMO_EXAMPLES.macPinNineDaysOld.id)).lockOutcome).toMatchObject({ kind: 'pinGone', pinOffered: false });
  });

  it('a Mac with a wipe sent after its lock names the wipe', async () => {
    expect((await get(byName('MBP-LMARTIN').id)).lockOutcome?.laterAction).toMatchObject({ actionName: 'wipe' });
  });

  it('a lock with no progress for 5 days says so', async () => {
    expect((await get(byName('MBP-DKIM').id)).lockOutcome).toMatchObject({ kind: 'noProgress', daysSinceSent: 5 });
  });
});
