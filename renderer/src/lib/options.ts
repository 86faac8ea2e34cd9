import { type Lang, LANGS } from './i18n';

export interface PageOptions {
  /** The language the page was opened in (`?lang=`); absent, the config's or the machine's is used. */
  lang?: Lang;
  pinVisibleMs?: number;
  idleResetMs?: number;
}

const MIN_MS = 200;
const MAX_MS = 60 * 60 * 1000;

/**
 * The page's settings for tests, screenshots and demonstrations: `?lang=de&pin=5000&idle=2000` (milliseconds). The
 * shell loads the page without a query.
 */
export function readPageOptions(search: string): PageOptions {
  const params = new URLSearchParams(search);
  const asked = LANGS.find((l) => l === params.get('lang'));
  const options: PageOptions = {};
  if (asked) options.lang = asked;
  const pin = duration(params.get('pin'));
  const idle = duration(params.get('idle'));
  if (pin !== undefined) options.pinVisibleMs = pin;
  if (idle !== undefined) options.idleResetMs = idle;
  return options;
}

function duration(raw: string | null): number | undefined {
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const ms = Number(raw);
  return ms >= MIN_MS && ms <= MAX_MS ? ms : undefined;
}
