import type {
  AppInfo,
  Channel,
  Device,
  DeviceDetails,
  KioskBridge,
  KioskError,
  KioskEvent,
  RemoteLockSent,
  RequestOf,
  SearchResult,
  SecretKind,
} from '../../../electron/core/contract';
import { SignIn } from './auth.svelte';
import { t } from './i18n';
import { PinReveal } from './pin.svelte';
import { RemoteLockFlow } from './remote-lock.svelte';
import { SecretReveal } from './secret.svelte';

export type Screen = 'idle' | 'searching' | 'matches' | 'loading-device' | 'device' | 'pin' | 'no-match' | 'error';

export type Connection = Extract<KioskEvent, { name: 'app:status' }>['payload'];

/** Something that just happened and is worth saying once, beside the screen itself. */
export type Notice =
  | { kind: 'apple-label'; typed: string; serial: string }
  | { kind: 'pin-hidden'; timedOut: boolean }
  | { kind: 'secret-hidden'; timedOut: boolean }
  | null;

/** A secret reveal that failed, shown beside the secret's offer rather than instead of the device. */
export interface SecretFailure {
  kind: SecretKind;
  keyId: string | null;
  error: KioskError;
}

export interface KioskStateOptions {
  /** How long a revealed PIN stays on screen. */
  pinVisibleMs?: number;
  /** How long the counter may sit untouched on a device before it returns to the search. */
  idleResetMs?: number;
}

/** One lookup at the counter: search → (choose) → device → reveal PIN, and back to idle. */
export class KioskState {
  screen = $state<Screen>('idle');
  info = $state.raw<AppInfo | null>(null);
  connection = $state.raw<Connection | null>(null);
  /** What is in the search field. */
  #draft = $state('');
  /** The last search was refused before being sent because it was blank. */
  inputRefused = $state(false);
  /** The query of the search on screen. */
  query = $state('');
  searchResult = $state.raw<SearchResult | null>(null);
  details = $state.raw<DeviceDetails | null>(null);
  error = $state.raw<KioskError | null>(null);
  revealing = $state(false);
  /** Re-reading the device on screen ("Check again"), and why the last re-read failed. */
  checking = $state(false);
  checkError = $state.raw<KioskError | null>(null);
  notice = $state.raw<Notice>(null);
  /** A message from the kiosk itself (in English), shown until dismissed. */
  coreNotice = $state<string | null>(null);
  /** The secret kind being revealed right now, for the status line. */
  revealingSecret = $state<SecretKind | null>(null);
  secretFailure = $state.raw<SecretFailure | null>(null);
  /** The reason typed or chosen for the reveals of the device on screen. */
  reason = $state('');
  /** A reveal was asked for without the reason the config requires. */
  reasonMissing = $state(false);

  readonly pin: PinReveal;
  readonly secret: SecretReveal;
  readonly lock: RemoteLockFlow;
  readonly auth: SignIn;

  matches: Device[] = $derived(this.searchResult?.devices ?? []);
  /** The search ends on a list to choose from: several devices, or any found by a search Intune did not complete. */
  endsOnList: boolean = $derived(this.matches.length > 1 || (this.matches.length === 1 && this.searchResult?.incomplete !== undefined));
  device: Device | null = $derived(this.details?.device ?? null);
  canRevealPin: boolean = $derived(this.details?.lockOutcome?.pinOffered === true);

  readonly #bridge: KioskBridge;
  #idleResetMs: number;
  /** Timings the page was opened with (tests, demonstrations) win over the kiosk's config. */
  readonly #timingsFixed: { idle: boolean; pin: boolean };
  /** Bumped by every new action, so an answer that arrives after it was superseded is dropped. */
  #ticket = 0;
  #retry: (() => Promise<void>) | null = null;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #unsubscribe: () => void;

