// Packs the Linux `dir` and `tar.gz` targets with the real electron-builder configuration against a PLACEHOLDER
// Electron folder, then inspects what was packed. It checks the package's contents, not that Electron starts: the
// placeholder "binary" (./placeholder-electron.ts) is a shell script carrying a fuse wire laid out like Electron's, so
// electron-builder's fuse step runs and its result can be read back, but nothing here launches the app.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import { beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { asarHeaderHash, checkRelease, configuredFuses, resedit } from '../../build/check-release';
import { FUSE_SENTINEL, FUSES, makePlaceholderElectron, readFuseWire } from './placeholder-electron';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const builderCli = path.join(repoRoot, 'node_modules/electron-builder/cli.js');
const configFile = path.join(repoRoot, 'build/electron-builder.config.mjs');

let work: string;
let appOutDir: string;
let tarball: string;
let asarFiles: string[];
let buildSeconds: number;

const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');

beforeAll(async () => {
  for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(repoRoot, built))) throw new Error(`${built} is missing: run \`npm run build\` first (npm test does).`);
  }
  work = await mkdtemp(path.join(os.tmpdir(), 'kiosk-package-'));
  const electronDist = path.join(work, 'placeholder-electron');
  await makePlaceholderElectron(electronDist);
  // The product configuration, with only the output folder and the Electron folder changed.
  const testConfig = path.join(work, 'electron-builder.test.mjs');
  await writeFile(
    testConfig,
    `import base from ${JSON.stringify(pathToFileURL(configFile).href)};\n` +
      `export default { ...base, electronDist: ${JSON.stringify(electronDist)}, directories: { ...base.directories, output: ${JSON.stringify(path.join(work, 'out'))} } };\n`,
  );
  const started = performance.now();
  await run(process.execPath, [builderCli, '--config', testConfig, '--linux', 'dir', 'tar.gz', '--x64', '--publish', 'never'], {
    cwd: repoRoot,
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '' },
    timeout: 120_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  buildSeconds = (performance.now() - started) / 1000;
  appOutDir = path.join(work, 'out', 'linux-unpacked');
  tarball = path.join(work, 'out', `unlock-pin-kiosk-${packageJson.version}-x64.tar.gz`);
  asarFiles = listPackage(path.join(appOutDir, 'resources', 'app.asar'), { isPack: false }).map((p) => p.replaceAll('\\', '/'));
}, 150_000);

