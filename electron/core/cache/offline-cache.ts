// The kiosk's memory of its last answers, for when Graph cannot be reached. One encrypted file, rewritten
// atomically; a file that cannot be read is set aside and the kiosk carries on with an empty cache.
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { BITLOCKER_VOLUME_TYPES, DeviceRecordSchema, DeviceSchema, type Device, type DeviceRecord, type RevealedPin, type Message, type SearchKind, type SearchResult } from '../contract';
import { isUnprotected, KEYCHAIN_RETRY_DELAYS_MS, KeychainUnavailableError, openSealed, type Encryptor } from '../crypto/encryptor';
import { matchesQuery, rankMatches } from '../devices/search';
import { DAY_MS, PIN_LIFETIME } from '../microsoft';

export const CACHE_FILE = 'offline-cache.bin';
const SAVE_INTERVAL_MS = 1_000;
/** Intune answers a macOS unlock PIN for up to 30 days; the kiosk never keeps one longer. */
export const MAX_PIN_TTL_MS = PIN_LIFETIME.documentedDays * DAY_MS;

export interface OfflineCacheOptions {
  dataDir: string;
  encryptor: Encryptor;
  /** The tenant the cache belongs to; a cache written for another tenant is wiped. */
  tenantKey: string;
  now: () => Date;
  /** How long a device stays usable offline after it was fetched. */
  entryTtlMs: number;
  /** Devices kept at most; the least recently used goes first. */
  maxDevices: number;
  /** How long a PIN may be kept; 0 keeps none. Capped at 30 days. */
  pinTtlMs: number;
  /** Told once when an unreadable cache file was set aside, or could not be read because the keychain did not answer. */
  onReset: (what: Message) => void;
  /** Waits between tries while the keychain is unavailable (default about 5 s in all). */
  retryDelaysMs?: readonly number[];
  log: (line: string) => void;
}

const HeldPinSchema = z.object({ pin: z.string(), lastUpdatedDateTime: z.string().nullable(), fetchedAt: z.string() });
export type HeldPin = z.infer<typeof HeldPinSchema>;

/** A revealed secret whose kind the config lets the kiosk keep offline; same encryption and age limit as a PIN. */
const HeldSecretSchema = z.object({
  secret: z.string(),
  keyId: z.string().nullable(),
  volumeType: z.enum(BITLOCKER_VOLUME_TYPES).optional(),
  account: z.string().nullable(),
  updatedDateTime: z.string().nullable(),
  fetchedAt: z.string(),
});
export type HeldSecret = z.infer<typeof HeldSecretSchema>;

const EntrySchema = z.object({
  device: DeviceSchema,
  fetchedAt: z.string(),
  /** Null when the device was only seen in a search answer. */
  details: DeviceRecordSchema.nullable(),
  pin: HeldPinSchema.nullable(),
  /** Kept secrets by slot (`laps`, `bitlocker:<key id>`, …); absent in files written before there were any. */
  secrets: z.record(z.string(), HeldSecretSchema).optional(),
});
type Entry = z.infer<typeof EntrySchema>;

const FileSchema = z.object({ version: z.literal(1), tenant: z.string(), entries: z.array(z.tuple([z.string(), EntrySchema])) });

export class OfflineCache {
  readonly #options: OfflineCacheOptions;
  readonly #file: string;
  /** Insertion order is recency: the first entry is the least recently used. */
  #entries = new Map<string, Entry>();
  #loaded: Promise<void> | null = null;
  /** In-memory changes, in order; reads wait for these, never for the disk. */
  #changes: Promise<void> = Promise.resolve();
  #saving: Promise<void> = Promise.resolve();
  #dirty = false;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #lastWriteAt = -Infinity;
  /** The file could not be opened for now: it stays as it is, and this session's cache lives in memory only. */
  #heldBack = false;

  constructor(options: OfflineCacheOptions) {
    this.#options = { ...options, pinTtlMs: isUnprotected(options.encryptor) ? 0 : Math.min(options.pinTtlMs, MAX_PIN_TTL_MS) };
    this.#file = path.join(options.dataDir, CACHE_FILE);
  }

