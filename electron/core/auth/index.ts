// Technician sign-in for the kiosk core: builds the MSAL session for the configured tenant (or the demo tenant's
// identity provider), and hands the core a token source, the auth:* handlers and the signed-in guard.
import type { Channel, KioskEvent, Result } from '../contract';
import type { Encryptor } from '../crypto/encryptor';
import type { Handlers } from '../router';
import { createDemoBrowser, DEMO_AUTHORITY_HOST, GRAPH_RESOURCE, type DemoIdentityProvider } from '../../demo/idp';
import { NOT_SIGNED_IN } from './errors';
import { fetchNetworkClient, type SignInFetch } from './network';
import { realTimers, type Timers } from './session-limits';
import { TechnicianAuth } from './technician-auth';
import { TokenCache } from './token-cache';

export { TechnicianAuth } from './technician-auth';
export { TokenCache, TOKEN_CACHE_FILE } from './token-cache';
export { fetchNetworkClient, type SignInFetch } from './network';
export type { Timers } from './session-limits';

export const READ_SCOPE = 'DeviceManagementManagedDevices.Read.All';
export const LOCK_SCOPE = 'DeviceManagementManagedDevices.PrivilegedOperations.All';

const HOUR_MS = 60 * 60 * 1000;

export interface SignInOptions {
  /** Signs the technician out this long after sign-in (default 12 hours). */
  shiftMs?: number;
  /** Signs the technician out after this long without a lookup (default 30 minutes). */
  idleMs?: number;
  /** Lets tokens reach the disk when the encryptor is basic_text, which protects nothing (default false). */
  allowPlaintextTokenCache?: boolean;
  /** Demo tenant: start signed in as the demo technician (default true). */
  demoSignedIn?: boolean;
  /** How long a browser sign-in may take (default 5 minutes). */
  browserTimeoutMs?: number;
  timers?: Timers;
}

export interface KioskAuthSetup {
  dataDir: string;
  encryptor: Encryptor;
  /** The configured tenant; absent on the demo tenant. */
  tenant?: { tenantId: string; clientId: string; authority?: string; graphBaseUrl?: string };
  demo: DemoIdentityProvider | null;
  remoteLock: boolean;
  /** Further Graph permissions to ask for (the secret kinds switched on), without the resource prefix. */
  extraScopes?: readonly string[];
  openBrowser?: (url: string) => Promise<void>;
  signInFetch?: SignInFetch;
  settings?: SignInOptions;
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
  const { demo, tenant } = setup;
  const resource = demo ? GRAPH_RESOURCE : graphResource(tenant?.graphBaseUrl);
  const names = new Set([READ_SCOPE, ...(setup.remoteLock ? [LOCK_SCOPE] : []), ...(setup.extraScopes ?? [])]);
  const scopes = [...names].map((name) => `${resource}/${name}`);
  const tokenCache = new TokenCache({
    dataDir: setup.dataDir,
    encryptor: setup.encryptor,
    allowPlaintext: settings.allowPlaintextTokenCache ?? false,
    log: setup.log,
    // The demo identity provider's keys die with the process, so its tokens would be useless after a restart.
    ...(demo ? { memoryOnly: 'Demo tenant: sign-ins last until the kiosk closes.' } : {}),
  });
  const auth = new TechnicianAuth({
    clientId: demo ? demo.clientId : (tenant?.clientId ?? ''),
    authority: demo ? demo.authority : (tenant?.authority ?? `https://login.microsoftonline.com/${tenant?.tenantId ?? 'organizations'}`),
    scopes,
    network: demo ? fetchNetworkClient(demoNetwork(demo), 10_000) : fetchNetworkClient(setup.signInFetch ?? ((url, init) => fetch(url, init)), 30_000),
    tokenCache,
    protection: setup.encryptor.kind,
    openBrowser: demo ? createDemoBrowser({ identityProvider: demo.handle }) : (setup.openBrowser ?? noBrowser),
    now: setup.now,
    timers: settings.timers ?? realTimers,
    shiftMs: settings.shiftMs ?? 12 * HOUR_MS,
    idleMs: settings.idleMs ?? HOUR_MS / 2,
    browserTimeoutMs: settings.browserTimeoutMs ?? 5 * 60_000,
    autoSignIn: !!demo && (settings.demoSignedIn ?? true),
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
          if (!auth.signedIn) return { ok: false, error: { code: 'not_signed_in', message: NOT_SIGNED_IN } };
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
function graphResource(graphBaseUrl: string | undefined): string {
  if (!graphBaseUrl) return GRAPH_RESOURCE;
  const url = new URL(graphBaseUrl);
  return url.protocol === 'https:' ? url.origin : GRAPH_RESOURCE;
}

/** The demo identity provider answers in process; nothing else may be asked (no cloud discovery, no telemetry). */
function demoNetwork(demo: DemoIdentityProvider): SignInFetch {
  return async (url, init) => {
    if (new URL(url).host !== DEMO_AUTHORITY_HOST) throw new Error('The demo tenant signs in only at its own identity provider.');
    return demo.handle(new Request(url, init));
  };
}

async function noBrowser(): Promise<void> {
  throw new Error('no browser opener');
}
