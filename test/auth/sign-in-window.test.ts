// The `window` sign-in through real MSAL: Entra's page in the kiosk's own window, which closes itself once the answer
// reached the loopback listener; closing it cancels, and a page that never answers meets the time limit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SignInWindow } from '../../electron/core/auth';
import { manualClock, startTenant, valueOf, type Tenant } from './harness';

let tenant: Tenant;

beforeEach(async () => {
  tenant = await startTenant();
});

afterEach(async () => {
  await tenant.close();
});

/** A window the test closes by hand, as a technician would with its close button. */
function closableWindow() {
  const opened: string[] = [];
  let dismiss: () => void = () => {};
  let closedByKiosk = 0;
  const open = (url: string): SignInWindow => {
    opened.push(url);
    return {
      closed: new Promise((resolve) => (dismiss = () => resolve('dismissed'))),
      close: () => void closedByKiosk++,
    };
  };
  return { open, opened, dismiss: () => dismiss(), closedByKiosk: () => closedByKiosk };
}

describe('the sign-in window', () => {
  it('signs in with PKCE on the loopback redirect, and the window the core opened is all it used', async () => {
    const core = tenant.start({ signIn: { methods: ['window'] } });
    expect(valueOf(await core.invoke('auth:status', {})).methods).toEqual(['window']);
    expect(valueOf(await core.invoke('auth:signIn', { method: 'window' }))).toMatchObject({ state: 'signedIn' });
    const authorize = new URL(tenant.opened[0]!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toMatch(/^http:\/\/localhost:\d+$/);
    expect(await core.invoke('auth:signIn', { method: 'browser' })).toMatchObject({ ok: false, error: { code: 'not_supported', message: expect.stringMatching(/"Sign in with your work account"/) } });
  });

  it('is canceled when the technician closes the window, and the kiosk closes a window it no longer needs', async () => {
    const window = closableWindow();
    const core = tenant.start({ signIn: { methods: ['window'], openWindow: window.open } });
    const signIn = core.invoke('auth:signIn', { method: 'window' });
    await expect.poll(() => window.opened.length).toBe(1);
    window.dismiss();
    expect(await signIn).toMatchObject({ ok: false, error: { code: 'canceled' } });
    expect(valueOf(await core.invoke('auth:status', {})).state).toBe('signedOut');
    expect(window.closedByKiosk()).toBe(1);
  });

  it('gives up on a page that never sends the answer back (MSAL would wait without end)', async () => {
    const clock = manualClock();
    const window = closableWindow();
    const core = tenant.start({ signIn: { methods: ['window'], openWindow: window.open, timers: clock.timers, browserTimeoutMs: 120_000 } });
    const signIn = core.invoke('auth:signIn', { method: 'window' });
    await expect.poll(() => window.opened.length).toBe(1);
    clock.advance(120_000);
    expect(await signIn).toMatchObject({ ok: false, error: { code: 'timeout', message: expect.stringMatching(/in the sign-in window in time/) } });
    expect(window.closedByKiosk()).toBe(1);
    // MSAL's loopback listener has closed too.
    const redirect = new URL(new URL(window.opened[0]!).searchParams.get('redirect_uri')!);
    redirect.hostname = '127.0.0.1';
    await expect.poll(() => fetch(redirect).then(() => 'open', () => 'closed')).toBe('closed');
  });
});
