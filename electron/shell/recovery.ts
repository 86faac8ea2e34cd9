import type { BrowserWindow } from 'electron';
import type { Logger } from '../core/log';
import { APP_ENTRY_URL } from './app-protocol';
import { RestartBudget } from './restart-budget';
import { describeLoadError } from './window';

/** How long a hung page gets to answer again before it is reloaded. */
const HANG_GRACE_MS = 10_000;

/** A crashed or hung page comes back on the idle screen, so the counter is never left on a dead window. */
export function reloadWhenBroken(window: BrowserWindow, log: Logger): void {
  const budget = new RestartBudget({ max: 3, windowMs: 60_000 });
  const contents = window.webContents;
  let pending: NodeJS.Timeout | undefined;

  const reload = (why: string) => {
    if (pending) return;
    const wait = budget.next(Date.now());
    log.error(`the kiosk page ${why}; reloading the idle screen${wait ? ` in ${Math.ceil(wait / 1000)} s` : ''}`);
    pending = setTimeout(() => {
      pending = undefined;
      if (window.isDestroyed()) return;
      window.loadURL(APP_ENTRY_URL).catch((err: unknown) => log.error(`reloading the idle screen failed: ${describeLoadError(err)}`));
    }, wait);
  };

  contents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') reload(`stopped (${details.reason}, exit code ${details.exitCode})`);
  });
  let hang: NodeJS.Timeout | undefined;
  window.on('unresponsive', () => {
    hang ??= setTimeout(() => {
      hang = undefined;
      // Crashing the hung renderer ends in render-process-gone, which reloads it.
      if (!window.isDestroyed()) contents.forcefullyCrashRenderer();
    }, HANG_GRACE_MS);
  });
  window.on('responsive', () => {
    clearTimeout(hang);
    hang = undefined;
  });
  window.on('closed', () => {
    clearTimeout(hang);
    clearTimeout(pending);
  });
}