describe('Linux package built against a placeholder Electron (checks the package contents, not that Electron starts)', () => {
  it('packs within a reasonable time', () => {
    expect(buildSeconds).toBeLessThan(60);
  });

  it('app.asar holds the main-process bundle, the preload and the built renderer', () => {
    expect(asarFiles).toContain('/dist/electron/main.cjs');
    expect(asarFiles).toContain('/dist/electron/preload.cjs');
    expect(asarFiles).toContain('/dist/renderer/index.html');
    expect(asarFiles.some((f) => /^\/dist\/renderer\/assets\/.+\.js$/.test(f))).toBe(true);
    expect(asarFiles.some((f) => /^\/dist\/renderer\/assets\/.+\.css$/.test(f))).toBe(true);
  });

  it('app.asar holds nothing but the built app and package.json', () => {
    const files = asarFiles.filter((f) => /\.[^/]+$/.test(f) || f === '/package.json');
    const outside = files.filter((f) => f !== '/package.json' && !f.startsWith('/dist/electron/') && !f.startsWith('/dist/renderer/'));
    expect(outside).toEqual([]);
    const excluded = [
      /node_modules/,
      /\.(ts|svelte|map)$/,
      /^\/(test|electron|renderer|build|docs|test-results|\.ci)\//,
      /\/\.env/,
      /\.(pem|key|pfx|p12|crt)$/,
      /package-lock\.json|tsconfig|eslint/,
      /^\/dist\/installers/,
    ];
    for (const pattern of excluded) expect(asarFiles.filter((f) => pattern.test(f)), String(pattern)).toEqual([]);
  });

  it('ships package.json without dependencies, scripts or dev dependencies, pointing at the bundle', () => {
    const packed = JSON.parse(extractFile(path.join(appOutDir, 'resources', 'app.asar'), 'package.json').toString('utf8'));
    expect(packed).toMatchObject({ name: 'unlock-pin-kiosk', version: packageJson.version, main: 'dist/electron/main.cjs' });
    expect(packed.devDependencies).toBeUndefined();
    expect(packed.scripts).toBeUndefined();
    expect(packed.dependencies ?? {}).toEqual({});
  });

  it('the main bundle is self-contained: it requires only Node built-ins and electron, so no node_modules need ship', () => {
    const main = extractFile(path.join(appOutDir, 'resources', 'app.asar'), 'dist/electron/main.cjs').toString('utf8');
    const required = new Set([...main.matchAll(/\brequire\((["'`])([^"'`]+)\1\)/g)].map((m) => m[2]!));
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect([...required].filter((m) => m !== 'electron' && !builtins.has(m))).toEqual([]);
  });

  it('names the executable, drops Electron\'s default app and ships the config schema and example', async () => {
    const top = await readdir(appOutDir);
    expect(top).toContain('unlock-pin-kiosk');
    expect(top).not.toContain('electron');
    expect(top).not.toContain('version');
    const resources = await readdir(path.join(appOutDir, 'resources'));
    expect(resources.sort()).toEqual(['app.asar', 'config.example.json', 'config.schema.json']);
    expect(await sha256(path.join(appOutDir, 'resources', 'config.schema.json'))).toBe(await sha256(path.join(repoRoot, 'build/config.schema.json')));
  });

  it('flips the configured Electron fuses in the packed binary (on the placeholder\'s wire; a real binary is flipped the same way)', async () => {
    const fuses = readFuseWire(await readFile(path.join(appOutDir, 'unlock-pin-kiosk')));
    expect(fuses).toMatchObject({
      RunAsNode: 'off',
      EnableCookieEncryption: 'on',
      EnableNodeOptionsEnvironmentVariable: 'off',
      EnableNodeCliInspectArguments: 'off',
      EnableEmbeddedAsarIntegrityValidation: 'on',
      OnlyLoadAppFromAsar: 'on',
      GrantFileProtocolExtraPrivileges: 'off',
    });
  });

  it('passes the release check: every configured fuse reads back as set (ASAR integrity is not embedded on Linux)', async () => {
    const report = await checkRelease(appOutDir);
    expect(report.fuses.map((f) => f.fuse).sort()).toEqual(Object.keys(await configuredFuses()).sort());
    expect(report.fuses.filter((f) => f.actual !== f.expected)).toEqual([]);
    expect(report).toMatchObject({ platform: 'linux', ok: true, asarIntegrity: { status: 'not-applicable' } });
  });

  it('the release check fails a package whose signing undid a fuse or lost the ASAR integrity hash (Windows and macOS layouts)', async () => {
    const asar = path.join(appOutDir, 'resources', 'app.asar');
    const wire = await readFile(path.join(appOutDir, 'unlock-pin-kiosk'));
    const wireOnly = wire.subarray(wire.indexOf(FUSE_SENTINEL));
    // Windows: a PE executable with electron-builder's INTEGRITY resource, and the packed fuse wire.
    const exeWith = (hash: string | null) => {
      const exe = resedit.NtExecutable.createEmpty();
      const resources = resedit.NtExecutableResource.from(exe);
      if (hash) resources.entries.push({ type: 'INTEGRITY', id: 'ELECTRONASAR', lang: 1033, codepage: 1200, bin: Buffer.from(JSON.stringify([{ file: 'resources\\app.asar', alg: 'SHA256', value: hash }])) });
      resources.outputResource(exe);
      return Buffer.concat([Buffer.from(exe.generate()), wireOnly]);
    };
    const win = path.join(work, 'win-unpacked');
    await mkdir(path.join(win, 'resources'), { recursive: true });
    await writeFile(path.join(win, 'resources', 'app.asar'), await readFile(asar));
    await writeFile(path.join(win, 'Unlock PIN Kiosk.exe'), exeWith(asarHeaderHash(asar)));
    expect(await checkRelease(win)).toMatchObject({ platform: 'win32', ok: true, asarIntegrity: { status: 'ok' } });
    await writeFile(path.join(win, 'Unlock PIN Kiosk.exe'), exeWith(null));
    expect(await checkRelease(win)).toMatchObject({ ok: false, asarIntegrity: { status: 'missing' } });
    await writeFile(path.join(win, 'Unlock PIN Kiosk.exe'), exeWith('0'.repeat(64)));
    expect(await checkRelease(win)).toMatchObject({ ok: false, asarIntegrity: { status: 'mismatch' } });

    // macOS: the hash in Info.plist, the fuses in the Electron Framework binary; here RunAsNode switched back on.
    const app = path.join(work, 'mac', 'Unlock PIN Kiosk.app');
    const framework = path.join(app, 'Contents/Frameworks/Electron Framework.framework');
    await mkdir(framework, { recursive: true });
    await mkdir(path.join(app, 'Contents/Resources'), { recursive: true });
    await writeFile(path.join(app, 'Contents/Resources/app.asar'), await readFile(asar));
    const plist = `<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>ElectronAsarIntegrity</key><dict><key>Resources/app.asar</key><dict><key>algorithm</key><string>SHA256</string><key>hash</key><string>${asarHeaderHash(asar)}</string></dict></dict></dict></plist>`;
    await writeFile(path.join(app, 'Contents/Info.plist'), plist);
    await writeFile(path.join(framework, 'Electron Framework'), wireOnly);
    expect(await checkRelease(app)).toMatchObject({ platform: 'darwin', ok: true, asarIntegrity: { status: 'ok' } });
    const undone = Buffer.from(wireOnly);
    undone[FUSE_SENTINEL.length + 2 + FUSES.indexOf('RunAsNode')] = '1'.charCodeAt(0);
    await writeFile(path.join(framework, 'Electron Framework'), undone);
    const report = await checkRelease(app);
    expect(report.ok).toBe(false);
    expect(report.fuses.filter((f) => f.actual !== f.expected)).toEqual([{ fuse: 'RunAsNode', expected: 'off', actual: 'on' }]);
  });

  it('the tar.gz holds the same app under one versioned folder', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const entries = stdout.split('\n').filter(Boolean);
    const folder = `unlock-pin-kiosk-${packageJson.version}-x64/`;
    expect(entries.every((e) => e.startsWith(folder))).toBe(true);
    expect(entries).toEqual(expect.arrayContaining([`${folder}unlock-pin-kiosk`, `${folder}resources/app.asar`, `${folder}resources/config.schema.json`]));
    const unpacked = path.join(work, 'from-tar');
    await mkdir(unpacked);
    await run('tar', ['-xzf', tarball, '-C', unpacked]);
    expect(await sha256(path.join(unpacked, folder, 'resources/app.asar'))).toBe(await sha256(path.join(appOutDir, 'resources/app.asar')));
  });
});
