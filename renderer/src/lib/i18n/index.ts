import { de } from './de';
import type { Message } from '../../../../electron/core/contract';
import { en, type Messages } from './en';
import { es } from './es';
import { fr } from './fr';

export type { Messages } from './en';

const CATALOGS = { en, de, fr, es } satisfies Record<string, Messages>;
export type Lang = keyof typeof CATALOGS;
export const LANGS = Object.keys(CATALOGS) as Lang[];

/** The first of the machine's preferred languages the kiosk speaks; English otherwise. */
export function pickLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if ((LANGS as string[]).includes(primary)) return primary as Lang;
  }
  return 'en';
}

/** The catalog in use. Set once, before the first screen renders. */
export let t: Messages = en;
/** The BCP 47 tag for Intl formatters: the machine's own tag when it matches, so de-AT keeps Austrian dates. */
export let locale = 'en';
export let lang: Lang = 'en';

export function useLanguage(next: Lang, preferred: readonly string[] = []): void {
  lang = next;
  t = CATALOGS[next];
  locale = preferred.find((tag) => pickLang([tag]) === next) ?? next;
  document.documentElement.lang = next;
}

/** What the core (or the screen itself) reports, in the screen's words. */
export function say(what: Message): string {
  return (t.messages[what.id] as (p: Message) => string)(what);
}
