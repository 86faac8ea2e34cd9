/** The two Electron IPC channels. Every contract channel travels inside `INVOKE`; events inside `EVENT`. */
export const IPC_INVOKE = 'kiosk:invoke';
export const IPC_EVENT = 'kiosk:event';