  constructor(bridge: KioskBridge, options: KioskStateOptions = {}) {
    this.#bridge = bridge;
    this.#idleResetMs = options.idleResetMs ?? 180_000;
    this.#timingsFixed = { idle: options.idleResetMs !== undefined, pin: options.pinVisibleMs !== undefined };
    this.pin = new PinReveal(options.pinVisibleMs ?? 60_000, () => {
      this.notice = { kind: 'pin-hidden', timedOut: true };
      if (this.screen === 'pin') this.#show('device');
    });
    // Timings fixed by the page (tests, demonstrations) hold for every secret, a BitLocker key too.
    this.secret = new SecretReveal({ otherMs: options.pinVisibleMs ?? 60_000, recoveryKeyMs: options.pinVisibleMs ?? 180_000 }, () => {
      this.notice = { kind: 'secret-hidden', timedOut: true };
    });
    this.lock = new RemoteLockFlow(bridge, (sent) => this.#lockSent(sent));
    this.auth = new SignIn(bridge, () => this.reset());
    this.#unsubscribe = bridge.subscribe((event) => this.#onEvent(event));
  }

  get draft(): string {
    return this.#draft;
  }

  set draft(value: string) {
    this.#draft = value;
    this.inputRefused = false;
  }

  async loadInfo(): Promise<void> {
    const [result] = await Promise.all([this.#call('app:info', {}), this.auth.load()]);
    if (!result.ok) return;
    this.info = result.value;
    if (!this.#timingsFixed.idle) this.#idleResetMs = result.value.screen.idleResetMs;
    if (!this.#timingsFixed.pin) {
      this.pin.visibleMs = result.value.screen.pinVisibleMs;
      this.secret.otherMs = result.value.screen.pinVisibleMs;
      this.secret.recoveryKeyMs = result.value.screen.recoveryKeyVisibleMs;
    }
  }

  /** A packaged kiosk without a config file: the technician chose the demo tenant; the kiosk starts over on it. */
  async startDemo(): Promise<KioskError | null> {
    const result = await this.#call('app:startDemo', {});
    if (!result.ok) return result.error;
    await this.loadInfo();
    return null;
  }

  /** Returns false when the query was refused before any request. */
  search(query: string = this.#draft): boolean {
    const trimmed = query.trim();
    if (trimmed === '') {
      this.inputRefused = true;
      return false;
    }
    this.inputRefused = false;
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

  /** Re-reads the device on screen from Intune, keeping the screen as it is (no new search). */
  async checkAgain(): Promise<void> {
    const id = this.details?.device.id;
    if (!id || this.checking) return;
    this.checking = true;
    this.checkError = null;
    const result = await this.#call('devices:get', { id });
    this.checking = false;
    if (this.details?.device.id !== id) return;
    if (result.ok) this.details = result.value;
    else this.checkError = result.error;
  }

  async revealPin(): Promise<void> {
    const id = this.details?.device.id;
    if (!id || !this.canRevealPin || this.revealing) return;
    if (!this.#reasonReady()) return;
    const ticket = ++this.#ticket;
    this.revealing = true;
    this.notice = null;
    const result = await this.#call('pin:reveal', { id, ...this.#reasonField() });
    if (ticket !== this.#ticket) return;
    this.revealing = false;
    if (!result.ok) return this.#fail(result.error, () => this.revealPin());
    if (result.value.id !== id) return;
    this.lock.cancel();
    this.secret.hide();
    this.pin.show(result.value);
    if (this.details && result.value.lastReveal) this.details = { ...this.details, lastReveal: result.value.lastReveal };
    this.#show('pin');
  }

  /** Reveals one secret of the device on screen (a BitLocker key needs its key id); audited in the core. */
  async revealSecret(kind: SecretKind, keyId?: string): Promise<void> {
    const id = this.details?.device.id;
    const offered = this.details?.secrets?.some((s) => s.kind === kind && (!keyId || s.keys?.some((k) => k.id === keyId)));
    if (!id || !offered || this.revealing) return;
    if (!this.#reasonReady()) return;
    const ticket = ++this.#ticket;
    this.revealing = true;
    this.revealingSecret = kind;
    this.secretFailure = null;
    this.notice = null;
    const result = await this.#call('secrets:reveal', { id, kind, ...(keyId ? { keyId } : {}), ...this.#reasonField() });
    if (ticket !== this.#ticket) return;
    this.revealing = false;
    this.revealingSecret = null;
    if (!result.ok) {
      this.secretFailure = { kind, keyId: keyId ?? null, error: result.error };
      return;
    }
    if (result.value.id !== id) return;
    this.lock.cancel();
    this.pin.hide();
    this.secret.show(result.value);
  }

  hideSecret(): void {
    this.secret.hide();
    this.notice = { kind: 'secret-hidden', timedOut: false };
  }

  #reasonReady(): boolean {
    const required = this.info?.revealReason.mode === 'required';
    this.reasonMissing = required && this.reason.trim() === '';
    return !this.reasonMissing;
  }

  #reasonField(): { reason?: string } {
    const reason = this.reason.trim();
    return this.info?.revealReason.mode !== 'off' && reason !== '' ? { reason } : {};
  }

  hidePin(): void {
    this.pin.hide();
    this.notice = { kind: 'pin-hidden', timedOut: false };
    if (this.screen === 'pin') this.#show('device');
  }

  /** Back from a device to the list it was chosen from. */
  backToMatches(): void {
    if (!this.endsOnList) return;
    this.#ticket++;
    this.pin.hide();
    this.#forgetSecrets();
    this.lock.reset();
    this.details = null;
    this.revealing = false;
    this.notice = null;
    this.#show('matches');
  }

  async retry(): Promise<void> {
    const again = this.#retry;
    if (again) await again();
  }

  /** Forget everything about the last lookup, PIN included. */
  reset(): void {
    this.#ticket++;
    this.pin.hide();
    this.#forgetSecrets();
    this.lock.reset();
    clearTimeout(this.#idleTimer);
    this.screen = 'idle';
    this.#draft = '';
    this.inputRefused = false;
    this.query = '';
    this.searchResult = null;
    this.details = null;
    this.error = null;
    this.revealing = false;
    this.checking = false;
    this.checkError = null;
    this.notice = null;
    this.#retry = null;
  }

  /** Someone is at the counter: postpone the return to idle. */
  noteActivity(): void {
    this.#armIdleReset();
  }

  dispose(): void {
    this.reset();
    this.#unsubscribe();
  }

  async #search(query: string): Promise<void> {
    const ticket = this.#begin('searching');
    this.notice = null;
    this.query = query;
    this.searchResult = null;
    this.details = null;
    const result = await this.#call('devices:search', { query });
    if (ticket !== this.#ticket) return;
    if (!result.ok) return this.#fail(result.error, () => this.#search(query));
    this.searchResult = result.value;
    const { devices, labelSerial } = result.value;
    if (labelSerial) this.notice = { kind: 'apple-label', typed: query, serial: labelSerial };
    const [first] = devices;
    if (!first) this.#show('no-match');
    else if (this.endsOnList) this.#show('matches');
    else await this.select(first.id);
  }

  #onEvent(event: KioskEvent): void {
    if (event.name === 'app:status') this.connection = event.payload;
    else if (event.name === 'app:notice') this.coreNotice = event.payload.message;
    else if (event.name === 'auth:changed') this.auth.update(event.payload);
    else if (event.name === 'auth:deviceCode') this.auth.showCode(event.payload);
    else if (event.name === 'devices:updated') this.#deviceUpdated(event.payload.details, event.payload.settled);
  }

  #deviceUpdated(details: DeviceDetails, settled: boolean): void {
    const current = this.details;
    // Only the device on screen is updated; the previous person's device stays forgotten.
    if (!current || current.device.id.toLowerCase() !== details.device.id.toLowerCase()) return;
    if (this.screen !== 'device' && this.screen !== 'pin') return;
    // Events carry no audit record: keep the last reveal that the device's own answer named.
    if (Date.parse(details.fetchedAt) >= Date.parse(current.fetchedAt)) {
      this.details = { ...details, lastReveal: details.lastReveal ?? current.lastReveal ?? null, secrets: details.secrets ?? current.secrets };
    }
    this.lock.update(details, settled);
  }

  #lockSent(sent: RemoteLockSent): void {
    const current = this.details;
    if (current && current.device.id.toLowerCase() === sent.id.toLowerCase()) {
      this.details = { ...current, remoteLock: sent.remoteLock };
    }
  }

  #forgetSecrets(): void {
    this.secret.hide();
    this.secretFailure = null;
    this.revealingSecret = null;
    this.reason = '';
    this.reasonMissing = false;
  }

  #begin(screen: Screen): number {
    this.pin.hide();
    this.#forgetSecrets();
    this.lock.reset();
    this.error = null;
    this.revealing = false;
    this.checkError = null;
    // The Apple-label note explains the device that the search is about to show.
    if (this.notice?.kind !== 'apple-label') this.notice = null;
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
      return { ok: false, error: { code: 'internal', message: t.errors.noAnswer } } as const satisfies {
        ok: false;
        error: KioskError;
      };
    }
  }
}
