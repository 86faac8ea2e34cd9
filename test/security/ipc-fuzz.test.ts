// Thousands of random and malformed calls at core.invoke, each first passed through structuredClone as Electron's IPC
// does: every one the contract refuses is answered invalid_request, nothing throws, no handler runs, Graph is never
// asked, and no prototype is polluted. FUZZ_SEED=<n> replays a run; FUZZ_CALLS=<n> changes its length.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryAuditTrail } from '../../electron/core/audit';
import { channels, isChannel } from '../../electron/core/contract';
import { startDemoKiosk, type DemoKiosk } from './harness';

const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed_c0de);
const CALLS = Number(process.env.FUZZ_CALLS ?? 5_000);

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
  const fieldNames = ['query', 'id', 'kind', 'keyId', 'reason', 'force', 'method', '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then', 'length', '0', '', ' id', 'ID', 'query\u0000', 'é'];

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
      () => Math.random().toString(36).slice(2, 2 + int(12)),
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
      () => ({ query: 'C02XK1ABJG5H', kind: value() }),
      () => ({ id: 'a-b-c', force: value() }),
      () => ({ method: value() }),
      // secrets:reveal: a kind that is none, a key id that is not a GUID, a key id on a kind without keys, bad reasons.
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
  it(`answers ${CALLS} malformed calls with invalid_request, before any handler or Graph request`, async () => {
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
    const context = `seed ${SEED} (replay with FUZZ_SEED=${SEED})`;
    expect(failures.slice(0, 5), context).toEqual([]);
    expect(sent, context).toBeGreaterThan(CALLS * 0.95);
    expect(validSkipped, 'the generator makes malformed calls, not lookups').toBeLessThan(CALLS * 0.04);
    expect(notCloneable).toBe(0);
    expect(kiosk.graph.requests, 'no Graph request').toEqual([]);
    expect(kiosk.identity.requests.length, 'no sign-in request').toBe(identityRequests);
    expect(trail.records, 'no audited handler ran').toEqual([]);
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
