// The audit trail: each technician action appended once to logs/audit.jsonl with its outcome, never a PIN or a
// token, 0600, rotated by size; and "revealed by you at 10:02" in the answers.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuditTrail, createMemoryAuditTrail, withAudit, type AuditRecord, type AuditTrail } from '../../electron/core/audit';
import { createRouter, type Handlers } from '../../electron/core/router';
import { DEMO_EXAMPLES, DEMO_SECRET_EXAMPLES, DEMO_TECHNICIAN_USER } from '../../electron/demo';
import packageJson from '../../package.json' with { type: 'json' };
import { startDemoKiosk, type DemoKiosk } from './harness';
import { verifyAuditFolder } from '../../electron/core/audit/verify';

const mac = DEMO_EXAMPLES.macLockedWithPin;
let kiosk: DemoKiosk | undefined;
afterEach(async () => {
  await kiosk?.close();
  kiosk = undefined;
});

async function readTrail(logsDir: string): Promise<AuditRecord[]> {
  const text = await readFile(path.join(logsDir, 'audit.jsonl'), 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text.trim().split('\n').map((line) => JSON.parse(line) as AuditRecord);
}

/** A Mac of the demo tenant that has never been remote-locked. */
function unlockedMac(k: DemoKiosk) {
  const device = k.graph.devices.find(
    (d) => d.operatingSystem === 'macOS' && !(d.deviceActionResults ?? []).some((r) => r.actionName === 'remoteLock'),
  );
  expect(device, 'the demo tenant has an unlocked Mac').toBeTruthy();
  return device!;
}

describe('the audit trail of a shift', () => {
  it('records search, view, reveal, lock, sign-out and sign-in with who, when, where and the outcome', async () => {
    kiosk = await startDemoKiosk();
    const k = kiosk;
    const target = unlockedMac(k);
    expect((await k.invoke('devices:search', { query: mac.serialNumber })).ok).toBe(true);
    expect((await k.invoke('devices:search', { query: 'LOANER-MBA' })).ok).toBe(true);
    expect((await k.invoke('devices:get', { id: mac.id })).ok).toBe(true);
    const reveal = await k.invoke('pin:reveal', { id: mac.id });
    expect(reveal.ok && reveal.value.pin).toBe(mac.pin);
    expect((await k.invoke('devices:get', { id: target.id })).ok).toBe(true);
    expect((await k.invoke('devices:remoteLock', { id: target.id })).ok).toBe(true);
    expect((await k.invoke('pin:reveal', { id: 'no-such-device' })).ok).toBe(false);
    expect((await k.invoke('auth:signOut', {})).ok).toBe(true);
    expect((await k.invoke('auth:signIn', { method: 'browser' })).ok).toBe(true);

    const records = await readTrail(k.logsDir);
    expect(records.map((r) => `${r.action} ${r.outcome}${r.error ? ` ${r.error}` : ''}`)).toEqual([
      'search success',
      'search success',
      'device-view success',
      'pin-reveal unknown',
      'pin-reveal success',
      'device-view success',
      'remote-lock success',
      'pin-reveal unknown',
      'pin-reveal failure not_found',
      'sign-out success',
      'sign-in success',
    ]);
    for (const record of records) {
      expect(record.technician).toBe(DEMO_TECHNICIAN_USER.username);
      expect(record.appVersion).toBe(packageJson.version);
      expect(record.computer).toBe(os.hostname());
      expect(Date.parse(record.time)).not.toBeNaN();
      expect(Object.keys(record).every((key) => ['time', 'technician', 'computer', 'appVersion', 'action', 'outcome', 'error', 'deviceId', 'deviceName', 'matches', 'signInMethod', 'startsFile', 'seq', 'prev', 'hash'].includes(key))).toBe(true);
    }
    expect(records.at(-1)).toMatchObject({ action: 'sign-in', signInMethod: 'browser' });
    expect(records[0]).toMatchObject({ matches: 1, deviceId: mac.id, deviceName: mac.deviceName });
    expect(records[1]).toMatchObject({ matches: 5 });
    expect(records[1]!.deviceId).toBeUndefined();
    expect(records[3]).toMatchObject({ action: 'pin-reveal', outcome: 'unknown', deviceId: mac.id, deviceName: mac.deviceName });
    expect(records[4]).toMatchObject({ action: 'pin-reveal', outcome: 'success', deviceId: mac.id, deviceName: mac.deviceName });
    expect(records[6]).toMatchObject({ action: 'remote-lock', deviceId: target.id, deviceName: target.deviceName });
    // The search text is not kept: an admin sees which device was found, not what was typed.
    const text = await readFile(path.join(k.logsDir, 'audit.jsonl'), 'utf8');
    expect(text).not.toContain('LOANER-MBA"');
    expect(text).not.toContain(mac.pin);
    expect(text).not.toContain(mac.serialNumber);
    if (process.platform !== 'win32') expect((await stat(path.join(k.logsDir, 'audit.jsonl'))).mode & 0o777).toBe(0o600);
  });

  it('records nothing for requests the contract refuses', async () => {
    kiosk = await startDemoKiosk();
    await kiosk.invoke('pin:reveal', { id: '../../etc' });
    await kiosk.invoke('devices:search', { query: '' });
    await kiosk.core.invoke('nope' as never, {} as never);
    await expect(readFile(path.join(kiosk.logsDir, 'audit.jsonl'), 'utf8')).rejects.toThrow();
  });
});

describe('"revealed by you at 10:02"', () => {
  it('tells who revealed a PIN last, in the reveal itself and in later views, across a restart', async () => {
    let clock = new Date('2026-05-04T10:02:00Z');
    kiosk = await startDemoKiosk({ now: () => clock });
    const before = await kiosk.invoke('devices:get', { id: mac.id });
    expect(before.ok && before.value.lastReveal).toBeNull();
    const reveal = await kiosk.invoke('pin:reveal', { id: mac.id });
    expect(reveal.ok && reveal.value.lastReveal).toEqual({ at: '2026-05-04T10:02:00.000Z', technician: DEMO_TECHNICIAN_USER.username, byYou: true });
    clock = new Date('2026-05-04T10:05:00Z');
    const after = await kiosk.invoke('devices:get', { id: mac.id });
    expect(after.ok && after.value.lastReveal).toEqual({ at: '2026-05-04T10:02:00.000Z', technician: DEMO_TECHNICIAN_USER.username, byYou: true });

    // Another kiosk process reading the same trail: the reveal is still known, and it was someone else's.
    const trail = createAuditTrail({ dir: kiosk.logsDir });
    expect(trail.lastReveal(mac.id)).toEqual({ at: '2026-05-04T10:02:00.000Z', technician: DEMO_TECHNICIAN_USER.username });
  });

  it('says when the last reveal was another technician', async () => {
    const trail = createMemoryAuditTrail();
    trail.append({ time: '2026-05-04T09:00:00.000Z', technician: 'pat@contoso.com', computer: 'desk-2', appVersion: '0', action: 'pin-reveal', outcome: 'success', deviceId: mac.id });
    kiosk = await startDemoKiosk({ audit: trail });
    const view = await kiosk.invoke('devices:get', { id: mac.id });
    expect(view.ok && view.value.lastReveal).toEqual({ at: '2026-05-04T09:00:00.000Z', technician: 'pat@contoso.com', byYou: false });
  });
});

describe('when the audit trail cannot be written', () => {
  it('keeps the PIN hidden, and lets lookups go on', async () => {
    const broken: AuditTrail = {
      append() {
        throw new Error('ENOSPC: no space left on device');
      },
      lastReveal: () => null,
    };
    const lines: string[] = [];
    kiosk = await startDemoKiosk({ audit: broken, log: (line) => lines.push(line) });
    const found = await kiosk.invoke('devices:get', { id: mac.id });
    expect(found.ok).toBe(true);
    const reveal = await kiosk.invoke('pin:reveal', { id: mac.id });
    expect(reveal).toEqual({ ok: false, error: { code: 'internal', what: { id: 'revealNotRecorded' }, message: expect.stringMatching(/audit trail/) } });
    expect(JSON.stringify(kiosk.seen)).not.toContain(mac.pin);
    expect(lines.some((l) => l.includes('pin-reveal') && l.includes('PIN withheld'))).toBe(true);
  });

  it('keeps a BitLocker key or LAPS password hidden too', async () => {
    const broken: AuditTrail = {
      append() {
        throw new Error('EROFS: read-only file system');
      },
      lastReveal: () => null,
    };
    const lines: string[] = [];
    kiosk = await startDemoKiosk({ audit: broken, log: (line) => lines.push(line) });
    const found = await kiosk.invoke('devices:search', { query: DEMO_SECRET_EXAMPLES.laps.serialNumber });
    const id = found.ok ? found.value.devices[0]!.id : '';
    await kiosk.invoke('devices:get', { id });
    for (const request of [{ id, kind: 'laps' as const }, { id, kind: 'bitlocker' as const, keyId: DEMO_SECRET_EXAMPLES.bitlocker.currentKeyId }]) {
      expect(await kiosk.invoke('secrets:reveal', request)).toEqual({ ok: false, error: { code: 'internal', what: { id: 'revealNotRecorded' }, message: expect.stringMatching(/audit trail/) } });
    }
    const seen = JSON.stringify(kiosk.seen);
    expect(seen).not.toContain(DEMO_SECRET_EXAMPLES.laps.current);
    expect(seen).not.toContain(DEMO_SECRET_EXAMPLES.bitlocker.currentKey);
    expect(lines.some((l) => l.includes('secret-reveal') && l.includes('secret withheld'))).toBe(true);
    // Not even read: Entra ID would record a key or password read the kiosk's trail has no record of.
    expect(kiosk.graph.secrets.reads).toEqual([]);
  });
});

describe('every secret Graph hands over has its record, whatever happens after', () => {
  async function laptopWith(k: DemoKiosk, serial: string): Promise<string> {
    const found = await k.invoke('devices:search', { query: serial });
    const id = found.ok ? found.value.devices[0]!.id : '';
    expect((await k.invoke('devices:get', { id })).ok).toBe(true);
    return id;
  }

  it('keeps the record of a BitLocker key and a LAPS password read when the disk fills up right after it', async () => {
    const kept = createMemoryAuditTrail();
    // The trail takes each reveal's first record, then the disk is full.
    const fillsUp: AuditTrail = {
      append(record) {
        if (record.action === 'secret-reveal' && record.outcome !== 'unknown') throw new Error('ENOSPC: no space left on device');
        kept.append(record);
      },
      lastReveal: (id) => kept.lastReveal(id),
    };
    kiosk = await startDemoKiosk({ audit: fillsUp });
    const id = await laptopWith(kiosk, DEMO_SECRET_EXAMPLES.bitlocker.serialNumber);
    const keyId = DEMO_SECRET_EXAMPLES.bitlocker.currentKeyId;
    const requests = [{ id, kind: 'bitlocker' as const, keyId, reason: 'Forgot password' }, { id, kind: 'laps' as const }];
    for (const request of requests) {
      expect(await kiosk.invoke('secrets:reveal', request)).toEqual({ ok: false, error: { code: 'internal', what: { id: 'revealNotRecorded' }, message: expect.stringMatching(/audit trail/) } });
    }
    // Graph did hand both over (Entra ID's audit log has the two reads) ...
    expect(kiosk.graph.secrets.reads.map((r) => r.what)).toEqual(['bitlockerKey', 'lapsPassword']);
    // ... and so has the kiosk's trail, with who, which device, which key and why, never the secret.
    const reveals = kept.records.filter((r) => r.action === 'secret-reveal');
    expect(reveals).toEqual([
      expect.objectContaining({ outcome: 'unknown', technician: DEMO_TECHNICIAN_USER.username, deviceId: id, deviceName: DEMO_SECRET_EXAMPLES.bitlocker.deviceName, secretKind: 'bitlocker', keyId, reason: 'Forgot password' }),
      expect.objectContaining({ outcome: 'unknown', deviceId: id, secretKind: 'laps' }),
    ]);
    const text = JSON.stringify(kept.records);
    expect(text).not.toContain(DEMO_SECRET_EXAMPLES.bitlocker.currentKey);
    expect(text).not.toContain(DEMO_SECRET_EXAMPLES.laps.current);
  });

  it('records the read and how it ended when Graph answered but the answer never arrived whole', async () => {
    const trail = createMemoryAuditTrail();
    kiosk = await startDemoKiosk({
      audit: trail,
      // The connection drops halfway through Graph's answer with the password: Entra has counted the read.
      fetch: async (url, init) => {
        const response = await fetch(url, init);
        if (!url.includes('/directory/deviceLocalCredentials/') || !url.includes('credentials')) return response;
        const half = new Uint8Array(await response.arrayBuffer()).slice(0, 20);
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(half);
            controller.error(new TypeError('terminated'));
          },
        });
        return new Response(body, { status: response.status, headers: response.headers });
      },
    });
    const id = await laptopWith(kiosk, DEMO_SECRET_EXAMPLES.laps.serialNumber);
    const reveal = await kiosk.invoke('secrets:reveal', { id, kind: 'laps' });
    expect(reveal.ok).toBe(false);
    expect(kiosk.graph.secrets.reads.length).toBeGreaterThanOrEqual(1);
    const reveals = trail.records.filter((r) => r.action === 'secret-reveal');
    expect(reveals.map((r) => [r.outcome, r.secretKind, r.deviceId])).toEqual([
      ['unknown', 'laps', id],
      ['failure', 'laps', id],
    ]);
    expect(reveals[1]!.error).toBe(reveal.ok ? undefined : reveal.error.code);
    expect(JSON.stringify(trail.records)).not.toContain(DEMO_SECRET_EXAMPLES.laps.current);
  });
});

