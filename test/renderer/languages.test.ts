// Which language the screen speaks, and which the person at the counter may have a secret read out in.
import { describe, expect, it } from 'vitest';
import { SCREEN_LANGUAGES } from '../../electron/core/contract';
import { catalog, LANGS, pickLang, screenLanguage, visitorChoices } from '../../renderer/src/lib/i18n';
import { readPageOptions } from '../../renderer/src/lib/options';
import { spellGroup } from '../../renderer/src/lib/secret-format';

describe('the screen language', () => {
  it('is the page’s (?lang=), else the config’s, else the machine’s, else English', () => {
    expect(screenLanguage('fr', 'de', ['es-ES'])).toBe('fr');
    expect(screenLanguage(undefined, 'de', ['es-ES'])).toBe('de');
    expect(screenLanguage(undefined, null, ['ja-JP', 'es-MX'])).toBe('es');
    expect(screenLanguage(undefined, null, ['ja-JP'])).toBe('en');
  });

  it('takes from the page only a language the kiosk speaks', () => {
    expect(readPageOptions('?lang=de&pin=5000')).toEqual({ lang: 'de', pinVisibleMs: 5000 });
    expect(readPageOptions('?lang=it')).toEqual({});
    expect(readPageOptions('')).toEqual({});
  });

  it('is matched on the machine’s primary language only', () => {
    expect(pickLang(['de-AT'])).toBe('de');
    expect(pickLang(['deu'])).toBe('en');
  });

  it('has a catalog for every language of the contract, each naming itself', () => {
    expect(LANGS).toEqual([...SCREEN_LANGUAGES]);
    expect(LANGS.map((l) => catalog(l).language.name)).toEqual(['English', 'Deutsch', 'Français', 'Español']);
  });
});

describe('the person’s languages', () => {
  it('put the screen’s first, then the config’s others in its order', () => {
    expect(visitorChoices('de', ['en', 'de', 'fr', 'es'])).toEqual(['de', 'en', 'fr', 'es']);
    expect(visitorChoices('de', ['es', 'fr'])).toEqual(['de', 'es', 'fr']);
  });

  it('offer no row when the config lists none but the screen’s', () => {
    expect(visitorChoices('de', [])).toEqual([]);
    expect(visitorChoices('de', ['de'])).toEqual([]);
  });

  it('spell a secret in another catalog’s words than the screen’s', () => {
    expect(spellGroup('Kl1-')).toBe('capital K, lower-case l, digit one, hyphen');
    expect(spellGroup('Kl1-', catalog('fr').secrets)).toBe('K majuscule, l minuscule, chiffre un, tiret');
    expect(spellGroup('Kl1-', catalog('de').secrets)).toBe('großes K, kleines l, Ziffer eins, Bindestrich');
  });
});

describe('Spanish times', () => {
  it('take "la" at one o’clock and "las" at every other hour', () => {
    const es = catalog('es');
    expect(['1:05', '01:05', '1:05 p. m.', '10:05', '11:30', '13:05', '21:00'].map((time) => es.auth.until(time))).toEqual([
      'hasta la 1:05',
      'hasta la 01:05',
      'hasta la 1:05 p. m.',
      'hasta las 10:05',
      'hasta las 11:30',
      'hasta las 13:05',
      'hasta las 21:00',
    ]);
  });
});
