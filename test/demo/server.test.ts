import { afterEach, describe, expect, it } from 'vitest';
import { createDemoGraph, DEMO_EXAMPLES, listenOnLoopback, type LoopbackServer } from '../../electron/demo';

const auth = { authorization: 'Bearer demo-token' };
const servers: LoopbackServer[] = [];

async function start(handle: Parameters<typeof listenOnLoopback>[0]) {
  const server = await listenOnLoopback(handle);
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('listenOnLoopback', () => {
  it('serves the demo Graph on 127.0.0.1 to a real fetch, with nextLinks on its own origin', async () => {
    const graph = createDemoGraph();
    const server = await start(graph.handle);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const filter = encodeURIComponent(`startswith(deviceName,'${DEMO_EXAMPLES.multiMatchPrefix}')`);
    const res = await fetch(`${server.url}/v1.0/deviceManagement/managedDevices?$filter=${filter}&$top=3&$select=deviceName`, { headers: auth });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const page = (await res.json()) as { value: Array<{ deviceName: string }>; '@odata.nextLink': string };
    expect(page.value).toHaveLength(3);
    expect(page['@odata.nextLink'].startsWith(`${server.url}/v1.0/`)).toBe(true);

    const rest = (await (await fetch(page['@odata.nextLink'], { headers: auth })).json()) as { value: unknown[] };
    expect(rest.value).toHaveLength(2);
    expect(graph.requests.map((r) => r.method)).toEqual(['GET', 'GET']);
    expect(graph.requests[0]!.url.startsWith(server.url)).toBe(true);
  });

  it('passes status, headers and the request body through', async () => {
    const server = await start(async (req) =>
      Response.json({ method: req.method, body: await req.text(), header: req.headers.get('x-test') }, { status: 201, headers: { 'retry-after': '3' } }),
    );
    const res = await fetch(`${server.url}/echo?q=1`, { method: 'POST', body: 'hello', headers: { 'x-test': 'yes' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(await res.json()).toEqual({ method: 'POST', body: 'hello', header: 'yes' });
  });

  it('relays Graph errors and Retry-After from injected faults', async () => {
    const graph = createDemoGraph();
    const server = await start(graph.handle);
    graph.fault({ status: 429, retryAfter: '7' });
    const res = await fetch(`${server.url}/v1.0/deviceManagement/managedDevices`, { headers: auth });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('TooManyRequests');
    expect((await fetch(`${server.url}/v1.0/deviceManagement/managedDevices`)).status).toBe(401);
  });

  it('ends a hanging request when the client gives up, and the server stays usable', async () => {
    const graph = createDemoGraph();
    const server = await start(graph.handle);
    graph.fault({ kind: 'hang' });
    await expect(
      fetch(`${server.url}/v1.0/deviceManagement/managedDevices`, { headers: auth, signal: AbortSignal.timeout(200) }),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
    const res = await fetch(`${server.url}/v1.0/deviceManagement/managedDevices/${DEMO_EXAMPLES.macLockedWithPin.id}`, { headers: auth });
    expect(res.status).toBe(200);
  });

  it('aborts the handler’s signal when the client disconnects', async () => {
    let aborted: () => void = () => {};
    const sawAbort = new Promise<void>((resolve) => (aborted = resolve));
    const server = await start(
      (req) =>
        new Promise<Response>((_, reject) => {
          req.signal.addEventListener('abort', () => {
            aborted();
            reject(req.signal.reason);
          });
        }),
    );
    const controller = new AbortController();
    const pending = fetch(`${server.url}/slow`, { signal: controller.signal }).catch(() => 'aborted');
    await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    expect(await pending).toBe('aborted');
    await sawAbort;
  });

  it('drops the connection on a cut body, so the client sees an error instead of a short answer', async () => {
    const graph = createDemoGraph();
    const server = await start(graph.handle);
    graph.fault({ kind: 'cut' });
    const res = await fetch(`${server.url}/v1.0/deviceManagement/managedDevices`, { headers: auth });
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it('answers 500 when the handler throws', async () => {
    const server = await start(async () => {
      throw new Error('boom');
    });
    const res = await fetch(`${server.url}/x`);
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('boom');
  });

  it('closes promptly with a request still hanging, frees the port, and can close twice', async () => {
    const graph = createDemoGraph();
    const server = await listenOnLoopback(graph.handle);
    graph.fault({ kind: 'hang' });
    const pending = fetch(`${server.url}/v1.0/deviceManagement/managedDevices`, { headers: auth }).then(
      () => 'answered',
      () => 'failed',
    );
    await new Promise((r) => setTimeout(r, 50));
    await server.close();
    await server.close();
    expect(await pending).toBe('failed');
    await expect(fetch(`${server.url}/v1.0/deviceManagement/managedDevices`, { headers: auth })).rejects.toThrow();

    const port = Number(new URL(server.url).port);
    const same = await listenOnLoopback(graph.handle, port);
    expect(same.url).toBe(server.url);
    await same.close();
  });

  it('rejects when the port is taken', async () => {
    const first = await start(async () => new Response('x'));
    await expect(listenOnLoopback(async () => new Response('y'), Number(new URL(first.url).port))).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
