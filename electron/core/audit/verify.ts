// Checks an audit folder: every record sealed, every link to the record before it whole, across files, rotations and
// restarts. Reports "intact, N records, from … to …" or the first record that was changed, removed or moved.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { GENESIS, openLine } from './chain';

export type AuditProblemKind = 'changed' | 'removed' | 'reordered' | 'damaged' | 'relinked';

export interface AuditPlace {
  file: string;
  line: number;
  seq?: number;
  time?: string;
}

export interface AuditVerification {
  folder: string;
  intact: boolean;
  /** The files read, oldest first. */
  files: string[];
  /** Sealed records checked (up to the first problem). */
  records: number;
  /** Records from before the chain existed (version 0.1.0), at the start of the trail; read, not checked. */
  unsealed: number;
  first?: AuditPlace & { seq: number; time: string };
  last?: AuditPlace & { seq: number; time: string; hash: string };
  /** The trail does not start at record 1: older files were deleted by rotation (or by hand). */
  startsLater: boolean;
  problem?: AuditPlace & { kind: AuditProblemKind; message: string };
  /** PIN reveals and remote locks that kiosk.log in the same folder says were sealed, all looked for in the trail. */
  loggedRecords: number;
}

interface Entry {
  file: string;
  line: number;
  opened: ReturnType<typeof openLine> | { kind: 'blank' };
}

/** audit-<time>.jsonl (oldest first by the time in their names), then audit.jsonl. */
export function auditFiles(folder: string): string[] {
  const names = readdirSync(folder).filter((name) => /^audit(-.+)?\.jsonl$/.test(name) && statSync(path.join(folder, name)).isFile());
  const older = names.filter((name) => name !== 'audit.jsonl').sort();
  return [...older, ...(names.includes('audit.jsonl') ? ['audit.jsonl'] : [])].map((name) => path.join(folder, name));
}

export function verifyAuditFolder(folder: string): AuditVerification {
  const files = auditFiles(folder);
  const result: AuditVerification = { folder, intact: true, files, records: 0, unsealed: 0, startsLater: false, loggedRecords: 0 };
  const entries: Entry[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    // The last line of a file ends with a newline; what follows it is nothing, unless the file was cut.
    if (lines.at(-1) === '') lines.pop();
    lines.forEach((line, i) => entries.push({ file, line: i + 1, opened: line === '' ? { kind: 'blank' } : openLine(line) }));
  }
  const seqsAhead = new Map<number, Entry>();
  for (const entry of entries) if (entry.opened.kind === 'sealed') seqsAhead.set(entry.opened.seq, entry);

  let previous: { seq: number; hash: string } | null = null;
  const fail = (entry: Entry, kind: AuditProblemKind, message: string, seq?: number, time?: string) => {
    result.intact = false;
    result.problem = { file: entry.file, line: entry.line, ...(seq !== undefined && { seq }), ...(time && { time }), kind, message };
    return result;
  };

  for (const entry of entries) {
    const where = `${path.basename(entry.file)} line ${entry.line}`;
    const { opened } = entry;
    if (opened.kind === 'blank') return fail(entry, 'damaged', `${where} is empty: a record there was removed or blanked.`);
    if (opened.kind === 'damaged') return fail(entry, 'damaged', `${where} is not a whole audit record: it was cut short (a power failure, a full disk) or edited.`);
    if (opened.kind === 'unsealed') {
      if (previous === null) {
        result.unsealed++;
        continue;
      }
      return fail(entry, 'changed', `${where} has lost its seal (seq, prev, hash): it was changed after it was written.`, undefined, timeOf(opened.fields));
    }
    const time = timeOf(opened.fields);
    if (opened.kind === 'altered') {
      const which = opened.seq ? `Record ${opened.seq} (${where}${time ? `, ${time}` : ''})` : `The record at ${where}`;
      return fail(entry, 'changed', `${which} was changed after it was written: its text no longer matches its hash.`, opened.seq ?? undefined, time);
    }
    const { seq, prev, hash } = opened;
    const label = `record ${seq} (${where}, ${time ?? 'no time'})`;
    if (entry.line === 1 && !opened.startsFile) {
      return fail(entry, 'removed', `The start of ${path.basename(entry.file)} was removed: its first line, ${label}, was not the first record written to it.`, seq, time);
    }
    if (previous === null) {
      if (seq === 1 && prev !== GENESIS) return fail(entry, 'relinked', `The first ${label} does not start the chain: it was replaced.`, seq, time);
      result.startsLater = seq > 1;
      result.first = { file: entry.file, line: entry.line, seq, time: time ?? '' };
    } else if (seq === previous.seq + 1) {
      if (prev !== previous.hash) {
        return fail(entry, 'relinked', `${capital(label)} does not follow record ${previous.seq}: one of the two was replaced by a record written elsewhere.`, seq, time);
      }
    } else if (seq > previous.seq + 1) {
      const expected = previous.seq + 1;
      const moved = seqsAhead.get(expected);
      if (moved && entries.indexOf(moved) > entries.indexOf(entry)) {
        return fail(entry, 'reordered', `Records were reordered: ${label} comes before record ${expected}, which is at ${path.basename(moved.file)} line ${moved.line}.`, seq, time);
      }
      const missing = seq - 1 === expected ? `Record ${expected} is` : `Records ${expected} to ${seq - 1} are`;
      const atFileStart = entry.line === 1 ? ' (a whole file, or the end of the one before, was deleted)' : '';
      return fail(entry, 'removed', `${missing} missing before ${label}${atFileStart}.`, seq, time);
    } else {
      return fail(entry, 'reordered', `Records were reordered or repeated: ${label} comes after record ${previous.seq}.`, seq, time);
    }
    previous = { seq, hash };
    result.records++;
    result.last = { file: entry.file, line: entry.line, seq, time: time ?? '', hash };
  }
  return compareWithKioskLog(folder, result, new Set([...seqsAhead.values()].map((e) => (e.opened as { hash: string }).hash.slice(0, 16))));
}

