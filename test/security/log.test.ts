// One logger for the core and the shell: every line redacted, written to a rotating file only its owner can read.
import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { chmodSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger, redact, redactValue, RotatingFile } from '../../electron/core/log';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJ1cG4iOiJhbGV4QGNvbnRvc28uY29tIn0.c2lnbmF0dXJlLWJ5dGVz';

describe('redaction', () => {
  it.each([
    ['an Authorization header', 'Authorization: Bearer demo-token', 'demo-token'],
    ['a bearer token anywhere', 'sent Bearer 0.AXkA-secret-refresh to graph', '0.AXkA-secret-refresh'],
    ['a JWT', `token was ${JWT} ok`, JWT],
    ['access_token in JSON', '{"access_token":"abc.def-ghi","expires_in":3599}', 'abc.def-ghi'],
    ['refresh_token in a form', 'grant_type=refresh_token&refresh_token=1.RT-secret&client_id=x', '1.RT-secret'],
    ['unlockPin in JSON', '{"unlockPin":"482913","actionState":"done"}', '482913'],
    ['a PIN after a label', 'pin: 046382', '046382'],
    ['a bare six-digit PIN', 'revealed 482913 for MBP', '482913'],
    ['a client secret', 'client_secret=s3cr3t~value', 's3cr3t~value'],
    ['an OAuth code in a redirect', 'http://localhost:5555/?code=0.AUTH-code&state=xyz', '0.AUTH-code'],
    ['an e-mail address', 'lookup for jane.doe@contoso.com failed', 'jane.doe@contoso.com'],
    ['a serial quoted in a Graph filter', "GET /managedDevices?$filter=serialNumber%20eq%20'C02XK1ABJG5H'&$top=5", 'C02XK1ABJG5H'],
  ])('masks %s', (_what, text, secret) => {
    const out = redact(text);
    expect(out).not.toContain(secret);
    expect(out).toMatch(/\[redacted\]|\[e-mail\]/);
  });

  it('keeps what a diagnosis needs', () => {
    for (const line of [
      'pin:reveal: answer does not match the contract at pin',
      'devices:get: TypeError at parseDevice (graph-device.ts:41:7)',
      'Graph answered 429 after 3 tries; waited 2500 ms',
      'offline cache unreadable; set aside as offline-cache.bin.unreadable-1795945260000',
      'token cache: unreadable, discarded; the technician signs in again',
    ]) {
      expect(redact(line)).toBe(line);
    }
  });

  it('escapes line breaks and control characters, so external text cannot forge a log line', () => {
    const out = redact('device name\n2026-01-01T00:00:00.000Z ERROR forged\u0000\u001b[31m');
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\n\r\u0000\u001b]/);
    expect(out).toContain('\\u000a');
  });

  it('caps very long lines, cutting them before any pattern runs', () => {
    // The cut bounds the patterns' work whatever the line holds (a long run once made the e-mail pattern quadratic).
    for (const text of ['x'.repeat(1_000_000), 'a.'.repeat(500_000), `${'1'.repeat(200_000)}@`, 'Bearer '.repeat(100_000), '"pin": '.repeat(100_000)]) {
      const out = redact(text);
      expect(out.length).toBeLessThan(2_100);
      expect(out).toContain(`(${text.length} characters in all)`);
    }
  });

  it('masks secret-named fields of any value, however nested', () => {
    const out = redactValue({ account: { accessToken: 'AT-1', refresh_token: 'RT-1', nested: [{ unlockPin: 'ABCDEF', ok: 1 }] } });
    expect(out).not.toMatch(/AT-1|RT-1|ABCDEF/);
    expect(out).toContain('"ok":1');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => redactValue(circular)).not.toThrow();
  });
});

describe('the log file', () => {
  it('writes redacted, timestamped lines to kiosk.log, owner read/write only', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-log-'));
    const file = new RotatingFile({ dir, baseName: 'kiosk', extension: '.log', maxBytes: 10_000, keep: 2 });
    const echoed: string[] = [];
    const log = createLogger({ file, echo: (l) => echoed.push(l), now: () => new Date('2026-05-04T10:02:00Z') });
    log.info('started');
    log.core('graph: sent Bearer demo-token for jane.doe@contoso.com');
    const text = await readFile(path.join(dir, 'kiosk.log'), 'utf8');
    expect(text).toBe(echoed.map((l) => `${l}\n`).join(''));
    expect(text).toContain('2026-05-04T10:02:00.000Z INFO  started');
    expect(text).toContain('WARN  core: graph: sent Bearer [redacted] for [e-mail]');
    expect(text).not.toMatch(/demo-token|jane\.doe/);
    if (process.platform !== 'win32') {
      expect((await stat(path.join(dir, 'kiosk.log'))).mode & 0o777).toBe(0o600);
      expect((await stat(dir)).mode & 0o777).toBe(0o700);
    }
  });

  it('tightens a file someone widened, and rotates by size keeping only the newest older files', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-log-'));
    writeFileSync(path.join(dir, 'kiosk.log'), '');
    chmodSync(path.join(dir, 'kiosk.log'), 0o644);
    let t = Date.parse('2026-05-04T10:00:00Z');
    const file = new RotatingFile({ dir, baseName: 'kiosk', extension: '.log', maxBytes: 100, keep: 2, now: () => new Date(t) });
    for (let i = 0; i < 20; i++) {
      file.append(`line ${String(i).padStart(2, '0')} ${'.'.repeat(30)}\n`);
      t += i % 5 === 0 ? 0 : 1_000;
    }
    const names = (await readdir(dir)).sort();
    expect(names).toHaveLength(3);
    expect(names.at(-1)).toBe('kiosk.log');
    expect(file.files().map((f) => path.basename(f))).toEqual(names);
    for (const name of names) {
      expect((await stat(path.join(dir, name))).size).toBeLessThanOrEqual(100);
      if (process.platform !== 'win32') expect((await stat(path.join(dir, name))).mode & 0o777).toBe(0o600);
    }
    // The newest lines survive, in order across the kept files.
    const all = (await Promise.all(file.files().map((f) => readFile(f, 'utf8')))).join('');
    expect(all.trim().split('\n').at(-1)).toMatch(/^line 19/);
    const numbers = all.trim().split('\n').map((l) => Number(l.slice(5, 7)));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('keeps the kiosk running when the log cannot be written', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-log-'));
    writeFileSync(path.join(dir, 'blocked'), 'a file where the folder should be');
    const file = new RotatingFile({ dir: path.join(dir, 'blocked', 'logs'), baseName: 'kiosk', extension: '.log', maxBytes: 1000, keep: 1 });
    const log = createLogger({ file });
    const spy = console.error;
    const said: unknown[] = [];
    console.error = (...args: unknown[]) => said.push(args);
    try {
      expect(() => {
        log.error('one');
        log.error('two');
      }).not.toThrow();
    } finally {
      console.error = spy;
    }
    expect(said).toHaveLength(1);
  });
});
