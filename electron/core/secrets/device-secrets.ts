// Which secrets a device has (never their values), and the one way to read one: `secrets:reveal`.
// Values are fetched from Graph at the moment of the reveal and held nowhere in memory; only a kind the config lets
// the kiosk keep offline goes into the encrypted offline cache.
import type { BitLockerKeyInfo, Device, DeviceDetails, RevealedSecret, RotatableKind, RotationSent, SecretKind, SecretOffer } from '../contract';
import { KioskFailure, toKioskError } from '../errors';
import type { HeldSecret, OfflineCache } from '../cache/offline-cache';
import type { GraphClient } from '../graph/client';
import { existsOn, permissionOf, ROTATION, SECRET_KINDS_INFO, type SecretSettings } from './kinds';
import {
  newestFirst,
  readDeviceFacts,
  readKeyList,
  readLocalCredentials,
  readMetadataDate,
  readRecoveryKey,
  readString,
  type DeviceFacts,
} from './parse';

export interface DeviceSecretsOptions {
  graph: GraphClient;
  /** Graph's beta endpoint, for the FileVault key and for key rotation (beta only). */
  betaGraph: GraphClient;
  cache: OfflineCache;
  settings: SecretSettings;
  now: () => Date;
  isOnline: () => boolean;
  /** Loads a device the technician has not looked at in this session (then its facts are known). */
  loadDevice: (id: string) => Promise<DeviceDetails>;
  /** Named in Entra's audit of every key and password read (ocp-client-name, ocp-client-version). */
  client: { name: string; version: string };
}

export interface RevealSecretRequest {
  id: string;
  kind: SecretKind;
  keyId?: string | undefined;
}

/** What the kiosk remembers of a device it showed: no secret, only where to look for one. */
interface Known {
  operatingSystem: string;
  azureADDeviceId: string;
  keys: BitLockerKeyInfo[];
}

const KNOWN_MAX = 64;

const notHeld = (kind: SecretKind) => new KioskFailure('not_found', { id: 'secretNotHeld', kind });
const KEY_PAGES_MAX = 3;

export class DeviceSecrets {
  readonly #options: DeviceSecretsOptions;
  readonly #known = new Map<string, Known>();

  constructor(options: DeviceSecretsOptions) {
    this.#options = options;
  }

