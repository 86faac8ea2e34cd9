import type { Device, DeviceDetails, KioskBridge, KioskError, LastReveal, RemoteLockSent, SearchResult } from '../../../electron/core/contract';
import { call } from './bridge';
import { MatchLocks } from './match-locks.svelte';

/**
 * A throttled lookup is tried again by itself, at most this many times a search, after the wait Graph names in
 * Retry-After; without one (Intune's 429s usually have none), after THROTTLE_WAIT_MS, as Microsoft's throttling
 * guidance asks for a back-off ("Microsoft Graph throttling guidance", Microsoft Learn).
 */
const AUTO_RETRIES = 3;
const THROTTLE_WAIT_MS = 30_000;

export type Screen = 'idle' | 'searching' | 'matches' | 'loading-device' | 'device' | 'no-match' | 'error';

/** The scan was an Apple product label: the search found the device by the serial printed beside the scanned code. */
export interface LabelNote {
  typed: string;
  serial: string;
}

export interface LookupHooks {
  /** A new lookup starts: whatever the last one revealed or sent goes. */
  onBegin: () => void;
  /** The screen changed (the idle reset starts again). */
  onShow: () => void;
}

/** Finding the person's device: search → (choose from a list) → the device, which can be read again. */
export class LookupFlow {
  screen = $state<Screen>('idle');
  /** What is in the search field. */
  #draft = $state('');
  /** The last search was refused before being sent because it was blank. */
  inputRefused = $state(false);
  /** The query of the search on screen. */
  query = $state('');
  searchResult = $state.raw<SearchResult | null>(null);
  details = $state.raw<DeviceDetails | null>(null);
  error = $state.raw<KioskError | null>(null);
  labelNote = $state.raw<LabelNote | null>(null);
  /** Re-reading the device on screen ("Check again"), and why the last re-read failed. */
  checking = $state(false);
  checkError = $state.raw<KioskError | null>(null);
  /** When a throttled lookup is tried again by itself (epoch ms); 0: it is not. */
  retryAt = $state(0);

  matches: Device[] = $derived(this.searchResult?.devices ?? []);
  /** The search ends on a list to choose from: several devices, or any found by a search Intune did not complete. */
  endsOnList: boolean = $derived(this.matches.length > 1 || (this.matches.length === 1 && this.searchResult?.incomplete !== undefined));
  device: Device | null = $derived(this.details?.device ?? null);
  /** The lock of each row of the list on screen. */
  readonly locks: MatchLocks;

