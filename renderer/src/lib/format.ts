const MINUTE = 60_000;
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 60 * MINUTE],
  ['month', 30 * 24 * 60 * MINUTE],
  ['week', 7 * 24 * 60 * MINUTE],
  ['day', 24 * 60 * MINUTE],
  ['hour', 60 * MINUTE],
  ['minute', MINUTE],
];
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'always' });
// The machine's own locale, so times read the way the counter's clock does.
const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const clockTime = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** "3 hours ago"; a few minutes of clock skew still reads as "just now". */
export function timeAgo(iso: string, now: number): string {
  const diff = now - Date.parse(iso);
  if (Number.isNaN(diff)) return 'at an unknown time';
  if (diff < MINUTE && diff > -5 * MINUTE) return 'just now';
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size) return relative.format(-Math.trunc(diff / size), unit);
  }
  return relative.format(-Math.trunc(diff / MINUTE), 'minute');
}

export function localDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : absolute.format(date);
}

export function localTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : clockTime.format(date);
}

/** "482913" → "482 913": groups of three are easier to read aloud and type. */
export function groupPin(pin: string): string {
  return (pin.replace(/\s+/g, '').match(/.{1,3}/g) ?? []).join(' ');
}

/** "syncDevice" → "sync device". */
export function actionLabel(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase() || 'unnamed action';
}

export function orDash(text: string): string {
  return text.trim() === '' ? '—' : text;
}
