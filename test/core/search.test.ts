import { describe, expect, it } from 'vitest';
import type { Device } from '../../electron/core/contract';
import { filterFor, matchesQuery, odataString, rankMatches, searchKindsFor } from '../../electron/core/devices/search';

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

  it('doubles quotes in OData literals', () => {
    expect(odataString("O'Brien-MBP")).toBe("'O''Brien-MBP'");
    expect(filterFor("O'B", ['serial', 'name'])).toBe("serialNumber eq 'O''B' or startswith(deviceName,'O''B')");
    expect(filterFor("x' or 1 eq 1 or '", ['user'])).toBe("userPrincipalName eq 'x'' or 1 eq 1 or '''");
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

  it('puts exact matches first', () => {
    const ranked = rankMatches([device('LOANER-2', 'S2'), device('LOANER', 'S1'), device('LOANER-1', 'S3')], 'loaner');
    expect(ranked.map((d) => d.deviceName)).toEqual(['LOANER', 'LOANER-1', 'LOANER-2']);
  });
});
