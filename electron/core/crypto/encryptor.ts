import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * Encrypts what the kiosk keeps on disk. The shell passes Electron's safeStorage (`os`; `basic_text` on Linux without
 * a keyring, and `none` when safeStorage is unavailable, both of which protect nothing); plain Node uses AES-256-GCM
 * with a key file.
 */
export interface Encryptor {
  readonly kind: 'os' | 'basic_text' | 'none' | 'aes-gcm-key-file';
  encrypt(plain: Buffer): Promise<Buffer>;
  /** Throws KeychainUnavailableError when the data may be fine but cannot be opened right now. */
  decrypt(sealed: Buffer): Promise<Buffer>;
  /** Like decrypt, and says whether the data was sealed under an older key and should be sealed again. */
  open?(sealed: Buffer): Promise<Opened>;
}

export interface Opened {
  plain: Buffer;
  reseal: boolean;
}

/** The keychain did not answer (locked, busy, a prompt nobody answered): try again later, and keep the file. */
export class KeychainUnavailableError extends Error {
  override readonly name = 'KeychainUnavailableError';
}

/** Whether what this encryptor writes is readable by anyone who copies the file. */
export function isUnprotected(encryptor: Encryptor): boolean {
  return encryptor.kind === 'basic_text' || encryptor.kind === 'none';
}

/** Decrypts, retrying while the keychain is unavailable; after the last wait the KeychainUnavailableError is thrown. */
export async function openSealed(encryptor: Encryptor, sealed: Buffer, retryDelaysMs: readonly number[]): Promise<Opened> {
  for (let attempt = 0; ; attempt++) {
    try {
      return encryptor.open ? await encryptor.open(sealed) : { plain: await encryptor.decrypt(sealed), reseal: false };
    } catch (err) {
      const wait = retryDelaysMs[attempt];
      if (!(err instanceof KeychainUnavailableError) || wait === undefined) throw err;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** Waits between tries of a keychain that is briefly unavailable (about 5 s in all). */
export const KEYCHAIN_RETRY_DELAYS_MS = [250, 1_000, 4_000] as const;

const KEY_FILE = 'kiosk.key';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** AES-256-GCM keyed from `<dataDir>/kiosk.key` (created 0600 on first use). */
export function createKeyFileEncryptor(dataDir: string): Encryptor {
  let key: Promise<Buffer> | null = null;
  const loadKey = () => (key ??= readOrCreateKey(dataDir));
  return {
    kind: 'aes-gcm-key-file',
    async encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', await loadKey(), iv);
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async decrypt(sealed) {
      if (sealed.length < IV_BYTES + TAG_BYTES) throw new Error('sealed data too short');
      const decipher = createDecipheriv('aes-256-gcm', await loadKey(), sealed.subarray(0, IV_BYTES));
      decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    },
  };
}

async function readOrCreateKey(dataDir: string): Promise<Buffer> {
  const file = path.join(dataDir, KEY_FILE);
  try {
    const existing = await readFile(file);
    if (existing.length === 32) return existing;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const fresh = randomBytes(32);
  await writeFileAtomic(file, fresh, { mode: 0o600 });
  return fresh;
}
