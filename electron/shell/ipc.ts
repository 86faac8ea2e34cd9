import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { KioskCore } from '../core';
import { isAppPageUrl } from './app-protocol';
import { IPC_EVENT, IPC_INVOKE } from './ipc-channels';

/** Binds the window to the core: one handler for every channel, and events pushed to the window. */
export function bindIpc(core: KioskCore, window: BrowserWindow): () => void {
  ipcMain.handle(IPC_INVOKE, (event: IpcMainInvokeEvent, channel: unknown, request: unknown) => {
    // Only our own page (app://kiosk/index.html), in the window's top frame, may call: not an iframe, not a page
    // navigated elsewhere, not another window.
    const frame = event.senderFrame;
    if (!frame || frame !== window.webContents.mainFrame || !isAppPageUrl(frame.url)) {
      return { ok: false, error: { code: 'forbidden', message: 'This page may not use the kiosk.' } };
    }
    // The core validates channel and payload itself; the page's values go no further unchecked.
    return core.invoke(channel as never, request as never);
  });
  const unsubscribe = core.subscribe((event) => {
    if (!window.isDestroyed() && isAppPageUrl(window.webContents.getURL())) window.webContents.send(IPC_EVENT, event);
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_INVOKE);
  };
}
