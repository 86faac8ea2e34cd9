// The technician's session: MSAL's PublicClientApplication signing in through Windows' broker (WAM), the kiosk's own
// sign-in window or the system browser (PKCE, loopback redirect), or a device code; a token for every Graph call; and
// the end of the session at sign-out, at the end of the shift, after idle time, or when Entra ID no longer renews it.
import {
  PublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type DeviceCodeRequest,
  type INetworkModule,
  type InteractiveRequest,
} from '@azure/msal-node';
import type { AuthStatus, KioskEvent, SignInMethod, SignInRefusal, SignOutReason } from '../contract';
import type { Encryptor } from '../crypto/encryptor';
import { KioskFailure } from '../errors';
import { authFailure, describeAuthError } from './errors';
import type { OpenSignInWindow, SignInBroker, SignInWindow } from './methods';
import { qrCode } from './qr';
import { entraCodeIn, refusalFailure } from './refusals';
import { msalConfiguration } from './network';
import { SessionLimits, type Timers } from './session-limits';
import type { TokenCache } from './token-cache';

export interface TechnicianAuthOptions {
  clientId: string;
  /** https://login.microsoftonline.com/<tenant> or a national cloud's; the demo tenant's in demo mode. */
  authority: string;
  /** Graph permissions to ask for, as full scope URIs. */
  scopes: string[];
  /** How MSAL reaches the authority. */
  network: INetworkModule;
  tokenCache: TokenCache;
  protection: Encryptor['kind'];
  /** Opens the sign-in page in the system browser. */
  openBrowser: (url: string) => Promise<void>;
  /** Opens the sign-in page in the kiosk's own sign-in window. */
  openWindow?: OpenSignInWindow;
  /** Windows' own sign-in (or Company Portal's on a Mac); dropped, with a line in the log, where it is unavailable. */
  broker?: SignInBroker;
  now: () => Date;
  timers: Timers;
  shiftMs: number;
  idleMs: number;
  /** How long a browser, window or broker sign-in may take before the kiosk gives up on it. */
  browserTimeoutMs: number;
  /** How long the broker may take to hand out a token or sign out (default 30 s): hangs are reported (msal-js #8483). */
  brokerCallTimeoutMs?: number;
  /** Signs in through the browser on first use, until someone signs out (the demo technician). */
  autoSignIn: boolean;
  /** The sign-ins the technician may choose, the recommended one first. */
  methods: readonly SignInMethod[];
  emit: (event: KioskEvent) => void;
  /** Told after every sign-out, so nothing of the last technician stays in memory. */
  onSignedOut: () => void;
  log: (line: string) => void;
}

interface Attempt {
  method: SignInMethod;
  canceled: KioskFailure | null;
  cancel(failure: KioskFailure): void;
  /** Settles when the attempt is canceled; never resolves. */
  stopped: Promise<never>;
  /** Resolves once the attempt has answered its caller. */
  finished: Promise<void>;
}

const BROWSER_DONE_PAGE = page('Signed in', 'You are signed in. Return to the kiosk; you can close this window.');
const BROWSER_ERROR_PAGE = page('Sign-in did not finish', 'Sign-in did not finish. Return to the kiosk and try again.');
const PAGE_METHODS: readonly SignInMethod[] = ['window', 'browser'];

export class TechnicianAuth {
  private readonly pca: PublicClientApplication;
  /** The same app through the broker, where there is one: MSAL sends every call of such a client to the broker. */
  private readonly brokerPca: PublicClientApplication | null = null;
  private readonly limits: SessionLimits;
  private readonly methods: readonly SignInMethod[];
  private account: AccountInfo | null = null;
  /** How the technician signed in; a broker session asks the broker for its tokens. */
  private sessionMethod: SignInMethod | null = null;
  private signedInAt: string | null = null;
  private lastSignOut: AuthStatus['lastSignOut'] = null;
  private attempt: Attempt | null = null;
  private readyPromise: Promise<void> | null = null;
  private autoSignInAllowed: boolean;
  private quiet = false;
  /** Token requests under way, by forceRefresh: a search's clauses run side by side and share one refresh. */
  private readonly tokenInFlight = new Map<boolean, Promise<string>>();

