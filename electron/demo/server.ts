// Serves a fetch-style handler on 127.0.0.1, so the kiosk and tests can reach the demo tenant over real HTTP.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackServer {
  /** Like `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  /** Stops listening and drops open connections (which aborts requests still in progress). */
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer', 'host']);

export async function listenOnLoopback(handle: (r: Request) => Promise<Response>, port = 0): Promise<LoopbackServer> {
  const server = createServer((req, res) => {
    void serve(handle, req, res, origin());
  });
  const origin = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });

  let closing: Promise<void> | undefined;
  return {
    url: origin(),
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

async function serve(
  handle: (r: Request) => Promise<Response>,
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<void> {
  const controller = new AbortController();
  // 'close' before the answer is finished means the client went away: abort the handler's work.
  res.on('close', () => {
    if (!res.writableFinished) controller.abort(new DOMException('The client closed the connection.', 'AbortError'));
  });

  let response: Response;
  try {
    response = await handle(await toRequest(req, origin, controller.signal));
  } catch (error) {
    if (controller.signal.aborted) {
      res.destroy();
      return;
    }
    writeInternalError(res, error);
    return;
  }

  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  res.writeHead(response.status, headers);
  if (!response.body || req.method === 'HEAD') {
    res.end();
    return;
  }
  res.flushHeaders();
  try {
    for await (const chunk of response.body) {
      if (!res.write(chunk)) await new Promise<void>((resolve) => res.once('drain', resolve).once('close', resolve));
      if (res.destroyed) return;
    }
    res.end();
  } catch {
    // The body broke off: drop the connection so the client sees a cut response, not a short one.
    res.destroy();
  }
}

async function toRequest(req: IncomingMessage, origin: string, signal: AbortSignal): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  let body: Uint8Array | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    body = Buffer.concat(chunks);
    headers.delete('content-length');
  }
  const path = req.url?.startsWith('/') ? req.url : `/${req.url ?? ''}`;
  return new Request(`${origin}${path}`, { method, headers, body: body ?? null, signal });
}

function writeInternalError(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  res.writeHead(500, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: { code: 'InternalServerError', message: `The demo tenant failed: ${message}` } }));
}
