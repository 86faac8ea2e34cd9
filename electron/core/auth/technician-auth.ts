// The technician's session: MSAL's PublicClientApplication signing in through the system browser (PKCE, loopback
// redirect) or a device code, a token for every Graph call, and the end of the session at sign-out, at the end of
// the shift, after idle time, or when Entra ID no longer renews it.
import {
  LogLevel,
  PublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type DeviceCodeRequest,
  type INetworkModule,
  type InteractiveRequest,
} from '@azure/msal-node';
import type { AuthStatus, KioskEvent, SignInMethod } from '../contract';
import type { Encryptor } from '../crypto/encryptor';
import { KioskFailure } from '../errors';
import { authFailure, describeAuthError, NOT_SIGNED_IN } from './errors';
import { qrCode } from './qr';
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
  now: () => Date;
  timers: Timers;
  shiftMs: number;
  idleMs: number;
  /** How long the browser sign-in may take before the kiosk gives up on it. */
  browserTimeoutMs: number;
  /** Signs in through the browser on first use, until someone signs out (the demo technician). */
  autoSignIn: boolean;
  emit: (event: KioskEvent) => void;
  /** Told after every sign-out, so nothing of the last technician stays in memory. */
  onSignedOut: () => void;
  log: (line: string) => void;
}

type EndReason = 'technician' | 'shiftEnded' | 'idle' | 'sessionExpired';

interface Attempt {
  method: SignInMethod;
  cancelled: KioskFailure | null;
  cancel(failure: KioskFailure): void;
  /** Settles when the attempt is cancelled; never resolves. */
  stopped: Promise<never>;
  /** Resolves once the attempt has answered its caller. */
  finished: Promise<void>;
}

const BROWSER_DONE_PAGE = page('Signed in', 'You are signed in. Return to the kiosk; you can close this window.');
const BROWSER_ERROR_PAGE = page('Sign-in did not finish', 'Sign-in did not finish. Return to the kiosk and try again.');