  constructor(private readonly options: TechnicianAuthOptions) {
    this.autoSignInAllowed = options.autoSignIn;
    const configuration = msalConfiguration({ clientId: options.clientId, authority: options.authority, network: options.network });
    this.pca = new PublicClientApplication({ ...configuration, cache: { cachePlugin: options.tokenCache } });
    const broker = options.broker;
    if (broker && options.methods.includes('broker')) {
      if (broker.plugin?.isBrokerAvailable) this.brokerPca = new PublicClientApplication({ ...configuration, broker: { nativeBrokerPlugin: broker.plugin } });
      else options.log(`sign-in: the Windows broker is unavailable (${broker.unavailable ?? 'its runtime reported a startup error'}); offering the next sign-in`);
    }
    this.methods = this.usable(options.methods);
    this.limits = new SessionLimits({
      now: options.now,
      timers: options.timers,
      shiftMs: options.shiftMs,
      idleMs: options.idleMs,
      onExpired: (reason) => {
        void this.endSession(reason).catch((err: unknown) => options.log(`sign-out after ${reason} failed: ${describeAuthError(err)}`));
      },
    });
  }

  /** The offered sign-ins this kiosk can run: the broker where it loaded, a page where something can show one. */
  private usable(wanted: readonly SignInMethod[]): SignInMethod[] {
    const can: Record<SignInMethod, boolean> = {
      broker: this.brokerPca !== null,
      window: this.options.openWindow !== undefined,
      browser: true,
      deviceCode: true,
    };
    const methods = [...new Set(wanted)].filter((m) => can[m]);
    if (methods.length === 0) {
      this.options.log(`sign-in: none of ${wanted.join(', ')} can run here; offering the sign-in window`);
      return ['window'];
    }
    return methods;
  }

  /** Loads a session kept from before a restart (or signs the demo technician in); every entry point waits for it. */
  ready(): Promise<void> {
    this.readyPromise ??= this.restore();
    return this.readyPromise;
  }

  get signedIn(): boolean {
    return this.account !== null;
  }

  get technician(): string | null {
    return this.account?.username ?? null;
  }

  async status(): Promise<AuthStatus> {
    await this.ready();
    return this.snapshot();
  }

  /** Answers when the technician has signed in, or with the reason they did not. */
  async signIn(method: SignInMethod): Promise<AuthStatus> {
    // A kiosk at a public counter never opens a browser that anyone could keep using after a sign-out.
    if (!this.methods.includes(method)) {
      throw new KioskFailure('not_supported', { id: 'signInNotOffered', offered: this.methods[0]! });
    }
    await this.ready();
    await this.run(method);
    return this.snapshot();
  }

  async cancel(): Promise<AuthStatus> {
    await this.ready();
    const attempt = this.attempt;
    attempt?.cancel(new KioskFailure('canceled', { id: 'signInCanceled', why: 'technician' }));
    await attempt?.finished;
    return this.snapshot();
  }

  async signOut(): Promise<AuthStatus> {
    await this.ready();
    await this.endSession('technician');
    return this.snapshot();
  }

  /** A token for Graph; `forceRefresh` after Graph refused the last one. */
  getToken(forceRefresh: boolean): Promise<string> {
    const running = this.tokenInFlight.get(forceRefresh);
    if (running) return running;
    const token = this.acquireToken(forceRefresh).finally(() => this.tokenInFlight.delete(forceRefresh));
    this.tokenInFlight.set(forceRefresh, token);
    return token;
  }

  private async acquireToken(forceRefresh: boolean): Promise<string> {
    await this.ready();
    const account = this.account;
    if (!account) throw new KioskFailure('not_signed_in', { id: 'notSignedIn' });
    const method = this.sessionMethod ?? this.methods[0]!;
    let result: AuthenticationResult;
    try {
      const request = { account, scopes: this.options.scopes, forceRefresh };
      result = method === 'broker' && this.brokerPca
        ? await this.brokerCall(this.brokerPca.acquireTokenSilent(request))
        : await this.pca.acquireTokenSilent(request);
    } catch (err) {
      const failure = authFailure(err, { method, offered: this.methods });
      if (failure.code === 'internal') this.options.log(`token: ${describeAuthError(err)}`);
      // Entra ID will not renew this session any more: end it here, so the kiosk shows the sign-in screen and why.
      // A missing consent or a broken config keeps the session: the admin fixes it, and the next lookup works.
      const ended = failure.code === 'not_signed_in' || (failure.refusal !== undefined && failure.code === 'forbidden');
      if (ended && this.account === account) await this.endSession('sessionExpired', failure.refusal);
      throw failure;
    }
    if (this.account !== account || !result.accessToken) throw new KioskFailure('not_signed_in', { id: 'notSignedIn' });
    return result.accessToken;
  }