  /** Whether PINs are kept at all (never when the only encryption protects nothing: basic_text, or no safeStorage). */
  get keepsPins(): boolean {
    return this.#options.pinTtlMs > 0;
  }

  recordSearch(result: SearchResult): Promise<void> {
    return this.#change(() => {
      for (const device of result.devices) {
        const old = this.#entries.get(device.id);
        this.#touch(device.id, { device, fetchedAt: result.fetchedAt, details: old?.details ?? null, pin: old?.pin ?? null, secrets: old?.secrets });
      }
    });
  }

  recordDevice(details: DeviceRecord, pin: HeldPin | null): Promise<void> {
    return this.#change(() => {
      const old = this.#entries.get(details.device.id);
      const entry = { device: details.device, fetchedAt: details.fetchedAt, details, pin: this.keepsPins ? pin : null, secrets: old?.secrets };
      this.#touch(details.device.id, entry);
    });
  }

  /** Keeps a revealed secret of a device already in the cache (the caller checks that its kind may be kept). */
  recordSecret(id: string, slot: string, secret: HeldSecret): Promise<void> {
    return this.#change(() => {
      const entry = this.#entries.get(id);
      if (!entry || !this.keepsPins) return;
      this.#touch(id, { ...entry, secrets: { ...entry.secrets, [slot]: secret } });
    });
  }

  async secret(id: string, slot: string): Promise<HeldSecret | null> {
    await this.#load();
    const held = this.#live(id)?.secrets?.[slot];
    if (!held || this.#age(held.fetchedAt) > this.#options.pinTtlMs) return null;
    return held;
  }

  async search(query: string, kinds: readonly SearchKind[]): Promise<SearchResult | null> {
    await this.#load();
    const hits = [...this.#fresh()].filter(([, e]) => matchesQuery(e.device, query, kinds));
    if (hits.length === 0) return null;
    const oldest = hits.map(([, e]) => e.fetchedAt).sort()[0]!;
    const devices: Device[] = hits.map(([, e]) => e.device);
    return { query, kinds: [...kinds], devices: rankMatches(devices, query), source: 'cache', fetchedAt: oldest };
  }

  async get(id: string): Promise<DeviceRecord | null> {
    await this.#load();
    const entry = this.#live(id);
    if (!entry?.details) return null;
    this.#touch(id, entry);
    this.#save();
    return { ...entry.details, source: 'cache' };
  }

  async pin(id: string): Promise<RevealedPin | null> {
    await this.#load();
    const pin = this.#live(id)?.pin;
    if (!pin || this.#age(pin.fetchedAt) > this.#options.pinTtlMs) return null;
    return { id, pin: pin.pin, lastUpdatedDateTime: pin.lastUpdatedDateTime, source: 'cache', fetchedAt: pin.fetchedAt };
  }

  /** Forgets everything, on disk too (sign-out, tenant change, the technician's request). */
  async clear(): Promise<void> {
    await this.#change(() => this.#entries.clear());
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.#dirty = false;
    this.#saving = this.#saving.then(() => rm(this.#file, { force: true }));
    await this.#saving;
  }

  /** Resolves once everything recorded so far is on disk. */
  async flush(): Promise<void> {
    await this.#changes;
    if (this.#saveTimer) this.#writeNow();
    await this.#saving;
  }

  get size(): number {
    return this.#entries.size;
  }

  #age(fetchedAt: string): number {
    return this.#options.now().getTime() - Date.parse(fetchedAt);
  }

  #live(id: string): Entry | undefined {
    const entry = this.#entries.get(id);
    return entry && this.#age(entry.fetchedAt) <= this.#options.entryTtlMs ? entry : undefined;
  }

  *#fresh(): Iterable<[string, Entry]> {
    for (const [id, entry] of this.#entries) if (this.#age(entry.fetchedAt) <= this.#options.entryTtlMs) yield [id, entry];
  }

  #touch(id: string, entry: Entry): void {
    this.#entries.delete(id);
    this.#entries.set(id, entry);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#options.maxDevices) break;
      this.#entries.delete(oldest);
    }
  }

  #load(): Promise<void> {
    this.#loaded ??= this.#read();
    return this.#loaded.then(() => this.#changes);
  }

  #change(apply: () => void): Promise<void> {
    this.#loaded ??= this.#read();
    this.#changes = this.#changes
      .then(() => this.#loaded)
      .then(() => {
        apply();
        this.#save();
      })
      .catch((err: unknown) => this.#options.log(`offline cache not updated: ${(err as Error).name}`));
    return this.#changes;
  }

  async #read(): Promise<void> {
    await this.#removeStaleTempFiles();
    let parsed: z.infer<typeof FileSchema>;
    let reseal: boolean;
    try {
      const sealed = await readFile(this.#file);
      const opened = await openSealed(this.#options.encryptor, sealed, this.#options.retryDelaysMs ?? KEYCHAIN_RETRY_DELAYS_MS);
      reseal = opened.reseal;
      parsed = FileSchema.parse(JSON.parse(opened.plain.toString('utf8')));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      if (err instanceof KeychainUnavailableError) {
        // The file may be perfectly good: leave it for the next start and write nothing over it.
        this.#heldBack = true;
        this.#options.log('offline cache: the keychain did not answer; the file is kept, unread');
        this.#options.onReset({ id: 'cacheKeychainAway' });
        return;
      }
      const aside = `${this.#file}.unreadable-${this.#options.now().getTime()}`;
      await rename(this.#file, aside).catch(() => rm(this.#file, { force: true }));
      this.#options.log(`offline cache unreadable; set aside as ${path.basename(aside)}`);
      this.#options.onReset({ id: 'cacheSetAside' });
      return;
    }
    if (parsed.tenant !== this.#options.tenantKey) {
      await rm(this.#file, { force: true });
      return;
    }
    const now = this.#options.now().getTime();
    for (const [id, entry] of parsed.entries) {
      const pin = entry.pin && now - Date.parse(entry.pin.fetchedAt) <= this.#options.pinTtlMs ? entry.pin : null;
      const secrets = Object.fromEntries(Object.entries(entry.secrets ?? {}).filter(([, s]) => now - Date.parse(s.fetchedAt) <= this.#options.pinTtlMs));
      this.#entries.set(id, { ...entry, pin, secrets });
    }
    // Sealed under a key the keychain has since rotated: write it again under the current one.
    if (reseal) this.#save();
  }

  /** A write cut short by a crash leaves write-file-atomic's temp file (`<file>.<number>`) behind. */
  async #removeStaleTempFiles(): Promise<void> {
    const names = await readdir(this.#options.dataDir).catch(() => []);
    const stale = names.filter((n) => n.startsWith(`${CACHE_FILE}.`) && /^\d+$/.test(n.slice(CACHE_FILE.length + 1)));
    await Promise.all(stale.map((n) => rm(path.join(this.#options.dataDir, n), { force: true })));
  }

  /**
   * Coalesces writes: at most one a second, so a busy counter rewrites the file now and then rather than after
   * every lookup. A crash loses at most that second of updates; the file on disk is always a whole earlier state.
   */
  #save(): void {
    if (this.#dirty || this.#heldBack) return;
    this.#dirty = true;
    const wait = Math.max(0, this.#lastWriteAt + SAVE_INTERVAL_MS - performance.now());
    this.#saveTimer = setTimeout(() => this.#writeNow(), wait);
    this.#saveTimer.unref?.();
  }

  #writeNow(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.#saving = this.#saving
      .then(async () => {
        if (!this.#dirty) return;
        this.#dirty = false;
        this.#lastWriteAt = performance.now();
        const live = [...this.#fresh()];
        const json = JSON.stringify({ version: 1, tenant: this.#options.tenantKey, entries: live } satisfies z.input<typeof FileSchema>);
        const sealed = await this.#options.encryptor.encrypt(Buffer.from(json, 'utf8'));
        await mkdir(this.#options.dataDir, { recursive: true, mode: 0o700 });
        await writeFileAtomic(this.#file, sealed, { mode: 0o600 });
      })
      .catch((err: unknown) => this.#options.log(`offline cache not saved: ${(err as Error).name}`));
  }

}
