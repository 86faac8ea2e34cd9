// One icon set: the screens draw their icons as SVG (StateIcon, Icon), never as text glyphs such as ⚠ ✕ ✓ → ←,
// which each font draws differently and screen readers read out.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../electron/dev/paths';
import { CATALOGS, catalogWords } from './catalog-texts';

// Arrows, miscellaneous symbols, dingbats, symbols-and-arrows, and emoji.
const GLYPH = /[\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\u{1f300}-\u{1faff}]/u;

const renderer = path.join(repoRoot, 'renderer', 'src');
const svelteFiles = readdirSync(renderer, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svelte'));

describe('no text glyphs for icons', () => {
  it('in any .svelte file, markup and CSS alike', () => {
    expect(svelteFiles.length).toBeGreaterThan(20);
    const found = svelteFiles.flatMap((file) =>
        readFileSync(path.join(renderer, file), 'utf8')
          .split('\n')
          .flatMap((line, i) => (GLYPH.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });

  for (const lang of Object.keys(CATALOGS) as (keyof typeof CATALOGS)[]) {
    it(`in the ${lang} catalog`, () => {
      expect(catalogWords(lang).filter((text) => GLYPH.test(text))).toEqual([]);
    });
  }
});
