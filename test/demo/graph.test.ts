import { describe, expect, it } from 'vitest';
import { createDemoGraph, DEMO_EXAMPLES, demoDevices, type DemoGraph } from '../../electron/demo';

type Item = Record<string, unknown>;
/** The parts of Graph answers these tests read. */
interface GraphBody {
  [key: string]: unknown;
  '@odata.context'?: string;
  '@odata.nextLink'?: string;
  value: Item[];
  deviceActionResults?: Item[];
  error: { code: string; message: string; innerError: Record<string, string> };
}

const ORIGIN = 'https://graph.demo.test';
const LIST = '/v1.0/deviceManagement/managedDevices';
const NOW = new Date('2025-03-10T12:00:00Z');

function request(path: string, init: { method?: string; token?: string | null; signal?: AbortSignal; headers?: Record<string, string> } = {}) {
  const headers = new Headers(init.headers);
  if (init.token !== null) headers.set('authorization', `Bearer ${init.token ?? 'demo-token'}`);
  return new Request(path.startsWith('http') ? path : `${ORIGIN}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.signal ? { signal: init.signal } : {}),
  });
}

function list(query: Record<string, string> = {}): string {
  const parts = Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return parts.length ? `${LIST}?${parts.join('&')}` : LIST;
}

async function getJson(graph: DemoGraph, path: string, init?: Parameters<typeof request>[1]) {
  const res = await graph.handle(request(path, init));
  return { status: res.status, headers: res.headers, body: (await res.json()) as GraphBody };
}

async function filterNames(graph: DemoGraph, filter: string): Promise<string[]> {
  const { status, body } = await getJson(graph, list({ $filter: filter, $select: 'deviceName' }));
  expect(status).toBe(200);
  expect(body['@odata.nextLink']).toBeUndefined();
  return body.value.map((d) => String(d.deviceName));
}

const seed = demoDevices(NOW);
const graphWithSeed = (extra: Parameters<typeof createDemoGraph>[0] = {}) => createDemoGraph({ devices: seed, now: () => NOW, ...extra });

describe('demo Graph: listing and filtering', () => {
  it('answers the list in Graph’s shape with JSON content type', async () => {
    const graph = graphWithSeed();
    const { status, headers, body } = await getJson(graph, LIST);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(body['@odata.context']).toBe(`${ORIGIN}/v1.0/$metadata#deviceManagement/managedDevices`);
    expect(body.value).toHaveLength(seed.length);
    expect(body['@odata.nextLink']).toBeUndefined();
  });

  it('filters with eq on serialNumber, case-insensitively', async () => {
    const graph = graphWithSeed();
    const { serialNumber, deviceName } = DEMO_EXAMPLES.macLockedWithPin;
    expect(await filterNames(graph, `serialNumber eq '${serialNumber}'`)).toEqual([deviceName]);
    expect(await filterNames(graph, `serialNumber eq '${serialNumber.toLowerCase()}'`)).toEqual([deviceName]);
    expect(await filterNames(graph, `serialNumber eq '${serialNumber.slice(0, 6)}'`)).toEqual([]);
  });

  it('filters with eq on userPrincipalName and deviceName, and contains on deviceName', async () => {
    const graph = graphWithSeed({ quirks: { upnEq: 'exact' } });
    expect(await filterNames(graph, `userPrincipalName eq '${DEMO_EXAMPLES.userWithThreeDevices.toUpperCase()}'`)).toHaveLength(3);
    expect(await filterNames(graph, `deviceName eq 'loaner-mba-03'`)).toEqual(['LOANER-MBA-03']);
    expect(await filterNames(graph, `contains(deviceName,'ner-mba-0')`)).toHaveLength(5);
  });

  it('filters with startswith on deviceName, case-insensitively, unless this tenant ignores it', async () => {
    const graph = graphWithSeed();
    const prefix = `startswith(deviceName,'${DEMO_EXAMPLES.multiMatchPrefix.toLowerCase()}')`;
    expect(await filterNames(graph, prefix)).toEqual(['LOANER-MBA-01', 'LOANER-MBA-02', 'LOANER-MBA-03', 'LOANER-MBA-04', 'LOANER-MBA-05']);
    graph.quirks.startswith = 'ignored';
    expect(await filterNames(graph, prefix)).toHaveLength(seed.length);
  });

  it('keeps only the first operand of an or by default, even on one property', async () => {
    const graph = graphWithSeed();
    const a = DEMO_EXAMPLES.macLockedWithPin;
    const b = DEMO_EXAMPLES.windowsNotSupported;
    expect(await filterNames(graph, `serialNumber eq '${a.serialNumber}' or startswith(deviceName,'${b.deviceName}')`)).toEqual([a.deviceName]);
    expect(await filterNames(graph, `(serialNumber eq '${b.serialNumber}') or (serialNumber eq '${a.serialNumber}')`)).toEqual([b.deviceName]);
    expect(await filterNames(graph, `serialNumber eq 'NOPE' or startswith(deviceName,'${b.deviceName}')`)).toEqual([]);
  });

  it('drops the documented serial number or UPN filter only where the tenant is told to', async () => {
    const { serialNumber, deviceName } = DEMO_EXAMPLES.macLockedWithPin;
    const upn = DEMO_EXAMPLES.userWithThreeDevices;
    const graph = graphWithSeed();
    expect(await filterNames(graph, `serialNumber eq '${serialNumber}'`)).toEqual([deviceName]);
    graph.quirks.dropped = ['serialNumber'];
    expect(await filterNames(graph, `serialNumber eq '${serialNumber}'`)).toHaveLength(seed.length);
    expect(await filterNames(graph, `userPrincipalName eq '${upn}'`)).toHaveLength(3);
    graph.quirks.dropped = ['userPrincipalName'];
    expect(await filterNames(graph, `userPrincipalName eq '${upn}'`)).toHaveLength(seed.length);
  });

  it('answers an or as an and, or refuses it with 400, when the tenant does so', async () => {
    const a = DEMO_EXAMPLES.macLockedWithPin;
    const filter = `serialNumber eq '${a.serialNumber}' or deviceName eq 'LOANER-MBA-01'`;
    expect(await filterNames(graphWithSeed({ quirks: { or: 'asAnd' } }), filter)).toEqual([]);
    expect(await filterNames(graphWithSeed({ quirks: { or: 'asAnd' } }), `serialNumber eq '${a.serialNumber}' or deviceName eq '${a.deviceName}'`)).toEqual([a.deviceName]);
    const refused = await getJson(graphWithSeed({ quirks: { or: 'refused' } }), list({ $filter: filter }));
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('BadRequest');
  });

  it('matches part of a UPN by default, and every device for an empty one', async () => {
    const graph = graphWithSeed();
    const upn = DEMO_EXAMPLES.userWithThreeDevices;
    expect(await filterNames(graph, `userPrincipalName eq '${upn.slice(2)}'`)).toHaveLength(3);
    expect(await filterNames(graph, `userPrincipalName ne '${upn}'`)).toHaveLength(3);
    expect(await filterNames(graph, `userPrincipalName eq ''`)).toHaveLength(seed.length);
    graph.quirks.upnEq = 'exact';
    expect(await filterNames(graph, `userPrincipalName eq '${upn.slice(2)}'`)).toEqual([]);
  });

  it('reads doubled quotes in string literals as one quote', async () => {
    const graph = graphWithSeed();
    const { deviceName, userPrincipalName } = DEMO_EXAMPLES.apostropheName;
    const escaped = deviceName.replaceAll("'", "''");
    expect(await filterNames(graph, `deviceName eq '${escaped}'`)).toEqual([deviceName]);
    expect(await filterNames(graph, `startswith(deviceName,'O''b')`)).toEqual([deviceName]);
    expect(await filterNames(graph, `userPrincipalName eq '${userPrincipalName.replaceAll("'", "''")}'`)).toEqual([deviceName]);
  });

  it.each([
    `operatingSystem eq 'macOS'`,
    `serialNumber ne 'C02XK1ABJG5H'`,
    `startswith(serialNumber,'C02XK1')`,
    `endswith(deviceName,'MBP')`,
    `userId eq '00000000-0000-0000-0000-000000000000'`,
  ])('drops a property or function Intune does not support and returns every device: %s', async (filter) => {
    const graph = graphWithSeed();
    const { status, body } = await getJson(graph, list({ $filter: filter }));
    expect(status).toBe(200);
    expect(body.value).toHaveLength(seed.length);
  });

  it('drops an unsupported part of an and, keeping the rest', async () => {
    const graph = graphWithSeed();
    expect(await filterNames(graph, `operatingSystem eq 'Windows' and serialNumber eq 'C02XK1ABJG5H'`)).toEqual(['MBP-JSMITH']);
  });

  it.each([
    `serialNumber eq 'unterminated`,
    `deviceName eq 'O'Brien-MBP'`,
    `serialNumber eq C02XK1ABJG5H`,
    `(serialNumber eq 'C02XK1ABJG5H'`,
    `serialNumber eq 'C02XK1ABJG5H' or`,
    `%%% garbage ###`,
  ])('refuses a filter it cannot parse with 400: %s', async (filter) => {
    const graph = graphWithSeed();
    const { status, body } = await getJson(graph, list({ $filter: filter }));
    expect(status).toBe(400);
    expect(body.error.code).toBe('BadRequest');
  });

  it('returns only the selected fields, always with id', async () => {
    const graph = graphWithSeed();
    const { body } = await getJson(graph, list({ $select: 'serialNumber, DEVICENAME', $top: '3' }));
    expect(body['@odata.context']).toMatch(/managedDevices\(serialNumber,deviceName\)$/);
    for (const d of body.value) expect(Object.keys(d).sort()).toEqual(['deviceName', 'id', 'serialNumber']);
    expect(body.value[0]).toEqual({ id: seed[0]!.id, serialNumber: seed[0]!.serialNumber, deviceName: seed[0]!.deviceName });
  });

  it('answers null for a managedDevice property the seed does not fill, and 400 for one Graph does not have', async () => {
    const graph = graphWithSeed();
    const { body } = await getJson(graph, list({ $select: 'id,notes', $top: '1' }));
    expect(body.value).toEqual([{ id: seed[0]!.id, notes: null }]);
    const bad = await getJson(graph, list({ $select: 'id,serialNumbr' }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('BadRequest');
    expect(bad.body.error.message).toContain('serialNumbr');
  });

  it('lists deviceActionResults empty, even when selected, while GET by id fills them', async () => {
    const graph = graphWithSeed();
    const { id } = DEMO_EXAMPLES.macLockedWithPin;
    const full = await getJson(graph, LIST);
    for (const d of full.body.value) expect(d.deviceActionResults).toEqual([]);
    const selected = await getJson(graph, list({ $select: 'id,deviceActionResults' }));
    for (const d of selected.body.value) expect(d.deviceActionResults).toEqual([]);

    const one = await getJson(graph, `${LIST}/${id}?$select=id,deviceName,deviceActionResults`);
    expect(one.status).toBe(200);
    expect(one.body['@odata.context']).toMatch(/managedDevices\(id,deviceName,deviceActionResults\)\/\$entity$/);
    expect(one.body.deviceActionResults).toContainEqual(
      expect.objectContaining({ actionName: 'remoteLock', actionState: 'done', unlockPin: DEMO_EXAMPLES.macLockedWithPin.pin }),
    );
    expect(Object.keys(one.body).sort()).toEqual(['@odata.context', 'deviceActionResults', 'deviceName', 'id']);
  });

  it('answers GET by id with the whole device when nothing is selected', async () => {
    const graph = graphWithSeed();
    const { id } = DEMO_EXAMPLES.untypedLockWithPin;
    const { body } = await getJson(graph, `${LIST}/${id.toUpperCase()}`);
    const { '@odata.context': _, ...device } = body;
    expect(device).toEqual(seed.find((d) => d.id === id));
  });

  it('types every action entry that carries a subtype field, unless the untypedActions fault strips them all', async () => {
    const { id, pin } = DEMO_EXAMPLES.untypedLockWithPin;
    const typed = (await getJson(graphWithSeed(), `${LIST}/${id}`)).body.deviceActionResults as Array<Record<string, unknown>>;
    expect(typed.find((a) => a.unlockPin === pin)).toMatchObject({ '@odata.type': '#microsoft.graph.remoteLockActionResult' });
    const stripped = (await getJson(createDemoGraph({ quirks: { untypedActions: true } }), `${LIST}/${id}`)).body.deviceActionResults as Array<Record<string, unknown>>;
    expect(stripped.every((a) => !('@odata.type' in a))).toBe(true);
    expect(stripped.find((a) => a.actionName === 'remoteLock')).toMatchObject({ unlockPin: pin });
  });

  it('does not share state with the devices it was given', async () => {
    const devices = demoDevices(NOW);
    const graph = createDemoGraph({ devices });
    devices[0]!.deviceName = 'CHANGED';
    const { body } = await getJson(graph, `${LIST}/${devices[0]!.id}?$select=deviceName`);
    expect(body.deviceName).toBe(seed[0]!.deviceName);
  });
});

