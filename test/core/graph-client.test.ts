import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RequestBudget } from '../../electron/core/graph/budget';
import { createGraphClient, parseRetryAfter, type GraphClient, type GraphClientOptions } from '../../electron/core/graph/client';
import { KioskFailure } from '../../electron/core/errors';
import { createDemoGraph, DEMO_EXAMPLES, listenOnLoopback, type DemoGraph } from '../../electron/demo';

let graph: DemoGraph;
let server: { url: string; close(): Promise<void> };
let slept: number[];
let tokens: boolean[];

const clock = { t: Date.parse('2026-11-29T09:00:00Z') };
const path = `/deviceManagement/managedDevices/${DEMO_EXAMPLES.macLockedWithPin.id}`;

function client(extra: Partial<GraphClientOptions> = {}): GraphClient {
  const sleep = async (ms: number) => {
    slept.push(ms);
    clock.t += ms;
  };
  return createGraphClient({
    baseUrl: `${server.url}/v1.0`,
    fetch: (input, init) => fetch(input, init),
    getToken: async (forceRefresh) => {
      tokens.push(forceRefresh);
      return 'token';
    },
    timeoutMs: 2_000,
    now: () => new Date(clock.t),
    retry: { attempts: 3, baseDelayMs: 400, maxDelayMs: 8_000 },
    budget: new RequestBudget({ limit: 1000, windowMs: 20_000, maxWaitMs: 5_000, now: () => clock.t, sleep }),
    sleep,
    random: () => 0.5,
    ...extra,
  });
}

async function failure(promise: Promise<unknown>): Promise<KioskFailure> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(KioskFailure);
  return err as KioskFailure;
}

beforeEach(async () => {
  graph = createDemoGraph();
  server = await listenOnLoopback(graph.handle);
  slept = [];
  tokens = [];
});

afterEach(async () => {
  await server.close();
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and ignores garbage', () => {
    const now = new Date('2026-11-29T09:00:00Z');
    expect(parseRetryAfter('12', now)).toBe(12_000);
    expect(parseRetryAfter('Sun, 29 Nov 2026 09:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sun, 29 Nov 2026 08:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('retries', () => {
  it('waits as long as Retry-After says, then succeeds', async () => {
    graph.fault({ status: 429, retryAfter: '3' });
    await expect(client().get(path)).resolves.toMatchObject({ id: DEMO_EXAMPLES.macLockedWithPin.id });
    expect(slept).toEqual([3_000]);
    expect(graph.requests).toHaveLength(2);
  });

  it('honours Retry-After given as an HTTP date on 503', async () => {
    graph.fault({ status: 503, retryAfter: new Date(clock.t + 2_000).toUTCString() });
    await client().get(path);
    expect(slept).toHaveLength(1);
    expect(slept[0]).toBeGreaterThan(1_000);
    expect(slept[0]).toBeLessThanOrEqual(2_000);
  });

  it('backs off exponentially with jitter when Graph gives no Retry-After', async () => {
    const randoms = [0, 0.99];
    graph.fault({ status: 429, times: 2 });
    await client({ random: () => randoms.shift() ?? 0 }).get(path);
    expect(slept[0]).toBe(200); // 400 ms base: between 200 and 600
    expect(slept[1]).toBeGreaterThan(1_150); // 800 ms: between 400 and 1200
    expect(slept[1]).toBeLessThan(1_200);
  });

  it('gives up after the bounded number of tries', async () => {
    graph.fault({ status: 503, times: Infinity });
    expect((await failure(client().get(path))).code).toBe('graph_error');
    expect(graph.requests).toHaveLength(3);
  });

  it('hands back a Retry-After too long to wait for', async () => {
    graph.fault({ status: 429, retryAfter: '120' });
    const err = await failure(client().get(path));
    expect(err).toMatchObject({ code: 'throttled', retryAfterMs: 120_000 });
    expect(graph.requests).toHaveLength(1);
    expect(slept).toEqual([]);
  });

  it('retries a GET after a transient 500, but never a POST that reached Graph', async () => {
    graph.fault({ status: 500 });
    await expect(client().get(path)).resolves.toMatchObject({ id: DEMO_EXAMPLES.macLockedWithPin.id });
    expect(graph.requests).toHaveLength(2);
    graph.fault({ status: 500, times: Infinity });
    expect((await failure(client().post(`${path}/remoteLock`))).code).toBe('graph_error');
    expect(graph.requests).toHaveLength(3);
  });

  it('retries a throttled POST, which Graph refused before acting', async () => {
    graph.fault({ status: 429, retryAfter: '1' });
    await expect(client().post(`${path}/remoteLock`)).resolves.toBeNull();
    expect(graph.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
  });
});

describe('tokens', () => {
  it('refreshes the token once after a 401, then asks for sign-in', async () => {
    graph.fault({ status: 401 });
    await client().get(path);
    expect(tokens).toEqual([false, true]);

    tokens = [];
    graph.fault({ status: 401, times: 2 });
    expect((await failure(client().get(path))).code).toBe('not_signed_in');
    expect(tokens).toEqual([false, true]);
  });
});

describe('answers', () => {
  it.each([
    [403, 'forbidden', /DeviceManagementManagedDevices\.Read\.All/],
    [404, 'not_found', /outside your Intune scope/],
  ])('turns %i into %s with a message that says what to do', async (status, code, message) => {
    graph.fault({ status });
    const err = await failure(client().get(path));
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
  });

  it('reports unreadable JSON and a cut body', async () => {
    graph.fault({ kind: 'malformed' });
    expect((await failure(client().get(path))).code).toBe('graph_error');
    graph.fault({ kind: 'cut' });
    expect(['offline', 'graph_error']).toContain((await failure(client().get(path))).code);
  });
});

describe('the request budget', () => {
  it('waits for room in the window, and refuses when the wait would be long', async () => {
    const sleep = async (ms: number) => {
      slept.push(ms);
      clock.t += ms;
    };
    const budget = new RequestBudget({ limit: 2, windowMs: 20_000, maxWaitMs: 5_000, now: () => clock.t, sleep });
    const c = client({ budget });
    await c.get(path);
    clock.t += 16_000;
    await c.get(path);
    await c.get(path); // waits ~4 s for the first slot to leave the window
    expect(slept).toEqual([4_000]);
    const err = await failure(c.get(path));
    expect(err.code).toBe('throttled');
    expect(err.retryAfterMs).toBeGreaterThan(5_000);
    expect(graph.requests).toHaveLength(3);
  });
});
