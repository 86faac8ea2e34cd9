// The whole flow on the demo tenant (sign-out, sign-in, searches, views, reveal, remote lock), then every file the
// kiosk wrote — data, logs, audit trail — is searched for the PINs and every token: none may be there. No answer or
// event the page receives may carry a token, and only a reveal may carry a PIN.
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EXAMPLES, DEMO_SECRET_EXAMPLES } from '../../electron/demo';
import { startDemoKiosk, type DemoKiosk } from './harness';

const DEMO_TOKEN = 'demo-token';

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else out.push(full);
  }
  return out;
}

/**
 * The audit trail's hash chain (`prev`, `hash`: 64 hex digits each) holds every run of digits by chance sooner or later,
 * a six-digit PIN included; those two fields are checked to be digests and left out of the search.
 */
function withoutDigests(file: string, bytes: Buffer): Buffer {
  if (!/audit[^/\\]*\.jsonl$/.test(file)) return bytes;
  const lines = bytes.toString('utf8').split('\n').map((line) => {
    if (line.trim() === '') return line;
    const record = JSON.parse(line) as Record<string, unknown>;
    for (const field of ['prev', 'hash']) {
      if (field in record) {
        expect(record[field], `${field} is a SHA-256 digest`).toMatch(/^[0-9a-f]{64}$/);
        delete record[field];
      }
    }
    return JSON.stringify(record);
  });
  return Buffer.from(lines.join('\n'), 'utf8');
}

/** Every (file, secret) pair where the secret appears as UTF-8 or UTF-16 text. */
async function findSecrets(dir: string, secrets: readonly string[]): Promise<string[]> {
  const hits: string[] = [];
  for (const file of await filesUnder(dir)) {
    const bytes = withoutDigests(file, await readFile(file));
    for (const secret of secrets) {
      if (bytes.includes(Buffer.from(secret, 'utf8')) || bytes.includes(Buffer.from(secret, 'utf16le'))) {
        hits.push(`${path.relative(dir, file)} holds ${secret.slice(0, 12)}…`);
      }
    }
  }
  return hits;
}

let kiosk: DemoKiosk;
const bearers = new Set<string>();
let failFetchOnce = true;

beforeAll(async () => {
  kiosk = await startDemoKiosk({
    fetch: (url, init) => {
      const token = new Headers(init.headers).get('authorization')?.replace(/^Bearer /, '');
      if (token) bearers.add(token);
      if (failFetchOnce && token) {
        // A network failure whose message quotes the request, as some fetch implementations do.
        failFetchOnce = false;
        return Promise.reject(new TypeError(`fetch failed: GET ${url} Authorization: Bearer ${token} (pin 482913)`));
      }
      return fetch(url, init);
    },
  });
  const k = kiosk;
  const mac = DEMO_EXAMPLES.macLockedWithPin;

  // A new shift: sign-out, then sign-in through the browser flow (access, refresh and id tokens issued).
  expect((await k.invoke('auth:signOut', {})).ok).toBe(true);
  expect(await k.invoke('auth:signIn', { method: 'browser' })).toMatchObject({ ok: true, value: { state: 'signedIn' } });

  for (const query of [mac.serialNumber, mac.deviceName, DEMO_EXAMPLES.userWithThreeDevices, 'LOANER-MBA']) {
    const found = await k.invoke('devices:search', { query });
    // A list's lock states come from the same GETs by id that carry a Mac's PIN (LOANER-MBA-02 has one).
    const ids = found.ok ? found.value.devices.map((d) => d.id) : [];
    if (ids.length > 1) expect((await k.invoke('devices:lockStates', { ids })).ok).toBe(true);
  }
  for (const example of [mac, DEMO_EXAMPLES.pinWithLeadingZero, DEMO_EXAMPLES.macLockPending]) {
    expect((await k.invoke('devices:get', { id: example.id })).ok).toBe(true);
    const reveal = await k.invoke('pin:reveal', { id: example.id });
    expect(reveal.ok && reveal.value.pin).toBe(example.pin);
  }
  // Every other walk-up: BitLocker (each key of the laptop), LAPS, Android passcode, bypass code, FileVault key.
  for (const serial of Object.values(DEMO_SECRET_EXAMPLES).map((e) => e.serialNumber)) {
    const found = await k.invoke('devices:search', { query: serial });
    const device = found.ok ? found.value.devices[0] : undefined;
    expect(device, serial).toBeTruthy();
    const details = await k.invoke('devices:get', { id: device!.id });
    expect(details.ok).toBe(true);
    for (const offer of (details.ok && details.value.secrets) || []) {
      for (const keyId of offer.kind === 'bitlocker' ? (offer.keys ?? []).map((key) => key.id) : [undefined]) {
        const reveal = await k.invoke('secrets:reveal', { id: device!.id, kind: offer.kind, ...(keyId ? { keyId } : {}), reason: 'Forgot password' });
        if (offer.kind !== 'fileVault' || serial === DEMO_SECRET_EXAMPLES.fileVault.serialNumber) expect(reveal.ok, `${serial} ${offer.kind}`).toBe(true);
      }
    }
  }
  expect(k.graph.secrets.reads.length).toBeGreaterThanOrEqual(5);
  const target = k.graph.devices.find((d) => d.operatingSystem === 'macOS' && !(d.deviceActionResults ?? []).some((r) => r.actionName === 'remoteLock'));
  expect(target).toBeTruthy();
  await k.invoke('devices:get', { id: target!.id });
  expect((await k.invoke('devices:remoteLock', { id: target!.id })).ok).toBe(true);
  await k.invoke('devices:get', { id: target!.id });
  await k.invoke('pin:reveal', { id: target!.id });

  // A careless log call handing the logger raw external data: the logger must still mask it.
  k.log.error(`graph answered 401 for Bearer ${[...bearers][0]} {"unlockPin":"${mac.pin}","refresh_token":"${k.identity.issuedTokens.at(-1)}"}`);
  await k.close();
}, 60_000);

