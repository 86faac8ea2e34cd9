// The Intune tenant a kiosk works for: where its Graph is, how a technician signs in to it, and what it turns on where
// the admin says nothing. The core is handed one (the configured tenant, or the demo tenant from electron/demo) and
// never asks which it has.
import type { SignInMethod } from './contract';
import type { FetchLike } from './fetch';
import { PUBLIC_AUTHORITY_HOST } from './microsoft';
import type { KioskSettings } from './settings';

export interface KioskTenant {
  /** Shown on screen: `demo` puts the DEMO badge there. */
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
    fetch?: FetchLike;
    /** Opens the browser sign-in page. */
    openBrowser?: (url: string) => Promise<void>;
    /** Signs the demo technician in as the kiosk starts. */
    autoSignIn?: boolean;
    /** The sign-ins this tenant offers where the config names none. */
    methods?: readonly SignInMethod[];
    /** Tokens are kept in memory only (the screen says so). */
    memoryOnlyTokens?: boolean;
  };
  /** What this tenant turns on where the config says nothing (the demo shows remote lock and every secret kind). */
  defaults?: Pick<KioskSettings, 'features' | 'secrets' | 'revealReason'>;
}

/** A tenant's sign-in authority in Microsoft's public cloud. */
export function publicAuthority(tenantId: string): string {
  return `${PUBLIC_AUTHORITY_HOST}/${tenantId}`;
}

/** The tenant of a config file, whose authority and Graph the config's loader has filled in. */
export function configuredTenant(config: {
  tenantId: string;
  clientId: string;
  tenantName?: string;
  authority: string;
  graphBaseUrl: string;
}): KioskTenant {
  return {
    mode: 'tenant',
    tenantId: config.tenantId,
    clientId: config.clientId,
    name: config.tenantName ?? config.tenantId,
    authority: config.authority,
    graphBaseUrl: config.graphBaseUrl,
  };
}