describe('a secret reveal in the trail', () => {
  it('records kind, device, key id, technician and reason on disk, in that order after the PIN fields, never the key', async () => {
    kiosk = await startDemoKiosk();
    const found = await kiosk.invoke('devices:search', { query: DEMO_SECRET_EXAMPLES.bitlocker.serialNumber });
    const id = found.ok ? found.value.devices[0]!.id : '';
    await kiosk.invoke('devices:get', { id });
    const keyId = DEMO_SECRET_EXAMPLES.bitlocker.currentKeyId;
    expect((await kiosk.invoke('secrets:reveal', { id, kind: 'bitlocker', keyId, reason: 'Forgot password' })).ok).toBe(true);
    const text = await readFile(path.join(kiosk.logsDir, 'audit.jsonl'), 'utf8');
    const last = JSON.parse(text.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(last).toMatchObject({ action: 'secret-reveal', outcome: 'success', deviceId: id, deviceName: DEMO_SECRET_EXAMPLES.bitlocker.deviceName, secretKind: 'bitlocker', keyId, reason: 'Forgot password', technician: DEMO_TECHNICIAN_USER.username });
    // The record's own fields end with the secret's, before the hash chain's (seq, prev, hash).
    expect(Object.keys(last).slice(-6)).toEqual(['secretKind', 'keyId', 'reason', 'seq', 'prev', 'hash']);
    expect(text).not.toContain(DEMO_SECRET_EXAMPLES.bitlocker.currentKey);
    expect(verifyAuditFolder(kiosk.logsDir)).toMatchObject({ intact: true });
  });
});

describe('the audit file', () => {
  it('rotates by size, keeps the newest files, and never holds fields beyond the record', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-audit-'));
    let t = Date.parse('2026-05-04T10:00:00Z');
    const trail = createAuditTrail({ dir, maxBytes: 600, keep: 2, now: () => new Date(t) });
    for (let i = 0; i < 30; i++) {
      t += 1_000;
      const record = {
        time: new Date(t).toISOString(),
        technician: 'alex@contoso.com',
        computer: 'desk-1',
        appVersion: '1.0.0',
        action: 'device-view',
        outcome: 'success',
        deviceId: `device-${i}`,
        deviceName: 'n'.repeat(1_000),
        pin: '482913',
        token: 'demo-token',
      } as AuditRecord;
      trail.append(record);
    }
    const files = trail.file.files();
    expect(files.map((f) => path.basename(f))).toEqual([expect.stringMatching(/^audit-2026-05-04T10-00-\d\d-000Z\.jsonl$/), expect.stringMatching(/^audit-/), 'audit.jsonl']);
    const text = (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('');
    expect(text).not.toMatch(/482913|demo-token/);
    const last = JSON.parse(text.trim().split('\n').at(-1)!) as AuditRecord;
    expect(last.deviceId).toBe('device-29');
    expect(last.deviceName).toHaveLength(256);
  });

  it('reads past a line cut short by a power failure', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-audit-'));
    const first = createAuditTrail({ dir });
    first.append({ time: '2026-05-04T10:00:00.000Z', technician: 'a', computer: 'c', appVersion: '1', action: 'pin-reveal', outcome: 'success', deviceId: 'd1' });
    first.file.append('{"time":"2026-05-04T10:01:00.000Z","technician":"b","act');
    first.file.append('\n');
    first.append({ time: '2026-05-04T10:02:00.000Z', technician: 'c', computer: 'c', appVersion: '1', action: 'pin-reveal', outcome: 'success', deviceId: 'd2' });
    const reopened = createAuditTrail({ dir });
    expect(reopened.lastReveal('D1')).toEqual({ at: '2026-05-04T10:00:00.000Z', technician: 'a' });
    expect(reopened.lastReveal('d2')).toEqual({ at: '2026-05-04T10:02:00.000Z', technician: 'c' });
  });
});

