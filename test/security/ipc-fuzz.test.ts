// Thousands of random and malformed calls at core.invoke, each first passed through structuredClone as Electron's IPC
// does: every one the contract refuses is answered invalid_request, nothing throws, no handler runs, Graph is never
// asked, and no prototype is polluted. FUZZ_SEED=<n> replays a run exactly (the seed is printed when it fails);
// FUZZ_CALLS=<n> changes its length. The random calls are judged by the contract's own schemas, so they cannot show a
// schema that accepts too much: hand-written hostile payloads per channel, each with its expected answer, do that.
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { createMemoryAuditTrail } from '../../electron/core/audit';
import { channels, isChannel, type Channel } from '../../electron/core/contract';
import { startDemoKiosk, type DemoKiosk } from './harness';

function seedFrom(text: string | undefined): number {
  if (text === undefined) return 0x5eed_c0de;
  const seed = Number(text);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`FUZZ_SEED must be a whole number (decimal or 0x…), not ${JSON.stringify(text)}`);
  return seed;
}

const SEED = seedFrom(process.env.FUZZ_SEED);
const CALLS = Number(process.env.FUZZ_CALLS ?? 5_000);
const REPLAY = `seed ${SEED} (replay with FUZZ_SEED=${SEED})`;

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KNOWN = Object.keys(channels);
const HUGE_STRING = 'C02XK1ABJG5H'.repeat(100_000);
const HUGE_ARRAY = new Array<number>(100_000).fill(7);
const POISON = { polluted: true, isAdmin: true };

function generator(seed: number) {
  const random = prng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const fieldNames = ['query', 'id', 'ids', 'kind', 'keyId', 'reason', 'force', 'method', '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then', 'length', '0', '', ' id', 'ID', 'query\u0000', 'é'];

  const text = (): string =>
    pick([
      () => '',
      () => ' \t\n ',
      () => HUGE_STRING,
      () => 'x'.repeat(129),
      () => 'C02XK1ABJG5H',
      () => '../../../etc/passwd',
      () => "' or serialNumber ne '",
      () => 'C02\u0000X',
      () => '\ud800\udfff\ud800',
      () => '%00%2e%2e',
      () => 'jane.doe@contoso.com',
      () => '<script>alert(1)</script>',
      () => String.fromCharCode(...Array.from({ length: 1 + int(40) }, () => int(0x3000))),
      () => random().toString(36).slice(2, 2 + int(12)),
    ])();

  const nested = (depth: number, inArrays: boolean): unknown => {
    let value: unknown = { end: true };
    for (let i = 0; i < depth; i++) value = inArrays ? [value] : { [pick(fieldNames.filter((n) => n !== '__proto__'))]: value };
    return value;
  };

  const value = (depth = 0): unknown =>
    pick([
      () => pick([NaN, Infinity, -Infinity, -0, 0, 1, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, random() * 1e6]),
      () => BigInt(int(1e9)) ** 3n,
      () => pick([true, false, null, undefined]),
      text,
      text,
      () => HUGE_ARRAY,
      () => [text(), text()],
      () => Object.assign([], { 5_000: 'sparse' }),
      () => nested(1 + int(1_500), random() < 0.5),
      () => new Date(pick([0, NaN, 8.64e15])),
      () => new Map([[text(), text()]]),
      () => new Set([1, 2, 3]),
      () => new Uint8Array(int(1024)),
      () => /(a+)+$/,
      () => (depth > 3 ? null : object(depth + 1)),
      () => JSON.parse(`{"__proto__": ${JSON.stringify(POISON)}}`) as unknown,
      () => ({ constructor: { prototype: POISON } }),
    ])();

  const object = (depth = 0): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (let i = 0, n = int(5); i < n; i++) {
      const name = random() < 0.8 ? pick(fieldNames) : text().slice(0, 50);
      // An own "__proto__" key, as JSON.parse and structured clone produce it, not a prototype change.
      Object.defineProperty(out, name, { value: value(depth), enumerable: true, configurable: true, writable: true });
    }
    return out;
  };

  const channel = (): unknown =>
    random() < 0.65
      ? pick(KNOWN)
      : pick([
          () => pick(KNOWN).toUpperCase(),
          () => ` ${pick(KNOWN)}`,
          () => `${pick(KNOWN)}\u0000`,
          () => pick(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'devices:delete', 'devices:', ':', '', 'pin:reveal:', 'app:info.', 'devices:search ']),
          () => text(),
          () => value(),
        ])();

  // A request near the contract's shape but wrong: right keys with wrong types, extra keys, or no object at all.
  const request = (): unknown =>
    pick([
      () => value(),
      () => object(),
      () => ({ query: value() }),
      () => ({ id: value() }),
      () => ({ id: 'C02XK1ABJG5H', extra: value() }),
      // devices:lockStates: ids that are not a list of device ids, or too many of them.
      () => ({ ids: value() }),
      () => ({ ids: [value(), value()] }),
      () => ({ ids: Array.from({ length: 21 + int(100) }, (_, i) => `a-${i}`) }),
      () => ({ query: 'C02XK1ABJG5H', kind: value() }),
      () => ({ id: 'a-b-c', force: value() }),
      () => ({ method: value() }),
      // secrets:reveal and secrets:rotate: a kind that is none, a key id that is not a GUID, a key id on a kind without keys, bad reasons.
      () => ({ id: 'a-b-c', kind: value() }),
      () => ({ id: 'a-b-c', kind: 'bitlocker', keyId: value() }),
      () => ({ id: 'a-b-c', kind: 'bitlocker' }),
      () => ({ id: 'a-b-c', kind: pick(['laps', 'fileVault', 'androidPasscode']), keyId: '6e8f5b1c-0d2a-4c3e-9f47-1b2c3d4e5f60' }),
      () => ({ id: 'a-b-c', kind: pick(['laps', 'activationLock']), reason: pick(['', ' \t ', 'x'.repeat(121), 'a\u0000b', 7, null, ['Locked out']]) }),
      () => Object.assign(object(), { __proto__: POISON }),
    ])();

  return () => ({ channel: channel(), request: request() });
}

