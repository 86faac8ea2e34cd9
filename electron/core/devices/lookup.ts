import type { Device, DeviceDetails, DeviceRecord, RevealedPin, SearchKind, SearchResult } from '../contract';
import { withAllowances } from './allows';
import { KioskFailure } from '../errors';
import type { OfflineCache, HeldPin } from '../cache/offline-cache';
import type { GraphClient } from '../graph/client';
import { DEVICE_FIELDS, getDeviceById, withoutPin, type ParsedDevice } from './graph-device';
import { labelSerialFound, searchKindsFor } from './search';
import { TenantSearch } from './tenant-search';

export interface DeviceLookupOptions {
  graph: GraphClient;
  now: () => Date;
  /** List requests one search may send (all its clauses and pages) before asking the technician to refine. */
  maxListRequests: number;
  pageSize: number;
  /** How long a PIN fetched with the device stays usable for a reveal without asking Graph again. */
  pinReuseMs: number;
  /** Answers when Graph cannot be reached. */
  cache: OfflineCache;
  /** False while Graph is known to be unreachable: answer from the cache at once instead of waiting to fail. */
  isOnline: () => boolean;
  log: (line: string) => void;
  /** Lists the secrets a device has (BitLocker keys, LAPS, …) from the same GET by id, plus fields it adds. */
  secrets?: { deviceFields: string[]; offers(body: unknown, device: Device): Promise<DeviceDetails['secrets']> };
}

const HELD_PINS_MAX = 16;

/**
 * Finds devices and their remote-lock results in Graph, or in the offline cache when Graph cannot be reached.
 * PINs are held here, in the core, until revealed.
 */
export class DeviceLookup {
  readonly #options: DeviceLookupOptions;
  readonly #heldPins = new Map<string, HeldPin>();
  readonly #tenantSearch: TenantSearch;
  #searchInFlight: AbortController | null = null;

  constructor(options: DeviceLookupOptions) {
    this.#options = options;
    this.#tenantSearch = new TenantSearch(options);
  }

  async search(query: string, kind: SearchKind | 'auto' = 'auto'): Promise<SearchResult> {
    const kinds = searchKindsFor(query, kind);
    const { cache } = this.#options;
    const result = await this.#withFallback(
      async () => {
        const found = await this.#searchGraph(query, kinds);
        void cache.recordSearch(found);
        return found;
      },
      () => cache.search(query, kinds),
    );
    const labelSerial = labelSerialFound(query, kinds, result.devices);
    return labelSerial ? { ...result, labelSerial } : result;
  }

  async #searchGraph(query: string, kinds: SearchKind[]): Promise<SearchResult> {
    // A newer search (the next scan) supersedes the one still waiting for Graph.
    this.#searchInFlight?.abort();
    const controller = new AbortController();
    this.#searchInFlight = controller;
    try {
      const found = await this.#tenantSearch.find(query, kinds, controller);
      return { query, kinds, ...found, source: 'graph', fetchedAt: this.#options.now().toISOString() };
    } finally {
      if (this.#searchInFlight === controller) this.#searchInFlight = null;
    }
  }

  async get(id: string): Promise<DeviceDetails> {
    const record = await this.#withFallback(
      () => this.#getGraph(id),
      () => this.#options.cache.get(id),
    );
    // Decided on every answer, a cached one too, so its outcome is as of now and older cache files need no migration.
    return withAllowances(record, this.#options.now());
  }

  async #getGraph(id: string): Promise<DeviceRecord> {
    const { parsed, body } = await this.#fetchDevice(id);
    const secrets = await this.#options.secrets?.offers(body, parsed.device);
    const { remoteLock } = parsed;
    const fetchedAt = this.#options.now().toISOString();
    const pin = remoteLock?.pin ? { pin: remoteLock.pin, lastUpdatedDateTime: remoteLock.lastUpdatedDateTime, fetchedAt } : null;
    if (pin) this.#holdPin(id, pin);
    else this.#heldPins.delete(id);
    const details: DeviceRecord = {
      device: parsed.device,
      remoteLock: remoteLock && withoutPin(remoteLock),
      otherActions: parsed.otherActions,
      ...(secrets ? { secrets } : {}),
      source: 'graph',
      fetchedAt,
    };
    void this.#options.cache.recordDevice(details, pin);
    return details;
  }

  async revealPin(id: string): Promise<RevealedPin> {
    let held = this.#heldPins.get(id);
    const age = held ? this.#options.now().getTime() - Date.parse(held.fetchedAt) : Infinity;
    if (!held || age > this.#options.pinReuseMs) {
      const details = await this.get(id);
      if (details.source === 'cache') {
        const cached = await this.#options.cache.pin(id);
        if (cached) return cached;
        throw new KioskFailure('offline', { id: 'pinOffline' });
      }
      held = this.#heldPins.get(id);
    }
    if (!held) throw new KioskFailure('not_found', { id: 'pinNotHeld' });
    // While Graph is unreachable even a PIN fetched minutes ago is unconfirmed: shown as cached, with its age.
    const source = this.#options.isOnline() ? 'graph' : 'cache';
    return { id, pin: held.pin, lastUpdatedDateTime: held.lastUpdatedDateTime, source, fetchedAt: held.fetchedAt };
  }

  /** Graph first; the cache when Graph is known to be down, or turns out to be. */
  async #withFallback<T>(fromGraph: () => Promise<T>, fromCache: () => Promise<T | null>): Promise<T> {
    if (!this.#options.isOnline()) {
      const cached = await fromCache();
      if (cached) return cached;
    }
    try {
      return await fromGraph();
    } catch (err) {
      if (!(err instanceof KioskFailure) || !err.graphUnreachable) throw err;
      const cached = await fromCache();
      if (cached) return cached;
      throw err;
    }
  }

  /** Forgets every PIN held in memory (end of a session, sign-out). */
  forgetPins(): void {
    this.#heldPins.clear();
  }

  #fetchDevice(id: string): Promise<{ parsed: ParsedDevice; body: unknown }> {
    return getDeviceById(this.#options.graph, id, [...DEVICE_FIELDS, ...(this.#options.secrets?.deviceFields ?? []), 'deviceActionResults']);
  }

  #holdPin(id: string, pin: HeldPin): void {
    this.#heldPins.delete(id);
    this.#heldPins.set(id, pin);
    for (const oldest of this.#heldPins.keys()) {
      if (this.#heldPins.size <= HELD_PINS_MAX) break;
      this.#heldPins.delete(oldest);
    }
  }
}
