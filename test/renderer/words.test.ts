// One word for one thing: the catalogs say none of the words their glossary rules out, and the German speaks to the
// technician as "Sie" throughout.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../electron/dev/paths';
import { CATALOGS, catalogTexts } from './catalog-texts';

const glossary = readFileSync(path.join(repoRoot, 'renderer', 'src', 'lib', 'i18n', 'GLOSSARY.md'), 'utf8');

/** The backticked words of one column of the glossary's table ("Not in English", "Not in German"). */
function ruledOut(column: string): string[] {
  const rows = glossary.split('\n').filter((line) => line.startsWith('|'));
  const cells = (row: string) => row.split('|').slice(1, -1).map((cell) => cell.trim());
  const index = cells(rows[0] ?? '').indexOf(column);
  if (index < 0) throw new Error(`GLOSSARY.md has no column "${column}"`);
  return rows.slice(2).flatMap((row) => [...(cells(row)[index] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

/** A whole word or phrase, in any case; a trailing * takes any ending. */
function wordPattern(word: string): RegExp {
  const stem = word.endsWith('*');
  const escaped = word.replace(/\*$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${stem ? '' : '(?![\\p{L}\\p{N}])'}`, 'iu');
}

function uses(texts: string[], words: string[]): string[] {
  return words.flatMap((word) => texts.filter((text) => wordPattern(word).test(text)).map((text) => `"${word}" in: ${text}`));
}

describe('the glossary', () => {
  for (const [lang, column] of [
    ['en', 'Not in English'],
    ['de', 'Not in German'],
  ] as const) {
    it(`rules out words the ${lang} catalog then does not use`, () => {
      const words = ruledOut(column);
      expect(words.length).toBeGreaterThan(10);
      expect(uses(catalogTexts(CATALOGS[lang]), words)).toEqual([]);
    });
  }

  it('catches a ruled-out word, whole and in any case, and a stem with its endings', () => {
    expect(uses(['The device synced an hour ago.'], ['synced'])).toHaveLength(1);
    expect(uses(['Sync', 'asynced'], ['synced'])).toEqual([]);
    expect(uses(['Das Gerät checkt bald ein, dann eincheckt es'], ['eincheck*'])).toHaveLength(1);
  });
});

// Informal address: the pronouns, and the du-imperatives of the verbs the kiosk asks for (nouns such as "Suche" and
// "Sperre" are left out, as they are spelled like the imperative).
const INFORMAL = ['du', 'dich', 'dir', 'dein*', 'euch', 'euer', 'eure*', 'warte', 'prüfe', 'drücke', 'wähle', 'tippe', 'scanne', 'gib', 'öffne', 'melde', 'starte', 'halte', 'nimm', 'lies', 'schließe', 'sende', 'frag'];

describe('German in one register', () => {
  it('says "Sie", never "du", and asks in the Sie form', () => {
    expect(uses(catalogTexts(CATALOGS.de), INFORMAL)).toEqual([]);
  });

  it('would catch an informal word', () => {
    expect(uses(['Sperre gesendet – warte, bis sich das Gerät meldet', 'Prüfe dein Gerät.'], INFORMAL)).toHaveLength(3);
  });
});
