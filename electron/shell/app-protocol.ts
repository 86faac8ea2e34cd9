// The renderer is served from app://kiosk/, not file://: a file:// page could read any file its URL names, and every
// file:// page shares one origin. This module maps app:// URLs to files inside the built renderer, and nowhere else.
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { appResponseHeaders } from './csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The idle screen: where the window starts and where it returns after a renderer crash. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

/** Whether a frame URL is the kiosk's own page (and not another file of ours, or anything else). */
export function isAppPageUrl(url: string): boolean {
  const parsed = parseAppUrl(url);
  return parsed !== null && (parsed.pathname === '/index.html' || parsed.pathname === '/');
}

/**
 * The file an app:// URL names inside `rootDir`, or null: another scheme or host, an encoded NUL or backslash, a
 * `.` or `..` segment (encoded or not), an empty segment, a drive letter, or anything that resolves outside the root.
 */
export function resolveAppFile(rootDir: string, url: string): string | null {
  const parsed = parseAppUrl(url);
  if (!parsed) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (/[\0\\]/.test(pathname)) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.slice(1);
  const segments = relative.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || /^[A-Za-z]:/.test(s))) return null;
  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...segments);
  return file.startsWith(root + path.sep) ? file : null;
}

/** The app:// request handler: files of the built renderer with the security headers, everything else refused. */
export function createAppFileHandler(rootDir: string, onRefused: (url: string, status: number) => void = () => {}) {
  const rootReal = realpath(rootDir).catch(() => path.resolve(rootDir));
  const refuse = (url: string, status: number) => {
    onRefused(url, status);
    return new Response(status === 405 ? 'Method not allowed' : 'Not found', { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
  };
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET') return refuse(request.url, 405);
    const file = resolveAppFile(rootDir, request.url);
    if (!file) return refuse(request.url, 404);
    try {
      // A link inside the renderer folder must not lead out of it either.
      const real = await realpath(file);
      if (!real.startsWith((await rootReal) + path.sep)) return refuse(request.url, 404);
      const body = await readFile(real);
      const type = CONTENT_TYPES[path.extname(real).toLowerCase()] ?? 'application/octet-stream';
      return new Response(new Uint8Array(body), { status: 200, headers: appResponseHeaders(type) });
    } catch {
      return refuse(request.url, 404);
    }
  };
}

function parseAppUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const ours = parsed.protocol === `${APP_SCHEME}:` && parsed.hostname === APP_HOST && !parsed.port && !parsed.username && !parsed.password;
  return ours ? parsed : null;
}
