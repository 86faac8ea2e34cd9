// Start-up that never leaves a counter without a window or an answer: a starting screen at once, a time limit on what
// may wait for a person, and for any failure a dialog that says what to do, then a non-zero exit.
import { app, dialog } from 'electron';
import type { Logger } from '../core/log';

/** A failure the admin or technician can act on: what went wrong and what to do. */
export class StartupFailure extends Error {
  override readonly name = 'StartupFailure';
  constructor(
    message: string,
    readonly whatToDo: string,
  ) {
    super(message);
  }
}

/** Rejects with `failure()` when `promise` has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, failure: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(failure()), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/**
 * Shows why the kiosk cannot start and exits with code 1 (app.exit: no window stays behind holding the single-instance
 * lock). Call it once the app is ready: Electron's dialog docs say an error box asked for before `ready` on Linux only
 * goes to stderr, with no dialog.
 */
export function failStartup(err: unknown, log?: Logger): void {
  const known = err instanceof StartupFailure;
  const message = known ? err.message : `Something went wrong while starting: ${err instanceof Error ? err.message : String(err)}`;
  const whatToDo = known ? err.whatToDo : 'Start the kiosk again. If this keeps happening, send the kiosk log folder to your IT administrator.';
  if (log) log.error(`start-up failed: ${message}`);
  else console.error(`Unlock PIN Kiosk: start-up failed: ${message}`);
  dialog.showErrorBox('Unlock PIN Kiosk cannot start', `${message}\n\n${whatToDo}`);
  app.exit(1);
}

const STARTING_TEXT = {
  en: { lang: 'en', title: 'Unlock PIN Kiosk is starting…', wait: 'Waiting for the system keychain. If a window asks whether Unlock PIN Kiosk may use it, allow it.' },
  de: { lang: 'de', title: 'Unlock PIN Kiosk wird gestartet …', wait: 'Warten auf den Schlüsselbund des Systems. Fragt ein Fenster, ob Unlock PIN Kiosk ihn verwenden darf, erlauben Sie es.' },
};

/**
 * The screen shown while start-up waits (for the keychain above all), before the kiosk page can load. A page of its own,
 * with no script, so it shows even while nothing else is ready; the kiosk page replaces it.
 */
export function startingPageUrl(locale: string): string {
  const text = locale.toLowerCase().startsWith('de') ? STARTING_TEXT.de : STARTING_TEXT.en;
  const html =
    `<!doctype html><html lang="${text.lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<title>${text.title}</title><style>body{margin:0;height:100vh;display:grid;place-content:center;gap:1rem;background:#0b1620;color:#e8eef3;font:1.5rem system-ui,sans-serif;text-align:center;padding:0 2rem}h1{font-size:2.2rem;margin:0}</style></head>` +
    `<body><h1>${text.title}</h1><p role="status">${text.wait}</p></body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}