  #enabled(kind: SecretKind): boolean {
    return this.#options.settings[kind].enabled;
  }

  /** The managedDevice fields to add to the device's GET by id (activationLockBypassCode only with `$select`). */
  get deviceFields(): string[] {
    const s = this.#options.settings;
    const fields: string[] = [];
    if (s.bitlocker.enabled || s.laps.enabled) fields.push('azureADDeviceId');
    if (s.fileVault.enabled) fields.push('isEncrypted');
    if (s.activationLock.enabled) fields.push('activationLockBypassCode');
    return fields;
  }

  /** The secrets this device has, of the kinds switched on. Reads key lists and LAPS metadata, never a key. */
  async offers(body: unknown, device: Device, signal?: AbortSignal): Promise<SecretOffer[]> {
    const facts = readDeviceFacts(body);
    const os = device.operatingSystem;
    const windows = facts.azureADDeviceId !== '';
    const [bitlocker, laps] = await Promise.all([
      this.#enabled('bitlocker') && existsOn('bitlocker', os) && windows ? this.#bitlockerOffer(facts, signal) : null,
      this.#enabled('laps') && existsOn('laps', os) && windows ? this.#lapsOffer(facts, signal) : null,
    ]);
    this.#remember(device.id, { operatingSystem: os, azureADDeviceId: facts.azureADDeviceId, keys: bitlocker?.keys ?? [] });
    const offers: SecretOffer[] = [];
    if (bitlocker) offers.push(bitlocker);
    if (laps) offers.push(laps);
    if (this.#enabled('androidPasscode') && existsOn('androidPasscode', os) && facts.passcode) {
      offers.push({ kind: 'androidPasscode', updatedDateTime: facts.passcode.lastUpdatedDateTime, problem: null });
    }
    if (this.#enabled('activationLock') && existsOn('activationLock', os) && facts.activationLockBypassCode !== '') {
      offers.push({ kind: 'activationLock', updatedDateTime: null, problem: null });
    }
    // Whether Intune escrowed a key shows only by asking for it, so every encrypted Mac is offered.
    if (this.#enabled('fileVault') && existsOn('fileVault', os) && facts.isEncrypted) {
      offers.push({ kind: 'fileVault', updatedDateTime: null, problem: null });
    }
    return offers;
  }

  async reveal(request: RevealSecretRequest): Promise<RevealedSecret> {
    const { id, kind } = request;
    if (!this.#enabled(kind)) throw new KioskFailure('not_supported', { id: 'secretOff', kind });
    const slot = kind === 'bitlocker' ? `bitlocker:${request.keyId!.toLowerCase()}` : kind;
    const offline = this.#options.settings[kind].offline;
    if (!this.#options.isOnline()) {
      const cached = offline ? await this.#options.cache.secret(id, slot) : null;
      if (cached) return this.#answer(request, cached, 'cache');
    }
    try {
      const held = await this.#fetch(request);
      if (offline) void this.#options.cache.recordSecret(id, slot, held);
      return this.#answer(request, held, 'graph');
    } catch (err) {
      if (!(err instanceof KioskFailure)) throw err;
      if (err.graphUnreachable) {
        const cached = offline ? await this.#options.cache.secret(id, slot) : null;
        if (cached) return this.#answer(request, cached, 'cache');
        throw new KioskFailure('offline', { id: 'secretOffline', kind, keptOffline: offline });
      }
      throw err;
    }
  }

  /**
   * Asks Intune to replace a key that was seen (Graph beta, no body, 204). Intune only queues the action: the device
   * makes a new key, and the one revealed stops working, when it next checks in.
   */
  async rotate(id: string, kind: RotatableKind): Promise<RotationSent> {
    const settings = this.#options.settings[kind];
    if (!settings.enabled || !settings.rotate) {
      throw new KioskFailure('not_supported', { id: 'rotationOff', kind });
    }
    const known = await this.#knownDevice(id);
    if (!existsOn(kind, known.operatingSystem)) {
      throw new KioskFailure('not_supported', { id: 'rotationNotForDevice', kind, os: known.operatingSystem });
    }
    const sentAt = this.#options.now().toISOString();
    try {
      await this.#options.betaGraph.post(`/deviceManagement/managedDevices/${encodeURIComponent(id)}/${ROTATION[kind].action}`);
    } catch (err) {
      if (err instanceof KioskFailure && err.code === 'forbidden') throw new KioskFailure('forbidden', { id: 'rotationForbidden', kind, permission: ROTATION[kind].scope, intunePermission: ROTATION[kind].intunePermission });
      // Intune answers 400 for a device its action does not apply to (as remoteLock does for Windows: microsoft-graph-docs#10007).
      if (err instanceof KioskFailure && err.httpStatus === 400) throw new KioskFailure('not_supported', { id: 'rotationRefused', kind });
      throw err;
    }
    return { id, kind, sentAt };
  }

  #answer(request: RevealSecretRequest, held: HeldSecret, source: 'graph' | 'cache'): RevealedSecret {
    return { id: request.id, kind: request.kind, ...held, source, fetchedAt: held.fetchedAt };
  }

  async #fetch(request: RevealSecretRequest): Promise<HeldSecret> {
    const { id, kind } = request;
    const known = await this.#knownDevice(id);
    if (!existsOn(kind, known.operatingSystem)) {
      throw new KioskFailure('not_supported', { id: 'secretNotForDevice', kind, os: known.operatingSystem });
    }
    const fetchedAt = this.#options.now().toISOString();
    const held = (secret: string, extra: Partial<HeldSecret> = {}): HeldSecret => ({ secret, keyId: null, account: null, updatedDateTime: null, fetchedAt, ...extra });
    const device = encodeURIComponent(id);
    return this.#asKind(kind, async () => {
      switch (kind) {
        case 'bitlocker': {
          const keyId = request.keyId!.toLowerCase();
          const key = known.keys.find((k) => k.id === keyId);
          // Only a key listed for the confirmed device: a key id typed for another laptop must not open this one.
          if (!key) throw notHeld('bitlocker');
          const body = await this.#options.graph.get(`/informationProtection/bitlocker/recoveryKeys/${encodeURIComponent(keyId)}?$select=key`, undefined, this.#clientHeaders());
          return held(readRecoveryKey(body), { keyId, volumeType: key.volumeType, updatedDateTime: key.createdDateTime });
        }
        case 'laps': {
          const body = await this.#options.graph.get(`/directory/deviceLocalCredentials/${encodeURIComponent(known.azureADDeviceId)}?$select=credentials`, undefined, this.#clientHeaders());
          const current = readLocalCredentials(body);
          if (!current) throw notHeld('laps');
          return held(current.password, { account: current.account || null, updatedDateTime: current.backupDateTime });
        }
        case 'androidPasscode': {
          const body = await this.#options.graph.get(`/deviceManagement/managedDevices/${device}?$select=id,deviceActionResults`);
          const result = readDeviceFacts(body).passcode;
          if (!result) throw notHeld('androidPasscode');
          return held(result.passcode, { updatedDateTime: result.lastUpdatedDateTime });
        }
        case 'activationLock': {
          const body = await this.#options.graph.get(`/deviceManagement/managedDevices/${device}?$select=id,activationLockBypassCode`);
          const code = readString(body, 'activationLockBypassCode');
          if (!code) throw notHeld('activationLock');
          return held(code);
        }
        case 'fileVault': {
          const body = await this.#options.betaGraph.get(`/deviceManagement/managedDevices/${device}/getFileVaultKey`);
          const key = readString(body, 'value');
          if (!key) throw notHeld('fileVault');
          return held(key);
        }
      }
    });
  }

  async #knownDevice(id: string): Promise<Known> {
    let known = this.#known.get(id.toLowerCase());
    if (!known) {
      const details = await this.#options.loadDevice(id);
      known = this.#known.get(id.toLowerCase());
      // Offline the device comes from the cache: its kind and keys are known, its Entra id is not needed there.
      known ??= {
        operatingSystem: details.device.operatingSystem,
        azureADDeviceId: '',
        keys: details.secrets?.find((s) => s.kind === 'bitlocker')?.keys ?? [],
      };
    }
    return known;
  }

  async #bitlockerOffer(facts: DeviceFacts, signal?: AbortSignal): Promise<SecretOffer | null> {
    return this.#checked('bitlocker', async () => {
      const filter = encodeURIComponent(`deviceId eq '${facts.azureADDeviceId.replaceAll("'", "''")}'`);
      let link: string | undefined = `/informationProtection/bitlocker/recoveryKeys?$filter=${filter}`;
      const keys: BitLockerKeyInfo[] = [];
      for (let page = 0; link !== undefined && page < KEY_PAGES_MAX; page++) {
        const answer = readKeyList(await this.#options.graph.get(link, signal, this.#clientHeaders()));
        keys.push(...answer.keys);
        link = answer.nextLink;
      }
      if (keys.length === 0) return null;
      return { kind: 'bitlocker', updatedDateTime: newestFirst(keys)[0]!.createdDateTime, keys: newestFirst(keys), problem: null };
    });
  }

  async #lapsOffer(facts: DeviceFacts, signal?: AbortSignal): Promise<SecretOffer | null> {
    return this.#checked('laps', async () => {
      // Without $select=credentials Entra answers with the backup's dates only: not a password read.
      const body = await this.#options.graph.get(`/directory/deviceLocalCredentials/${encodeURIComponent(facts.azureADDeviceId)}`, signal, this.#clientHeaders());
      return { kind: 'laps', updatedDateTime: readMetadataDate(body, 'lastBackupDateTime'), problem: null };
    });
  }

  /** An offer whose check failed still shows, with the reason (a missing permission names it); none for a 404. */
  async #checked(kind: SecretKind, check: () => Promise<SecretOffer | null>): Promise<SecretOffer | null> {
    try {
      return await this.#asKind(kind, check);
    } catch (err) {
      if (err instanceof KioskFailure && err.code === 'not_found') return null;
      if (err instanceof KioskFailure && err.code === 'canceled') throw err;
      return { kind, updatedDateTime: null, ...(kind === 'bitlocker' ? { keys: [] } : {}), problem: toKioskError(err) };
    }
  }

  /** Graph's 403 and 404 said in terms of this kind: which permission or role is missing, what does not exist. */
  async #asKind<T>(kind: SecretKind, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (err instanceof KioskFailure && err.code === 'forbidden') {
        throw new KioskFailure('forbidden', { id: 'secretForbidden', kind, permission: permissionOf(kind), roles: [...SECRET_KINDS_INFO[kind].roles] });
      }
      if (err instanceof KioskFailure && err.code === 'not_found') throw notHeld(kind);
      throw err;
    }
  }

  #clientHeaders(): Record<string, string> {
    return { 'ocp-client-name': this.#options.client.name, 'ocp-client-version': this.#options.client.version };
  }

  #remember(id: string, known: Known): void {
    const key = id.toLowerCase();
    this.#known.delete(key);
    this.#known.set(key, known);
    if (this.#known.size > KNOWN_MAX) this.#known.delete(this.#known.keys().next().value!);
  }

  /** Forgets what it knew of the devices shown (sign-out). */
  forget(): void {
    this.#known.clear();
  }
}
