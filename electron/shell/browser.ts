import { shell } from 'electron';
import type { SignInMethod } from '../core/contract';

/**
 * The sign-ins a kiosk offers. At a public counter (kiosk mode) only the device code: after an idle or end-of-shift
 * sign-out anyone could press a browser sign-in, and the system browser it opens is a whole browser. The code is
 * entered on the technician's own phone, so nothing on the counter leads anywhere but the kiosk (docs/deploy.md).
 */
export function signInChoices(kiosk: boolean, authority: string): { methods: SignInMethod[]; openBrowser?: (url: string) => Promise<void> } {
  return kiosk ? { methods: ['deviceCode'] } : { methods: ['browser', 'deviceCode'], openBrowser: signInBrowser(authority) };
}

/**
 * Opens the system browser for the browser sign-in, and only for that: an https page on the sign-in authority's
 * host. Anything else the core might pass is refused rather than handed to the OS.
 */
export function signInBrowser(authority: string): (url: string) => Promise<void> {
  const allowedHost = new URL(authority).host;
  return async (url) => {
    const target = new URL(url);
    if (target.protocol !== 'https:' || target.host !== allowedHost) {
      throw new Error(`refused to open ${target.protocol}//${target.host} for sign-in`);
    }
    await shell.openExternal(target.href); // eng-disable OPEN_EXTERNAL_JS_CHECK -- reviewed: https on the sign-in authority's host only
  };
}
