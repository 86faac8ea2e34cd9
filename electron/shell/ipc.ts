import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { KioskCore } from '../core';
import { IPC_EVENT, IPC_INVOKE } from './ipc-channels';

/** Binds the window to the core: one handler for every channel, and events pushed to the window. */
export function bindIpc(core: KioskCore, window: BrowserWindow, isTrustedUrl: (url: string) => boolean): () => void {
  ipcMain.handle(IPC_INVOKE, (event: IpcMainInvokeEvent, channel: unknown, request: unknown) => {
    // Only our own page, in the top frame, may call: not an iframe or a page navigated elsewhere.
    const frame = event.senderFrame;
    if (!frame || frame !== window.webContents.mainFrame || !isTrustedUrl(frame.url)) {
      return { ok: false, error: { code: 'forbidden', message: 'This page may not use the kiosk.' } };
    }
    return core.invoke(channel as never, request as never);
  });
  const unsubscribe = core.subscribe((event) => {
    if (!window.isDestroyed()) window.webContents.send(IPC_EVENT, event);
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_INVOKE);
  };
}
