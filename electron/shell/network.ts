import { net } from 'electron';
import type { FetchLike } from '../core/fetch';

/**
 * Chromium's network stack for Graph and for sign-in: unlike Node's fetch it follows the OS proxy settings, PAC/WPAD,
 * authenticating proxies and the OS certificate store, which help-desk networks with TLS inspection need. Usable only
 * after 'ready' (Electron's net docs).
 */
export function chromiumFetch(): FetchLike {
  return (input, init) => net.fetch(input, init);
}
