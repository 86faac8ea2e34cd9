import type { AppInfo, DeviceDetails, KioskBridge, KioskError, RevealedPin, SecretKind } from '../../../electron/core/contract';
import { call } from './bridge';
import type { Lang } from './i18n';
import { PinReveal } from './pin.svelte';
import { KeyRotationFlow } from './rotation.svelte';
import { SecretReveal } from './secret.svelte';
import { stopSpeaking } from './speech';

/** A PIN or secret just went off the screen: the status line says so once. */
export type RevealNotice = { kind: 'pin-hidden' | 'secret-hidden'; timedOut: boolean } | null;

/** A secret reveal that failed, shown beside the secret's offer rather than instead of the device. */
export interface SecretFailure {
  kind: SecretKind;
  keyId: string | null;
  error: KioskError;
}

export interface RevealHooks {
  /** The config's reveal-reason policy (app:info), once known. */
  policy: () => AppInfo['revealReason'] | undefined;
  /** A PIN or secret is on screen: a lock question left open goes. */
  onShown: () => void;
  /** A PIN could not be read: nothing to show but the failure and a way to try again. */
  onPinFailed: (error: KioskError, retry: () => Promise<void>) => void;
}

/** Revealing the device's PIN and secrets, each audited in the core, each hidden again after a while. */
export class RevealFlow {
  readonly pin: PinReveal;
  readonly secret: SecretReveal;
  /** Having Intune rotate the key on screen, where the config offers it. */
  readonly rotation: KeyRotationFlow;
  /** A reveal is on its way; `revealingSecret` names the secret kind, null for the PIN. */
  revealing = $state(false);
  revealingSecret = $state<SecretKind | null>(null);
  secretFailure = $state.raw<SecretFailure | null>(null);
  /** The reason typed or chosen for the reveals of the device on screen. */
  reason = $state('');
  /** A reveal was asked for without the reason the config requires. */
  reasonMissing = $state(false);
  notice = $state.raw<RevealNotice>(null);
  /** The language the person at the counter hears and reads a secret in, where it is not the screen's; for the visit. */
  visitorLang = $state<Lang | null>(null);

  readonly #bridge: KioskBridge;
  readonly #hooks: RevealHooks;
  #ticket = 0;

  constructor(bridge: KioskBridge, visible: { pinMs: number; recoveryKeyMs: number }, hooks: RevealHooks) {
    this.#bridge = bridge;
    this.#hooks = hooks;
    this.rotation = new KeyRotationFlow(bridge);
    this.pin = new PinReveal(visible.pinMs, () => (this.notice = { kind: 'pin-hidden', timedOut: true }));
    this.secret = new SecretReveal({ otherMs: visible.pinMs, recoveryKeyMs: visible.recoveryKeyMs }, () => {
      this.notice = { kind: 'secret-hidden', timedOut: true };
    });
  }

  /** The screen timings of the config (app:info). */
  setTimings(screen: AppInfo['screen']): void {
    this.pin.visibleMs = screen.pinVisibleMs;
    this.secret.otherMs = screen.pinVisibleMs;
    this.secret.recoveryKeyMs = screen.recoveryKeyVisibleMs;
  }

  /** Resolves to the PIN once it is on screen, null when it is not (refused, failed, superseded). */
  async revealPin(details: DeviceDetails): Promise<RevealedPin | null> {
    const { id } = details.device;
    if (details.lockOutcome?.pinOffered !== true || this.revealing || !this.#reasonReady()) return null;
    const ticket = this.#start(null);
    const result = await call(this.#bridge, 'pin:reveal', { id, ...this.#reasonField() });
    if (ticket !== this.#ticket) return null;
    this.#stop();
    if (!result.ok) {
      this.#hooks.onPinFailed(result.error, async () => void (await this.revealPin(details)));
      return null;
    }
    if (result.value.id !== id) return null;
    this.#hooks.onShown();
    this.secret.hide();
    this.pin.show(result.value);
    return result.value;
  }

  /** One secret of the device (a BitLocker key needs its key id); a failure shows beside its offer. */
  async revealSecret(details: DeviceDetails, kind: SecretKind, keyId?: string): Promise<void> {
    const { id } = details.device;
    const offered = details.secrets?.some((s) => s.kind === kind && (!keyId || s.keys?.some((k) => k.id === keyId)));
    if (!offered || this.revealing || !this.#reasonReady()) return;
    const ticket = this.#start(kind);
    this.secretFailure = null;
    const result = await call(this.#bridge, 'secrets:reveal', { id, kind, ...(keyId ? { keyId } : {}), ...this.#reasonField() });
    if (ticket !== this.#ticket) return;
    this.#stop();
    if (!result.ok) {
      this.secretFailure = { kind, keyId: keyId ?? null, error: result.error };
      return;
    }
    if (result.value.id !== id) return;
    this.#hooks.onShown();
    this.pin.hide();
    this.rotation.reset();
    this.secret.show(result.value);
  }

  hidePin(): void {
    this.pin.hide();
    this.notice = { kind: 'pin-hidden', timedOut: false };
  }

  hideSecret(): void {
    this.secret.hide();
    this.notice = { kind: 'secret-hidden', timedOut: false };
  }

  /** A spelled-out reading and read-aloud in another language from now on; one under way stops. */
  chooseLanguage(lang: Lang): void {
    stopSpeaking();
    this.visitorLang = lang;
  }

  /** Everything off the screen and forgotten: the device, or the person, changes. */
  forget(): void {
    this.#ticket++;
    this.pin.hide();
    this.secret.hide();
    this.rotation.reset();
    this.#stop();
    this.secretFailure = null;
    this.reason = '';
    this.reasonMissing = false;
    this.notice = null;
    this.visitorLang = null;
  }

  #start(kind: SecretKind | null): number {
    this.revealing = true;
    this.revealingSecret = kind;
    this.notice = null;
    return ++this.#ticket;
  }

  #stop(): void {
    this.revealing = false;
    this.revealingSecret = null;
  }

  #reasonReady(): boolean {
    this.reasonMissing = this.#hooks.policy()?.mode === 'required' && this.reason.trim() === '';
    return !this.reasonMissing;
  }

  #reasonField(): { reason?: string } {
    const reason = this.reason.trim();
    const mode = this.#hooks.policy()?.mode ?? 'off';
    return mode !== 'off' && reason !== '' ? { reason } : {};
  }
}
