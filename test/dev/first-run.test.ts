// A new user's first `npm start` and `npm test`: each finds what it needs or says in one line what is missing,
// within seconds. The "nothing installed" cases run in child processes whose PATH and browser folders hold nothing.
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../electron/dev/chromium';
import { hasDisplay } from '../../electron/dev/display';
import { findElectron } from '../../electron/dev/electron-binary';
import { repoRoot } from '../../electron/dev/paths';

const run = promisify(execFile);

async function script(file: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(repoRoot, file)], { cwd: repoRoot, env, timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const failed = err as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** An environment where nothing can be found: no browser on PATH, an empty Playwright browser folder. */
async function bareEnv(extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
  const empty = await mkdtemp(path.join(os.tmpdir(), 'kiosk-bare-'));
  const { KIOSK_CHROMIUM: _k, ELECTRON_OVERRIDE_DIST_PATH: _e, DISPLAY: _d, WAYLAND_DISPLAY: _w, ...rest } = process.env;
  return { ...rest, PATH: empty, PLAYWRIGHT_BROWSERS_PATH: empty, ...extra };
}

async function fakeExecutable(file: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, '#!/bin/sh\n');
  await chmod(file, 0o755);
  return file;
}

describe('the browser for the tests', () => {
  it('with none anywhere, stops with one line naming both ways to get one', async () => {
    const result = await script('electron/dev/check-chromium.ts', await bareEnv());
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('apt-get install chromium');
    expect(lines[0]).toContain('npx playwright install chromium');
  });

  it('takes KIOSK_CHROMIUM first, then the system Chromium on PATH', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-chromium-'));
    const named = await fakeExecutable(path.join(dir, 'named', 'my-chromium'));
    const system = await fakeExecutable(path.join(dir, 'bin', 'chromium'));
    const env = { PATH: path.join(dir, 'bin'), PLAYWRIGHT_BROWSERS_PATH: path.join(dir, 'none') };
    expect(findChromium({ ...env, KIOSK_CHROMIUM: named })).toEqual({ ok: true, path: named, source: 'KIOSK_CHROMIUM' });
    expect(findChromium(env)).toEqual({ ok: true, path: system, source: 'system' });
  });

  it('says so when KIOSK_CHROMIUM names a file that is not there, rather than picking another', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-chromium-'));
    await fakeExecutable(path.join(dir, 'bin', 'chromium'));
    const found = findChromium({ PATH: path.join(dir, 'bin'), KIOSK_CHROMIUM: path.join(dir, 'gone') });
    expect(found.ok).toBe(false);
    expect(!found.ok && found.message).toContain(path.join(dir, 'gone'));
  });

  it('falls back to the Chromium that `npx playwright install chromium` puts in its folder', async () => {
    const env = await bareEnv();
    const where = await run(process.execPath, ['-e', "console.log(require('playwright-core').chromium.executablePath())"], { env });
    const installed = await fakeExecutable(where.stdout.trim());
    expect(installed.startsWith(env.PLAYWRIGHT_BROWSERS_PATH!)).toBe(true);
    const result = await script('electron/dev/check-chromium.ts', env);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`Browser tests run in ${installed} (playwright).`);
  });
});

describe('npm start', () => {
  it('without any display stops at once with one line and a non-zero exit', async () => {
    const result = await script('electron/dev/start.ts', await bareEnv({ PATH: process.env.PATH }));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('No display here')]);
  });

  it('knows which sessions can show a window', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':0' })).toBe(true);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
    expect(hasDisplay('darwin', {})).toBe(true);
  });

  it('runs the Electron named by ELECTRON_OVERRIDE_DIST_PATH, and says which file is missing when it is not there', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-electron-'));
    expect(findElectron({ ELECTRON_OVERRIDE_DIST_PATH: dir }, 'linux')).toEqual({ ok: false, reason: expect.stringContaining(path.join(dir, 'electron')) });
    const binary = await fakeExecutable(path.join(dir, 'electron'));
    expect(findElectron({ ELECTRON_OVERRIDE_DIST_PATH: dir }, 'linux')).toEqual({ ok: true, path: binary });
  });
});
