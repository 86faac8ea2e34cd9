// The audit trail: who did what to which device, appended as JSON Lines. Never a PIN or a token: the record has no
// field that could hold one.
import { readFileSync } from 'node:fs';
import type { ErrorCode, SecretKind } from '../contract';
import { RotatingFile } from '../log/rotating-file';

export const AUDIT_ACTIONS = ['sign-in', 'sign-out', 'search', 'device-view', 'pin-reveal', 'secret-reveal', 'remote-lock'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditRecord {
  time: string;
  technician: string;
  /** The counter computer's name, so logs gathered from many kiosks stay apart. */
  computer: string;
  appVersion: string;
  action: AuditAction;
  outcome: 'success' | 'failure';
  /** On failure, the kiosk's error code (not_found, forbidden, throttled, …). */
  error?: ErrorCode;
  deviceId?: string;
  deviceName?: string;
  /** Searches: how many devices matched. The search text itself is not recorded. */
  matches?: number;
  /** Secret reveals: which kind of secret (the value itself is never recorded). */
  secretKind?: SecretKind;
  /** BitLocker reveals: the recovery key id. */
  keyId?: string;
  /** Reveals: the reason the technician gave, where the config asks for one. */
  reason?: string;
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
}

const MAX_TEXT = 256;
const REVEALS_REMEMBERED = 1_000;

/** An audit trail on disk, each record flushed before the action's answer is returned. */
export function createAuditTrail(options: AuditTrailOptions): AuditTrail & { readonly file: RotatingFile } {
  const file = new RotatingFile({
    dir: options.dir,
    baseName: 'audit',
    extension: '.jsonl',
    maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
    keep: options.keep ?? 50,
    sync: true,
    now: options.now,
  });
  const reveals = new RevealIndex();
  // Reveals from before a restart still read "revealed by you at 10:02".
  for (const record of readRecords(file.path)) reveals.note(record);
  return {
    file,
    append(record) {
      const line = serialize(record);
      file.append(`${line}\n`);
      reveals.note(record);
    },
    lastReveal: (deviceId) => reveals.get(deviceId),
  };
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

function readRecords(file: string): AuditRecord[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const records: AuditRecord[] = [];
  for (const line of text.split('\n')) {
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