describe('demo Graph: paging', () => {
  it('walks every device exactly once through $top and @odata.nextLink', async () => {
    const graph = graphWithSeed();
    const seen: string[] = [];
    let url: string | undefined = `${ORIGIN}${list({ $top: '7', $select: 'id,deviceName' })}`;
    let pages = 0;
    while (url) {
      const { status, body } = await getJson(graph, url);
      expect(status).toBe(200);
      expect(body.value.length).toBeLessThanOrEqual(7);
      seen.push(...body.value.map((d) => String(d.id)));
      url = body['@odata.nextLink'];
      if (url) {
        const next = new URL(url);
        expect(next.origin).toBe(ORIGIN);
        expect(next.searchParams.get('$skiptoken')).toBeTruthy();
        expect(next.searchParams.get('$select')).toBe('id,deviceName');
      }
      pages++;
    }
    expect(pages).toBe(Math.ceil(seed.length / 7));
    expect(seen).toEqual(seed.map((d) => d.id));
  });

  it('keeps the filter across pages', async () => {
    const graph = graphWithSeed();
    const names: string[] = [];
    let url: string | undefined = `${ORIGIN}${list({ $filter: `startswith(deviceName,'LOANER-MBA')`, $top: '2' })}`;
    while (url) {
      const { body } = await getJson(graph, url);
      names.push(...body.value.map((d) => String(d.deviceName)));
      url = body['@odata.nextLink'];
    }
    expect(names).toEqual(['LOANER-MBA-01', 'LOANER-MBA-02', 'LOANER-MBA-03', 'LOANER-MBA-04', 'LOANER-MBA-05']);
    expect(graph.requests).toHaveLength(3);
  });

  it('pages at 1,000 by default and never above maxPageSize', async () => {
    const graph = createDemoGraph({ devices: demoDevices(NOW, 2500) });
    const first = await getJson(graph, LIST);
    expect(first.body.value).toHaveLength(1000);
    expect(first.body['@odata.nextLink']).toBeTypeOf('string');

    const capped = createDemoGraph({ devices: seed, maxPageSize: 10 });
    const { body } = await getJson(capped, list({ $top: '999' }));
    expect(body.value).toHaveLength(10);
  });

  it('refuses a bad $top or $skiptoken', async () => {
    const graph = graphWithSeed();
    expect((await getJson(graph, list({ $top: 'ten' }))).status).toBe(400);
    expect((await getJson(graph, list({ $top: '-1' }))).status).toBe(400);
    expect((await getJson(graph, list({ $skiptoken: 'not-a-token' }))).status).toBe(400);
  });
});

