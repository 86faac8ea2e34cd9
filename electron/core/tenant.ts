// The Intune tenant a kiosk works for: where its Graph is and how a technician signs in to it. The core is handed one
// (the configured tenant, or the demo tenant from electron/demo) and knows nothing of where it came from.
import type { SignInFetch } from './auth/network';
import type { SignInMethod } from './contract';

export const PUBLIC_GRAPH_URL = 'https://graph.microsoft.com/v1.0';

export interface KioskTenant {
  /** `demo` puts the DEMO badge on screen and turns on what a demo shows (remote lock). */
  mode: 'demo' | 'tenant';
  tenantId: string;
  clientId: string;
  /** Shown on screen. */
  name: string;
  /** Sign-in authority, e.g. https://login.microsoftonline.com/<tenantId>. */
  authority: string;
  /** e.g. https://graph.microsoft.com/v1.0 */
  graphBaseUrl: string;
  /** How sign-in works where it is not the kiosk's default (the demo's identity provider answers in process). */
  signIn?: {
    /** How MSAL reaches the authority. */
    fetch?: SignInFetch;
    /** Opens the browser sign-in page. */
    openBrowser?: (url: string) => Promise<void>;
    /** Signs the demo technician in as the kiosk starts. */
    autoSignIn?: boolean;
    /** The sign-ins this tenant offers where the config names none. */
    methods?: readonly SignInMethod[];
    /** Tokens are kept in memory only, for this reason (shown to the technician). */
    memoryOnlyTokens?: string;
  };
}

/** The tenant of a config file: Microsoft's public cloud unless the config names another authority or Graph. */
export function configuredTenant(config: {
  tenantId: string;
  clientId: string;
  tenantName?: string;
  authority?: string;
  graphBaseUrl?: string;
}): KioskTenant {
  return {
    mode: 'tenant',
    tenantId: config.tenantId,
    clientId: config.clientId,
    name: config.tenantName ?? config.tenantId,
    authority: config.authority ?? `https://login.microsoftonline.com/${config.tenantId}`,
    graphBaseUrl: config.graphBaseUrl ?? PUBLIC_GRAPH_URL,
  };
}
