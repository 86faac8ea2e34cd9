// Technician sign-in for the kiosk core: builds the MSAL session for the tenant it is handed, and hands the core a
// token source, the auth:* handlers and the signed-in guard.
import type { Channel, KioskEvent, Result, SignInMethod } from '../contract';
import type { Encryptor } from '../crypto/encryptor';
import type { Handlers } from '../router';
import type { KioskTenant } from '../tenant';
import { KioskFailure, toKioskError } from '../errors';
import { english } from '../messages';
import { signInMethodsFor, type OpenSignInWindow, type SignInBroker, type SignInWindow } from './methods';
import type { FetchLike } from '../fetch';
import { GRAPH_RESOURCE, PRIVILEGED_SCOPE, READ_SCOPE } from '../microsoft';
import { SETTING_DEFAULTS } from '../settings';
import { fetchNetworkClient } from './network';
import { realTimers, type Timers } from './session-limits';
import { TechnicianAuth } from './technician-auth';
import { TokenCache } from './token-cache';

export { TechnicianAuth } from './technician-auth';
export { TokenCache, TOKEN_CACHE_FILE } from './token-cache';
export { fetchNetworkClient } from './network';
export { signInMethodsFor, type OpenSignInWindow, type SignInBroker, type SignInWindow } from './methods';
export { loadNativeBroker } from './broker';
export type { Timers } from './session-limits';


export interface SignInOptions {
  /** Signs the technician out this long after sign-in (default 12 hours). */
  shiftMs?: number;
  /** Signs the technician out after this long without a lookup (default 30 minutes). */
  idleMs?: number;
  /** Lets tokens reach the disk when the encryptor is basic_text, which protects nothing (default false). */
  allowPlaintextTokenCache?: boolean;
  /** Sign in at start where the tenant does so (default true). */
  autoSignIn?: boolean;
  /** How long a browser, window or broker sign-in may take (default 5 minutes). */
  browserTimeoutMs?: number;
  /** How long one call of the broker may take besides its sign-in (default 30 s). */
  brokerCallTimeoutMs?: number;
  /** The sign-ins offered, the recommended one first (default: the tenant's, else signInMethodsFor this OS outside kiosk mode). */
  methods?: readonly SignInMethod[];
  /** The kiosk's own sign-in window (the shell's), for the `window` sign-in. */
  openWindow?: OpenSignInWindow;
  /** Windows' broker (the shell loads it and gives the kiosk window's handle), for the `broker` sign-in. */
  broker?: SignInBroker;
  /** The system browser (the shell's shell.openExternal), for the `browser` sign-in, unless the tenant brings its own. */
  openBrowser?: (url: string) => Promise<void>;

  timers?: Timers;
}

export interface KioskAuthSetup {
  dataDir: string;
  encryptor: Encryptor;
  tenant: KioskTenant;
  remoteLock: boolean;
  /** Further Graph permissions to ask for (the secret kinds switched on), without the resource prefix. */
  extraScopes?: readonly string[];
  /** How MSAL reaches Entra ID, unless the tenant brings its own. */
  signInFetch: FetchLike;
  settings?: SignInOptions;
  keychainRetryDelaysMs?: readonly number[];
  now: () => Date;
  log: (line: string) => void;
  emit: (event: KioskEvent) => void;
  onSignedOut: () => void;
}

type Invoke = (channel: unknown, request: unknown) => Promise<Result<unknown>>;

export interface KioskAuth {
  getToken(forceRefresh: boolean): Promise<string>;
  handlers: Pick<Handlers, 'auth:status' | 'auth:signIn' | 'auth:cancel' | 'auth:signOut'>;
  /** Device channels answer not_signed_in while nobody is signed in (the offline cache included), and count as use. */
  guard(invoke: Invoke): Invoke;
  /** The signed-in technician's user name (for the audit trail), or null. */
  technician(): string | null;
  dispose(): Promise<void>;
}

