// Typed secrets read at arm's length: grouped characters, each marked by class, and a spelled-out reading in the
// screen's language ("capital K, digit one, lower-case l, …").
import type { SecretKind } from '../../../electron/core/contract';
import { t } from './i18n';

export type CharClass = 'digit' | 'upper' | 'lower' | 'symbol';

export function charClass(c: string): CharClass {
  if (/^[0-9]$/.test(c)) return 'digit';
  if (c.toUpperCase() !== c.toLowerCase()) return c === c.toUpperCase() ? 'upper' : 'lower';
  return 'symbol';
}

/**
 * The groups a secret is shown and read in. BitLocker keys, bypass codes and FileVault keys come with hyphens between
 * their groups; a LAPS password may contain a hyphen of its own, so it is cut into fours instead.
 */
export function secretGroups(kind: SecretKind, secret: string): string[] {
  if (kind === 'bitlocker' || kind === 'activationLock' || kind === 'fileVault') {
    const parts = secret.split('-').filter((p) => p !== '');
    if (parts.length > 1) return parts;
  }
  return Array.from(secret.match(/[\s\S]{1,4}/gu) ?? []);
}

/** How one character is said: "capital K", "digit one", "hyphen". */
export function spellChar(c: string): string {
  const s = t.secrets;
  switch (charClass(c)) {
    case 'digit':
      return s.digit(s.digits[Number(c)]!);
    case 'upper':
      return s.upper(c);
    case 'lower':
      return s.lower(c);
    default:
      return s.symbols[c] ?? s.symbol(c);
  }
}

export function spellGroup(group: string): string {
  return Array.from(group).map(spellChar).join(', ');
}

/** Only the first characters matter: the recovery screen shows the key id's first group; dashes and case do not count. */
export function normalizeKeyId(typed: string): string {
  return typed.toLowerCase().replace(/[^0-9a-f]/g, '');
}

export function keyIdMatches(id: string, typed: string): boolean {
  const prefix = normalizeKeyId(typed);
  return prefix !== '' && id.toLowerCase().replace(/-/g, '').startsWith(prefix);
}

/** The key id as the recovery screen shows it: upper case. */
export function displayKeyId(id: string): string {
  return id.toUpperCase();
}
