import type { AppInfo, KioskBridge, KioskError, KioskEvent, Message, SecretKind } from '../../../electron/core/contract';
import { SignIn } from './auth.svelte';
import { call } from './bridge';
import { LookupFlow } from './lookup.svelte';
import { RemoteLockFlow } from './remote-lock.svelte';
import { RevealFlow } from './reveal.svelte';

export type Connection = Extract<KioskEvent, { name: 'app:status' }>['payload'];

export interface KioskStateOptions {
  /** How long a revealed PIN stays on screen. */
  pinVisibleMs?: number;
  /** How long the counter may sit untouched on a device before it returns to the search. */
  idleResetMs?: number;
}

/**
 * The counter: the technician's sign-in, then one visit after another — find the device (lookup), reveal what the
 * person needs (reveal), lock it where it is not (lock) — and back to the search when the visit ends or sits idle.
 */
export class KioskState {
  info = $state.raw<AppInfo | null>(null);
  connection = $state.raw<Connection | null>(null);
  /** A message from the kiosk itself (in English), shown until dismissed. */
  coreNotice = $state<Message | null>(null);

  readonly lookup: LookupFlow;
  readonly reveal: RevealFlow;
  readonly lock: RemoteLockFlow;
  readonly auth: SignIn;

  readonly #bridge: KioskBridge;
  #idleResetMs: number;
  /** Timings the page was opened with (tests, demonstrations) win over the kiosk's config. */
  readonly #timingsFixed: { idle: boolean; pin: boolean };
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #unsubscribe: () => void;

  constructor(bridge: KioskBridge, options: KioskStateOptions = {}) {
    this.#bridge = bridge;
    this.#idleResetMs = options.idleResetMs ?? 180_000;
    this.#timingsFixed = { idle: options.idleResetMs !== undefined, pin: options.pinVisibleMs !== undefined };
    this.lookup = new LookupFlow(bridge, {
      onBegin: () => {
        this.reveal.forget();
        this.lock.reset();
      },
      onShow: () => this.#armIdleReset(),
    });
    // Timings fixed by the page (tests, demonstrations) hold for every secret, a BitLocker key too.
    this.reveal = new RevealFlow(
      bridge,
      { pinMs: options.pinVisibleMs ?? 60_000, recoveryKeyMs: options.pinVisibleMs ?? 180_000 },
      {
        policy: () => this.info?.revealReason,
        onShown: () => this.lock.cancel(),
        onPinFailed: (error, retry) => this.lookup.fail(error, retry, false),
      },
    );
    this.lock = new RemoteLockFlow(bridge, (sent) => this.lookup.lockSent(sent));
    this.auth = new SignIn(bridge, () => this.reset());
    this.#unsubscribe = bridge.subscribe((event) => this.#onEvent(event));
  }

  /** The config's answer (app:info): the screen's language, its timings, what it offers. */
  async loadInfo(): Promise<void> {
    const result = await call(this.#bridge, 'app:info', {});
    if (!result.ok) return;
    this.info = result.value;
    if (!this.#timingsFixed.idle) this.#idleResetMs = result.value.screen.idleResetMs;
    if (!this.#timingsFixed.pin) this.reveal.setTimings(result.value.screen);
  }

  /** A packaged kiosk without a config file: the technician chose the demo tenant; the kiosk starts over on it. */
  async startDemo(): Promise<KioskError | null> {
    const result = await call(this.#bridge, 'app:startDemo', {});
    if (!result.ok) return result.error;
    // Who is signed in first: the demo's screen (its badge, the search) comes with the sign-in already known.
    await this.auth.load();
    await this.loadInfo();
    return null;
  }

  async revealPin(): Promise<void> {
    const details = this.lookup.details;
    if (!details) return;
    const pin = await this.reveal.revealPin(details);
    if (pin?.lastReveal) this.lookup.noteReveal(pin.id, pin.lastReveal);
  }

  async revealSecret(kind: SecretKind, keyId?: string): Promise<void> {
    const details = this.lookup.details;
    if (details) await this.reveal.revealSecret(details, kind, keyId);
  }

  /** The visit ends: everything about the last lookup is forgotten, PIN included. */
  reset(): void {
    this.reveal.forget();
    this.lock.reset();
    this.lookup.reset();
    clearTimeout(this.#idleTimer);
  }

  /** Someone is at the counter: postpone the return to idle. */
  noteActivity(): void {
    this.#armIdleReset();
  }

  dispose(): void {
    this.reset();
    this.#unsubscribe();
  }

  #onEvent(event: KioskEvent): void {
    if (event.name === 'app:status') this.connection = event.payload;
    else if (event.name === 'app:notice') this.coreNotice = event.payload.what;
    else if (event.name === 'auth:changed') this.auth.update(event.payload);
    else if (event.name === 'auth:deviceCode') this.auth.showCode(event.payload);
    else if (event.name === 'devices:updated') {
      // Only the device on screen is updated; the previous person's device stays forgotten.
      if (this.lookup.deviceUpdated(event.payload.details)) this.lock.update(event.payload.details, event.payload.settled);
    }
  }

  #armIdleReset(): void {
    clearTimeout(this.#idleTimer);
    if (this.lookup.screen !== 'idle') this.#idleTimer = setTimeout(() => this.reset(), this.#idleResetMs);
  }
}