export function createKioskAuth(setup: KioskAuthSetup): KioskAuth {
  const settings = setup.settings ?? {};
  const { tenant } = setup;
  const signIn = tenant.signIn ?? {};
  const resource = graphResource(tenant.graphBaseUrl);
  const names = new Set([READ_SCOPE, ...(setup.remoteLock ? [PRIVILEGED_SCOPE] : []), ...(setup.extraScopes ?? [])]);
  const scopes = [...names].map((name) => `${resource}/${name}`);
  const tokenCache = new TokenCache({
    dataDir: setup.dataDir,
    encryptor: setup.encryptor,
    allowPlaintext: settings.allowPlaintextTokenCache ?? false,
    retryDelaysMs: setup.keychainRetryDelaysMs,
    onKeychainTrouble: (what) => setup.emit({ name: 'app:notice', payload: { what, message: english(what) } }),
    log: setup.log,
    ...(signIn.memoryOnlyTokens ? { memoryOnly: true } : {}),
  });
  const auth = new TechnicianAuth({
    clientId: tenant.clientId,
    authority: tenant.authority,
    scopes,
    network: fetchNetworkClient(signIn.fetch ?? setup.signInFetch, 30_000),
    tokenCache,
    protection: setup.encryptor.kind,
    openBrowser: signIn.openBrowser ?? settings.openBrowser ?? noBrowser,
    // The demo's identity provider answers in process, where no window can reach it: its stand-in browser serves both.
    openWindow: signIn.openBrowser ? windowOf(signIn.openBrowser) : settings.openWindow,
    broker: settings.broker,
    brokerCallTimeoutMs: settings.brokerCallTimeoutMs,
    now: setup.now,
    timers: settings.timers ?? realTimers,
    shiftMs: settings.shiftMs ?? SETTING_DEFAULTS.shiftMs,
    idleMs: settings.idleMs ?? SETTING_DEFAULTS.signOutIdleMs,
    browserTimeoutMs: settings.browserTimeoutMs ?? 5 * 60_000,
    autoSignIn: !!signIn.autoSignIn && (settings.autoSignIn ?? true),
    methods: settings.methods?.length ? settings.methods : (signIn.methods ?? signInMethodsFor({ platform: process.platform, kiosk: false })),
    emit: setup.emit,
    onSignedOut: setup.onSignedOut,
    log: setup.log,
  });

  return {
    getToken: (forceRefresh) => auth.getToken(forceRefresh),
    handlers: {
      'auth:status': () => auth.status(),
      'auth:signIn': ({ method }) => auth.signIn(method),
      'auth:cancel': () => auth.cancel(),
      'auth:signOut': () => auth.signOut(),
    },
    guard(invoke) {
      return async (channel, request) => {
        if (isDeviceChannel(channel)) {
          await auth.ready();
          if (!auth.signedIn) return { ok: false, error: toKioskError(new KioskFailure('not_signed_in', { id: 'notSignedIn' })) };
          auth.noteActivity();
        }
        return invoke(channel, request);
      };
    },
    technician: () => auth.technician,
    dispose: () => auth.dispose(),
  };
}

function isDeviceChannel(channel: unknown): channel is Channel {
  return typeof channel === 'string' && (channel.startsWith('devices:') || channel.startsWith('pin:') || channel.startsWith('secrets:'));
}

/** The Graph resource of a national cloud comes from its Graph address; a loopback test Graph stands for the public one. */
export function graphResource(graphBaseUrl: string): string {
  const url = new URL(graphBaseUrl);
  return url.protocol === 'https:' ? url.origin : GRAPH_RESOURCE;
}

/** A page opener (the demo's stand-in browser) as a sign-in window that is gone once the page has posted its answer. */
function windowOf(open: (url: string) => Promise<void>): OpenSignInWindow {
  return (url): SignInWindow => {
    const shown = open(url);
    return { closed: shown.then(() => 'redirected' as const), close: () => {} };
  };
}

async function noBrowser(): Promise<void> {
  throw new Error('no browser opener');
}
