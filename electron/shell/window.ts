import { app, BrowserWindow } from 'electron';
import path from 'node:path';
import type { Logger } from '../core/log';
import { APP_ENTRY_URL } from './app-protocol';
import { startingPageUrl } from './startup';

export interface KioskWindowOptions {
  /** Full screen, no way out, no developer tools. */
  kiosk: boolean;
}

/**
 * The kiosk window: isolated, sandboxed, no Node in the page. It shows the starting screen at once; `loadKioskPage`
 * then loads the kiosk from app://kiosk/ (never file://) once the core and its IPC handler exist.
 */
export function createKioskWindow(distDir: string, options: KioskWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    backgroundColor: '#0b1620',
    show: false,
    autoHideMenuBar: true,
    kiosk: options.kiosk,
    fullscreen: options.kiosk,
    webPreferences: {
      // The preload exposes window.kiosk (invoke and subscribe, one line each) and nothing else.
      preload: path.join(distDir, 'electron', 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK -- reviewed: no logic, no Node API, no ipcRenderer handed to the page
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click must not open anything either.
      disableBlinkFeatures: 'Auxclick',
      devTools: !options.kiosk,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(startingPageUrl(app.getLocale())).catch(() => window.show());
  return window;
}

/** Loads the kiosk page; a failure is logged (and the recovery module reloads a page that breaks later). */
export async function loadKioskPage(window: BrowserWindow, log: Logger): Promise<void> {
  await window.loadURL(APP_ENTRY_URL).catch((err: unknown) => log.error(`the kiosk page did not load: ${describeLoadError(err)}`));
}

/** A second start of the app brings this window forward, unless it is already gone. */
export function bringForwardOnSecondInstance(window: BrowserWindow): void {
  app.on('second-instance', () => {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
}

export function describeLoadError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
