// The main-process bundle receives only the version of package.json (electron/dev/build-main.ts).
import packageJson from '../../package.json' with { type: 'json' };
import { createKioskAuth, type SignInOptions } from './auth';
import type { KioskBridge, KioskEvent } from './contract';
import { DeviceLookup } from './devices/lookup';
import { readLockStates } from './devices/lock-states';
import { KioskFailure } from './errors';
import { english } from './messages';
import { RequestBudget } from './graph/budget';
import type { FetchLike } from './fetch';
import { createGraphClient, type RetryPolicy } from './graph/client';
import { RemoteLocker } from './devices/remote-lock';
import { OfflineCache } from './cache/offline-cache';
import { createKeyFileEncryptor, type Encryptor } from './crypto/encryptor';
import { Reachability } from './graph/reachability';
import { setTimeout as delay } from 'node:timers/promises';
import { createRouter } from './router';
import { createMemoryAuditTrail, NOBODY_SIGNED_IN, withAudit, type AuditTrail } from './audit';
import { createLogger } from './log';
import { checkReason, DeviceSecrets, rotationOffer, scopesFor, type SecretKindSettings } from './secrets';
import type { DeviceDetails, SecretKind } from './contract';
import { DAY_MS, PIN_LIFETIME } from './microsoft';
import { resolveSettings, SETTING_DEFAULTS, type KioskSettings } from './settings';

export type { KioskBridge, KioskEvent } from './contract';
export { nodeFetch, type FetchLike } from './fetch';
export { configuredTenant, type KioskTenant } from './tenant';
export type { KioskSettings } from './settings';

/**
 * About 11 minutes of checks after a remote lock. With the read before the lock and the one right after it, no minute
 * holds more than 3 reads: 100 kiosks watching a lock at once stay inside 5 % of the app's Intune read limit.
 */
export const LOCK_POLL_DELAYS_MS = [30_000, 30_000, 30_000, 30_000, 60_000, 60_000, 120_000, 120_000, 180_000];

/** The admin's settings (coreOptionsFromConfig in ./config.ts, or none on the demo tenant) and the ports the shell passes. */
export interface KioskCoreOptions extends KioskSettings {
  /** Folder for the kiosk's own files (token and offline caches). */
  dataDir: string;
  /** How Graph is reached: Chromium's network stack inside Electron (electron/shell/network.ts), nodeFetch elsewhere. */
  fetch: FetchLike;
  /** How MSAL reaches Entra ID, unless the tenant brings its own: as `fetch`. */
  signInFetch: FetchLike;
  /** The sign-in's settings and the shell's ports for it (sign-in window, broker, system browser). */
  signIn?: SignInOptions;
  now?: () => Date;
  requestTimeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Waits between checks of a sent remote lock. */
  lockPollDelaysMs?: readonly number[];
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Encrypts the kiosk's files; the shell passes safeStorage. Default: AES-256-GCM with a key file in dataDir. */
  encryptor?: Encryptor;
  /** Waits between tries of a saved file while the keychain does not answer (default about 5 s in all). */
  keychainRetryDelaysMs?: readonly number[];
  offlineCache?: {
    maxDevices?: number;
    /** How long a device stays usable offline (default 7 days). */
    entryTtlDays?: number;
    /** How long a PIN may be kept for offline use (default 7, at most 30: PIN_LIFETIME; 0 for never). */
    pinDays?: number;
  };
  /** How often Graph is checked while it is unreachable (default 30 s). */
  offlineProbeMs?: number;
  /** Receives diagnostic lines; never given a PIN, token or Graph data. */
  log?: (line: string) => void;
  /** Where searches, device views, PIN reveals and remote locks are recorded (docs/audit.md). Default: memory only. */
  audit?: AuditTrail;
}

export interface KioskCore extends KioskBridge {
  dispose(): Promise<void>;
}

