import type { App } from 'electron';
import type { Logger } from '../core/log';

/** How long quitting waits for the core's last writes (the offline cache, the token cache, the audit trail). */
export const QUIT_WAIT_MS = 3_000;

/** On quit, lets `finish` write what is left, for at most `waitMs`, then exits: a stuck disk never keeps the kiosk alive. */
export function quitWithin(app: App, finish: () => Promise<void>, log: Logger, waitMs = QUIT_WAIT_MS): void {
  let quitting = false;
  app.on('will-quit', (event) => {
    event.preventDefault();
    if (quitting) return;
    quitting = true;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), waitMs)));
    const done = finish().then(
      () => 'done' as const,
      (err: unknown) => {
        log.error(`the last writes failed: ${err instanceof Error ? err.name : 'error'}`);
        return 'done' as const;
      },
    );
    void Promise.race([done, late]).then((outcome) => {
      clearTimeout(timer);
      if (outcome === 'late') log.warn(`the last writes did not finish within ${waitMs / 1000} s; quitting anyway`);
      app.exit(0);
    });
  });
}
