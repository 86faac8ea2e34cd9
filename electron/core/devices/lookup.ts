import type { Device, DeviceDetails, RevealedPin, SearchKind, SearchResult } from '../contract';
import { KioskFailure } from '../errors';
import type { GraphClient } from '../graph/client';
import { DEVICE_FIELDS, parseDevice, parseDeviceSummary, type ParsedDevice } from './graph-device';
import { filterFor, matchesQuery, rankMatches, searchKindsFor } from './search';

export interface DeviceLookupOptions {
  graph: GraphClient;
  now: () => Date;
  /** Pages of search results followed before asking the technician to refine. */
  maxSearchPages: number;
  pageSize: number;
  /** How long a PIN fetched with the device stays usable for a reveal without asking Graph again. */
  pinReuseMs: number;
}

interface HeldPin {
  pin: string;
  lastUpdatedDateTime: string | null;
  fetchedAt: string;
}

const HELD_PINS_MAX = 16;

/** Finds devices and their remote-lock results in Graph. PINs are held here, in the core, until revealed. */
export class DeviceLookup {
  readonly #options: DeviceLookupOptions;
  readonly #heldPins = new Map<string, HeldPin>();
  #searchInFlight: AbortController | null = null;

  constructor(options: DeviceLookupOptions) {
    this.#options = options;
  }

  async search(query: string, kind: SearchKind | 'auto' = 'auto'): Promise<SearchResult> {
    // A newer search (the next scan) supersedes the one still waiting for Graph.
    this.#searchInFlight?.abort();
    const controller = new AbortController();
    this.#searchInFlight = controller;
    try {
      const kinds = searchKindsFor(query, kind);
      const params = [
        `$filter=${encodeURIComponent(filterFor(query, kinds))}`,
        `$select=${DEVICE_FIELDS.join(',')}`,
        `$top=${this.#options.pageSize}`,
      ].join('&');
      let link: string | undefined = `/deviceManagement/managedDevices?${params}`;
      // Keyed by id: a device can show up twice when the tenant changes between pages.
      const found = new Map<string, Device>();
      for (let page = 0; link !== undefined; page++) {
        if (page === this.#options.maxSearchPages) {
          throw new KioskFailure('too_many_matches', 'Too many devices match. Type more of the serial number, device name or e-mail address.');
        }
        const body = await this.#options.graph.get(link, controller.signal);
        const { value, nextLink } = readPage(body);
        for (const entry of value) {
          const device = parseDeviceSummary(entry);
          if (device && !found.has(device.id) && matchesQuery(device, query, kinds)) found.set(device.id, device);
        }
        link = nextLink;
      }
      return { query, kinds, devices: rankMatches([...found.values()], query), source: 'graph', fetchedAt: this.#options.now().toISOString() };
    } finally {
      if (this.#searchInFlight === controller) this.#searchInFlight = null;
    }
  }

  async get(id: string): Promise<DeviceDetails> {
    const parsed = await this.#fetchDevice(id);
    const { remoteLock } = parsed;
    const fetchedAt = this.#options.now().toISOString();
    if (remoteLock?.pin) {
      this.#holdPin(id, { pin: remoteLock.pin, lastUpdatedDateTime: remoteLock.lastUpdatedDateTime, fetchedAt });
    } else {
      this.#heldPins.delete(id);
    }
    return {
      device: parsed.device,
      remoteLock: remoteLock && {
        state: remoteLock.state,
        startDateTime: remoteLock.startDateTime,
        lastUpdatedDateTime: remoteLock.lastUpdatedDateTime,
        hasPin: remoteLock.hasPin,
      },
      otherActions: parsed.otherActions,
      source: 'graph',
      fetchedAt,
    };
  }

  async revealPin(id: string): Promise<RevealedPin> {
    let held = this.#heldPins.get(id);
    const age = held ? this.#options.now().getTime() - Date.parse(held.fetchedAt) : Infinity;
    if (!held || age > this.#options.pinReuseMs) {
      await this.get(id);
      held = this.#heldPins.get(id);
    }
    if (!held) throw new KioskFailure('not_found', 'Intune holds no unlock PIN for this device.');
    return { id, pin: held.pin, lastUpdatedDateTime: held.lastUpdatedDateTime, source: 'graph', fetchedAt: held.fetchedAt };
  }

  /** Forgets every PIN held in memory (end of a session, sign-out). */
  forgetPins(): void {
    this.#heldPins.clear();
  }

  async #fetchDevice(id: string): Promise<ParsedDevice> {
    const select = [...DEVICE_FIELDS, 'deviceActionResults'].join(',');
    const body = await this.#options.graph.get(`/deviceManagement/managedDevices/${encodeURIComponent(id)}?$select=${select}`);
    const parsed = parseDevice(body);
    if (parsed.device.id.toLowerCase() !== id.toLowerCase()) {
      throw new KioskFailure('graph_error', 'Microsoft Graph answered with a different device. Try again.');
    }
    return parsed;
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

function readPage(body: unknown): { value: unknown[]; nextLink: string | undefined } {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { value?: unknown }).value)) {
    throw new KioskFailure('graph_error', 'Microsoft Graph sent a device list the kiosk cannot read. Try again in a minute.');
  }
  const { value, '@odata.nextLink': next } = body as { value: unknown[]; '@odata.nextLink'?: unknown };
  return { value, nextLink: typeof next === 'string' && next !== '' ? next : undefined };
}