afterAll(async () => {
  await rm(kiosk.base, { recursive: true, force: true });
});

function secrets(): { pins: string[]; tokens: string[]; others: string[] } {
  const pins = new Set<string>();
  const others = new Set<string>();
  const g = kiosk.graph;
  for (const key of g.secrets.bitlockerKeys) others.add(key.key);
  for (const { credentials } of g.secrets.localCredentials.values()) {
    for (const c of credentials) others.add(c.passwordBase64).add(Buffer.from(c.passwordBase64, 'base64').toString('utf16le'));
  }
  for (const key of g.secrets.fileVaultKeys.values()) others.add(key);
  for (const device of g.devices) {
    const code = (device as { activationLockBypassCode?: unknown }).activationLockBypassCode;
    if (typeof code === 'string') others.add(code);
    for (const result of device.deviceActionResults ?? []) if (result.passcode) others.add(result.passcode);
  }
  for (const device of kiosk.graph.devices) {
    for (const result of device.deviceActionResults ?? []) {
      const pin = (result as { unlockPin?: unknown }).unlockPin;
      if (typeof pin === 'string' && pin !== '') pins.add(pin);
    }
  }
  return { pins: [...pins], tokens: [DEMO_TOKEN, ...kiosk.identity.issuedTokens, ...bearers], others: [...others] };
}

/** The unlock PIN the demo tenant holds for a device (its latest remote lock's). */
function pinOf(id: string): string | undefined {
  const device = kiosk.graph.devices.find((d) => d.id.toLowerCase() === id.toLowerCase());
  expect(device, `the demo tenant has device ${id}`).toBeTruthy();
  const locks = (device!.deviceActionResults ?? []).filter((r) => r.actionName === 'remoteLock');
  const pin = (locks.at(-1) as { unlockPin?: unknown } | undefined)?.unlockPin;
  return typeof pin === 'string' && pin !== '' ? pin : undefined;
}

