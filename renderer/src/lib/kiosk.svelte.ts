import { createSubscriber } from 'svelte/reactivity';
import type {
  AppInfo,
  Channel,
  Device,
  DeviceDetails,
  KioskBridge,
  KioskError,
  KioskEvent,
  RequestOf,
  RevealedPin,
  SearchResult,
} from '../../../electron/core/contract';

export type Screen = 'idle' | 'searching' | 'matches' | 'loading-device' | 'device' | 'pin' | 'no-match' | 'error';

export type Connection = Extract<KioskEvent, { name: 'app:status' }>['payload'];

export interface KioskStateOptions {
  /** How long a revealed PIN stays on screen. */
  pinVisibleMs?: number;
  /** How long the counter may sit untouched on a device before it returns to the search. */
  idleResetMs?: number;
}

export const BLANK_QUERY_MESSAGE = 'Type or scan a serial number, device name or e-mail address first.';

/** One lookup at the counter: search → (choose) → device → reveal PIN, and back to idle. */
export class KioskState {
  screen = $state<Screen>('idle');
  info = $state.raw<AppInfo | null>(null);
  /** What is in the search field. */
  #draft = $state('');
  /** Why the last search was refused before being sent. */
  inputError = $state<string | null>(null);
  /** The query of the search on screen. */
  query = $state('');
  searchResult = $state.raw<SearchResult | null>(null);
  details = $state.raw<DeviceDetails | null>(null);
  pin = $state.raw<RevealedPin | null>(null);
  error = $state.raw<KioskError | null>(null);
  revealing = $state(false);

  matches: Device[] = $derived(this.searchResult?.devices ?? []);
  device: Device | null = $derived(this.details?.device ?? null);
  canRevealPin: boolean = $derived(this.details?.remoteLock?.hasPin === true);

  /** Short progress or outcome text for the live region. */
  announcement: string = $derived.by(() => {
    switch (this.screen) {
      case 'searching':
        return `Searching Intune for “${this.query}”…`;
      case 'loading-device':
        return 'Loading the device…';
      case 'matches':
        return `${this.matches.length} devices match “${this.query}”. Choose the right one.`;
      case 'no-match':
        return `No device matches “${this.query}”.`;
      case 'device':
        return this.revealing ? 'Revealing the PIN…' : `Showing ${this.device?.deviceName || 'the device'}.`;
      case 'pin':
        return 'The unlock PIN is on screen.';
      default:
        return '';
    }
  });

  readonly #bridge: KioskBridge;
  readonly #pinVisibleMs: number;
  readonly #idleResetMs: number;
  /** Bumped by every new action, so an answer that arrives after it was superseded is dropped. */
  #ticket = 0;
  #retry: (() => Promise<void>) | null = null;
  #pinTimer: ReturnType<typeof setTimeout> | undefined;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #connection = $state.raw<Connection | null>(null);
  #subscribeConnection: () => void;

