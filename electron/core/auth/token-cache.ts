// MSAL's token cache on disk, sealed by the encryptor port and written atomically, together with when the
// technician's shift began (so a restart does not lengthen it).
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Message } from '../contract';
import { isUnprotected, KEYCHAIN_RETRY_DELAYS_MS, KeychainUnavailableError, openSealed, type Encryptor } from '../crypto/encryptor';

export const TOKEN_CACHE_FILE = 'technician-session.bin';

export interface TokenCacheOptions {
  dataDir: string;
  encryptor: Encryptor;
  /** Whether a basic_text encryptor (which protects nothing) may still write tokens to disk. */
  allowPlaintext: boolean;
  /** Keeps tokens in memory only, as the tenant asks. */
  memoryOnly?: boolean;
  /** Waits between tries while the keychain is unavailable (default about 5 s in all). */
  retryDelaysMs?: readonly number[];
  /** Told once when the saved sign-in could not be read because the keychain did not answer. */
  onKeychainTrouble?: (what: Message) => void;
  log: (line: string) => void;
}

const KEYCHAIN_TROUBLE: Message = { id: 'signInKeychainAway' };

interface Sealed {
  v: 1;
  msal: string;
  signedInAt: string | null;
}

export class TokenCache implements ICachePlugin {
  private readonly persistable: boolean;
  private readonly memoryNote: Message | null;
  private readonly file: string;
  private loaded: Promise<Sealed | null> | null = null;
  private msal = '';
  private signedInAt: string | null = null;
  private writes: Promise<void> = Promise.resolve();
  /** The file could not be opened for now: it is left as it is and nothing is written over it this session. */
  private heldBack = false;

  constructor(private readonly options: TokenCacheOptions) {
    this.file = path.join(options.dataDir, TOKEN_CACHE_FILE);
    const unprotected = isUnprotected(options.encryptor) && !options.allowPlaintext;
    this.persistable = !options.memoryOnly && !unprotected;
    const why = options.memoryOnly ? 'tenant' : options.encryptor.kind === 'none' ? 'noKeychain' : 'noKeyring';
    this.memoryNote = this.persistable ? null : { id: 'signInsNotKept', why };
  }

  /** Whether a sign-in survives a restart (not while a saved one waits for the keychain). */
  get persisted(): boolean {
    return this.persistable && !this.heldBack;
  }

  /** Why sign-ins are not kept, for the technician; null when they are. */
  get note(): Message | null {
    return this.heldBack ? KEYCHAIN_TROUBLE : this.memoryNote;
  }

  /** When the current shift began, as stored with the tokens (null when nobody signed in or nothing was kept). */
  async shiftStart(): Promise<string | null> {
    await this.load();
    return this.signedInAt;
  }

  async setShiftStart(at: string | null): Promise<void> {
    await this.load();
    this.signedInAt = at;
    await this.save();
  }

  async beforeCacheAccess(context: TokenCacheContext): Promise<void> {
    // MSAL empties its memory before each silent lookup and expects it back from here. The kiosk is the only writer
    // of the file, so it is read once and the copy kept here (also the only copy when nothing is persisted) is the truth.
    await this.load();
    context.tokenCache.deserialize(this.msal);
  }

  async afterCacheAccess(context: TokenCacheContext): Promise<void> {
    if (!context.cacheHasChanged) return;
    this.msal = context.tokenCache.serialize();
    await this.save();
  }

  /** Removes the file and everything remembered from it. */
  async wipe(): Promise<void> {
    await this.load();
    this.msal = '';
    this.signedInAt = null;
    await this.enqueue('wipe', () => rm(this.file, { force: true }));
  }

  /** Waits for writes in progress. */
  flush(): Promise<void> {
    return this.writes;
  }

  private load(): Promise<Sealed | null> {
    this.loaded ??= this.read();
    return this.loaded;
  }

  private async read(): Promise<Sealed | null> {
    if (!this.persistable) {
      // Tokens a looser setting wrote earlier must not outlive the stricter one.
      await rm(this.file, { force: true }).catch(() => {});
      return null;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.options.log(`token cache: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
      return null;
    }
    try {
      const opened = await openSealed(this.options.encryptor, bytes, this.options.retryDelaysMs ?? KEYCHAIN_RETRY_DELAYS_MS);
      const sealed = JSON.parse(opened.plain.toString('utf8')) as Sealed;
      if (sealed.v !== 1 || typeof sealed.msal !== 'string') throw new Error('unknown format');
      this.msal = sealed.msal;
      this.signedInAt = typeof sealed.signedInAt === 'string' ? sealed.signedInAt : null;
      // Sealed under a key the keychain has since rotated: seal it again under the current one.
      if (opened.reseal) void this.save();
      return sealed;
    } catch (err) {
      if (err instanceof KeychainUnavailableError) {
        // The tokens may be perfectly good: keep the file for the next start rather than sign everyone out for good.
        this.heldBack = true;
        this.options.log('token cache: the keychain did not answer; the saved sign-in is kept, unread');
        this.options.onKeychainTrouble?.(KEYCHAIN_TROUBLE);
        return null;
      }
      // A file sealed with another key (a copied profile, a reset keyring) is useless: start signed out.
      this.options.log('token cache: unreadable, discarded; the technician signs in again');
      await rm(this.file, { force: true }).catch(() => {});
      return null;
    }
  }

  private async save(): Promise<void> {
    if (!this.persisted) return;
    const sealed: Sealed = { v: 1, msal: this.msal, signedInAt: this.signedInAt };
    const write = async () => {
      await mkdir(this.options.dataDir, { recursive: true, mode: 0o700 });
      const bytes = await this.options.encryptor.encrypt(Buffer.from(JSON.stringify(sealed), 'utf8'));
      // write-file-atomic writes a temporary file, fsyncs it and renames it over the old one.
      await writeFileAtomic(this.file, bytes, { mode: 0o600 });
    };
    await this.enqueue('write', write);
  }

  /** One disk operation at a time; a failed one is logged and the tokens stay usable in memory. */
  private enqueue(what: string, job: () => Promise<void>): Promise<void> {
    this.writes = this.writes.then(job).catch((err: unknown) => {
      this.options.log(`token cache: ${what} failed (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    });
    return this.writes;
  }
}
