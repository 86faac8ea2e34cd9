import type { AuthStatus, DeviceCode, KioskBridge, KioskError, SignInMethod } from '../../../electron/core/contract';
import { call } from './bridge';

/** The technician's sign-in, as the core reports it; the kiosk looks nothing up until someone is signed in. */
export class SignIn {
  status = $state.raw<AuthStatus | null>(null);
  /** The code to enter on another device, while a device-code sign-in waits. */
  deviceCode = $state.raw<DeviceCode | null>(null);
  /** Why the last sign-in did not finish. */
  error = $state.raw<KioskError | null>(null);

  signedIn: boolean = $derived(this.status?.state === 'signedIn');

  readonly #bridge: KioskBridge;
  readonly #onSignedOut: () => void;

  constructor(bridge: KioskBridge, onSignedOut: () => void) {
    this.#bridge = bridge;
    this.#onSignedOut = onSignedOut;
  }

  async load(): Promise<void> {
    const result = await call(this.#bridge, 'auth:status', {});
    if (result.ok) this.update(result.value);
  }

  async signIn(method: SignInMethod): Promise<void> {
    this.error = null;
    this.deviceCode = null;
    const result = await call(this.#bridge, 'auth:signIn', { method });
    if (result.ok) this.update(result.value);
    // A cancel by the technician needs no explanation.
    else if (result.error.code !== 'canceled') this.error = result.error;
    if (this.status?.state !== 'signingIn') this.deviceCode = null;
  }

  async cancel(): Promise<void> {
    const result = await call(this.#bridge, 'auth:cancel', {});
    this.deviceCode = null;
    if (result.ok) this.update(result.value);
  }

  async signOut(): Promise<void> {
    const result = await call(this.#bridge, 'auth:signOut', {});
    if (result.ok) this.update(result.value);
  }

  /** From `auth:status` answers and `auth:changed` events. */
  update(status: AuthStatus): void {
    const wasSignedIn = this.signedIn;
    this.status = status;
    if (status.state !== 'signingIn') this.deviceCode = null;
    if (status.state === 'signedIn') this.error = null;
    // The next technician must not see the previous one's lookup.
    if (wasSignedIn && status.state !== 'signedIn') this.#onSignedOut();
  }

  showCode(code: DeviceCode): void {
    this.deviceCode = code;
  }
}
