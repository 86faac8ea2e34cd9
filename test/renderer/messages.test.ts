// Every message the core (or the screen itself) can report, worded in every catalog: one sample of each, with the
// facts the contract says it carries. The compiler makes both lists complete; this checks what the words come out as.
import { describe, expect, it } from 'vitest';
import { MessageSchema } from '../../electron/core/contract';
import { english } from '../../electron/core/messages';
import { CATALOGS, MESSAGE_SAMPLES as SAMPLES, words } from './catalog-texts';


describe('every message of the contract', () => {
  it('has a sample the contract accepts, with exactly the facts it carries', () => {
    for (const sample of Object.values(SAMPLES)) expect(MessageSchema.parse(sample)).toEqual(sample);
  });

  it('has English in the core for the log', () => {
    for (const sample of Object.values(SAMPLES)) expect(english(sample)).toMatch(/^\S.{8,}[.!?]$/s);
  });

  for (const lang of Object.keys(CATALOGS) as (keyof typeof CATALOGS)[]) {
    it(`is worded in the ${lang} catalog, with every fact it names filled in`, () => {
      const wrong = Object.values(SAMPLES).flatMap((sample) => {
        const text = words(lang, sample);
        return text.length < 10 || /undefined|null|NaN|\[object/.test(text) ? [`${sample.id}: ${text}`] : [];
      });
      expect(wrong).toEqual([]);
    });
  }

  it('is not English in another catalog', () => {
    const english = Object.values(SAMPLES).map((sample) => words('en', sample));
    for (const lang of ['de', 'fr', 'es'] as const) {
      const same = Object.values(SAMPLES).filter((sample, i) => words(lang, sample) === english[i]).map((s) => s.id);
      expect(same, lang).toEqual([]);
    }
  });

  it('names the facts it carries: a seconds count, a status, a group, a device name', () => {
    for (const lang of Object.keys(CATALOGS) as (keyof typeof CATALOGS)[]) {
      expect(words(lang, SAMPLES.graphTimeout)).toContain('20');
      expect(words(lang, SAMPLES.graphFailed)).toContain('503');
      expect(words(lang, SAMPLES.bitlockerGroupInvalid)).toContain('3');
      expect(words(lang, SAMPLES.demoNotNeeded)).toContain('Contoso');
    }
  });
});
