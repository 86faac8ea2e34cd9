// Typed secrets read at arm's length: grouped characters, each marked by class, and a spelled-out reading in the
// screen's language or the person's ("capital K, digit one, lower-case l, …").
import type { SecretKind } from '../../../electron/core/contract';
import { t, type Messages } from './i18n';

/** The words a secret is spelled out in: the screen's catalog, or the one of the person's language. */
export type SpellingWords = Pick<Messages['secrets'], 'digit' | 'digits' | 'upper' | 'lower' | 'symbol' | 'symbols'>;

export type CharClass = 'digit' | 'upper' | 'lower' | 'symbol';

export function charClass(c: string): CharClass {
  if (/^[0-9]$/.test(c)) return 'digit';
  if (c.toUpperCase() !== c.toLowerCase()) return c === c.toUpperCase() ? 'upper' : 'lower';
  return 'symbol';
}

/**
 * A Windows LAPS passphrase (PasswordComplexity 6–8): 3 to 10 words, each capitalised, with nothing between them
 * (learn.microsoft.com/windows-server/identity/laps/laps-concepts-passwords-passphrases, "Passphrase word lists").
 */
const PASSPHRASE = /^(?:[A-Z][a-z]+){3,10}$/;

/**
 * The groups a secret is shown and read in. BitLocker keys, bypass codes and FileVault keys come with hyphens between
 * their groups; a LAPS passphrase is cut into its words; a LAPS password may contain a hyphen of its own, so it is
 * cut into fours instead.
 */
export function secretGroups(kind: SecretKind, secret: string): string[] {
  if (kind === 'bitlocker' || kind === 'activationLock' || kind === 'fileVault') {
    const parts = secret.split('-').filter((p) => p !== '');
    if (parts.length > 1) return parts;
  }
  if (kind === 'laps' && PASSPHRASE.test(secret)) return secret.match(/[A-Z][a-z]+/g) ?? [secret];
  return Array.from(secret.match(/[\s\S]{1,4}/gu) ?? []);
}

/** Digits and nothing else (an Android passcode): shown like the PIN, with nothing to spell out or tell apart. */
export function digitsOnly(secret: string): boolean {
  return /^\d+$/.test(secret);
}

/**
 * The character classes worth marking in these groups, in the legend's order: digits where letters could be taken
 * for them (O and 0), capitals where there are small letters to tell them from, symbols wherever there are any.
 */
export function markedClasses(groups: string[]): CharClass[] {
  const present = new Set(groups.flatMap((g) => Array.from(g).map(charClass)));
  const letters = present.has('upper') || present.has('lower');
  const marked: CharClass[] = [];
  if (present.has('digit') && (letters || present.has('symbol'))) marked.push('digit');
  if (present.has('symbol')) marked.push('symbol');
  if (present.has('upper') && present.has('lower')) marked.push('upper');
  return marked;
}

/** How one character is said: "capital K", "digit one", "hyphen". */
export function spellChar(c: string, s: SpellingWords = t.secrets): string {
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

export function spellGroup(group: string, words: SpellingWords = t.secrets): string {
  return Array.from(group)
    .map((c) => spellChar(c, words))
    .join(', ');
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
