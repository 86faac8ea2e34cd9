import type { App } from 'electron';
import type { Logger } from '../core/log';

/** Every web page the app ever creates stays on the page it was given: no navigation, no new windows, no webviews. */
export function lockNavigation(app: App, log: Logger): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      log.warn(`blocked navigation to ${event.url}`);
      event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      log.warn(`blocked redirect to ${event.url}`);
      event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      log.warn(`blocked a new window for ${url}`);
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => {
      log.warn('blocked a webview');
      event.preventDefault();
    });
  });
}
