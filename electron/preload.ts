// The page's only door to the main process. No logic here: the core validates every call.
import { contextBridge, ipcRenderer } from 'electron';
import type { KioskBridge, KioskEvent } from './core/contract';
import { IPC_EVENT, IPC_INVOKE } from './shell/ipc-channels';

const kiosk: KioskBridge = {
  invoke: (channel, request) => ipcRenderer.invoke(IPC_INVOKE, channel, request),
  subscribe: (listener) => {
    // Hand the page the event's data only, never Electron's event object.
    const forward = (_event: unknown, data: KioskEvent) => listener(data);
    ipcRenderer.on(IPC_EVENT, forward);
    return () => void ipcRenderer.off(IPC_EVENT, forward);
  },
};

contextBridge.exposeInMainWorld('kiosk', kiosk);
