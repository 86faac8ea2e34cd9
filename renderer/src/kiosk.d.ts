import type { KioskBridge } from '../../electron/core/contract';

declare global {
  interface Window {
    /** Provided by the preload in Electron, by the page bridge in tests and preview. */
    kiosk?: KioskBridge;
  }
}

export {};
