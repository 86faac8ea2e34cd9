// The real Windows broker (WAM), and Company Portal's on a Mac, through @azure/msal-node-extensions' NativeBrokerPlugin.
// Its native part, @azure/msal-node-runtime, reports a startup error where it cannot load (Linux here, an unsupported
// architecture, a damaged install); the plugin then says the broker is unavailable and the kiosk offers its next sign-in.
// The package's main entry also loads keytar for a token persistence the kiosk never uses: the main-process bundle and
// the unit tests replace keytar with build/keytar-absent.cjs (docs/deploy.md §4).
import type { SignInBroker } from './methods';

/** Loads the broker plugin; never throws (a broken install is one more way of being unavailable). */
export async function loadNativeBroker(): Promise<Omit<SignInBroker, 'windowHandle'>> {
  try {
    const { NativeBrokerPlugin } = await import('@azure/msal-node-extensions');
    const { msalNodeRuntime } = await import('@azure/msal-node-runtime');
    const plugin = new NativeBrokerPlugin();
    const startup = (msalNodeRuntime as { StartupError?: { errorContext?: string } }).StartupError;
    return plugin.isBrokerAvailable ? { plugin } : { plugin, unavailable: startup?.errorContext ?? 'msal-node-runtime reported a startup error' };
  } catch (err) {
    return { plugin: null, unavailable: `the broker plugin could not be loaded (${err instanceof Error ? err.message.slice(0, 160) : typeof err})` };
  }
}
