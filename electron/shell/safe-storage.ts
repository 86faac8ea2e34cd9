import { safeStorage } from 'electron';
import type { Encryptor } from '../core/crypto/encryptor';

/**
 * The OS keychain (Keychain, DPAPI, libsecret/KWallet) through safeStorage. On Linux without a keyring it falls
 * back to `basic_text`, which protects nothing: the core then keeps no PINs and, unless allowed, no tokens on disk.
 * Undefined when safeStorage is unavailable; the core then uses its own key file.
 */
export async function safeStorageEncryptor(): Promise<Encryptor | undefined> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return undefined;
  const basicText = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  return {
    kind: basicText ? 'basic_text' : 'os',
    // safeStorage seals strings; base64 carries the core's bytes through it unchanged.
    encrypt: (plain) => safeStorage.encryptStringAsync(plain.toString('base64')),
    decrypt: async (sealed) => Buffer.from((await safeStorage.decryptStringAsync(sealed)).result, 'base64'),
  };
}
