// The technician's session on disk and in time: the encrypted token cache, restarts, sign-out, the end of a
// shift and idle sign-out.
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOKEN_CACHE_FILE } from '../../electron/core/auth';
import type { Encryptor } from '../../electron/core/crypto/encryptor';
import { DEMO_EXAMPLES } from '../../electron/demo';
import { manualClock, recordEvents, startTenant, valueOf, type Tenant } from './harness';

let tenant: Tenant;

beforeEach(async () => {
  tenant = await startTenant();
});

afterEach(async () => {
  await tenant.close();
});

const serial = DEMO_EXAMPLES.macLockedWithPin.serialNumber;
const cacheFile = () => path.join(tenant.dataDir, TOKEN_CACHE_FILE);
const exists = (file: string) => stat(file).then(() => true, () => false);

/** Stands in for safeStorage on Linux without a keyring: "encryption" that protects nothing. */
const basicText: Encryptor = { kind: 'basic_text', encrypt: async (b) => Buffer.from(b), decrypt: async (b) => Buffer.from(b) };

describe('the token cache', () => {
  it('is encrypted on disk, owner-only, and holds no token text', async () => {
    const core = tenant.start();
    valueOf(await core.invoke('auth:signIn', { method: 'browser' }));
    valueOf(await core.invoke('devices:search', { query: serial }));
    await core.dispose();

    const bytes = await readFile(cacheFile());
    if (process.platform !== 'win32') expect((await stat(cacheFile())).mode & 0o777).toBe(0o600);
    const text = bytes.toString('latin1');
    for (const token of tenant.idp.issuedTokens) {
      expect(text).not.toContain(token.slice(-24));
      expect(bytes.toString('base64')).not.toContain(Buffer.from(token.slice(-24)).toString('base64').slice(4, 24));
    }
    expect(text).not.toMatch(/eyJ|demo-rt|RefreshToken|secret|alex\.wilber/i);
  });

  it('keeps the technician signed in across a restart, and the shift does not start over', async () => {
    const clock = manualClock();
    const first = tenant.start({ now: clock.now, signIn: { timers: clock.timers } });
    const signedIn = valueOf(await first.invoke('auth:signIn', { method: 'browser' }));
    await first.dispose();
    clock.advance(60 * 60_000);

    const second = tenant.start({ now: clock.now, signIn: { timers: clock.timers } });
    expect(valueOf(await second.invoke('auth:status', {}))).toMatchObject({
      state: 'signedIn',
      signedInAt: signedIn.signedInAt,
      shiftEndsAt: signedIn.shiftEndsAt,
      tokenCache: { persisted: true, protection: 'aes-gcm-key-file', note: null },
    });
    expect(await second.invoke('devices:search', { query: serial })).toMatchObject({ ok: true });
    expect(tenant.opened).toHaveLength(1);
  });

  it('is wiped by sign-out: account gone, file gone, lookups refused, nothing after a restart', async () => {
    const core = tenant.start();
    valueOf(await core.invoke('auth:signIn', { method: 'browser' }));
    valueOf(await core.invoke('devices:get', { id: DEMO_EXAMPLES.macLockedWithPin.id }));
    expect(await exists(cacheFile())).toBe(true);
    const events = recordEvents(core);

    expect(valueOf(await core.invoke('auth:signOut', {}))).toMatchObject({ state: 'signedOut', technician: null, lastSignOut: { reason: 'technician' } });
    expect(events.filter((e) => e.name === 'auth:changed')).toMatchObject([{ payload: { state: 'signedOut' } }]);
    expect(await exists(cacheFile())).toBe(false);
    expect(await core.invoke('devices:search', { query: serial })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(await core.invoke('pin:reveal', { id: DEMO_EXAMPLES.macLockedWithPin.id })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    await core.dispose();

    const again = tenant.start();
    expect(valueOf(await again.invoke('auth:status', {})).state).toBe('signedOut');
    expect(await exists(cacheFile())).toBe(false);
  });

  it('stays in memory when the OS cannot protect it, and says why', async () => {
    const core = tenant.start({ encryptor: basicText });
    const status = valueOf(await core.invoke('auth:signIn', { method: 'browser' }));
    expect(status.tokenCache).toMatchObject({ persisted: false, protection: 'basic_text', note: { id: 'signInsNotKept', why: 'noKeyring' } });
    expect(await core.invoke('devices:search', { query: serial })).toMatchObject({ ok: true });
    expect(await exists(cacheFile())).toBe(false);
    await core.dispose();
    expect(valueOf(await tenant.start({ encryptor: basicText }).invoke('auth:status', {})).state).toBe('signedOut');
  });

  it('is written unprotected only when the config allows it', async () => {
    const core = tenant.start({ encryptor: basicText, signIn: { allowPlaintextTokenCache: true } });
    const status = valueOf(await core.invoke('auth:signIn', { method: 'browser' }));
    expect(status.tokenCache).toMatchObject({ persisted: true, protection: 'basic_text', note: null });
    await core.dispose();
    // The same check that finds no token in the encrypted file finds them in this one.
    expect((await readFile(cacheFile())).toString('latin1')).toContain(tenant.idp.issuedTokens.at(-1)!.slice(-24));
    // Forbidding it again removes what was written.
    expect(valueOf(await tenant.start({ encryptor: basicText }).invoke('auth:status', {})).state).toBe('signedOut');
    expect(await exists(cacheFile())).toBe(false);
  });

  it('starts signed out when the file cannot be decrypted', async () => {
    const core = tenant.start();
    valueOf(await core.invoke('auth:signIn', { method: 'browser' }));
    await core.dispose();
    await writeFile(path.join(tenant.dataDir, 'kiosk.key'), Buffer.alloc(32, 7));
    const lines: string[] = [];
    const again = tenant.start({ log: (l) => lines.push(l) });
    expect(valueOf(await again.invoke('auth:status', {})).state).toBe('signedOut');
    expect(await exists(cacheFile())).toBe(false);
    expect(lines.join('\n')).toMatch(/token cache: unreadable/);
  });
});

describe('automatic sign-out', () => {
  const HOUR = 60 * 60_000;

  it('signs out after the idle time, counted from the last lookup', async () => {
    const clock = manualClock();
    const core = tenant.start({ now: clock.now, signIn: { timers: clock.timers, idleMs: 10 * 60_000 } });
    expect(valueOf(await core.invoke('auth:signIn', { method: 'browser' })).idleSignOutMs).toBe(600_000);
    clock.advance(8 * 60_000);
    valueOf(await core.invoke('devices:search', { query: serial }));
    clock.advance(8 * 60_000);
    expect(valueOf(await core.invoke('auth:status', {})).state).toBe('signedIn');

    const events = recordEvents(core);
    clock.advance(3 * 60_000);
    await expect.poll(() => events.length).toBeGreaterThan(0);
    expect(events).toMatchObject([{ name: 'auth:changed', payload: { state: 'signedOut', lastSignOut: { reason: 'idle' } } }]);
    await expect.poll(() => exists(cacheFile())).toBe(false);
    expect(await core.invoke('devices:search', { query: serial })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
  });

  it('signs out when the shift is over, however busy the kiosk is', async () => {
    const clock = manualClock();
    const core = tenant.start({ now: clock.now, signIn: { timers: clock.timers, shiftMs: 8 * HOUR, idleMs: HOUR } });
    const status = valueOf(await core.invoke('auth:signIn', { method: 'browser' }));
    expect(Date.parse(status.shiftEndsAt!) - clock.now().getTime()).toBe(8 * HOUR);
    for (let i = 0; i < 15; i++) {
      clock.advance(30 * 60_000);
      await core.invoke('devices:search', { query: serial });
    }
    expect(valueOf(await core.invoke('auth:status', {})).state).toBe('signedIn');
    clock.advance(31 * 60_000);
    await expect.poll(async () => valueOf(await core.invoke('auth:status', {})).lastSignOut?.reason).toBe('shiftEnded');
    expect(await exists(cacheFile())).toBe(false);
  });

  it('signs out at start-up when the shift ended while the kiosk was off', async () => {
    const clock = manualClock();
    const first = tenant.start({ now: clock.now, signIn: { timers: clock.timers, shiftMs: 8 * HOUR } });
    valueOf(await first.invoke('auth:signIn', { method: 'browser' }));
    await first.dispose();
    clock.advance(9 * HOUR);
    const second = tenant.start({ now: clock.now, signIn: { timers: clock.timers, shiftMs: 8 * HOUR } });
    expect(await second.invoke('devices:search', { query: serial })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    await expect.poll(async () => valueOf(await second.invoke('auth:status', {})).lastSignOut?.reason).toBe('shiftEnded');
  });
});
