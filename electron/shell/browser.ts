import { shell } from 'electron';

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
