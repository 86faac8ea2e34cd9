// Every text a catalog can put on screen: its strings, and what its functions say for a few sample arguments (a
// string, a count of one and of two, nothing, a list), so both branches of a plural or a "next sign-in, if any" count.
import { de } from '../../renderer/src/lib/i18n/de';
import { en } from '../../renderer/src/lib/i18n/en';
import { es } from '../../renderer/src/lib/i18n/es';
import { fr } from '../../renderer/src/lib/i18n/fr';

export const CATALOGS = { en, de, fr, es };

const SAMPLES: unknown[] = ['X', 1, 2, null, ['X']];

export function catalogTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    return SAMPLES.flatMap((sample) => {
      try {
        return catalogTexts((value as (...args: unknown[]) => unknown)(...Array<unknown>(value.length).fill(sample)));
      } catch {
        return []; // A sample of the wrong type for this function; another one fits.
      }
    });
  }
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(catalogTexts);
  return [];
}
