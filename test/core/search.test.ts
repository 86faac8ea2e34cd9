import { describe, expect, it } from 'vitest';
import type { Device } from '../../electron/core/contract';
import {
  appleLabelSerial,
  labelSerialFound,
  matchesQuery,
  nameClause,
  odataString,
  rankMatches,
  searchKindsFor,
  serialClause,
  serialsFor,
  userClause,
} from '../../electron/core/devices/search';

const device = (deviceName: string, serialNumber: string, userPrincipalName = 'a@contoso.com'): Device => ({
  id: serialNumber,
  deviceName,
  serialNumber,
  userPrincipalName,
  operatingSystem: 'macOS',
  osVersion: '15',
  model: 'MacBook Air',
  manufacturer: 'Apple',
  lastSyncDateTime: null,
});

describe('search queries', () => {
  it('searches e-mail addresses by user and everything else by serial and name', () => {
    expect(searchKindsFor('jane.doe@contoso.com')).toEqual(['user']);
    expect(searchKindsFor('C02XK1ABJG5H')).toEqual(['serial', 'name']);
    expect(searchKindsFor('@handle')).toEqual(['serial', 'name']);
  });

  it('doubles quotes in OData literals, one property per clause and never an or', () => {
    expect(odataString("O'Brien-MBP")).toBe("'O''Brien-MBP'");
    expect(serialClause("O'B").filter).toBe("serialNumber eq 'O''B'");
    expect(nameClause("O'B", 'startswith').filter).toBe("startswith(deviceName,'O''B')");
    expect(nameClause("O'B", 'contains').filter).toBe("contains(deviceName,'O''B')");
    expect(nameClause("O'B", 'eq').filter).toBe("deviceName eq 'O''B'");
    expect(userClause("x' or 1 eq 1 or '").filter).toBe("userPrincipalName eq 'x'' or 1 eq 1 or '''");
  });

  it('tells what a filtering tenant could have returned for each clause', () => {
    const mac = device('LOANER-MBA-01', 'C02ABC', 'jane.doe@contoso.com');
    expect(serialClause('c02abc').filtered(mac)).toBe(true);
    expect(serialClause('C02AB').filtered(mac)).toBe(false);
    expect(nameClause('loaner', 'startswith').filtered(mac)).toBe(true);
    expect(nameClause('MBA', 'startswith').filtered(mac)).toBe(false);
    expect(nameClause('MBA', 'contains').filtered(mac)).toBe(true);
    expect(nameClause('LOANER', 'eq').filtered(mac)).toBe(false);
    // Intune's UPN eq has matched UPNs that only contain the literal.
    expect(userClause('doe@contoso.com').filtered(mac)).toBe(true);
    expect(userClause('john@contoso.com').filtered(mac)).toBe(false);
  });

  it('re-checks devices on the client, case-insensitively', () => {
    const mac = device('LOANER-MBA-01', 'C02ABC');
    expect(matchesQuery(mac, 'c02abc', ['serial', 'name'])).toBe(true);
    expect(matchesQuery(mac, 'loaner', ['serial', 'name'])).toBe(true);
    expect(matchesQuery(mac, 'C02AB', ['serial', 'name'])).toBe(false);
    expect(matchesQuery(mac, 'MBA', ['serial', 'name'])).toBe(false);
    expect(matchesQuery(mac, 'A@CONTOSO.COM', ['user'])).toBe(true);
    expect(matchesQuery(mac, 'a@contoso.com', ['serial', 'name'])).toBe(false);
  });

  it('reads the serial inside an Apple label, and only there', () => {
    expect(appleLabelSerial('SC02XK1ABJG5H')).toBe('C02XK1ABJG5H');
    expect(appleLabelSerial('sj6d4tn9vxp')).toBe('j6d4tn9vxp');
    for (const other of ['C02XK1ABJG5H', 'SHORT123', 'SC02XK1ABJG5HX', 'SC02-K1ABJG5H']) expect(appleLabelSerial(other)).toBeNull();
    expect(serialsFor('SC02XK1ABJG5H')).toEqual(['SC02XK1ABJG5H', 'C02XK1ABJG5H']);
    expect(serialsFor('SHORT123')).toEqual(['SHORT123']);
  });

  it('matches an Apple label to the serial inside it, and names that serial only when it found a device', () => {
    const mac = device('LOANER-MBA-01', 'C02XK1ABJG5H');
    expect(matchesQuery(mac, 'SC02XK1ABJG5H', ['serial', 'name'])).toBe(true);
    expect(matchesQuery(mac, 'SC02XK1ABJG5H', ['name'])).toBe(false);
    expect(labelSerialFound('SC02XK1ABJG5H', ['serial', 'name'], [mac])).toBe('C02XK1ABJG5H');
    expect(labelSerialFound('SC02XK1ABJG5H', ['serial', 'name'], [])).toBeNull();
    expect(labelSerialFound('SC02XK1ABJG5H', ['serial', 'name'], [device('X', 'SC02XK1ABJG5H')])).toBeNull();
    expect(labelSerialFound('SC02XK1ABJG5H', ['name'], [mac])).toBeNull();
  });

  it('puts exact matches first', () => {
    const ranked = rankMatches([device('LOANER-2', 'S2'), device('LOANER', 'S1'), device('LOANER-1', 'S3')], 'loaner');
    expect(ranked.map((d) => d.deviceName)).toEqual(['LOANER', 'LOANER-1', 'LOANER-2']);
  });
});