const describeCall = (channel: unknown, request: unknown) => {
  const safe = (v: unknown) => {
    try {
      return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : typeof x === 'string' && x.length > 60 ? `${x.slice(0, 60)}…(${x.length})` : x))?.slice(0, 300);
    } catch {
      return Object.prototype.toString.call(v);
    }
  };
  return `channel=${safe(channel)} request=${safe(request)}`;
};

/** A payload, what it tries, and (where one rule must be the one that refuses it) the message expected. */
type Hostile = [label: string, request: unknown, message?: RegExp];

const GUID = '6e8f5b1c-0d2a-4c3e-9f47-1b2c3d4e5f60';
const pollutes = () => JSON.parse('{"__proto__": {"polluted": true, "isAdmin": true}}') as unknown;
const ownProto = (fields: Record<string, unknown>) => Object.assign(pollutes() as Record<string, unknown>, fields);
const noFields: Hostile[] = [
  ['an extra key', { extra: 1 }, /Unrecognized key/],
  ['an own __proto__ key', pollutes(), /Unrecognized key/],
  ['constructor.prototype', { constructor: { prototype: { polluted: true } } }, /Unrecognized key/],
  ['an array', []],
  ['null', null],
  ['a string', '{}'],
  ['NaN', NaN],
];
const INVISIBLE = /control or invisible characters/;

