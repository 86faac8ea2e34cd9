// The audit trail is tamper-evident: a hash chain across files, rotations and restarts, and a verifier that finds
// every edit, removal, reordering and truncation of records and files, and names the first one.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createAuditTrail, type AuditRecord } from '../../electron/core/audit';
import { GENESIS } from '../../electron/core/audit/chain';
import { describeVerification, verifyAuditFolder } from '../../electron/core/audit/verify';
import { commandLineTool } from '../../electron/core/cli';
import { createLogFile, createLogger } from '../../electron/core/log';
import { repoRoot } from '../../electron/dev/paths';

const run = promisify(execFile);
const START = Date.parse('2026-05-04T10:00:00Z');
const timeOf = (i: number) => new Date(START + i * 60_000).toISOString();

function record(i: number): AuditRecord {
  return { time: timeOf(i), technician: `tech${i % 3}@contoso.com`, computer: 'HELPDESK-03', appVersion: '0.2.0', action: i % 4 === 0 ? 'pin-reveal' : 'device-view', outcome: 'success', deviceId: `device-${i}`, deviceName: `MBP-${i}` };
}

/**
 * A trail of `count` records written by two kiosk runs (a restart halfway), rotated about every four records,
 * so it spans several files.
 */
async function writeTrail(count = 20, log: string[] = []): Promise<{ dir: string; files: string[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-audit-chain-'));
  let t = START;
  const open = () => createAuditTrail({ dir, maxBytes: 1_400, keep: 50, now: () => new Date((t += 1_000)), log: (line) => log.push(line) });
  let trail = open();
  for (let i = 1; i <= count; i++) {
    if (i === Math.ceil(count / 2)) trail = open();
    trail.append(record(i));
  }
  return { dir, files: trail.file.files() };
}

async function lines(file: string): Promise<string[]> {
  return (await readFile(file, 'utf8')).split('\n').filter(Boolean);
}

async function writeLines(file: string, content: string[]): Promise<void> {
  await writeFile(file, content.map((l) => `${l}\n`).join(''));
}

/** Replaces one JSON field's value in a line, keeping everything else byte for byte. */
function edit(line: string, field: string, value: string): string {
  const edited = line.replace(new RegExp(`"${field}":"[^"]*"`), `"${field}":"${value}"`);
  expect(edited).not.toBe(line);
  return edited;
}

const seqOf = (line: string) => (JSON.parse(line) as { seq: number }).seq;

describe('the chain as written', () => {
  it('links every record to the one before, across rotation and a restart, and the verifier finds it intact', async () => {
    const { dir, files } = await writeTrail(20);
    expect(files.length).toBeGreaterThanOrEqual(4);
    const all = (await Promise.all(files.map(lines))).flat().map((l) => JSON.parse(l) as { seq: number; prev: string; hash: string; startsFile?: true });
    expect(all.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(all[0]!.prev).toBe(GENESIS);
    for (let i = 1; i < all.length; i++) expect(all[i]!.prev).toBe(all[i - 1]!.hash);
    // The first record of each file names the last hash of the file before it.
    let previousLast: string | null = null;
    for (const file of files) {
      const [first, ...rest] = (await lines(file)).map((l) => JSON.parse(l) as { prev: string; hash: string; startsFile?: true });
      expect(first!.startsFile).toBe(true);
      expect(rest.every((r) => r.startsFile === undefined)).toBe(true);
      if (previousLast) expect(first!.prev).toBe(previousLast);
      previousLast = [first!, ...rest].at(-1)!.hash;
    }

    const verification = verifyAuditFolder(dir);
    expect(verification).toMatchObject({ intact: true, records: 20, startsLater: false, unsealed: 0, first: { seq: 1, time: timeOf(1) }, last: { seq: 20, time: timeOf(20) } });
    expect(describeVerification(verification)).toMatch(new RegExp(`^Intact: 20 records, from ${timeOf(1)} to ${timeOf(20)}, in ${files.length} files\\.\\nEnds at record 20 `));
  });

  it('tells the kiosk log where the chain resumes and where each file ends, by the hash the verifier reports', async () => {
    const log: string[] = [];
    const { dir } = await writeTrail(20, log);
    const last = verifyAuditFolder(dir).last!;
    expect(log[0]).toBe('audit trail: resumes at the first record');
    expect(log.filter((l) => l.includes('resumes after the record with hash'))).toHaveLength(1);
    expect(log.some((l) => /^audit trail: audit-.+\.jsonl ends after the record with hash [0-9a-f]{16}; audit\.jsonl goes on from there$/.test(l))).toBe(true);
    // A third start names the hash of the newest record: what "Ends at" must match.
    const restartLog: string[] = [];
    createAuditTrail({ dir, log: (line) => restartLog.push(line) });
    expect(restartLog).toEqual([`audit trail: resumes after the record with hash ${last.hash.slice(0, 16)}`]);
  });
});

describe('the verifier finds', () => {
  it('an edited field of a record, and names that record', async () => {
    const { dir, files } = await writeTrail();
    const file = files[1]!;
    const content = await lines(file);
    const target = content[1]!;
    content[1] = edit(target, 'technician', 'someone.else@contoso.com');
    await writeLines(file, content);
    const v = verifyAuditFolder(dir);
    expect(v.problem).toMatchObject({ kind: 'changed', seq: seqOf(target), file, line: 2 });
    expect(describeVerification(v)).toMatch(new RegExp(`^NOT intact: Record ${seqOf(target)} \\(${path.basename(file)} line 2, .+\\) was changed after it was written`));
  });

  it('an edit of the very last record, which no later record points at', async () => {
    const { dir, files } = await writeTrail();
    const file = files.at(-1)!;
    const content = await lines(file);
    content[content.length - 1] = edit(content.at(-1)!, 'deviceName', 'MBP-OTHER');
    await writeLines(file, content);
    expect(verifyAuditFolder(dir).problem).toMatchObject({ kind: 'changed', seq: 20 });
  });

  it('an edited record whose own hash was recomputed: the next record no longer follows it', async () => {
    const { dir, files } = await writeTrail();
    const { createHash } = await import('node:crypto');
    const file = files[0]!;
    const content = await lines(file);
    const edited = edit(content[1]!, 'action', 'sign-in');
    const body = edited.replace(/,"hash":"[0-9a-f]{64}"\}$/, '');
    content[1] = `${body},"hash":"${createHash('sha256').update(`${body}}`).digest('hex')}"}`;
    await writeLines(file, content);
    expect(verifyAuditFolder(dir).problem).toMatchObject({ kind: 'relinked', seq: 3 });
  });

  it('one removed record, and several', async () => {
    const one = await writeTrail();
    const file = one.files[1]!;
    const content = await lines(file);
    const removed = seqOf(content[1]!);
    await writeLines(file, content.filter((_, i) => i !== 1));
    const v = verifyAuditFolder(one.dir);
    expect(v.problem).toMatchObject({ kind: 'removed', seq: removed + 1 });
    expect(v.problem!.message).toContain(`Record ${removed} is missing before record ${removed + 1}`);
    expect(describeVerification(v)).toContain(`The ${removed - 1} records before it, from ${timeOf(1)} to ${timeOf(removed - 1)}, are intact.`);

    const several = await writeTrail();
    const middle = several.files[2]!;
    const rows = await lines(middle);
    await writeLines(middle, [rows[0]!, ...rows.slice(3)]);
    expect(verifyAuditFolder(several.dir).problem!.message).toContain(`Records ${seqOf(rows[1]!)} to ${seqOf(rows[2]!)} are missing`);
  });

  it('two records swapped, within a file and across files', async () => {
    const within = await writeTrail();
    const file = within.files[1]!;
    const content = await lines(file);
    [content[1], content[2]] = [content[2]!, content[1]!];
    await writeLines(file, content);
    expect(verifyAuditFolder(within.dir).problem).toMatchObject({ kind: 'reordered', seq: seqOf(content[1]!) });

    const across = await writeTrail();
    const [a, b] = [across.files[0]!, across.files[1]!];
    const [la, lb] = [await lines(a), await lines(b)];
    const lastOfA = la.pop()!;
    const firstOfB = lb.shift()!;
    await writeLines(a, [...la, firstOfB]);
    await writeLines(b, [lastOfA, ...lb]);
    expect(verifyAuditFolder(across.dir).problem!.kind).toMatch(/reordered|removed/);
    expect(verifyAuditFolder(across.dir).intact).toBe(false);
  });

  it('two files swapped by renaming them', async () => {
    const { dir, files } = await writeTrail();
    const [a, b] = [files[0]!, files[1]!];
    await rename(a, `${a}.tmp`);
    await rename(b, a);
    await rename(`${a}.tmp`, b);
    expect(verifyAuditFolder(dir).problem).toMatchObject({ kind: 'reordered', file: b, line: 1, seq: 1 });
  });

  it('a record cut short at the end of a file, or in the middle of the trail', async () => {
    const end = await writeTrail();
    const newest = end.files.at(-1)!;
    const text = await readFile(newest, 'utf8');
    await writeFile(newest, text.slice(0, text.length - 40));
    const v = verifyAuditFolder(end.dir);
    expect(v.problem).toMatchObject({ kind: 'damaged', file: newest });
    expect(v.problem!.message).toContain('is not a whole audit record');

    const middle = await writeTrail();
    const older = middle.files[1]!;
    const olderText = await readFile(older, 'utf8');
    await writeFile(older, olderText.slice(0, olderText.length - 40));
    expect(verifyAuditFolder(middle.dir).problem).toMatchObject({ kind: 'damaged', file: older });
  });

  it('whole records cut from the end of an older file', async () => {
    const { dir, files } = await writeTrail();
    const content = await lines(files[1]!);
    await writeLines(files[1]!, content.slice(0, -1));
    expect(verifyAuditFolder(dir).problem).toMatchObject({ kind: 'removed', file: files[2], line: 1 });
  });

  it('a blank line where a record was', async () => {
    const { dir, files } = await writeTrail();
    const content = await lines(files[0]!);
    content[1] = '';
    await writeLines(files[0]!, content);
    expect(verifyAuditFolder(dir).problem).toMatchObject({ kind: 'damaged', line: 2 });
  });

  it('a whole file deleted from the middle', async () => {
    const { dir, files } = await writeTrail();
    const gone = await lines(files[1]!);
    await rm(files[1]!);
    const v = verifyAuditFolder(dir);
    expect(v.problem).toMatchObject({ kind: 'removed', file: files[2], line: 1 });
    expect(v.problem!.message).toContain(`Records ${seqOf(gone[0]!)} to ${seqOf(gone.at(-1)!)} are missing`);
    expect(v.problem!.message).toContain('a whole file');
  });

  it('records cut from the start of the oldest file, which rotation never does', async () => {
    const { dir, files } = await writeTrail();
    await writeLines(files[0]!, (await lines(files[0]!)).slice(1));
    expect(verifyAuditFolder(dir).problem).toMatchObject({ kind: 'removed', file: files[0], line: 1, seq: 2 });
  });

  it('a record added from another trail', async () => {
    const { dir, files } = await writeTrail();
    const other = await writeTrail();
    const content = await lines(files[1]!);
    content.splice(2, 0, (await lines(other.files[1]!))[2]!);
    await writeLines(files[1]!, content);
    expect(verifyAuditFolder(dir).intact).toBe(false);
  });
});

