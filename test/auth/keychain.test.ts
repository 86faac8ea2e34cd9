// The token cache when the keychain is briefly away (Electron's safeStorage: "temporarily unavailable"), when it has
// rotated its key (shouldReEncrypt), and when there is no keychain at all.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOKEN_CACHE_FILE } from '../../electron/core/auth';
import { createKeyFileEncryptor, KeychainUnavailableError, type Encryptor } from '../../electron/core/crypto/encryptor';
import type { KioskEvent } from '../../electron/core/contract';
import { recordEvents, startTenant, valueOf, type Tenant } from './harness';

let tenant: Tenant;

beforeEach(async () => {
  tenant = await startTenant();
});

afterEach(async () => {
  await tenant.close();
});

const cacheFile = () => path.join(tenant.dataDir, TOKEN_CACHE_FILE);
const exists = (file: string) => stat(file).then(() => true, () => false);

/** The key-file encryptor behind a keychain that can be away, or report every file as sealed under an old key. */
function keychain(dataDir: string, state: { awayFor: number; rotated: boolean; opened: number }): Encryptor {
  const inner = createKeyFileEncryptor(dataDir);
  return {
    kind: 'os',
    encrypt: (plain) => inner.encrypt(plain),
    decrypt: (sealed) => inner.decrypt(sealed),
    async open(sealed) {
      state.opened++;
      if (state.awayFor > 0) {
        state.awayFor--;
        throw new KeychainUnavailableError('safeStorage.decryptStringAsync is temporarily unavailable. Please try again.');
      }
      return { plain: await inner.decrypt(sealed), reseal: state.rotated };
    },
  };
}

async function signInAndStop(): Promise<Buffer> {
  const core = tenant.start();
  valueOf(await core.invoke('auth:signIn', { method: 'browser' }));
  await core.dispose();
  return readFile(cacheFile());
}

describe('the token cache and the keychain', () => {
  it('retries a keychain that is briefly away and keeps the technician signed in', async () => {
    await signInAndStop();
    const state = { awayFor: 2, rotated: false, opened: 0 };
    const core = tenant.start({ encryptor: keychain(tenant.dataDir, state), keychainRetryDelaysMs: [0, 0, 0] });
    expect(valueOf(await core.invoke('auth:status', {})).state).toBe('signedIn');
    expect(state.opened).toBe(3);
    await core.dispose();
  });

  it('keeps the file untouched when the keychain stays away, and tells the technician once', async () => {
    const written = await signInAndStop();
    const state = { awayFor: 100, rotated: false, opened: 0 };
    const lines: string[] = [];
    const core = tenant.start({ encryptor: keychain(tenant.dataDir, state), keychainRetryDelaysMs: [0, 0, 0], log: (l) => lines.push(l) });
    const events: KioskEvent[] = recordEvents(core);
    expect(valueOf(await core.invoke('auth:status', {}))).toMatchObject({
      state: 'signedOut',
      tokenCache: { persisted: false, protection: 'os', note: { id: 'signInKeychainAway' } },
    });
    // A new sign-in works for this session but is not written over the file it could not read.
    valueOf(await core.invoke('auth:signIn', { method: 'browser' }));
    await core.dispose();
    expect(await readFile(cacheFile())).toEqual(written);
    expect(events.filter((e) => e.name === 'app:notice')).toEqual([
      { name: 'app:notice', payload: { what: { id: 'signInKeychainAway' }, message: expect.stringMatching(/keychain did not answer.*kept for the next start/) } },
    ]);
    expect(lines.join('\n')).toMatch(/keychain did not answer; the saved sign-in is kept/);

    // Back: the earlier sign-in is still there.
    const again = tenant.start();
    expect(valueOf(await again.invoke('auth:status', {})).state).toBe('signedIn');
  });

  it('still discards a file that is plainly sealed with another key', async () => {
    await signInAndStop();
    const broken: Encryptor = { kind: 'os', encrypt: async (b) => b, decrypt: async () => { throw new Error('Error while decrypting the ciphertext'); } };
    expect(valueOf(await tenant.start({ encryptor: broken }).invoke('auth:status', {})).state).toBe('signedOut');
    expect(await exists(cacheFile())).toBe(false);
  });

  it('seals the file again when the keychain says its key was rotated (shouldReEncrypt)', async () => {
    const written = await signInAndStop();
    const state = { awayFor: 0, rotated: true, opened: 0 };
    const core = tenant.start({ encryptor: keychain(tenant.dataDir, state) });
    expect(valueOf(await core.invoke('auth:status', {})).state).toBe('signedIn');
    await core.dispose();
    const resealed = await readFile(cacheFile());
    expect(resealed).not.toEqual(written);
    expect(valueOf(await tenant.start().invoke('auth:status', {})).state).toBe('signedIn');
  });

  it('without a keychain keeps sign-ins in memory only and says why; the admin may allow otherwise', async () => {
    const none: Encryptor = { kind: 'none', encrypt: async (b) => b, decrypt: async (b) => b };
    const core = tenant.start({ encryptor: none });
    const status = valueOf(await core.invoke('auth:signIn', { method: 'browser' }));
    expect(status.tokenCache).toEqual({ persisted: false, protection: 'none', note: { id: 'signInsNotKept', why: 'noKeychain' } });
    await core.dispose();
    expect(await exists(cacheFile())).toBe(false);

    const allowed = tenant.start({ encryptor: none, signIn: { allowPlaintextTokenCache: true } });
    expect(valueOf(await allowed.invoke('auth:signIn', { method: 'browser' })).tokenCache).toMatchObject({ persisted: true, protection: 'none', note: null });
    await allowed.dispose();
    expect(await exists(cacheFile())).toBe(true);
  });

  it('offers only the sign-ins it was given: a browser sign-in is refused where only the code is offered', async () => {
    const core = tenant.start({ signIn: { methods: ['deviceCode'] } });
    expect(valueOf(await core.invoke('auth:status', {})).methods).toEqual(['deviceCode']);
    expect(await core.invoke('auth:signIn', { method: 'browser' })).toMatchObject({ ok: false, error: { code: 'not_supported' } });
    expect(tenant.opened).toEqual([]);
    expect(valueOf(await tenant.start().invoke('auth:status', {})).methods).toEqual(['browser', 'window', 'deviceCode']);
  });
});