describe('an answer the contract refuses', () => {
  it('is recorded as a failed reveal, never as one that succeeded', async () => {
    const trail = createMemoryAuditTrail();
    const lines: string[] = [];
    // A handler whose answer breaks the contract (a PIN as a number): the kiosk's own bug, caught on the way out.
    const handlers = { 'pin:reveal': async () => ({ id: mac.id, pin: 482913, lastUpdatedDateTime: null, source: 'graph', fetchedAt: null }) } as unknown as Handlers;
    const audit = { trail, technician: async () => 'tech@contoso.com', appVersion: '1', now: () => new Date('2026-05-04T10:00:00Z'), log: () => {} };
    const invoke = createRouter(handlers, (line) => lines.push(line), (checked) => withAudit(checked, audit));

    expect(await invoke('pin:reveal', { id: mac.id })).toEqual({ ok: false, error: { code: 'internal', what: { id: 'internal' }, message: expect.any(String) } });
    expect(trail.records.map((r) => `${r.action} ${r.outcome}${r.error ? ` ${r.error}` : ''}`)).toEqual(['pin-reveal unknown', 'pin-reveal failure internal']);
    expect(trail.lastReveal(mac.id)).toBeNull();
    expect(lines).toContain('pin:reveal: answer does not match the contract at pin');
  });
});