describe('records cut from the end', () => {
  /** A trail whose kiosk also wrote kiosk.log in the same folder, as the app does. */
  async function trailWithKioskLog() {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-audit-chain-'));
    const log = createLogger({ file: createLogFile(dir) });
    let t = START;
    const trail = createAuditTrail({ dir, maxBytes: 1_400, now: () => new Date((t += 1_000)), log: log.info });
    for (let i = 1; i <= 20; i++) trail.append(record(i));
    return { dir, files: trail.file.files() };
  }

  it('are found through kiosk.log, which names every sealed PIN reveal and remote lock', async () => {
    const intact = await trailWithKioskLog();
    const v = verifyAuditFolder(intact.dir);
    // Records 4, 8, 12, 16 and 20 are reveals.
    expect(v).toMatchObject({ intact: true, loggedRecords: 5 });
    expect(describeVerification(v)).toContain('The 5 PIN reveals and remote locks that kiosk.log in this folder names are all in it.');

    const cut = await trailWithKioskLog();
    const newest = cut.files.at(-1)!;
    await writeLines(newest, (await lines(newest)).slice(0, -1));
    const after = verifyAuditFolder(cut.dir);
    expect(after.problem).toMatchObject({ kind: 'removed', file: path.join(cut.dir, 'kiosk.log') });
    expect(after.problem!.message).toMatch(/^kiosk\.log line \d+ says a pin-reveal record with hash [0-9a-f]{16} was sealed at .+, and the trail does not hold it: records were cut from its end \(it now ends at record 19, /);
  });

  it('are found through kiosk.log also when the whole newest file is deleted', async () => {
    const { dir, files } = await trailWithKioskLog();
    await rm(files.at(-1)!);
    expect(verifyAuditFolder(dir)).toMatchObject({ intact: false, problem: { kind: 'removed' } });
  });
});

describe('what the verifier cannot see, it says', () => {
  it('the newest file deleted: intact, and it says where the trail ends', async () => {
    const { dir, files } = await writeTrail();
    const before = await lines(files.at(-2)!);
    await rm(files.at(-1)!);
    const v = verifyAuditFolder(dir);
    const lastSeq = seqOf(before.at(-1)!);
    expect(v).toMatchObject({ intact: true, last: { seq: lastSeq, time: timeOf(lastSeq) } });
    expect(describeVerification(v)).toContain(`Ends at record ${lastSeq} (${timeOf(lastSeq)}, hash ${v.last!.hash.slice(0, 16)})`);
  });

  it('the oldest files deleted by rotation: intact, starting at a later record', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-audit-chain-'));
    let t = START;
    const trail = createAuditTrail({ dir, maxBytes: 1_400, keep: 2, now: () => new Date((t += 1_000)) });
    for (let i = 1; i <= 20; i++) trail.append(record(i));
    expect(trail.file.files()).toHaveLength(3);
    const v = verifyAuditFolder(dir);
    expect(v.intact).toBe(true);
    expect(v.startsLater).toBe(true);
    expect(v.first!.seq).toBeGreaterThan(1);
    expect(describeVerification(v)).toContain(`Starts at record ${v.first!.seq}: the files before it were deleted by rotation`);
  });

  it('records from before the trail was sealed are counted, and the sealed ones after them checked', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-audit-chain-'));
    const legacy = [record(1), record(2)].map((r) => JSON.stringify(r));
    await writeLines(path.join(dir, 'audit.jsonl'), legacy);
    const trail = createAuditTrail({ dir });
    trail.append(record(3));
    trail.append(record(4));
    const v = verifyAuditFolder(dir);
    expect(v).toMatchObject({ intact: true, unsealed: 2, records: 2, first: { seq: 1 } });
    expect(describeVerification(v)).toContain('2 older records, written before the trail was sealed');
  });

  it('a record cut short by a power failure stays visible; the kiosk goes on on a new line', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-audit-chain-'));
    const first = createAuditTrail({ dir });
    first.append(record(1));
    first.file.append('{"time":"2026-05-04T10:01:00.000Z","technician":"b","act');
    const restarted = createAuditTrail({ dir });
    restarted.append(record(2));
    const content = await lines(path.join(dir, 'audit.jsonl'));
    expect(content).toHaveLength(3);
    expect(seqOf(content[2]!)).toBe(2);
    expect(verifyAuditFolder(dir).problem).toMatchObject({ kind: 'damaged', line: 2 });
  });
});

