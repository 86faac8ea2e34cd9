// Masks what must never reach a log file: tokens, PINs, Graph filters that quote a serial or an e-mail.
// Every logger call passes through here, so callers may hand it external data (Graph errors, URLs).

const MASK = '[redacted]';
const MAX_LINE = 2_000;

const SECRET_KEYS = [
  'access_?token',
  'refresh_?token',
  'id_?token',
  'client_?secret',
  'code_?verifier',
  'device_?code',
  'user_?code',
  'password',
  'secret',
  'unlock_?pin',
  'pin',
  'authorization',
  'token',
].join('|');

const PATTERNS: Array<[RegExp, string]> = [
  // "Bearer eyJ…", "Basic …" as sent in an Authorization header.
  [/\b(Bearer|Basic)\s+[^\s"',;]+/gi, `$1 ${MASK}`],
  // JSON Web Tokens anywhere (three base64url parts, the first a JSON header).
  [/\beyJ[\w-]{4,}\.[\w-]{4,}(?:\.[\w-]*)?/g, MASK],
  // key=value, key: value, "key":"value" for secret-looking keys; not channel names like pin:reveal.
  [
    new RegExp(`(["']?)\\b(${SECRET_KEYS})\\1(\\s*=\\s*|\\s*:\\s+|\\s*:(?=\\s*["'\\d]))(\\s*)("(?:[^"\\\\]|\\\\.)*"|'[^']*'|[^\\s,;&}\\]]+)`, 'gi'),
    `$1$2$1$3$4${MASK}`,
  ],
  // An OAuth authorization code in a redirect URL.
  [/([?&#]code=)[^&\s"']+/gi, `$1${MASK}`],
  // OData filters and searches quote serial numbers, device names and e-mail addresses.
  // Unencoded filters hold spaces, so the mask runs to the next parameter (or the end of the line).
  [/(\$(?:filter|search)=)[^&"]+/gi, `$1${MASK}`],
  [/(\$(?:filter|search)\s*[:=]\s*)("[^"]*"|'[^']*')/gi, `$1${MASK}`],
  // E-mail addresses and user principal names identify people.
  // Starts only where a word starts and is bounded, so a long run of letters costs one pass, not one per letter.
  [/(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g, '[e-mail]'],
  // An Intune unlock PIN is six digits; a lone six-digit number is masked whatever it is.
  [/(?<![\w.-])\d{6}(?![\w.-])/g, MASK],
];

/** The text with secrets masked, control characters escaped (no forged log lines) and the length capped. */
export function redact(text: string): string {
  // Patterns never see more than a few lines' worth: a megabyte of external text must not stall the main process.
  let out = text.length > MAX_LINE * 4 ? text.slice(0, MAX_LINE * 4) : text;
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  // eslint-disable-next-line no-control-regex
  out = out.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return out.length > MAX_LINE || text.length > MAX_LINE * 4 ? `${out.slice(0, MAX_LINE)}… (${text.length} characters in all)` : out;
}

/** Any value made safe for a log line: secret-named fields masked, then the text redacted. */
export function redactValue(value: unknown): string {
  const keyPattern = new RegExp(`^(?:${SECRET_KEYS})$`, 'i');
  let text: string;
  try {
    text =
      typeof value === 'string'
        ? value
        : (JSON.stringify(value, (key, v: unknown) => (key !== '' && keyPattern.test(key.replace(/[-\s]/g, '_')) ? MASK : v)) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return redact(text);
}
