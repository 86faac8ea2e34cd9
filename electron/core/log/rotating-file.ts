// An append-only file that starts afresh past a size, keeping a few older files, readable by its owner only.
import { closeSync, fchmodSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync, existsSync } from 'node:fs';
import path from 'node:path';

export interface RotatingFileOptions {
  dir: string;
  /** `audit` → audit.jsonl, then audit-2026-05-04T10-02-13-000Z.jsonl once it is full. */
  baseName: string;
  extension: string;
  maxBytes: number;
  /** Full files kept besides the current one; older ones are deleted. */
  keep: number;
  /** Flush each append to the disk before returning (the audit trail must survive a power cut). */
  sync?: boolean;
  now?: () => Date;
  /** Told the name a full file was given, once a new one has started. */
  onRotate?: (rotatedTo: string) => void;
}

/** Owner read/write only: the files name devices and technicians. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** Synchronous on purpose: lines land in order and are on disk even if the process dies right after. */
export class RotatingFile {
  readonly path: string;
  readonly #options: RotatingFileOptions;
  #size: number | null = null;

  constructor(options: RotatingFileOptions) {
    this.#options = options;
    this.path = path.join(options.dir, `${options.baseName}${options.extension}`);
  }

  /** Appends text (one or more whole lines). Throws when the file cannot be written. */
  append(text: string): void {
    const { dir, maxBytes } = this.#options;
    mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
    this.#size ??= existsSync(this.path) ? statSync(this.path).size : 0;
    const bytes = Buffer.from(text, 'utf8');
    if (this.#size > 0 && this.#size + bytes.length > maxBytes) this.#rotate();
    const fd = openSync(this.path, 'a', PRIVATE_FILE_MODE);
    try {
      // The mode given to open applies only to a new file; an older file may have been widened by hand.
      if (process.platform !== 'win32') fchmodSync(fd, PRIVATE_FILE_MODE);
      writeSync(fd, bytes);
      if (this.#options.sync) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.#size += bytes.length;
  }

  /** Whether appending this many bytes would begin a file: the current one is empty, or it would rotate first. */
  startsFile(byteLength: number): boolean {
    this.#size ??= existsSync(this.path) ? statSync(this.path).size : 0;
    return this.#size === 0 || this.#size + byteLength > this.#options.maxBytes;
  }

  /** The current file and the kept older ones, oldest first. */
  files(): string[] {
    const { dir } = this.#options;
    if (!existsSync(dir)) return [];
    const older = readdirSync(dir).filter((name) => this.#isOlder(name)).sort();
    return [...older.map((name) => path.join(dir, name)), ...(existsSync(this.path) ? [this.path] : [])];
  }

  #rotate(): void {
    const { dir, baseName, extension, keep } = this.#options;
    // Names sort in time order; a name already taken (two rotations in one millisecond) moves a millisecond on.
    let time = (this.#options.now?.() ?? new Date()).getTime();
    const nameAt = (ms: number) => path.join(dir, `${baseName}-${new Date(ms).toISOString().replace(/[:.]/g, '-')}${extension}`);
    while (existsSync(nameAt(time))) time++;
    const target = nameAt(time);
    renameSync(this.path, target);
    this.#size = 0;
    const older = readdirSync(dir).filter((name) => this.#isOlder(name)).sort();
    for (const name of older.slice(0, Math.max(0, older.length - keep))) unlinkSync(path.join(dir, name));
    this.#options.onRotate?.(target);
  }

  #isOlder(name: string): boolean {
    const { baseName, extension } = this.#options;
    return name.startsWith(`${baseName}-`) && name.endsWith(extension);
  }
}
