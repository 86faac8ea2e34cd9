import type { Device, SearchKind } from '../contract';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `auto`: an e-mail address searches by user; anything else by serial number and device name. */
export function searchKindsFor(query: string, kind: SearchKind | 'auto' = 'auto'): SearchKind[] {
  if (kind !== 'auto') return [kind];
  return EMAIL.test(query) ? ['user'] : ['serial', 'name'];
}

/** Apple's box and device labels encode the serial with a leading "S" (a barcode field prefix). */
export function appleLabelSerial(query: string): string | null {
  const m = /^S([A-Z0-9]{10}|[A-Z0-9]{12})$/i.exec(query);
  return m ? m[1]! : null;
}

/** The serial numbers a query is searched for: as typed, and for an Apple label also without its S. */
export function serialsFor(query: string): string[] {
  const label = appleLabelSerial(query);
  return label ? [query, label] : [query];
}

/** The serial read from an Apple label, when that (not the label as typed) is what found a device. */
export function labelSerialFound(query: string, kinds: readonly SearchKind[], devices: readonly Device[]): string | null {
  const label = kinds.includes('serial') ? appleLabelSerial(query) : null;
  return label && devices.some((d) => d.serialNumber.toLowerCase() === label.toLowerCase()) ? label : null;
}

/** An OData string literal: quotes doubled (OData ABNF `SQUOTE-in-string`). */
export function odataString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * How a device name is looked up, best first. `startswith` is undocumented for managedDevices (reported working);
 * `contains` is documented and is narrowed to a prefix here; `eq` finds only the full name.
 */
export const NAME_STRATEGIES = ['startswith', 'contains', 'eq'] as const;
export type NameStrategy = (typeof NAME_STRATEGIES)[number];

/**
 * One `$filter` clause: Intune must not be asked for two properties joined by `or` (it keeps the first clause, treats
 * `or` as `and`, or refuses), so each clause is a request of its own.
 */
export interface FilterClause {
  filter: string;
  /** What a tenant that applied this filter could return; anything else on a full page means the filter was dropped. */
  filtered(device: Device): boolean;
}

export function serialClause(query: string): FilterClause {
  const q = query.toLowerCase();
  return { filter: `serialNumber eq ${odataString(query)}`, filtered: (d) => d.serialNumber.toLowerCase() === q };
}

export function userClause(query: string): FilterClause {
  const q = query.toLowerCase();
  // `userPrincipalName eq` has matched UPNs that merely contain the literal (Intune-PowerShell-SDK#39).
  return { filter: `userPrincipalName eq ${odataString(query)}`, filtered: (d) => d.userPrincipalName.toLowerCase().includes(q) };
}

export function nameClause(query: string, strategy: NameStrategy): FilterClause {
  const q = query.toLowerCase();
  const literal = odataString(query);
  switch (strategy) {
    case 'startswith':
      return { filter: `startswith(deviceName,${literal})`, filtered: (d) => d.deviceName.toLowerCase().startsWith(q) };
    case 'contains':
      return { filter: `contains(deviceName,${literal})`, filtered: (d) => d.deviceName.toLowerCase().includes(q) };
    case 'eq':
      return { filter: `deviceName eq ${literal}`, filtered: (d) => d.deviceName.toLowerCase() === q };
  }
}

/**
 * Graph ignores filters it does not support and then answers with every device,
 * so each returned device is checked against the query here as well.
 */
export function matchesQuery(device: Device, query: string, kinds: readonly SearchKind[]): boolean {
  const q = query.toLowerCase();
  return kinds.some((kind) => {
    switch (kind) {
      case 'serial':
        return serialsFor(q).includes(device.serialNumber.toLowerCase());
      case 'name':
        return device.deviceName.toLowerCase().startsWith(q);
      case 'user':
        return device.userPrincipalName.toLowerCase() === q;
    }
  });
}

/** Serial matches first (they are exact), then by name. */
export function rankMatches(devices: Device[], query: string): Device[] {
  const q = query.toLowerCase();
  const serials = serialsFor(q);
  const exact = (d: Device) => (serials.includes(d.serialNumber.toLowerCase()) || d.deviceName.toLowerCase() === q ? 0 : 1);
  return [...devices].sort((a, b) => exact(a) - exact(b) || a.deviceName.localeCompare(b.deviceName));
}