describe('after a whole shift on the demo tenant', () => {
  it('issued real tokens and knows the PINs it must look for', () => {
    const { pins, tokens } = secrets();
    expect(pins).toContain(DEMO_EXAMPLES.macLockedWithPin.pin);
    expect(pins.length).toBeGreaterThan(5);
    expect(kiosk.identity.issuedTokens.length, 'access, refresh and id tokens').toBeGreaterThanOrEqual(3);
    expect(bearers.size).toBeGreaterThan(0);
    expect(tokens.every((t) => t.length >= 10)).toBe(true);
  });

  it('knows every other secret it must look for: BitLocker keys, LAPS passwords, passcode, bypass code, FileVault key', () => {
    const { others } = secrets();
    for (const value of [DEMO_SECRET_EXAMPLES.bitlocker.currentKey, DEMO_SECRET_EXAMPLES.laps.current, DEMO_SECRET_EXAMPLES.laps.previous,
      DEMO_SECRET_EXAMPLES.androidPasscode.passcode, DEMO_SECRET_EXAMPLES.activationLock.code, DEMO_SECRET_EXAMPLES.fileVault.key]) {
      expect(others).toContain(value);
    }
  });

  it('wrote data, a log and an audit trail, and none of them holds a PIN or a token', async () => {
    const files = (await filesUnder(kiosk.base)).map((f) => path.relative(kiosk.base, f).split(path.sep).join('/'));
    expect(files).toContain('logs/audit.jsonl');
    expect(files).toContain('logs/kiosk.log');
    expect(files.some((f) => f.startsWith('data/'))).toBe(true);
    // The scan reads real content: the audit trail names the devices, the log has the masked line.
    const audit = await readFile(path.join(kiosk.logsDir, 'audit.jsonl'), 'utf8');
    expect(audit).toContain(DEMO_EXAMPLES.macLockedWithPin.deviceName);
    expect(await readFile(path.join(kiosk.logsDir, 'kiosk.log'), 'utf8')).toContain('graph answered 401 for Bearer [redacted]');

    const { pins, tokens, others } = secrets();
    expect(audit).toContain('"secretKind":"bitlocker"');
    expect(await findSecrets(kiosk.base, [...pins, ...tokens, ...others])).toEqual([]);
  });

  // Windows has no owner-only mode bits: the folder inherits the per-user profile's permissions (docs/audit.md).
  it.skipIf(process.platform === 'win32')('keeps the logs folder readable by its owner only', async () => {
    for (const file of await filesUnder(kiosk.logsDir)) expect((await stat(file)).mode & 0o777, file).toBe(0o600);
  });

  it('sent no token to the page, a PIN only in PIN reveal answers, any other secret only in its own reveal', () => {
    const { pins, tokens, others } = secrets();
    let secretReveals = 0;
    expect(kiosk.seen.length).toBeGreaterThan(15);
    let pinReveals = 0;
    for (const item of kiosk.seen) {
      const text = JSON.stringify(item);
      for (const token of tokens) expect(text.includes(token), `${text.slice(0, 120)} carries a token`).toBe(false);
      const reveal = (item as { value?: { id?: unknown; pin?: unknown } }).value;
      // A PIN reveal carries the PIN of the device it names, and no other device's.
      const own = typeof reveal?.pin === 'string' ? pinOf(String(reveal.id)) : undefined;
      if (own !== undefined) {
        pinReveals++;
        expect(reveal!.pin, `the reveal of ${String(reveal!.id)}`).toBe(own);
      }
      for (const pin of pins) if (pin !== own) expect(text.includes(pin), `${text.slice(0, 120)} carries a PIN`).toBe(false);
      const revealed = (item as { value?: { secret?: unknown } }).value?.secret;
      if (typeof revealed === 'string') secretReveals++;
      for (const other of others) {
        if (other !== revealed) expect(text.includes(other), `${text.slice(0, 120)} carries a secret`).toBe(false);
      }
    }
    expect(secretReveals).toBeGreaterThanOrEqual(7);
    expect(pinReveals).toBeGreaterThanOrEqual(3);
  });

  it('would notice a leak: the same scan finds a PIN planted as UTF-16 and a token planted as UTF-8', async () => {
    const { pins, tokens } = secrets();
    const planted = path.join(kiosk.logsDir, 'planted.bin');
    await writeFile(planted, Buffer.concat([Buffer.from('x', 'utf16le'), Buffer.from(pins[0]!, 'utf16le'), Buffer.from(` ${tokens[1]}`)]));
    try {
      expect(await findSecrets(kiosk.base, [pins[0]!, tokens[1]!])).toHaveLength(2);
    } finally {
      await rm(planted);
    }
  });
});
