import { safeStorage } from 'electron';
import { KeychainUnavailableError, type Encryptor, type Opened } from '../core/crypto/encryptor';
import { StartupFailure, withTimeout } from './startup';

/** How long start-up waits for the keychain: a Keychain or keyring prompt that nobody answers must not hang the kiosk. */
export const KEYCHAIN_TIMEOUT_MS = 60_000;

/** What the kiosk writes when safeStorage is unavailable: no tokens (unless the admin allows it) and no PINs (docs/deploy.md). */
const UNPROTECTED: Encryptor = {
  kind: 'none',
  encrypt: async (plain) => plain,
  decrypt: async (sealed) => sealed,
};

/**
 * The OS keychain (Keychain, DPAPI, libsecret/KWallet) through safeStorage's asynchronous API, asked once at start-up
 * (while the starting screen says so) within a time limit. On Linux without a keyring it is `basic_text`, which protects
 * nothing; without safeStorage at all it is `none`. The core then keeps no PINs and, unless allowed, no tokens on disk;
 * it never falls back to a key file lying beside the data it would protect.
 */
export async function safeStorageEncryptor(timeoutMs = KEYCHAIN_TIMEOUT_MS): Promise<Encryptor> {
  const timedOut = () =>
    new StartupFailure(
      `The system keychain did not answer within ${Math.round(timeoutMs / 1000)} seconds, so the kiosk cannot protect its saved sign-ins.`,
      'Unlock the keychain (macOS: the login keychain; Linux: the keyring) and allow Unlock PIN Kiosk to use it, then start the kiosk again. If no one can answer a keychain prompt on this computer, ask your IT administrator (deployment guide, "The keychain").',
    );
  const ask = async () => {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
    // The first encryption is what may bring up the keychain's prompt: now, not in the middle of a sign-in. Access
    // denied there means no keychain for the kiosk: it runs on, keeping nothing secret on disk.
    return safeStorage.encryptStringAsync('unlock-pin-kiosk').then(
      () => true,
      () => false,
    );
  };
  if (!(await withTimeout(ask(), timeoutMs, timedOut))) return UNPROTECTED;
  const basicText = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';

  const open = async (sealed: Buffer): Promise<Opened> => {
    try {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(sealed);
      // safeStorage seals strings; base64 carries the core's bytes through it unchanged.
      return { plain: Buffer.from(result, 'base64'), reseal: shouldReEncrypt };
    } catch (err) {
      // Electron's own wording for a keychain that is briefly away (shell/browser/api/electron_api_safe_storage.cc).
      if (err instanceof Error && /temporarily unavailable/i.test(err.message)) throw new KeychainUnavailableError(err.message);
      throw err;
    }
  };
  return {
    kind: basicText ? 'basic_text' : 'os',
    encrypt: (plain) => safeStorage.encryptStringAsync(plain.toString('base64')),
    decrypt: async (sealed) => (await open(sealed)).plain,
    open,
  };
}
