import { describe, expect, it } from 'vitest';
import { parseDevice, parseDeviceSummary } from '../../electron/core/devices/graph-device';
import { KioskFailure } from '../../electron/core/errors';

const base = {
  id: '5d3c1a2e-0000-4000-8000-000000000001',
  deviceName: 'MBP-JSMITH',
  serialNumber: 'C02XK1ABJG5H',
  userPrincipalName: 'jsmith@contoso.com',
  operatingSystem: 'macOS',
  osVersion: '15.1',
  model: 'MacBook Pro (14-inch, 2023)',
  manufacturer: 'Apple',
  lastSyncDateTime: '2026-11-28T09:15:00.1234567Z',
};

describe('parseDevice', () => {
  it('finds a typed remote lock with its PIN and keeps other actions apart', () => {
    const parsed = parseDevice({
      ...base,
      deviceActionResults: [
        {
          '@odata.type': '#microsoft.graph.remoteLockActionResult',
          actionName: 'remoteLock',
          actionState: 'done',
          startDateTime: '2026-11-28T08:00:00Z',
          lastUpdatedDateTime: '2026-11-28T08:05:00Z',
          unlockPin: '482913',
        },
        { '@odata.type': '#microsoft.graph.deviceActionResult', actionName: 'syncDevice', actionState: 'done', startDateTime: '2026-11-27T08:00:00Z' },
      ],
    });
    expect(parsed.remoteLock).toEqual({
      state: 'done',
      startDateTime: '2026-11-28T08:00:00.000Z',
      lastUpdatedDateTime: '2026-11-28T08:05:00.000Z',
      hasPin: true,
      pin: '482913',
    });
    expect(parsed.otherActions.map((a) => a.actionName)).toEqual(['syncDevice']);
    expect(parsed.device.lastSyncDateTime).toBe('2026-11-28T09:15:00.123Z');
  });

  it('infers a remote lock from actionName when @odata.type is missing', () => {
    const parsed = parseDevice({ ...base, deviceActionResults: [{ actionName: 'remoteLock', actionState: 'pending', unlockPin: '120034' }] });
    expect(parsed.remoteLock?.state).toBe('pending');
    expect(parsed.remoteLock?.pin).toBe('120034');
  });

  it('treats a null, empty or absent unlockPin as no PIN', () => {
    for (const unlockPin of [null, '', '   ', undefined]) {
      const parsed = parseDevice({ ...base, deviceActionResults: [{ actionName: 'remoteLock', actionState: 'done', unlockPin }] });
      expect(parsed.remoteLock).toMatchObject({ hasPin: false, pin: null });
    }
  });

  it('reports the most recent of several remote locks', () => {
    const parsed = parseDevice({
      ...base,
      deviceActionResults: [
        { actionName: 'remoteLock', actionState: 'failed', lastUpdatedDateTime: '2026-11-01T10:00:00Z' },
        { actionName: 'remoteLock', actionState: 'done', lastUpdatedDateTime: '2026-11-20T10:00:00Z', unlockPin: '777111' },
      ],
    });
    expect(parsed.remoteLock).toMatchObject({ state: 'done', pin: '777111' });
  });

  it('keeps unknown action types and states instead of failing', () => {
    const parsed = parseDevice({
      ...base,
      deviceActionResults: [
        { '@odata.type': '#microsoft.graph.futureThingActionResult', actionState: 'somethingNew' },
        'not an object',
        null,
        { actionName: 42 },
      ],
    });
    expect(parsed.remoteLock).toBeNull();
    expect(parsed.otherActions).toContainEqual({ actionName: 'futureThing', state: 'unknown', startDateTime: null, lastUpdatedDateTime: null });
  });

  it('reads Graph’s "never" date and missing text fields', () => {
    const parsed = parseDevice({ id: base.id, lastSyncDateTime: '0001-01-01T00:00:00Z', deviceName: null });
    expect(parsed.device).toMatchObject({ deviceName: '', serialNumber: '', lastSyncDateTime: null });
    expect(parsed.remoteLock).toBeNull();
  });

  it('refuses an answer that is not a device', () => {
    for (const body of [null, 'x', [], {}, { id: '' }]) {
      expect(() => parseDevice(body)).toThrow(KioskFailure);
    }
    expect(parseDeviceSummary({ nope: true })).toBeNull();
  });
});
