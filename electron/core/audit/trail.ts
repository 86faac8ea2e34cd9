// The audit trail: who did what to which device, appended as JSON Lines, each line sealed into a hash chain
// (./chain.ts). Never a PIN or a token: the record has no field that could hold one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorCode, SecretKind, SignInMethod } from '../contract';
import { RotatingFile } from '../log/rotating-file';
import { openLine, seal, type Link } from './chain';

export const AUDIT_ACTIONS = ['sign-in', 'sign-out', 'search', 'device-view', 'pin-reveal', 'secret-reveal', 'remote-lock', 'key-rotation'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditRecord {
  time: string;
  technician: string;
  /** The counter computer's name, so logs gathered from many kiosks stay apart. */
  computer: string;
  appVersion: string;
  action: AuditAction;
  /** `unknown`: a reveal about to start, written before the kiosk asks Graph for the secret; its outcome follows. */
  outcome: 'success' | 'failure' | 'unknown';
  /** On failure, the kiosk's error code (not_found, forbidden, throttled, …). */
  error?: ErrorCode;
  deviceId?: string;
  deviceName?: string;
  /** Searches: how many devices matched. The search text itself is not recorded. */
  matches?: number;
  /** Secret reveals and key rotations: which kind of secret (the value itself is never recorded). */
  secretKind?: SecretKind;
  /** BitLocker reveals: the recovery key id. */
  keyId?: string;
  /** Reveals: the reason the technician gave, where the config asks for one. */
  reason?: string;
  /** Sign-ins: how the technician signed in (broker, window, browser, deviceCode). */
  signInMethod?: SignInMethod;
  /** Refused sign-ins: Entra ID's AADSTS number; never its message, which may name the account. */
  entraCode?: number;
}

/** The latest PIN reveal recorded for a device. */
export interface RecordedReveal {
  at: string;
  technician: string;
}

export interface AuditTrail {
  /** Records one action; throws when it cannot (a PIN reveal then stays hidden). */
  append(record: AuditRecord): void;
  lastReveal(deviceId: string): RecordedReveal | null;
}

export interface AuditTrailOptions {
  /** The kiosk's logs folder: audit.jsonl and the older audit-<time>.jsonl files. */
  dir: string;
  /** Size at which audit.jsonl is closed and a new one started. Default 5 MiB (about 20,000 actions). */
  maxBytes?: number;
  /** Full files kept besides the current one. Default 50; an admin who needs more collects them. */
  keep?: number;
  now?: () => Date;
  /** The kiosk's diagnostic log: where the chain resumes at each start and each rotation, and each sealed PIN reveal,
   * remote lock and key rotation, so that records cut from the end of the trail can be noticed. */
  log?: (line: string) => void;
}

const MAX_TEXT = 256;
const REVEALS_REMEMBERED = 1_000;

/** An audit trail on disk, each record flushed before the action's answer is returned. */
export function createAuditTrail(options: AuditTrailOptions): AuditTrail & { readonly file: RotatingFile } {
  let last: Link | null = null;
  const file = new RotatingFile({
    dir: options.dir,
    baseName: 'audit',
    extension: '.jsonl',
    maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
    keep: options.keep ?? 50,
    sync: true,
    now: options.now,
    onRotate: (rotatedTo) => options.log?.(`audit trail: ${path.basename(rotatedTo)} ends ${describeLink(last)}; audit.jsonl goes on from there`),
  });
  const current = readLines(file.path);
  // A line cut short by a power failure is left as it is (the verifier reports it); the next record starts a new line.
  let startWithNewline = current.text !== '' && !current.text.endsWith('\n');
  last = lastLink(current.lines) ?? lastLink(readLines(file.files().filter((f) => f !== file.path).at(-1)).lines);
  options.log?.(`audit trail: resumes ${describeLink(last)}`);
  const reveals = new RevealIndex();
  // Reveals from before a restart still read "revealed by you at 10:02".
  for (const record of parseRecords(current.lines)) reveals.note(record);
  return {
    file,
    append(record) {
      const json = serialize(record);
      // Measured with the marker: a line that fits without it fits with it too, so the file decides the same way.
      const startsFile = file.startsFile(Buffer.byteLength(`${seal(json, last, true).line}\n`));
      const sealed = seal(json, last, startsFile);
      file.append(`${startWithNewline && !startsFile ? '\n' : ''}${sealed.line}\n`);
      startWithNewline = false;
      last = sealed.link;
      reveals.note(record);
      // The actions an auditor looks for are named in the kiosk's own log too, which the verifier reads (docs/audit.md).
      if (record.action === 'pin-reveal' || record.action === 'remote-lock' || record.action === 'key-rotation') options.log?.(`audit trail: sealed ${record.action} record with hash ${sealed.link.hash.slice(0, 16)}`);
    },
    lastReveal: (deviceId) => reveals.get(deviceId),
  };
}

/** Names a link by its hash, not its number: the log masks any lone six-digit number. */
function describeLink(link: Link | null): string {
  return link ? `after the record with hash ${link.hash.slice(0, 16)}` : 'at the first record';
}

/** An audit trail kept in memory, its latest `keep` records: tests, and a core started without a logs folder. */
export function createMemoryAuditTrail(keep = 1_000): AuditTrail & { readonly records: AuditRecord[] } {
  const records: AuditRecord[] = [];
  const reveals = new RevealIndex();
  return {
    records,
    append(record) {
      records.push(JSON.parse(serialize(record)) as AuditRecord);
      if (records.length > keep) records.shift();
      reveals.note(record);
    },
    lastReveal: (deviceId) => reveals.get(deviceId),
  };
}

/** One line of JSON, fields in a fixed order, texts capped; nothing but the record's own fields. */
export function serialize(record: AuditRecord): string {
  const cap = (s: string | undefined) => (s === undefined ? undefined : s.slice(0, MAX_TEXT));
  return JSON.stringify({
    time: record.time,
    technician: cap(record.technician),
    computer: cap(record.computer),
    appVersion: cap(record.appVersion),
    action: record.action,
    outcome: record.outcome,
    error: record.error,
    deviceId: cap(record.deviceId),
    deviceName: cap(record.deviceName),
    matches: record.matches,
    secretKind: record.secretKind,
    keyId: cap(record.keyId),
    reason: cap(record.reason),
    signInMethod: record.signInMethod,
    entraCode: record.entraCode,
  });
}

class RevealIndex {
  readonly #latest = new Map<string, RecordedReveal>();

  note(record: AuditRecord): void {
    if (record.action !== 'pin-reveal' || record.outcome !== 'success' || !record.deviceId) return;
    const key = record.deviceId.toLowerCase();
    this.#latest.delete(key);
    this.#latest.set(key, { at: record.time, technician: record.technician });
    if (this.#latest.size > REVEALS_REMEMBERED) this.#latest.delete(this.#latest.keys().next().value!);
  }

  get(deviceId: string): RecordedReveal | null {
    return this.#latest.get(deviceId.toLowerCase()) ?? null;
  }
}

function readLines(file: string | undefined): { text: string; lines: string[] } {
  if (!file) return { text: '', lines: [] };
  try {
    const text = readFileSync(file, 'utf8');
    return { text, lines: text.split('\n').filter((line) => line !== '') };
  } catch {
    return { text: '', lines: [] };
  }
}

/** The newest sealed record among the lines: the chain goes on from it. */
function lastLink(lines: string[]): Link | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const opened = openLine(lines[i]!);
    if (opened.kind === 'sealed') return { seq: opened.seq, hash: opened.hash };
  }
  return null;
}

function parseRecords(lines: string[]): AuditRecord[] {
  const records: AuditRecord[] = [];
  for (const line of lines) {
    try {
      const value = JSON.parse(line) as Partial<AuditRecord>;
      if (typeof value.time === 'string' && typeof value.technician === 'string' && typeof value.action === 'string') {
        records.push(value as AuditRecord);
      }
    } catch {
      // A line cut short by a power failure; the ones around it still count.
    }
  }
  return records;
}