// Every answer is written by hand: invalid_request. A schema that accepts one of these accepts too much.
const HOSTILE: Record<Channel, Hostile[]> = {
  'app:info': noFields,
  'app:startDemo': noFields,
  'auth:status': noFields,
  'auth:cancel': noFields,
  'auth:signOut': noFields,
  'devices:search': [
    ['no query', {}],
    ['a number', { query: 42 }],
    ['NaN', { query: NaN }],
    ['an array', { query: ['C02XK1ABJG5H'] }],
    ['null', { query: null }],
    ['129 characters', { query: 'C'.repeat(129) }, /too long/],
    ['a megabyte', { query: 'C'.repeat(1_000_000) }, /too long/],
    ['only spaces', { query: ' \t ' }],
    ['a NUL', { query: 'C02\u0000XK1ABJG5H' }, INVISIBLE],
    ['an escape sequence', { query: 'C02XK1\u001b[2J' }, INVISIBLE],
    ['a C1 control', { query: 'C02\u0085XK1ABJG5H' }, INVISIBLE],
    ['a bidi override', { query: 'C02\u202eH5GJBA1KX' }, INVISIBLE],
    ['a zero-width space only', { query: '\u200b' }, INVISIBLE],
    ['a line separator', { query: 'C02\u2028XK1ABJG5H' }, INVISIBLE],
    ['a byte-order mark inside', { query: 'C02XK1\ufeffABJG5H' }, INVISIBLE],
    ['a kind in capitals', { query: 'C02XK1ABJG5H', kind: 'SERIAL' }],
    ['a kind named __proto__', { query: 'C02XK1ABJG5H', kind: '__proto__' }],
    ['a numeric kind', { query: 'C02XK1ABJG5H', kind: 1 }],
    ['a filter of its own', { query: 'C02XK1ABJG5H', filter: "serialNumber ne ''" }, /Unrecognized key/],
    ['an own __proto__ key', ownProto({ query: 'C02XK1ABJG5H' }), /Unrecognized key/],
  ],
  'devices:get': [
    ['a path', { id: '../../etc/passwd' }],
    ['65 characters', { id: 'a'.repeat(65) }],
    ['empty', { id: '' }],
    ['a negative number', { id: -1 }],
    ['Infinity', { id: Infinity }],
    ['NaN', { id: NaN }],
    ['a space', { id: 'abc def' }],
    ['a trailing newline', { id: 'abc\n' }],
    ['an OData quote', { id: "abc' or id ne '" }],
    ['a query string', { id: 'abc?$select=unlockPin' }],
    ['a Cyrillic letter', { id: 'C02XK1ABJG5\u041d' }],
    ['an array', { id: ['abc'] }],
    ['an extra $select', { id: 'abc', select: 'unlockPin' }, /Unrecognized key/],
    ['an own __proto__ key', ownProto({ id: 'abc' }), /Unrecognized key/],
  ],
  'devices:lockStates': [
    ['no ids', {}],
    ['an empty list', { ids: [] }],
    ['one id as text', { ids: 'abc' }],
    ['21 ids', { ids: Array.from({ length: 21 }, (_, i) => `a-${i}`) }, /at most 20/],
    ['a hundred thousand ids', { ids: HUGE_ARRAY.map((_, i) => `a-${i}`) }, /at most 20/],
    ['the same id twice', { ids: ['abc', 'ABC'] }, /each device only once/],
    ['a path among them', { ids: ['abc', '../../etc/passwd'] }, /not an Intune device id/],
    ['a query string among them', { ids: ['abc?$select=unlockPin'] }, /not an Intune device id/],
    ['a number among them', { ids: ['abc', 7] }],
    ['null among them', { ids: [null] }],
    ['nested lists', { ids: [['abc']] }],
    ['a sparse list', { ids: Object.assign([], { 5: 'abc' }) }],
    ['a $select of its own', { ids: ['abc'], select: 'unlockPin' }, /Unrecognized key/],
    ['an own __proto__ key', ownProto({ ids: ['abc'] }), /Unrecognized key/],
  ],
  'devices:remoteLock': [
    ['force as text', { id: 'abc', force: 'true' }],
    ['force as 1', { id: 'abc', force: 1 }],
    ['force as NaN', { id: 'abc', force: NaN }],
    ['force as null', { id: 'abc', force: null }],
    ['no id', { force: true }],
    ['a wipe too', { id: 'abc', force: true, wipe: true }, /Unrecognized key/],
    ['a negative id', { id: -1 }],
  ],
  'pin:reveal': [
    ['an empty reason', { id: 'abc', reason: '' }],
    ['a reason of 121 characters', { id: 'abc', reason: 'x'.repeat(121) }, /too long/],
    ['a reason with a forged line', { id: 'abc', reason: 'Locked out\r\n{"action":"sign-out"}' }, INVISIBLE],
    ['a reason with a bidi override', { id: 'abc', reason: 'Locked out\u202etuo dekcol' }, INVISIBLE],
    ['a reason with a C1 control', { id: 'abc', reason: 'Locked\u0085out' }, INVISIBLE],
    ['a numeric reason', { id: 'abc', reason: 7 }],
    ['a reason list', { id: 'abc', reason: ['Locked out'] }],
    ['a null reason', { id: 'abc', reason: null }],
    ['a PIN of its own', { id: 'abc', pin: '123456' }, /Unrecognized key/],
    ['an id with a slash', { id: 'abc/def' }],
    ['an own __proto__ key', ownProto({ id: 'abc' }), /Unrecognized key/],
  ],
  'secrets:reveal': [
    ['BitLocker without a key id', { id: 'abc', kind: 'bitlocker' }, /Choose which BitLocker recovery key/],
    ['a key id on LAPS', { id: 'abc', kind: 'laps', keyId: GUID }, /Only a BitLocker reveal takes a key id/],
    ['a kind in capitals', { id: 'abc', kind: 'BitLocker', keyId: GUID }],
    ['a kind named __proto__', { id: 'abc', kind: '__proto__' }],
    ['a kind named constructor', { id: 'abc', kind: 'constructor' }],
    ['a kind named toString', { id: 'abc', kind: 'toString' }],
    ['a numeric kind', { id: 'abc', kind: 0 }],
    ['a key id in braces', { id: 'abc', kind: 'bitlocker', keyId: `{${GUID}}` }],
    ['a key id with a newline', { id: 'abc', kind: 'bitlocker', keyId: `${GUID}\n` }],
    ['a key id prefix', { id: 'abc', kind: 'bitlocker', keyId: GUID.slice(0, 8) }],
    ['a key id not hex', { id: 'abc', kind: 'bitlocker', keyId: 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz' }],
    ['a huge key id', { id: 'abc', kind: 'bitlocker', keyId: GUID.repeat(10_000) }],
    ['an account of its own', { id: 'abc', kind: 'laps', account: 'Administrator' }, /Unrecognized key/],
    ['a reason with a zero-width joiner', { id: 'abc', kind: 'laps', reason: 'Locked\u200dout' }, INVISIBLE],
    ['an own __proto__ key', ownProto({ id: 'abc', kind: 'laps' }), /Unrecognized key/],
  ],
  'secrets:rotate': [
    ['LAPS, which Intune rotates by itself', { id: 'abc', kind: 'laps' }, /Only a BitLocker or FileVault key/],
    ['the unlock PIN', { id: 'abc', kind: 'pin' }, /Only a BitLocker or FileVault key/],
    ['a kind in capitals', { id: 'abc', kind: 'FileVault' }],
    ['a kind named __proto__', { id: 'abc', kind: '__proto__' }],
    ['no kind', { id: 'abc' }],
    ['no id', { kind: 'bitlocker' }],
    ['an id with a slash', { id: 'abc/rotateBitLockerKeys', kind: 'bitlocker' }],
    ['a key id', { id: 'abc', kind: 'bitlocker', keyId: GUID }, /Unrecognized key/],
    ['a reason', { id: 'abc', kind: 'fileVault', reason: 'Seen at the counter' }, /Unrecognized key/],
    ['an own __proto__ key', ownProto({ id: 'abc', kind: 'bitlocker' }), /Unrecognized key/],
  ],
  'auth:signIn': [
    ['no method', {}],
    ['a method in capitals', { method: 'Browser' }],
    ['a method with a space', { method: 'browser ' }],
    ['a method named constructor', { method: 'constructor' }],
    ['a method named __proto__', { method: '__proto__' }],
    ['a numeric method', { method: 0 }],
    ['an authority of its own', { method: 'browser', authority: 'https://login.evil.example/common' }, /Unrecognized key/],
    ['a login hint', { method: 'browser', loginHint: 'admin@contoso.com' }, /Unrecognized key/],
    ['an own __proto__ key', ownProto({ method: 'browser' }), /Unrecognized key/],
  ],
};

let kiosk: DemoKiosk;
const trail = createMemoryAuditTrail();
const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const before = prototypes.map((p) => Object.getOwnPropertyNames(p).sort());

beforeAll(async () => {
  kiosk = await startDemoKiosk({ audit: trail });
  // The demo technician's automatic sign-in happens here, before the count of identity requests is taken.
  expect(await kiosk.core.invoke('auth:status', {})).toMatchObject({ ok: true, value: { state: 'signedIn' } });
});
afterAll(() => kiosk.close());

describe(`IPC fuzzing (seed ${SEED})`, () => {
  it('makes the same calls for the same seed, so FUZZ_SEED replays a run', () => {
    const calls = (seed: number) => {
      const next = generator(seed);
      return Array.from({ length: 400 }, () => {
        const { channel, request } = next();
        return inspect([channel, request], { depth: 6, maxArrayLength: 8, maxStringLength: 64, breakLength: Infinity });
      });
    };
    expect(calls(SEED), REPLAY).toEqual(calls(SEED));
    expect(calls(SEED + 1)).not.toEqual(calls(SEED));
  });

  it(`answers ${CALLS} malformed calls with invalid_request, before any handler or Graph request`, async () => {
    onTestFailed(() => console.error(`IPC fuzzing failed with ${REPLAY}`));
    const identityRequests = kiosk.identity.requests.length;
    const next = generator(SEED);
    const failures: string[] = [];
    let sent = 0;
    let validSkipped = 0;
    let notCloneable = 0;
    for (let batch = 0; sent + validSkipped + notCloneable < CALLS; batch++) {
      const pending: Array<Promise<void>> = [];
      for (let i = 0; i < 50 && sent + validSkipped + notCloneable < CALLS; i++) {
        const call = next();
        let channel: unknown;
        let request: unknown;
        try {
          // What the renderer sends arrives as a structured clone; anything that cannot be cloned never arrives.
          [channel, request] = structuredClone([call.channel, call.request]);
        } catch {
          notCloneable++;
          continue;
        }
        // The oracle is the contract itself: a call it accepts is a real lookup, not a fuzz case.
        if (isChannel(channel) && channels[channel].request.safeParse(request).success) {
          validSkipped++;
          continue;
        }
        sent++;
        pending.push(
          kiosk.core.invoke(channel as never, request as never).then(
            (result) => {
              const r = result as { ok: boolean; error?: { code?: unknown; message?: unknown } };
              if (r.ok || r.error?.code !== 'invalid_request' || typeof r.error.message !== 'string' || r.error.message.length > 300) {
                failures.push(`${JSON.stringify(result).slice(0, 200)} for ${describeCall(channel, request)}`);
              }
            },
            (err: unknown) => {
              failures.push(`threw ${String(err)} for ${describeCall(channel, request)}`);
            },
          ),
        );
      }
      await Promise.all(pending);
    }
    expect(failures.slice(0, 5), REPLAY).toEqual([]);
    expect(sent, REPLAY).toBeGreaterThan(CALLS * 0.95);
    expect(validSkipped, `the generator makes malformed calls, not lookups; ${REPLAY}`).toBeLessThan(CALLS * 0.04);
    expect(notCloneable, REPLAY).toBe(0);
    expect(kiosk.graph.requests, `no Graph request; ${REPLAY}`).toEqual([]);
    expect(kiosk.identity.requests.length, `no sign-in request; ${REPLAY}`).toBe(identityRequests);
    expect(trail.records, `no audited handler ran; ${REPLAY}`).toEqual([]);
  }, 90_000);

  it('refuses what only an in-process caller could send, without throwing', async () => {
    for (const [channel, request] of [
      ['devices:search', () => 'C02XK1ABJG5H'],
      ['devices:get', Symbol('id')],
      [Symbol('devices:get'), { id: 'x' }],
      ['devices:search', { query: Symbol('q') }],
      [{ toString: () => 'devices:search' }, { query: 'C02XK1ABJG5H' }],
      ['devices:search', new Proxy({}, { ownKeys: () => ['query'], getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true }) })],
    ] as Array<[unknown, unknown]>) {
      await expect(kiosk.core.invoke(channel as never, request as never)).resolves.toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
    expect(kiosk.graph.requests).toEqual([]);
  });

  it('refuses each hand-written hostile payload as written here, not as the contract says', async () => {
    const before = { graph: kiosk.graph.requests.length, records: trail.records.length };
    const wrong: string[] = [];
    for (const [channel, cases] of Object.entries(HOSTILE) as Array<[Channel, Hostile[]]>) {
      for (const [label, request, message] of cases) {
        const [cloned] = structuredClone([request]);
        const result = await kiosk.core.invoke(channel, cloned as never);
        const error = result.ok ? null : result.error;
        if (error?.code !== 'invalid_request' || (message && !message.test(error.message))) wrong.push(`${channel} ${label}: ${JSON.stringify(result).slice(0, 160)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(kiosk.graph.requests.length, 'no Graph request').toBe(before.graph);
    expect(trail.records.length, 'no audited handler ran').toBe(before.records);
  });

  it('leaves every prototype as it was', () => {
    expect(prototypes.map((p) => Object.getOwnPropertyNames(p).sort())).toEqual(before);
    const probe = {} as Record<string, unknown>;
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('still serves a real lookup afterwards', async () => {
    const result = await kiosk.core.invoke('devices:search', { query: 'C02XK1ABJG5H' });
    expect(result.ok && result.value.devices).toHaveLength(1);
  });
});