  readonly #bridge: KioskBridge;
  readonly #hooks: LookupHooks;
  /** Bumped by every new action, so an answer that arrives after it was superseded is dropped. */
  #ticket = 0;
  #retry: (() => Promise<void>) | null = null;
  #autoRetries = 0;
  #autoTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(bridge: KioskBridge, hooks: LookupHooks) {
    this.#bridge = bridge;
    this.#hooks = hooks;
    this.locks = new MatchLocks(bridge);
  }

  get draft(): string {
    return this.#draft;
  }

  set draft(value: string) {
    this.#draft = value;
    this.inputRefused = false;
  }

  /** Returns false when the query was refused before any request. */
  search(query: string = this.#draft): boolean {
    const trimmed = query.trim();
    if (trimmed === '') {
      this.inputRefused = true;
      return false;
    }
    this.inputRefused = false;
    this.#autoRetries = 0;
    void this.#search(trimmed);
    return true;
  }

  async select(id: string): Promise<void> {
    const ticket = this.#begin('loading-device');
    this.details = null;
    const result = await call(this.#bridge, 'devices:get', { id });
    if (ticket !== this.#ticket) return;
    if (!result.ok) return this.fail(result.error, () => this.select(id));
    this.details = result.value;
    this.locks.update(result.value);
    this.#show('device');
  }

  /** Re-reads the device on screen from Intune, keeping the screen as it is (no new search). */
  async checkAgain(): Promise<void> {
    const id = this.details?.device.id;
    if (!id || this.checking) return;
    this.checking = true;
    this.checkError = null;
    const result = await call(this.#bridge, 'devices:get', { id });
    this.checking = false;
    if (this.details?.device.id !== id) return;
    if (result.ok) {
      this.details = result.value;
      this.locks.update(result.value);
    } else this.checkError = result.error;
  }

  /** Back from a device to the list it was chosen from. */
  backToMatches(): void {
    if (!this.endsOnList) return;
    this.#ticket++;
    this.#hooks.onBegin();
    this.details = null;
    this.#show('matches');
  }

  /**
   * Something failed that leaves nothing to show but the failure, and a way to try it again. A throttled lookup is
   * tried again by itself (`auto`); a reveal never is, as each reveal is the technician's own, audited act.
   */
  fail(error: KioskError, retry: () => Promise<void>, auto = true): void {
    this.error = error;
    this.#retry = retry;
    this.#show('error');
    if (!auto || error.code !== 'throttled' || this.#autoRetries >= AUTO_RETRIES) return;
    const wait = error.retryAfterMs ?? THROTTLE_WAIT_MS;
    this.retryAt = Date.now() + wait;
    this.#autoTimer = setTimeout(() => {
      this.#autoRetries++;
      void this.retry();
    }, wait);
  }

  async retry(): Promise<void> {
    this.#stopAutoRetry();
    const again = this.#retry;
    if (again) await again();
  }

  reset(): void {
    this.#ticket++;
    this.#stopAutoRetry();
    this.#autoRetries = 0;
    this.screen = 'idle';
    this.#draft = '';
    this.inputRefused = false;
    this.query = '';
    this.searchResult = null;
    this.locks.clear();
    this.details = null;
    this.error = null;
    this.labelNote = null;
    this.checking = false;
    this.checkError = null;
    this.#retry = null;
  }

  /** A fresher reading of a device (a `devices:updated` event): only the device on screen is updated. */
  deviceUpdated(details: DeviceDetails): boolean {
    const current = this.details;
    if (!current || current.device.id.toLowerCase() !== details.device.id.toLowerCase() || this.screen !== 'device') return false;
    // Events carry no audit record: keep the last reveal that the device's own answer named.
    if (Date.parse(details.fetchedAt) >= Date.parse(current.fetchedAt)) {
      this.details = { ...details, lastReveal: details.lastReveal ?? current.lastReveal ?? null, secrets: details.secrets ?? current.secrets };
      this.locks.update(details);
    }
    return true;
  }

  lockSent(sent: RemoteLockSent): void {
    const current = this.details;
    if (current && current.device.id.toLowerCase() === sent.id.toLowerCase()) this.details = { ...current, remoteLock: sent.remoteLock };
  }

  /** The audit trail's latest reveal, as a reveal's answer names it. */
  noteReveal(id: string, lastReveal: LastReveal): void {
    if (this.details?.device.id === id) this.details = { ...this.details, lastReveal };
  }

  async #search(query: string): Promise<void> {
    const ticket = this.#begin('searching');
    this.labelNote = null;
    this.query = query;
    this.searchResult = null;
    this.locks.clear();
    this.details = null;
    const result = await call(this.#bridge, 'devices:search', { query });
    if (ticket !== this.#ticket) return;
    if (!result.ok) return this.fail(result.error, () => this.#search(query));
    this.searchResult = result.value;
    const { devices, labelSerial } = result.value;
    if (labelSerial) this.labelNote = { typed: query, serial: labelSerial };
    const [first] = devices;
    if (!first) this.#show('no-match');
    else if (this.endsOnList) {
      this.#show('matches');
      // Only a list of two or more tells devices apart by their locks; a single device's own screen shows its lock.
      if (devices.length > 1) await this.locks.ask(result.value);
    } else await this.select(first.id);
  }

  #begin(screen: Screen): number {
    this.#stopAutoRetry();
    this.#hooks.onBegin();
    this.error = null;
    this.checkError = null;
    this.#show(screen);
    return ++this.#ticket;
  }

  #stopAutoRetry(): void {
    clearTimeout(this.#autoTimer);
    this.retryAt = 0;
  }

  #show(screen: Screen): void {
    this.screen = screen;
    this.#hooks.onShow();
  }
}
