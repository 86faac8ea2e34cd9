// The app:// protocol serves the built renderer and nothing else, with the security headers on every answer.
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, createAppFileHandler, isAppPageUrl, resolveAppFile } from '../../electron/shell/app-protocol';
import { appResponseHeaders, parseCsp } from '../../electron/shell/csp';
import { repoRoot } from '../../electron/dev/paths';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'kiosk-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>kiosk</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(base, 'secret.txt'), 'outside the renderer');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.js')).catch(() => {});
});

describe('resolving app:// URLs', () => {
  it('maps our own URLs to files inside the renderer folder', () => {
    expect(resolveAppFile(root, 'app://kiosk/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://kiosk/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://kiosk/assets/app.js?v=1#x')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveAppFile(root, 'app://kiosk/assets/my%20file.js')).toBe(path.join(root, 'assets', 'my file.js'));
  });

  it.each([
    'app://kiosk/..%2f..%2fsecret.txt',
    'app://kiosk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://kiosk/..%5csecret.txt',
    'app://kiosk/assets%5c..%5c..%5csecret.txt',
    'app://kiosk/%2fetc%2fpasswd',
    'app://kiosk//etc/passwd',
    'app://kiosk/C:%5cWindows%5cwin.ini',
    'app://kiosk/c:/Windows/win.ini',
    'app://kiosk/index.html%00.png',
    'app://kiosk/%E0%A4%A',
    'app://kiosk/assets/',
    'app://other/index.html',
    'app://kiosk:8080/index.html',
    'app://user:pw@kiosk/index.html',
    'file:///etc/passwd',
    'https://kiosk/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it('lets the URL parser fold dot segments at the root, which keeps them inside the folder', () => {
    expect(resolveAppFile(root, 'app://kiosk/%2e%2e/secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect(resolveAppFile(root, 'app://kiosk/../../../secret.txt')).toBe(path.join(root, 'secret.txt'));
  });

  it('never resolves outside the folder, whatever the URL says', () => {
    const pieces = ['..', '%2e%2e', '%2E%2e', '.', '%2f', '%5c', 'a', '%00', '~', 'index.html', '', '%252e%252e'];
    for (let i = 0; i < 3000; i++) {
      const parts = Array.from({ length: 1 + (i % 6) }, (_, k) => pieces[(i * 7 + k * 13 + (i >> 3)) % pieces.length]);
      const file = resolveAppFile(root, `app://kiosk/${parts.join('/')}`);
      if (file !== null) expect(file.startsWith(root + path.sep), file).toBe(true);
    }
  });

  it('trusts only the kiosk page itself as an IPC caller', () => {
    expect(isAppPageUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppPageUrl('app://kiosk/index.html#/device')).toBe(true);
    expect(isAppPageUrl('app://kiosk/assets/app.js')).toBe(false);
    expect(isAppPageUrl('app://evil/index.html')).toBe(false);
    expect(isAppPageUrl('file:///opt/kiosk/resources/app.asar/dist/renderer/index.html')).toBe(false);
    expect(isAppPageUrl('http://kiosk.localhost/index.html')).toBe(false);
    expect(isAppPageUrl('')).toBe(false);
  });
});

describe('the app:// handler', () => {
  const handle = () => {
    const refused: string[] = [];
    return { refused, handler: createAppFileHandler(root, (url) => refused.push(url)) };
  };

  it('serves the page with the Content-Security-Policy and nosniff headers', async () => {
    const { handler } = handle();
    const response = await handler(new Request('app://kiosk/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<title>kiosk</title>');
    expect((await handler(new Request('app://kiosk/assets/app.js'))).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for traversal, missing files and links out of the folder, and says so', async () => {
    const { handler, refused } = handle();
    for (const url of ['app://kiosk/..%2fsecret.txt', 'app://kiosk/missing.js', 'app://kiosk/assets/link.js', 'app://kiosk/assets']) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer');
      expect(response.headers.get('content-security-policy')).toBeTruthy();
    }
    expect(refused).toHaveLength(4);
  });

  it('refuses anything but GET', async () => {
    const { handler } = handle();
    expect((await handler(new Request('app://kiosk/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

describe('the Content-Security-Policy', () => {
  const header = parseCsp(appResponseHeaders('text/html')['content-security-policy']!);

  it('allows no inline script, no eval, no plugins, no frames, no network', () => {
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(header.get('default-src')).toEqual(["'self'"]);
    for (const [name, sources] of header) {
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
      expect(sources, name).not.toContain("'unsafe-eval'");
      expect(sources, name).not.toContain("'wasm-unsafe-eval'");
      expect(sources.some((s) => s === '*' || /^(https?|file|data|blob):$/.test(s) && name !== 'img-src'), name).toBe(false);
    }
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(header.get('base-uri')).toEqual(["'none'"]);
    expect(header.get('connect-src')).toEqual(["'none'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('frame-src')).toEqual(["'none'"]);
  });

  it("matches the meta tag in renderer/index.html, directive for directive", () => {
    const html = readFileSync(path.join(repoRoot, 'renderer', 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
    expect(meta, 'renderer/index.html has a CSP meta tag').toBeTruthy();
    for (const [name, sources] of parseCsp(meta!)) expect(header.get(name), name).toEqual(sources);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  });
});