  constructor(bridge: KioskBridge, options: KioskStateOptions = {}) {
    this.#bridge = bridge;
    this.#pinVisibleMs = options.pinVisibleMs ?? 60_000;
    this.#idleResetMs = options.idleResetMs ?? 180_000;
    this.#subscribeConnection = createSubscriber(() =>
      this.#bridge.subscribe((event) => {
        if (event.name === 'app:status') this.#connection = event.payload;
      }),
    );
  }

  get draft(): string {
    return this.#draft;
  }

  set draft(value: string) {
    this.#draft = value;
    this.inputError = null;
  }

  /** Whether Graph answered the last request; null until the core says otherwise. */
  get connection(): Connection | null {
    this.#subscribeConnection();
    return this.#connection;
  }

  async loadInfo(): Promise<void> {
    const result = await this.#call('app:info', {});
    if (result.ok) this.info = result.value;
  }

  /** Returns false when the query was refused before any request. */
  search(query: string = this.#draft): boolean {
    const trimmed = query.trim();
    if (trimmed === '') {
      this.inputError = BLANK_QUERY_MESSAGE;
      return false;
    }
    this.inputError = null;
    void this.#search(trimmed);
    return true;
  }

  async select(id: string): Promise<void> {
    const ticket = this.#begin('loading-device');
    this.details = null;
    const result = await this.#call('devices:get', { id });
    if (ticket !== this.#ticket) return;
    if (!result.ok) return this.#fail(result.error, () => this.select(id));
    this.details = result.value;
    this.#show('device');
  }

  async revealPin(): Promise<void> {
    const id = this.details?.device.id;
    if (!id || !this.canRevealPin || this.revealing) return;
    const ticket = ++this.#ticket;
    this.revealing = true;
    const result = await this.#call('pin:reveal', { id });
    if (ticket !== this.#ticket) return;
    this.revealing = false;
    if (!result.ok) return this.#fail(result.error, () => this.revealPin());
    if (result.value.id !== id) return;
    this.pin = result.value;
    this.#show('pin');
    clearTimeout(this.#pinTimer);
    this.#pinTimer = setTimeout(() => this.hidePin(), this.#pinVisibleMs);
  }

  hidePin(): void {
    clearTimeout(this.#pinTimer);
    this.pin = null;
    if (this.screen === 'pin') this.#show('device');
  }

  /** Back from a device to the list it was chosen from. */
  backToMatches(): void {
    if (this.matches.length < 2) return;
    this.#ticket++;
    this.hidePin();
    this.details = null;
    this.revealing = false;
    this.#show('matches');
  }

  async retry(): Promise<void> {
    const again = this.#retry;
    if (again) await again();
  }

  /** Forget everything about the last lookup, PIN included. */
  reset(): void {
    this.#ticket++;
    clearTimeout(this.#pinTimer);
    clearTimeout(this.#idleTimer);
    this.screen = 'idle';
    this.#draft = '';
    this.inputError = null;
    this.query = '';
    this.searchResult = null;
    this.details = null;
    this.pin = null;
    this.error = null;
    this.revealing = false;
    this.#retry = null;
  }

  /** Someone is at the counter: postpone the return to idle. */
  noteActivity(): void {
    this.#armIdleReset();
  }

  dispose(): void {
    this.reset();
  }

  async #search(query: string): Promise<void> {
    const ticket = this.#begin('searching');
    this.query = query;
    this.searchResult = null;
    this.details = null;
    const result = await this.#call('devices:search', { query });
    if (ticket !== this.#ticket) return;
    if (!result.ok) return this.#fail(result.error, () => this.#search(query));
    this.searchResult = result.value;
    const [first, ...others] = result.value.devices;
    if (!first) this.#show('no-match');
    else if (others.length === 0) await this.select(first.id);
    else this.#show('matches');
  }

  #begin(screen: Screen): number {
    clearTimeout(this.#pinTimer);
    this.pin = null;
    this.error = null;
    this.revealing = false;
    this.#show(screen);
    return ++this.#ticket;
  }

  #show(screen: Screen): void {
    this.screen = screen;
    this.#armIdleReset();
  }

  #fail(error: KioskError, retry: () => Promise<void>): void {
    this.error = error;
    this.#retry = retry;
    this.#show('error');
  }

  #armIdleReset(): void {
    clearTimeout(this.#idleTimer);
    if (this.screen !== 'idle') this.#idleTimer = setTimeout(() => this.reset(), this.#idleResetMs);
  }

  async #call<C extends Channel>(channel: C, request: RequestOf<C>) {
    try {
      return await this.#bridge.invoke(channel, request);
    } catch {
      // The bridge should answer with values; a throw means the connection to the kiosk itself broke.
      return {
        ok: false,
        error: { code: 'internal', message: 'The kiosk did not answer. Restart it if this keeps happening.' },
      } as const satisfies { ok: false; error: KioskError };
    }
  }
}
