import type { Device } from '../../../electron/core/contract';
import { locale, t } from './i18n';

const MINUTE = 60_000;
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 60 * MINUTE],
  ['month', 30 * 24 * 60 * MINUTE],
  ['week', 7 * 24 * 60 * MINUTE],
  ['day', 24 * 60 * MINUTE],
  ['hour', 60 * MINUTE],
  ['minute', MINUTE],
];

// Formatters are built on first use, after the language is chosen; the time zone is the machine's own.
let cachedFor = '';
let relative: Intl.RelativeTimeFormat;
let absolute: Intl.DateTimeFormat;
let clockTime: Intl.DateTimeFormat;
let clockSeconds: Intl.DateTimeFormat;

function formatters() {
  if (cachedFor !== locale) {
    cachedFor = locale;
    relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    absolute = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    clockTime = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    clockSeconds = new Intl.DateTimeFormat(locale, { timeStyle: 'medium' });
  }
  return { relative, absolute, clockTime, clockSeconds };
}

/** "3 hours ago"; a few minutes of clock skew still reads as "just now". */
export function timeAgo(iso: string, now: number): string {
  const diff = now - Date.parse(iso);
  if (Number.isNaN(diff)) return t.common.unknownTime;
  if (diff < MINUTE && diff > -5 * MINUTE) return t.common.justNow;
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size) return formatters().relative.format(-Math.trunc(diff / size), unit);
  }
  return formatters().relative.format(-Math.trunc(diff / MINUTE), 'minute');
}

function format(iso: string, pick: (f: ReturnType<typeof formatters>) => Intl.DateTimeFormat): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : pick(formatters()).format(date);
}

export const localDateTime = (iso: string) => format(iso, (f) => f.absolute);
export const localTime = (iso: string) => format(iso, (f) => f.clockTime);
/** With seconds, for progress that changes within a minute. */
export const localTimeSeconds = (iso: string) => format(iso, (f) => f.clockSeconds);

/** "482913" → "482 913": groups of three are easier to read aloud and type. */
export function groupPin(pin: string): string {
  return (pin.replace(/\s+/g, '').match(/.{1,3}/g) ?? []).join(' ');
}

/** "syncDevice" → "sync"; an action the catalog does not name is spelled out: "fooBar" → "foo bar". */
export function actionLabel(name: string): string {
  return t.lock.actionNames[name] ?? (name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase() || t.lock.unnamedAction);
}

/** A device's model as every screen names it: the manufacturer, then the model ("Apple MacBook Pro"); blank when neither is known. */
export function deviceModel({ manufacturer, model }: Pick<Device, 'manufacturer' | 'model'>): string {
  return [manufacturer, model].filter((s) => s.trim() !== '').join(' ');
}

export function orDash(text: string): string {
  return text.trim() === '' ? t.common.dash : text;
}