export function createKioskCore(options: KioskCoreOptions): KioskCore {
  if (typeof options.dataDir !== 'string' || options.dataDir === '') throw new TypeError('createKioskCore needs a dataDir');
  const now = options.now ?? (() => new Date());
  const log = options.log ?? createLogger({ echo: (line) => console.error(line) }).core;
  const listeners = new Set<(event: KioskEvent) => void>();
  const emit = (event: KioskEvent) => listeners.forEach((l) => l(event));

  const { tenant } = options;
  if (!tenant) throw new TypeError('createKioskCore needs a tenant');
  if (typeof options.fetch !== 'function' || typeof options.signInFetch !== 'function') throw new TypeError('createKioskCore needs fetch and signInFetch');
  const settings = resolveSettings(options);
  const { remoteLock: remoteLockEnabled, secrets: secretSettings, revealReason: reasonPolicy } = settings;
  // One encryptor for every file, so its key file is created once.
  const encryptor = options.encryptor ?? createKeyFileEncryptor(options.dataDir);
  const auth = createKioskAuth({
    dataDir: options.dataDir,
    encryptor,
    tenant,
    remoteLock: remoteLockEnabled,
    extraScopes: scopesFor(secretSettings),
    signInFetch: options.signInFetch,
    settings: options.signIn,
    keychainRetryDelaysMs: options.keychainRetryDelaysMs,
    now,
    log,
    emit,
    // Nothing of the last technician's shift stays behind: held PINs, watches, the offline cache.
    onSignedOut: () => {
      lookup.forgetPins();
      secrets.forget();
      locker.stop();
      void cache.clear();
    },
  });
  const sleep = options.sleep ?? ((ms: number, signal?: AbortSignal) => delay(ms, undefined, { signal }));
  const budget = new RequestBudget({
    limit: settings.requestBudget,
    windowMs: 20_000,
    maxWaitMs: 5_000,
    now: () => now().getTime(),
    sleep,
  });
  const reachability = new Reachability({
    now,
    probe: () => graph.get('/deviceManagement/managedDevices?$top=1&$select=id'),
    probeEveryMs: options.offlineProbeMs ?? 30_000,
    onChange: (online, since) => emit({ name: 'app:status', payload: { online, since } }),
  });
  const graphAt = (baseUrl: string) =>
    createGraphClient({
      baseUrl,
      fetch: options.fetch,
      getToken: (forceRefresh) => auth.getToken(forceRefresh),
      timeoutMs: options.requestTimeoutMs ?? 15_000,
      now,
      retry: { attempts: 3, baseDelayMs: 500, maxDelayMs: 8_000, ...options.retry },
      budget,
      sleep,
      random: Math.random,
      onReachability: (reachable) => reachability.report(reachable),
    });
  const graph = graphAt(tenant.graphBaseUrl);
  // The FileVault key and key rotation exist only in Graph's beta endpoint, beside v1.0 (https://…/beta).
  const betaGraph = graphAt(tenant.graphBaseUrl.replace(/\/v1\.0\/?$/, '/beta'));

  const cacheOptions = options.offlineCache ?? {};
  const cache = new OfflineCache({
    dataDir: options.dataDir,
    encryptor,
    tenantKey: `tenant:${tenant.tenantId}`,
    now,
    entryTtlMs: (cacheOptions.entryTtlDays ?? 7) * DAY_MS,
    maxDevices: cacheOptions.maxDevices ?? 1000,
    pinTtlMs: (cacheOptions.pinDays ?? SETTING_DEFAULTS.pinDays) * DAY_MS,
    onReset: (what) => emit({ name: 'app:notice', payload: { what, message: english(what) } }),
    retryDelaysMs: options.keychainRetryDelaysMs,
    log,
  });
  const secrets = new DeviceSecrets({
    graph,
    betaGraph,
    cache,
    settings: secretSettings,
    now,
    isOnline: () => reachability.online,
    loadDevice: (id): Promise<DeviceDetails> => lookup.get(id),
    client: { name: 'Unlock PIN Kiosk', version: packageJson.version },
  });
  const anySecretKind = Object.values(secretSettings).some((s) => s.enabled);
  const lookup = new DeviceLookup({
    graph,
    now,
    // Whatever the tenant does with a filter, one search never pages through it.
    maxListRequests: 6,
    pageSize: 100,
    pinReuseMs: 120_000,
    cache,
    isOnline: () => reachability.online,
    log,
    ...(anySecretKind ? { secrets } : {}),
  });
  const locker = new RemoteLocker({
    graph,
    lookup,
    now,
    pollDelaysMs: options.lockPollDelaysMs ?? LOCK_POLL_DELAYS_MS,
    sleep,
    onUpdate: (details, settled) => emit({ name: 'devices:updated', payload: { details, settled } }),
  });

  const technician = async () => auth.technician() ?? NOBODY_SIGNED_IN;
  const audit = { trail: options.audit ?? createMemoryAuditTrail(), technician, appVersion: packageJson.version, now, log };
  const invoke = auth.guard(createRouter(
    {
      'app:info': async () => ({
        name: 'Unlock PIN Kiosk',
        version: packageJson.version,
        mode: tenant.mode,
        tenantName: tenant.name,
        features: { remoteLock: remoteLockEnabled },
        secrets: (Object.entries(secretSettings) as Array<[SecretKind, SecretKindSettings]>)
          .filter(([, s]) => s.enabled)
          .map(([kind, s]) => ({ kind, readAloud: s.readAloud, offline: s.offline, rotation: rotationOffer(kind, s) })),
        revealReason: { mode: reasonPolicy.mode, choices: [...reasonPolicy.choices] },
        screen: settings.screen,
        pinReadAloud: settings.pinReadAloud,
        languages: { screen: settings.languages.screen, visitor: [...settings.languages.visitor] },
        pinLifetimeDays: { documented: PIN_LIFETIME.documentedDays, reliable: PIN_LIFETIME.reliableDays },
      }),
      'devices:search': ({ query, kind }) => lookup.search(query, kind ?? 'auto'),
      'devices:get': ({ id }) => lookup.get(id),
      'devices:lockStates': async ({ ids }) => ({
        states: await readLockStates(ids, { graph, cache, isOnline: () => reachability.online, now, log }),
      }),
      'devices:remoteLock': async ({ id, force }) => {
        if (!remoteLockEnabled) throw new KioskFailure('not_supported', { id: 'remoteLockOff' });
        return locker.send(id, force ?? false);
      },
      'pin:reveal': async ({ id, reason }) => {
        checkReason(reason, reasonPolicy);
        return lookup.revealPin(id);
      },
      'secrets:reveal': async ({ id, kind, keyId, reason }) => {
        checkReason(reason, reasonPolicy);
        return secrets.reveal({ id, kind, keyId });
      },
      'secrets:rotate': ({ id, kind }) => secrets.rotate(id, kind),
      ...auth.handlers,
      'app:startDemo': async () => {
        throw new KioskFailure('not_supported', { id: 'demoNotNeeded', tenant: tenant.name });
      },
    },
    log,
    (checked) => withAudit(checked, audit),
  ));

  return {
    invoke: invoke as KioskBridge['invoke'],
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async dispose() {
      listeners.clear();
      locker.stop();
      reachability.stop();
      lookup.forgetPins();
      await cache.flush();
      await auth.dispose();
    },
  };
}
