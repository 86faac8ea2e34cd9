import { BrowserWindow } from 'electron';
import path from 'node:path';
import { APP_ENTRY_URL } from './app-protocol';

export interface KioskWindowOptions {
  /** Full screen, no way out, no developer tools. */
  kiosk: boolean;
}

/** The kiosk window: isolated, sandboxed, no Node in the page, loaded from app://kiosk/ (never file://). */
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
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