const SEALED_LINE = /^(\S+) +\S+ +(?:core: )?audit trail: sealed (\S+) record with hash ([0-9a-f]{16})$/;

/** Records cut from the end leave a whole chain; kiosk.log still names the PIN reveals and locks that were sealed. */
function compareWithKioskLog(folder: string, result: AuditVerification, hashes: Set<string>): AuditVerification {
  if (!result.intact || !result.first) return result;
  const logs = readdirSync(folder).filter((name) => /^kiosk(-.+)?\.log$/.test(name)).sort();
  for (const name of logs) {
    const lines = readFileSync(path.join(folder, name), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const sealed = SEALED_LINE.exec(lines[i]!);
      // Older than the trail's first record: its file may have been rotated away, as retention does.
      if (!sealed || sealed[1]! < result.first.time) continue;
      result.loggedRecords++;
      if (hashes.has(sealed[3]!)) continue;
      result.intact = false;
      result.problem = {
        file: path.join(folder, name),
        line: i + 1,
        time: sealed[1],
        kind: 'removed',
        message: `${name} line ${i + 1} says a ${sealed[2]} record with hash ${sealed[3]} was sealed at ${sealed[1]}, and the trail does not hold it: records were cut from its end (it now ends at record ${result.last?.seq ?? 0}, ${result.last?.time ?? 'no time'}).`,
      };
      return result;
    }
  }
  return result;
}

/** Plain words for the person checking. */
export function describeVerification(v: AuditVerification): string {
  const lines: string[] = [];
  if (v.files.length === 0) return `No audit files (audit.jsonl, audit-<time>.jsonl) in ${v.folder}.`;
  if (v.intact && v.first && v.last) {
    lines.push(`Intact: ${v.records} records, from ${v.first.time} to ${v.last.time}, in ${v.files.length} file${v.files.length === 1 ? '' : 's'}.`);
  } else if (v.intact) {
    lines.push(`Intact, but no sealed records: ${v.files.length} file${v.files.length === 1 ? '' : 's'}.`);
  } else {
    lines.push(`NOT intact: ${v.problem!.message}`);
    if (v.records > 0 && v.first && v.last) lines.push(`The ${v.records} records before it, from ${v.first.time} to ${v.last.time}, are intact.`);
  }
  if (v.startsLater && v.first) lines.push(`Starts at record ${v.first.seq}: the files before it were deleted by rotation (or by hand).`);
  if (v.unsealed > 0) lines.push(`${v.unsealed} older records, written before the trail was sealed (version 0.1.0), were read but cannot be checked.`);
  if (v.intact && v.last) {
    const logged = v.loggedRecords > 0 ? ` The ${v.loggedRecords} PIN reveals and remote locks that kiosk.log in this folder names are all in it.` : ' No kiosk.log in this folder names a later PIN reveal or lock.';
    lines.push(`Ends at record ${v.last.seq} (${v.last.time}, hash ${v.last.hash.slice(0, 16)}).${logged} Compare the end with the collected copy of the trail.`);
  }
  return lines.join('\n');
}

/** Exit code of the verifier: 0 intact, 1 not intact, 2 nothing to check. */
export function verificationExitCode(v: AuditVerification): number {
  if (v.files.length === 0) return 2;
  return v.intact ? 0 : 1;
}

function timeOf(fields: Record<string, unknown>): string | undefined {
  return typeof fields.time === 'string' ? fields.time : undefined;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