describe('the verifier command', () => {
  it('npm run audit:verify: intact exits 0, a changed trail exits 1, no folder exits 2, and --json is for scripts', async () => {
    const { dir, files } = await writeTrail();
    const verify = async (...args: string[]) => {
      try {
        const { stdout, stderr } = await run('npm', ['run', '--silent', 'audit:verify', '--', ...args], { cwd: repoRoot });
        return { code: 0, stdout, stderr };
      } catch (err) {
        const e = err as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    };
    const intact = await verify(dir);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/^Intact: 20 records/);

    const json = await verify(dir, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ intact: true, records: 20, files });

    const content = await lines(files[0]!);
    content[0] = edit(content[0]!, 'computer', 'ELSEWHERE');
    await writeLines(files[0]!, content);
    const changed = await verify(dir);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toMatch(/^NOT intact: Record 1 /);

    const empty = await mkdtemp(path.join(os.tmpdir(), 'kiosk-audit-empty-'));
    expect(await verify(empty)).toMatchObject({ code: 2, stdout: expect.stringContaining('No audit files') });
    expect(await verify()).toMatchObject({ code: 2, stderr: expect.stringContaining('Which audit folder?') });
    expect(await verify(path.join(empty, 'nope'))).toMatchObject({ code: 2, stderr: expect.stringContaining('is not a folder') });
  });

  it('the packaged app\'s --verify-audit <folder> runs the same check', async () => {
    const { dir } = await writeTrail();
    for (const argv of [['/opt/kiosk/unlock-pin-kiosk', '--verify-audit', dir], ['/opt/kiosk/unlock-pin-kiosk', `--verify-audit=${dir}`, '--json']]) {
      const tool = commandLineTool(argv);
      expect(tool).not.toBeNull();
      const out: string[] = [];
      const code = await tool!({ fetch, out: (t) => out.push(t), err: (t) => out.push(t), demo: () => Promise.reject(new Error('not used')) });
      expect(code).toBe(0);
      expect(out.join('\n')).toMatch(argv.includes('--json') ? /"intact": true/ : /^Intact: 20 records/);
    }
    expect(commandLineTool(['/opt/kiosk/unlock-pin-kiosk', '--kiosk'])).toBeNull();
    expect(await readdir(dir)).toContain('audit.jsonl');
  });
});
