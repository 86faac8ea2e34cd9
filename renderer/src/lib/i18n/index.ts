import type { ScreenLanguage } from '../../../../electron/core/contract';
import { de } from './de';
import type { Message } from '../../../../electron/core/contract';
import { en, type Messages } from './en';
import { es } from './es';
import { fr } from './fr';

export type { Messages } from './en';
export type Lang = ScreenLanguage;

/** One catalog for each language the contract names: a language without its catalog does not compile. */
const CATALOGS: Record<Lang, Messages> = { en, de, fr, es };
export const LANGS = Object.keys(CATALOGS) as Lang[];

const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/** The first of the machine's preferred languages the kiosk speaks; English otherwise. */
export function pickLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const found = LANGS.find((l) => l === primary(tag));
    if (found) return found;
  }
  return 'en';
}

/**
 * The screen's language: the page's (`?lang=`, for tests and screenshots; the shell loads the page without one), else
 * the config's (`languages.screen`), else the machine's.
 */
export function screenLanguage(page: Lang | undefined, configured: Lang | null | undefined, preferred: readonly string[]): Lang {
  return page ?? configured ?? pickLang(preferred);
}

/** The catalog in use. Set before the first screen renders. */
export let t: Messages = en;
/** The BCP 47 tag for Intl formatters: the machine's own tag when it matches, so de-AT keeps Austrian dates. */
export let locale = 'en';
export let lang: Lang = 'en';
let machineTags: readonly string[] = [];

export function useLanguage(next: Lang, preferred: readonly string[] = []): void {
  machineTags = preferred;
  lang = next;
  t = CATALOGS[next];
  locale = localeOf(next);
}

/** Another language's words, for what is spelled out and read aloud to the person at the counter. */
export function catalog(of: Lang): Messages {
  return CATALOGS[of];
}

/** A language's tag for dates and voices: the machine's own where it has that language (fr-CH), else the bare code. */
export function localeOf(of: Lang): string {
  return machineTags.find((tag) => primary(tag) === of) ?? of;
}

/**
 * The languages a revealed secret can be read out in, as a row of buttons: the screen's first, then the config's
 * others in its order. Nothing when the config offers none but the screen's.
 */
export function visitorChoices(screen: Lang, offered: readonly Lang[]): Lang[] {
  const others = offered.filter((l) => l !== screen);
  return others.length > 0 ? [screen, ...others] : [];
}

/** What the core (or the screen itself) reports, in the screen's words. */
export function say(what: Message): string {
  return (t.messages[what.id] as (p: Message) => string)(what);
}
