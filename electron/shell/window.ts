import { BrowserWindow } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface KioskWindow {
  window: BrowserWindow;
  /** Whether a frame URL is the kiosk's own page. */
  isTrustedUrl(url: string): boolean;
}

/** The kiosk window: isolated, sandboxed, no Node in the page, and it never leaves its own page. */
export function createKioskWindow(distDir: string): KioskWindow {
  const page = pathToFileURL(path.join(distDir, 'renderer', 'index.html'));
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    backgroundColor: '#0b1620',
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: path.join(distDir, 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(page.href);
  return {
    window,
    isTrustedUrl: (url) => {
      try {
        const u = new URL(url);
        return u.protocol === page.protocol && u.pathname === page.pathname;
      } catch {
        return false;
      }
    },
  };
}