  /** The technician used the kiosk: the idle sign-out counts from now. */
  noteActivity(): void {
    this.limits.touch();
  }

  async dispose(): Promise<void> {
    this.attempt?.cancel(new KioskFailure('canceled', { id: 'signInCanceled', why: 'closing' }));
    this.limits.stop();
    await this.options.tokenCache.flush();
  }

  private async restore(): Promise<void> {
    // Only MSAL's own sessions are kept over a restart; the broker keeps its accounts itself (docs/deploy.md §4).
    const [account] = await this.pca.getTokenCache().getAllAccounts();
    const shiftStart = await this.options.tokenCache.shiftStart();
    if (account && shiftStart) {
      this.account = account;
      this.sessionMethod = null;
      this.signedInAt = shiftStart;
      this.limits.start(new Date(shiftStart));
    } else if (account) {
      await this.forget();
    }
    const first = this.methods.find((m) => PAGE_METHODS.includes(m));
    if (!this.account && this.autoSignInAllowed && first) {
      this.autoSignInAllowed = false;
      // Everyone asking for the state waits for this, so the start-up sign-in is not a change anyone must hear of.
      this.quiet = true;
      await this.run(first)
        .catch((err: unknown) => this.options.log(`automatic sign-in failed: ${describeAuthError(err)}`))
        .finally(() => (this.quiet = false));
    }
  }

  private async run(method: SignInMethod): Promise<void> {
    // Pressing the other sign-in button replaces the sign-in in progress.
    this.attempt?.cancel(new KioskFailure('canceled', { id: 'signInCanceled', why: 'replaced' }));
    const attempt = newAttempt(method);
    this.attempt = attempt;
    this.changed();
    try {
      await this.runAttempt(attempt);
    } finally {
      attempt.finish();
    }
  }

  private async runAttempt(attempt: Attempt): Promise<void> {
    const method = attempt.method;
    const flow = this.flow(attempt);
    // A flow that finishes after it was canceled must not leave its account behind.
    flow.then(
      (result) => {
        if (attempt.canceled && result?.account && result.account.homeAccountId !== this.account?.homeAccountId) {
          void this.removeAccount(method, result.account);
        }
      },
      () => {},
    );
    try {
      const result = await Promise.race([flow, attempt.stopped]);
      if (!result?.account) throw new KioskFailure('internal', { id: 'signInUnfinished', entraCode: null });
      await this.adopt(result.account, method);
    } catch (err) {
      const failure = attempt.canceled ?? authFailure(err, { method, offered: this.methods });
      if (failure.code === 'internal') this.options.log(`sign-in (${method}): ${describeAuthError(err)}`);
      throw failure;
    } finally {
      if (this.attempt === attempt) this.attempt = null;
      this.changed();
    }
  }

  private flow(attempt: Attempt): Promise<AuthenticationResult | null> {
    switch (attempt.method) {
      case 'broker':
        return this.brokerFlow(attempt);
      case 'window':
        return this.pageFlow(attempt, (url) => this.showWindow(url, attempt));
      case 'browser':
        return this.pageFlow(attempt, (url) => this.showBrowser(url));
      case 'deviceCode':
        return this.deviceCodeFlow(attempt);
    }
  }

  /** Gives up on a sign-in nobody finishes: MSAL's loopback listener and the broker may both wait without end. */
  private timeLimit(attempt: Attempt): () => void {
    const late = new KioskFailure('timeout', { id: 'signInTimedOut', method: attempt.method });
    const timer = this.options.timers.setTimeout(() => attempt.cancel(late), this.options.browserTimeoutMs);
    return () => this.options.timers.clearTimeout(timer);
  }

