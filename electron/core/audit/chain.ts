// The audit trail's hash chain. Each line ends with its number (`seq`, counting on across files and restarts), the hash
// of the line before it (`prev`) and its own hash (`hash`, SHA-256 of the line's text up to that field); the first line
// of each file also says so (`startsFile`), so lines cut from the start of the oldest file are noticed too. Changing,
// removing or moving a line breaks a link; only rewriting every line after it would not, which is why the trail
// should be collected off the computer as it is written (docs/audit.md).
import { createHash } from 'node:crypto';

/** The `prev` of the very first record a kiosk writes. */
export const GENESIS = '0'.repeat(64);

const SEAL = /^(\{.*),"hash":"([0-9a-f]{64})"\}$/;
const HEX64 = /^[0-9a-f]{64}$/;

export interface Link {
  seq: number;
  hash: string;
}

export type OpenedLine =
  | { kind: 'sealed'; seq: number; prev: string; hash: string; startsFile: boolean; fields: Record<string, unknown> }
  /** A whole record without a seal: written before the chain existed (version 0.1.0). */
  | { kind: 'unsealed'; fields: Record<string, unknown> }
  /** Its text no longer hashes to its seal: changed after it was written. */
  | { kind: 'altered'; seq: number | null; fields: Record<string, unknown> }
  /** Not one JSON record: cut short, or edited into something else. */
  | { kind: 'damaged' };

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The line to append for a record's JSON (one object, no newline), linked to the record before it. */
export function seal(recordJson: string, previous: Link | null, startsFile: boolean): { line: string; link: Link } {
  const seq = (previous?.seq ?? 0) + 1;
  const body = `${recordJson.slice(0, -1)}${startsFile ? ',"startsFile":true' : ''},"seq":${seq},"prev":"${previous?.hash ?? GENESIS}"`;
  const hash = sha256(`${body}}`);
  return { line: `${body},"hash":"${hash}"}`, link: { seq, hash } };
}

/** Reads one line of an audit file and checks it against its own seal (not yet against its neighbours). */
export function openLine(line: string): OpenedLine {
  let fields: unknown;
  try {
    fields = JSON.parse(line);
  } catch {
    return { kind: 'damaged' };
  }
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return { kind: 'damaged' };
  const record = fields as Record<string, unknown>;
  const isRecord = typeof record.time === 'string' && typeof record.action === 'string';
  if (!('hash' in record) && !('seq' in record) && !('prev' in record)) return isRecord ? { kind: 'unsealed', fields: record } : { kind: 'damaged' };
  const seq = Number.isSafeInteger(record.seq) && (record.seq as number) > 0 ? (record.seq as number) : null;
  const sealed = SEAL.exec(line);
  if (!sealed || seq === null || typeof record.prev !== 'string' || !HEX64.test(record.prev) || sha256(`${sealed[1]}}`) !== sealed[2]) {
    return { kind: 'altered', seq, fields: record };
  }
  return { kind: 'sealed', seq, prev: record.prev, hash: sealed[2]!, startsFile: record.startsFile === true, fields: record };
}
