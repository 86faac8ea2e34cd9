import type { Device, SearchKind } from '../contract';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `auto`: an e-mail address searches by user; anything else by serial number and device name. */
export function searchKindsFor(query: string, kind: SearchKind | 'auto' = 'auto'): SearchKind[] {
  if (kind !== 'auto') return [kind];
  return EMAIL.test(query) ? ['user'] : ['serial', 'name'];
}

/** An OData string literal: quotes doubled (OData ABNF `SQUOTE-in-string`). */
export function odataString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function filterFor(query: string, kinds: readonly SearchKind[]): string {
  const literal = odataString(query);
  const clauses = kinds.map((kind) => {
    switch (kind) {
      case 'serial':
        return `serialNumber eq ${literal}`;
      case 'name':
        return `startswith(deviceName,${literal})`;
      case 'user':
        return `userPrincipalName eq ${literal}`;
    }
  });
  return clauses.join(' or ');
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
        return device.serialNumber.toLowerCase() === q;
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
  const exact = (d: Device) => (d.serialNumber.toLowerCase() === q || d.deviceName.toLowerCase() === q ? 0 : 1);
  return [...devices].sort((a, b) => exact(a) - exact(b) || a.deviceName.localeCompare(b.deviceName));
}
