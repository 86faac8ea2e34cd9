// A packaged kiosk that finds no config file does not pretend to work for a tenant: the screen says that none is
// configured and where the file belongs on this computer (docs/deploy.md §3), and offers the built-in demo tenant.
// The demo starts only when the technician chooses it; until then every other request is refused. `npm start`
// (not packaged) keeps starting on the demo at once. No Electron import: the e2e tests drive it through the page bridge.
import type { KioskCore } from '../core';
import type { AppInfo, KioskEvent, Result } from '../core/contract';
import { KioskFailure, toKioskError } from '../core/errors';
import { PIN_LIFETIME } from '../core/microsoft';
import { languageSettings, screenSettings } from '../core/settings';

export interface FirstRunSetup {
  /** Where the config file was looked for (the OS default of docs/deploy.md). */
  configPath: string;
  version: string;
  /** Starts the demo tenant and a core working for it. */
  startDemo: () => Promise<KioskCore>;
  log: (line: string) => void;
}

/** The kiosk before a tenant is chosen; once the demo is, every request and event is the demo core's. */
export function firstRunCore(setup: FirstRunSetup): KioskCore {
  const listeners = new Set<(event: KioskEvent) => void>();
  let core: KioskCore | null = null;
  let starting: Promise<KioskCore> | null = null;
  const info: AppInfo = {
    name: 'Unlock PIN Kiosk',
    version: setup.version,
    mode: 'unconfigured',
    configPath: setup.configPath,
    tenantName: '',
    features: { remoteLock: false },
    secrets: [],
    revealReason: { mode: 'off', choices: [] },
    screen: screenSettings(),
    pinReadAloud: false,
    languages: languageSettings(),
    pinLifetimeDays: { documented: PIN_LIFETIME.documentedDays, reliable: PIN_LIFETIME.reliableDays },
  };
  const unconfigured = toKioskError(new KioskFailure('config_error', { id: 'noConfig', path: setup.configPath }));

  const start = (): Promise<KioskCore> => {
    starting ??= setup.startDemo().then(
      (started) => {
        core = started;
        core.subscribe((event) => listeners.forEach((listener) => listener(event)));
        setup.log('No config file: the technician chose the built-in demo tenant.');
        return started;
      },
      (err: unknown) => {
        starting = null;
        throw err;
      },
    );
    return starting;
  };

  return {
    async invoke(channel: unknown, request: unknown): Promise<Result<unknown>> {
      if (core) return core.invoke(channel as never, request as never);
      if (channel === 'app:info') return { ok: true, value: info };
      if (channel === 'app:startDemo') {
        try {
          await start();
          return { ok: true, value: { started: true } };
        } catch (err) {
          setup.log(`The demo tenant did not start: ${err instanceof Error ? err.message : String(err)}`);
          return { ok: false, error: toKioskError(new KioskFailure('internal', { id: 'demoDidNotStart' })) };
        }
      }
      return { ok: false, error: unconfigured };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async dispose() {
      listeners.clear();
      await (core ?? (await starting?.catch(() => null)))?.dispose();
    },
  } as KioskCore;
}