export class TechnicianAuth {
  private readonly pca: PublicClientApplication;
  private readonly limits: SessionLimits;
  private account: AccountInfo | null = null;
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
    this.pca = new PublicClientApplication({
      auth: {
        clientId: options.clientId,
        authority: options.authority,
        // Trusting the configured authority skips instance discovery, which only the public cloud could answer.
        knownAuthorities: [new URL(options.authority).host],
      },
      cache: { cachePlugin: options.tokenCache },
      system: {
        networkClient: options.network,
        // MSAL's messages can quote Entra's error text, which may name the account: failures are logged by code instead.
        loggerOptions: { logLevel: LogLevel.Error, piiLoggingEnabled: false, loggerCallback: () => {} },
      },
    });
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
    await this.ready();
    await this.run(method);
    return this.snapshot();
  }

  async cancel(): Promise<AuthStatus> {
    await this.ready();
    const attempt = this.attempt;
    attempt?.cancel(new KioskFailure('cancelled', 'Sign-in was cancelled.'));
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
    if (!account) throw new KioskFailure('not_signed_in', NOT_SIGNED_IN);
    let result: AuthenticationResult;
    try {
      result = await this.pca.acquireTokenSilent({ account, scopes: this.options.scopes, forceRefresh });
    } catch (err) {
      const failure = authFailure(err);
      if (failure.code === 'internal') this.options.log(`token: ${describeAuthError(err)}`);
      // Entra ID will not renew this session any more: end it here, so the kiosk shows the sign-in screen.
      if (failure.code === 'not_signed_in' && this.account === account) await this.endSession('sessionExpired');
      throw failure;
    }
    if (this.account !== account || !result.accessToken) throw new KioskFailure('not_signed_in', NOT_SIGNED_IN);
    return result.accessToken;
  }

  /** The technician used the kiosk: the idle sign-out counts from now. */
  noteActivity(): void {
    this.limits.touch();
  }

  async dispose(): Promise<void> {
    this.attempt?.cancel(new KioskFailure('cancelled', 'The kiosk is closing.'));
    this.limits.stop();
    await this.options.tokenCache.flush();
  }

  private async restore(): Promise<void> {
    const [account] = await this.pca.getTokenCache().getAllAccounts();
    const shiftStart = await this.options.tokenCache.shiftStart();
    if (account && shiftStart) {
      this.account = account;
      this.signedInAt = shiftStart;
      this.limits.start(new Date(shiftStart));
    } else if (account) {
      await this.forget();
    }
    if (!this.account && this.autoSignInAllowed) {
      this.autoSignInAllowed = false;
      // Everyone asking for the state waits for this, so the start-up sign-in is not a change anyone must hear of.
      this.quiet = true;
      await this.run('browser')
        .catch((err: unknown) => this.options.log(`automatic sign-in failed: ${describeAuthError(err)}`))
        .finally(() => (this.quiet = false));
    }
  }

  private async run(method: SignInMethod): Promise<void> {
    // Pressing the other sign-in button replaces the sign-in in progress.
    this.attempt?.cancel(new KioskFailure('cancelled', 'Another sign-in replaced this one.'));
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
    const flow = method === 'browser' ? this.browserFlow(attempt) : this.deviceCodeFlow(attempt);
    // A flow that finishes after it was cancelled must not leave its account behind.
    flow.then(
      (result) => {
        if (attempt.cancelled && result?.account && result.account.homeAccountId !== this.account?.homeAccountId) {
          void this.pca.getTokenCache().removeAccount(result.account).catch(() => {});
        }
      },
      () => {},
    );
    try {
      const result = await Promise.race([flow, attempt.stopped]);
      if (!result?.account) throw new KioskFailure('internal', 'Sign-in finished without an account. Try again.');
      await this.adopt(result.account);
    } catch (err) {
      const failure = attempt.cancelled ?? authFailure(err);
      if (failure.code === 'internal') this.options.log(`sign-in (${method}): ${describeAuthError(err)}`);
      throw failure;
    } finally {
      if (this.attempt === attempt) this.attempt = null;
      this.changed();
    }
  }

  private async browserFlow(attempt: Attempt): Promise<AuthenticationResult> {
    let loopback: { redirectUri: string; state: string } | null = null;
    // MSAL's loopback listener waits without end; answering it with an error is the one way to stop it.
    const stopListener = () => {
      if (!loopback) return;
      const target = new URL(loopback.redirectUri);
      target.hostname = '127.0.0.1';
      const body = new URLSearchParams({ error: 'access_denied', error_description: 'Cancelled at the kiosk.', state: loopback.state });
      void fetch(target.href, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() }).catch(() => {});
      loopback = null;
    };
    void attempt.stopped.catch(stopListener);
    const timer = this.options.timers.setTimeout(
      () => attempt.cancel(new KioskFailure('timeout', 'Nobody finished signing in in the browser in time. Start again.')),
      this.options.browserTimeoutMs,
    );
    const request: InteractiveRequest = {
      scopes: this.options.scopes,
      // A kiosk browser may still hold the previous technician's Microsoft session: let the next one pick their account.
      prompt: 'select_account',
      successTemplate: BROWSER_DONE_PAGE,
      errorTemplate: BROWSER_ERROR_PAGE,
      openBrowser: async (url) => {
        const params = new URL(url).searchParams;
        loopback = { redirectUri: params.get('redirect_uri') ?? '', state: params.get('state') ?? '' };
        if (attempt.cancelled) return stopListener();
        try {
          await this.options.openBrowser(url);
        } catch (err) {
          throw browserFailure(err);
        }
      },
    };
    try {
      return await this.pca.acquireTokenInteractive(request);
    } finally {
      this.options.timers.clearTimeout(timer);
    }
  }

  private async deviceCodeFlow(attempt: Attempt): Promise<AuthenticationResult | null> {
    const request: DeviceCodeRequest = {
      scopes: this.options.scopes,
      deviceCodeCallback: (code) => {
        if (attempt.cancelled) return;
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

  private async adopt(account: AccountInfo): Promise<void> {
    // One technician at a time: whoever signed in before leaves no tokens behind.
    for (const other of await this.pca.getTokenCache().getAllAccounts()) {
      if (other.homeAccountId !== account.homeAccountId) await this.pca.getTokenCache().removeAccount(other);
    }
    this.account = account;
    this.signedInAt = this.options.now().toISOString();
    this.lastSignOut = null;
    await this.options.tokenCache.setShiftStart(this.signedInAt);
    this.limits.start(new Date(this.signedInAt));
  }

  private async endSession(reason: EndReason): Promise<void> {
    this.attempt?.cancel(new KioskFailure('cancelled', 'Signed out.'));
    const hadSession = this.account !== null;
    await this.forget();
    if (hadSession || reason === 'technician') this.lastSignOut = { reason, at: this.options.now().toISOString() };
    this.options.onSignedOut();
    this.changed();
  }

  /** Removes every account, clears MSAL's memory and wipes the file. */
  private async forget(): Promise<void> {
    this.account = null;
    this.signedInAt = null;
    this.limits.stop();
    const cache = this.pca.getTokenCache();
    for (const account of await cache.getAllAccounts()) await cache.removeAccount(account);
    this.pca.clearCache();
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
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const attempt: Attempt & { finish(): void } = {
    method,
    cancelled: null,
    stopped,
    finished,
    finish: () => finish(),
    cancel(failure) {
      if (attempt.cancelled) return;
      attempt.cancelled = failure;
      stop(failure);
    },
  };
  return attempt;
}

/** The browser could not be opened, or (demo tenant) the sign-in page refused to start. */
function browserFailure(err: unknown): KioskFailure {
  const message = err instanceof Error ? err.message : '';
  if (/AADSTS(700016|90002)/.test(message)) {
    return new KioskFailure('config_error', `Entra ID refused the sign-in: ${message.slice(0, 200)} Check "tenantId" and "clientId" in the config file.`);
  }
  if (/AADSTS50011/.test(message)) {
    return new KioskFailure('config_error', 'The app registration lacks the redirect URI http://localhost (Authentication › Mobile and desktop applications).');
  }
  return new KioskFailure('not_supported', 'This computer could not open a web browser for sign-in. Use "Sign in with a code" on your phone instead.');
}

function page(title: string, text: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body style="font:1.5rem system-ui;margin:3rem"><h1>${title}</h1><p>${text}</p></body></html>`;
}