describe('demo Graph: how long a PIN is answered', () => {
  const pinOf = async (graph: DemoGraph, id: string) => {
    const { body } = await getJson(graph, `${LIST}/${id}?$select=id,deviceActionResults`);
    return body.deviceActionResults?.find((a) => a.actionName === 'remoteLock')?.unlockPin;
  };

  it('answers a Mac PIN for 7 days by default, as reported, and for 30 when told Intune keeps it as documented', async () => {
    const strict = graphWithSeed();
    expect(await pinOf(strict, DEMO_EXAMPLES.macLockedWithPin.id)).toBe(DEMO_EXAMPLES.macLockedWithPin.pin);
    expect(await pinOf(strict, DEMO_EXAMPLES.macPinNineDaysOld.id)).toBeNull();
    const documented = graphWithSeed({ quirks: { pinShownDays: 30 } });
    expect(await pinOf(documented, DEMO_EXAMPLES.macPinNineDaysOld.id)).toBe(DEMO_EXAMPLES.macPinNineDaysOld.pin);
    expect(await pinOf(documented, DEMO_EXAMPLES.macLockExpired.id)).toBeNull();
  });
});

describe('demo Graph: errors', () => {
  it('answers 404 with Graph error JSON for an unknown device id', async () => {
    const graph = graphWithSeed();
    const { status, body } = await getJson(graph, `${LIST}/00000000-0000-4000-8000-00000000dead`);
    expect(status).toBe(404);
    expect(body.error).toMatchObject({
      code: 'ResourceNotFound',
      message: expect.any(String),
      innerError: { 'request-id': expect.any(String), date: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
    });
  });

  it.each([null, '', '   '])('answers 401 without a bearer token (%o)', async (token) => {
    const graph = graphWithSeed();
    const headers: Record<string, string> = token === null ? {} : { authorization: token };
    const res = await graph.handle(new Request(`${ORIGIN}${LIST}`, { headers }));
    expect(res.status).toBe(401);
    expect(((await res.json()) as GraphBody).error.code).toBe('InvalidAuthenticationToken');
  });

  it('answers 404 for other routes and 405 for other methods', async () => {
    const graph = graphWithSeed();
    expect((await getJson(graph, '/v1.0/me')).status).toBe(404);
    expect((await getJson(graph, '/beta/deviceManagement/managedDevices')).status).toBe(404);
    expect((await getJson(graph, `${LIST}/${DEMO_EXAMPLES.noActions.id}/users`)).status).toBe(404);
    const del = await getJson(graph, `${LIST}/${DEMO_EXAMPLES.noActions.id}`, { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(del.body.error.code).toBe('MethodNotAllowed');
    expect((await getJson(graph, LIST, { method: 'POST' })).status).toBe(405);
  });

  it('echoes client-request-id', async () => {
    const graph = graphWithSeed();
    const { headers, body } = await getJson(graph, `${LIST}/nope`, { headers: { 'client-request-id': 'abc-123' } });
    expect(headers.get('client-request-id')).toBe('abc-123');
    expect(body.error.innerError['client-request-id']).toBe('abc-123');
  });
});

describe('demo Graph: faults', () => {
  it.each([
    [429, 'TooManyRequests'],
    [500, 'InternalServerError'],
    [503, 'ServiceUnavailable'],
    [401, 'InvalidAuthenticationToken'],
    [403, 'Forbidden'],
    [404, 'ResourceNotFound'],
  ])('answers status %i with Graph error JSON once, then recovers', async (status, code) => {
    const graph = graphWithSeed();
    graph.fault({ status });
    const failed = await getJson(graph, LIST);
    expect(failed.status).toBe(status);
    expect(failed.body.error.code).toBe(code);
    expect(failed.headers.get('retry-after')).toBeNull();
    expect((await getJson(graph, LIST)).status).toBe(200);
  });

  it('throttles as Intune does: no Retry-After header, and "RetryAfter": null inside the error message', async () => {
    const graph = graphWithSeed();
    graph.fault({ status: 429 });
    const { status, headers, body } = await getJson(graph, LIST);
    expect(status).toBe(429);
    expect(headers.get('retry-after')).toBeNull();
    expect(JSON.parse(body.error.message)).toMatchObject({ _version: 3, RetryAfter: null });
  });

  it('sends Retry-After when asked, and repeats a fault `times` times', async () => {
    const graph = graphWithSeed();
    graph.fault({ status: 429, retryAfter: '7', times: 2 });
    for (let i = 0; i < 2; i++) {
      const res = await graph.handle(request(LIST));
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('7');
    }
    expect((await graph.handle(request(LIST))).status).toBe(200);
  });

  it('runs queued faults in order, and clearFaults drops them', async () => {
    const graph = graphWithSeed();
    graph.fault({ status: 503 });
    graph.fault({ status: 500 });
    expect((await graph.handle(request(LIST))).status).toBe(503);
    expect((await graph.handle(request(LIST))).status).toBe(500);
    graph.fault({ status: 500, times: Infinity });
    expect((await graph.handle(request(LIST))).status).toBe(500);
    expect((await graph.handle(request(LIST))).status).toBe(500);
    graph.clearFaults();
    expect((await graph.handle(request(LIST))).status).toBe(200);
  });

  it('applies a fault before checking the token', async () => {
    const graph = graphWithSeed();
    graph.fault({ status: 503 });
    expect((await graph.handle(request(LIST, { token: null }))).status).toBe(503);
  });

  it('answers 200 with a body that is not JSON for `malformed`', async () => {
    const graph = graphWithSeed();
    graph.fault({ kind: 'malformed' });
    const res = await graph.handle(request(LIST));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    await expect(res.json()).rejects.toThrow(SyntaxError);
  });

  it('breaks the body off partway for `cut`', async () => {
    const graph = graphWithSeed();
    graph.fault({ kind: 'cut' });
    const res = await graph.handle(request(LIST));
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow('terminated');
  });

  it('never answers on `hang` until the request is aborted', async () => {
    const graph = graphWithSeed();
    graph.fault({ kind: 'hang' });
    const controller = new AbortController();
    let settled = false;
    const pending = graph.handle(request(LIST, { signal: controller.signal })).finally(() => {
      settled = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(settled).toBe(false);
    controller.abort(new Error('gave up'));
    await expect(pending).rejects.toThrow('gave up');
    expect((await graph.handle(request(LIST))).status).toBe(200);
  });

  it('sends a device list back to its own page for `endlessPages`, and leaves other answers alone', async () => {
    const graph = graphWithSeed();
    graph.fault({ kind: 'endlessPages', times: 3 });
    const first = await getJson(graph, list({ $filter: `serialNumber eq '${DEMO_EXAMPLES.macLockedWithPin.serialNumber}'` }));
    expect(first.body.value).toHaveLength(1);
    const next = first.body['@odata.nextLink']!;
    const again = await getJson(graph, next);
    expect(again.body.value).toEqual(first.body.value);
    expect(again.body['@odata.nextLink']).toBe(next);
    const byId = await getJson(graph, `${LIST}/${DEMO_EXAMPLES.macLockedWithPin.id}`);
    expect(byId.body.id).toBe(DEMO_EXAMPLES.macLockedWithPin.id);
    expect(byId.body['@odata.nextLink']).toBeUndefined();
    expect((await getJson(graph, next)).body['@odata.nextLink']).toBeUndefined();
  });

  it('refuses faults that make no sense', () => {
    const graph = graphWithSeed();
    expect(() => graph.fault({ status: 200 })).toThrow(RangeError);
    expect(() => graph.fault({ kind: 'hang', times: 0 })).toThrow(RangeError);
  });
});

describe('demo Graph: latency and request log', () => {
  it('waits latencyMs before answering, and can change it later', async () => {
    const graph = graphWithSeed({ latencyMs: 120 });
    const t = performance.now();
    await graph.handle(request(`${LIST}/nope`));
    expect(performance.now() - t).toBeGreaterThanOrEqual(100);
    graph.latencyMs = 0;
    await graph.handle(request(`${LIST}/nope`));
  });

  it('stops waiting when the request is aborted during the delay', async () => {
    const graph = graphWithSeed({ latencyMs: 10_000 });
    await expect(graph.handle(request(LIST, { signal: AbortSignal.timeout(50) }))).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('records every request, including refused ones', async () => {
    const graph = graphWithSeed();
    await graph.handle(request(LIST));
    await graph.handle(request(`${LIST}/x`, { token: null }));
    await graph.handle(request(`${LIST}/x`, { method: 'DELETE' }));
    expect(graph.requests).toEqual([
      { method: 'GET', url: `${ORIGIN}${LIST}` },
      { method: 'GET', url: `${ORIGIN}${LIST}/x` },
      { method: 'DELETE', url: `${ORIGIN}${LIST}/x` },
    ]);
  });

  it('works as an unbound function', async () => {
    const { handle } = graphWithSeed();
    expect((await handle(request(LIST))).status).toBe(200);
  });
});

describe('demo Graph: remote lock', () => {
  const lockPath = (id: string) => `${LIST}/${id}/remoteLock`;
  const lockOf = async (graph: DemoGraph, id: string) => {
    const { body } = await getJson(graph, `${LIST}/${id}?$select=deviceActionResults`);
    return (body.deviceActionResults ?? []).filter((a) => a.actionName === 'remoteLock');
  };

  it('locks a Mac with a new six-digit PIN, pending until delivered', async () => {
    let now = NOW.getTime();
    const graph = createDemoGraph({ devices: seed, now: () => new Date(now) });
    const mac = seed.find((d) => d.operatingSystem === 'macOS' && d.deviceActionResults.length === 0)!;
    const res = await graph.handle(request(lockPath(mac.id), { method: 'POST' }));
    expect(res.status).toBe(204);
    const [lock] = await lockOf(graph, mac.id);
    expect(lock).toMatchObject({ '@odata.type': '#microsoft.graph.remoteLockActionResult', actionState: 'pending', unlockPin: expect.stringMatching(/^\d{6}$/) });
    now += 60_000;
    expect((await lockOf(graph, mac.id))[0]).toMatchObject({ actionState: 'done', unlockPin: lock!.unlockPin });
  });

  it('fails a second lock on a Mac that is already locked, and the PIN is gone', async () => {
    const graph = graphWithSeed();
    const { id } = DEMO_EXAMPLES.macLockedWithPin;
    expect((await graph.handle(request(lockPath(id), { method: 'POST' }))).status).toBe(204);
    expect(await lockOf(graph, id)).toEqual([expect.objectContaining({ actionState: 'failed', unlockPin: null })]);
  });

  it('locks phones without a PIN, refuses Windows with 400 and unknown ids with 404', async () => {
    const graph = graphWithSeed();
    const { id } = DEMO_EXAMPLES.neverSynced;
    const phone = seed.find((d) => d.operatingSystem === 'Android' && d.deviceActionResults.length === 0)!;
    expect((await graph.handle(request(lockPath(phone.id), { method: 'POST' }))).status).toBe(204);
    expect((await lockOf(graph, phone.id))[0]).toMatchObject({ actionState: 'pending', unlockPin: null });
    expect((await graph.handle(request(lockPath(DEMO_EXAMPLES.noActions.id), { method: 'POST' }))).status).toBe(400);
    expect((await graph.handle(request(lockPath('nope'), { method: 'POST' }))).status).toBe(404);
    expect((await graph.handle(request(lockPath(id), { method: 'GET' }))).status).toBe(405);
  });
});
