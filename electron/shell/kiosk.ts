import { app, Menu, type BrowserWindow } from 'electron';
import type { Logger } from '../core/log';
import { isBlockedShortcut } from './shortcuts';

/** Locks the window down for a public counter: no menu, no shortcuts out, no developer tools, no closing. */
export function applyKioskMode(window: BrowserWindow, log: Logger): void {
  Menu.setApplicationMenu(null);
  const contents = window.webContents;
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });
  // Ctrl+wheel and pinch zoom.
  void contents.setVisualZoomLevelLimits(1, 1);
  contents.on('zoom-changed', () => contents.setZoomLevel(0));
  contents.on('devtools-opened', () => {
    log.warn('developer tools were opened in kiosk mode; closing them');
    contents.closeDevTools();
  });
  // The window closes only when the app quits (an admin, or the computer shutting down), never on its own.
  let quitting = false;
  app.on('before-quit', () => (quitting = true));
  window.on('session-end', () => (quitting = true));
  window.on('close', (event) => {
    if (!quitting) event.preventDefault();
  });
}
