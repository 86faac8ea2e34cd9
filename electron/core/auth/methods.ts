// Which sign-ins a kiosk offers, and the ports the shell hands the core for the ones that need the OS: the broker
// and a sign-in window of the kiosk's own. Device code is offered only where the admin lists it: Microsoft tells
// tenants to block it, and it never passes a compliant-device policy (docs/deploy.md §4).
import type { INativeBrokerPlugin } from '@azure/msal-node';
import type { SignInMethod } from '../contract';

/** A sign-in window the shell opened on Entra's authorize page; it closes itself after the loopback redirect. */
export interface SignInWindow {
  /** Settles when the window is gone: `redirected` once Entra's answer reached the kiosk, `dismissed` when someone closed it. */
  readonly closed: Promise<'redirected' | 'dismissed'>;
  close(): void;
}

/** Opens Entra's authorize page (`url`, whose `redirect_uri` is MSAL's loopback address) in the kiosk's sign-in window. */
export type OpenSignInWindow = (url: string) => SignInWindow;

/** Windows' own sign-in (WAM), or Company Portal's on a Mac, through msal-node's broker interface. */
export interface SignInBroker {
  /** null where the plugin could not even be loaded. */
  plugin: INativeBrokerPlugin | null;
  /** Why the plugin reports the broker unavailable (msal-node-runtime's startup error), for kiosk.log. */
  unavailable?: string;
  /** The kiosk window's native handle, so the broker's dialog sits on top of it. */
  windowHandle: () => Buffer;
}

export interface MethodsFor {
  platform: NodeJS.Platform;
  kiosk: boolean;
  /** The methods the config lists, in its order; absent: the defaults below. */
  configured?: readonly SignInMethod[];
  /** Company Portal's broker on a Mac, which the admin opts in to. */
  macBroker?: boolean;
}

/**
 * The sign-ins to offer, the recommended one first. The broker where the OS has one; in kiosk mode the kiosk's own
 * window and never the system browser (a whole browser left at a public counter); elsewhere the system browser, as
 * Microsoft's samples do, with the window as the next choice.
 */
export function signInMethodsFor({ platform, kiosk, configured, macBroker }: MethodsFor): SignInMethod[] {
  const broker = platform === 'win32' || (platform === 'darwin' && macBroker === true);
  const wanted: SignInMethod[] = configured?.length
    ? [...configured]
    : [...(broker ? (['broker'] as const) : []), ...(kiosk ? (['window'] as const) : (['browser', 'window'] as const))];
  const offered = wanted.filter((m) => (m !== 'broker' || broker) && (m !== 'browser' || !kiosk));
  const unique = [...new Set(offered)];
  return unique.length ? unique : ['window'];
}
