import { shell, type BrowserWindow } from 'electron';
import { loadNativeBroker, signInMethodsFor, type SignInOptions } from '../core/auth';
import type { KioskConfig } from '../core/config';
import type { SignInMethod } from '../core/contract';
import { PUBLIC_AUTHORITY_HOST } from '../core/microsoft';
import { signInWindowOpener } from './sign-in-window';

interface SignInSetup {
  kiosk: boolean;
  /** The machine's config; null on the demo tenant. */
  config: KioskConfig | null;
  /** The sign-ins the tenant offers where the config names none (the demo's). */
  tenantMethods?: readonly SignInMethod[];
  log: (line: string) => void;
}

/**
 * The sign-ins a kiosk offers and what they need from the OS (docs/deploy.md §4). The broker: Windows' own sign-in,
 * only for a configured tenant (the demo's identity provider is not one Windows knows). The kiosk's own sign-in window
 * everywhere; the system browser only outside kiosk mode, where after a sign-out anyone could go on using it.
 */
export async function signInPorts(
  window: BrowserWindow,
  { kiosk, config, tenantMethods, log }: SignInSetup,
): Promise<SignInOptions> {
  const authority = config?.authority ?? PUBLIC_AUTHORITY_HOST;
  const methods = signInMethodsFor({ platform: process.platform, kiosk, configured: config?.signIn.methods ?? tenantMethods, macBroker: config?.signIn.macBroker });
  const broker = config && methods.includes('broker') ? await loadNativeBroker() : null;
  return {
    methods,
    openWindow: signInWindowOpener(window, { authority, federationHosts: [...entraHosts(authority), ...(config?.signIn.federationHosts ?? [])], log }),
    ...(broker && { broker: { ...broker, windowHandle: () => window.getNativeWindowHandle() } }),
    ...(!kiosk && { openBrowser: signInBrowser(authority) }),
  };
}

/**
 * Entra's own pages beside the authority's host in the public cloud: security-key (FIDO2) sign-in posts to
 * login.microsoft.com/common/fido, certificate sign-in runs on certauth.login.microsoftonline.com (both as Entra's
 * sign-in page uses them; "Microsoft 365 URLs and IP address ranges" lists login.microsoft.com among Entra's endpoints).
 * National clouds and other hosts: `signIn.federationHosts` (docs/deploy.md §4).
 */
function entraHosts(authority: string): string[] {
  return new URL(authority).host === new URL(PUBLIC_AUTHORITY_HOST).host ? ['login.microsoft.com', 'certauth.login.microsoftonline.com'] : [];
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