  private async brokerFlow(attempt: Attempt): Promise<AuthenticationResult> {
    const broker = this.brokerPca!;
    const stop = this.timeLimit(attempt);
    try {
      return await broker.acquireTokenInteractive({
        scopes: this.options.scopes,
        prompt: 'select_account',
        windowHandle: this.options.broker!.windowHandle(),
        // The broker shows Windows' own dialog; MSAL never falls back to a browser once a broker call fails.
        openBrowser: async () => {
          throw new KioskFailure('internal', { id: 'internal' });
        },
      });
    } finally {
      stop();
    }
  }

  /** The authorization code flow with PKCE on MSAL's loopback listener, its page shown by `show`. */
  private async pageFlow(attempt: Attempt, show: (url: string) => Promise<void>): Promise<AuthenticationResult> {
    let loopback: { redirectUri: string; state: string } | null = null;
    // MSAL's loopback listener waits without end; answering it with an error is the one way to stop it.
    const stopListener = () => {
      if (!loopback) return;
      const target = new URL(loopback.redirectUri);
      target.hostname = '127.0.0.1';
      const body = new URLSearchParams({ error: 'access_denied', error_description: 'Canceled at the kiosk.', state: loopback.state });
      void fetch(target.href, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() }).catch(() => {});
      loopback = null;
    };
    void attempt.stopped.catch(stopListener);
    const stop = this.timeLimit(attempt);
    const request: InteractiveRequest = {
      scopes: this.options.scopes,
      // A kiosk browser may still hold the previous technician's Microsoft session: let the next one pick their account.
      prompt: 'select_account',
      successTemplate: BROWSER_DONE_PAGE,
      errorTemplate: BROWSER_ERROR_PAGE,
      openBrowser: async (url) => {
        const params = new URL(url).searchParams;
        loopback = { redirectUri: params.get('redirect_uri') ?? '', state: params.get('state') ?? '' };
        if (attempt.canceled) return stopListener();
        await show(url);
      },
    };
    try {
      return await this.pca.acquireTokenInteractive(request);
    } finally {
      stop();
    }
  }

  private async showBrowser(url: string): Promise<void> {
    try {
      await this.options.openBrowser(url);
    } catch (err) {
      throw this.pageRefused(err, 'browser');
    }
  }

  /** The page could not be shown, or (demo tenant) Entra's page refused to start: the refusal on it, in words. */
  private pageRefused(err: unknown, method: SignInMethod): KioskFailure {
    const entraCode = entraCodeIn(err instanceof Error ? err.message : '');
    const refused = entraCode === null ? null : refusalFailure(entraCode, method, this.methods);
    if (refused) return refused;
    const other = this.methods.find((m) => m !== method);
    return new KioskFailure('not_supported', { id: 'signInPageFailed', tryMethod: other ?? null });
  }

  /** The kiosk's own window; closing it cancels the sign-in, and the sign-in's end closes it. */
  private async showWindow(url: string, attempt: Attempt): Promise<void> {
    let window: SignInWindow;
    try {
      window = this.options.openWindow!(url);
    } catch (err) {
      throw this.pageRefused(err, 'window');
    }
    void attempt.finished.then(() => window.close());
    void window.closed.then(
      (how) => how === 'dismissed' && attempt.cancel(new KioskFailure('canceled', { id: 'signInCanceled', why: 'windowClosed' })),
      (err: unknown) => attempt.cancel(this.pageRefused(err, 'window')),
    );
  }

  private async deviceCodeFlow(attempt: Attempt): Promise<AuthenticationResult | null> {
    const request: DeviceCodeRequest = {
      scopes: this.options.scopes,
      deviceCodeCallback: (code) => {
        if (attempt.canceled) return;
        this.options.emit({
          name: 'auth:deviceCode',
          payload: {
            userCode: code.userCode,
            verificationUri: code.verificationUri,
            expiresAt: new Date(this.options.now().getTime() + code.expiresIn * 1000).toISOString(),
            message: code.message,
            qr: qrCode(code.verificationUri),
          },
        });
      },
    };
    // MSAL checks this flag between polls.
    void attempt.stopped.catch(() => {
      request.cancel = true;
    });
    return this.pca.acquireTokenByDeviceCode(request);
  }

  /** A broker call that does not answer in time is given up (hangs are reported: msal-js #8483). */
  private brokerCall<T>(call: Promise<T>): Promise<T> {
    const ms = this.options.brokerCallTimeoutMs ?? 30_000;
    let timer: ReturnType<Timers['setTimeout']> | undefined;
    const late = new Promise<never>((_resolve, reject) => {
      timer = this.options.timers.setTimeout(() => reject(new KioskFailure('timeout', { id: 'signInTimedOut', method: 'broker' })), ms);
    });
    return Promise.race([call, late]).finally(() => this.options.timers.clearTimeout(timer!));
  }

  private async removeAccount(method: SignInMethod | null, account: AccountInfo): Promise<void> {
    try {
      if (method === 'broker' && this.brokerPca) await this.brokerCall(this.brokerPca.signOut({ account }));
      else await this.pca.getTokenCache().removeAccount(account);
    } catch (err) {
      this.options.log(`sign-out (${method ?? 'kept session'}): ${describeAuthError(err)}`);
    }
  }

  private async adopt(account: AccountInfo, method: SignInMethod): Promise<void> {
    // One technician at a time: whoever signed in before leaves no tokens behind.
    if (this.account && this.account.homeAccountId !== account.homeAccountId) await this.removeAccount(this.sessionMethod, this.account);
    for (const other of await this.pca.getTokenCache().getAllAccounts()) {
      if (other.homeAccountId !== account.homeAccountId) await this.pca.getTokenCache().removeAccount(other);
    }
    this.account = account;
    this.sessionMethod = method;
    this.signedInAt = this.options.now().toISOString();
    this.lastSignOut = null;
    await this.options.tokenCache.setShiftStart(this.signedInAt);
    this.limits.start(new Date(this.signedInAt));
  }

  private async endSession(reason: SignOutReason, refusal?: SignInRefusal): Promise<void> {
    this.attempt?.cancel(new KioskFailure('canceled', { id: 'signInCanceled', why: 'signedOut' }));
    const hadSession = this.account !== null;
    // The broker forgets the account for this app too, so the next technician starts from its account picker.
    if (this.account && this.sessionMethod === 'broker') await this.removeAccount('broker', this.account);
    await this.forget();
    if (hadSession || reason === 'technician') this.lastSignOut = { reason, at: this.options.now().toISOString(), ...(refusal && { refusal }) };
    this.options.onSignedOut();
    this.changed();
  }

  /** Removes every account, clears MSAL's memory and wipes the file. */
  private async forget(): Promise<void> {
    this.account = null;
    this.sessionMethod = null;
    this.signedInAt = null;
    this.limits.stop();
    const cache = this.pca.getTokenCache();
    for (const account of await cache.getAllAccounts()) await cache.removeAccount(account);
    this.pca.clearCache();
    this.brokerPca?.clearCache();
    await this.options.tokenCache.wipe();
  }

  private snapshot(): AuthStatus {
    const account = this.account;
    return {
      state: this.attempt ? 'signingIn' : account ? 'signedIn' : 'signedOut',
      method: this.attempt?.method ?? null,
      technician: account ? { name: account.name || account.username, username: account.username } : null,
      signedInAt: account ? this.signedInAt : null,
      shiftEndsAt: account ? (this.limits.shiftEndsAt?.toISOString() ?? null) : null,
      idleSignOutMs: this.options.idleMs,
      methods: [...this.methods],
      lastSignOut: this.lastSignOut,
      tokenCache: { persisted: this.options.tokenCache.persisted, protection: this.options.protection, note: this.options.tokenCache.note },
    };
  }

  private changed(): void {
    if (this.quiet) return;
    this.options.emit({ name: 'auth:changed', payload: this.snapshot() });
  }
}

function newAttempt(method: SignInMethod): Attempt & { finish(): void } {
  let stop: (failure: KioskFailure) => void = () => {};
  const stopped = new Promise<never>((_resolve, reject) => {
    stop = reject;
  });
  stopped.catch(() => {});
  let finish: () => void = () => {};
  let done = false;
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const attempt: Attempt & { finish(): void } = {
    method,
    canceled: null,
    stopped,
    finished,
    finish: () => {
      done = true;
      finish();
    },
    cancel(failure) {
      // An attempt that has answered has nothing left to stop (a window closed afterwards, a late time limit).
      if (attempt.canceled || done) return;
      attempt.canceled = failure;
      stop(failure);
    },
  };
  return attempt;
}

function page(title: string, text: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body style="font:1.5rem system-ui;margin:3rem"><h1>${title}</h1><p>${text}</p></body></html>`;
}
