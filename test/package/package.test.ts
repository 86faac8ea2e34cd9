// Packs the Linux `dir` and `tar.gz` targets, and the Windows x64 and arm64 `dir` targets, with the real
// electron-builder configuration against a PLACEHOLDER Electron folder, then inspects what was packed. It checks the
// package's contents, not that Electron starts: the placeholder "binary" (./placeholder-electron.ts) is a shell script
// (for Windows an empty PE file) carrying a fuse wire laid out like Electron's, so electron-builder's fuse step runs
// and its result can be read back, but nothing here launches the app.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { extractAll, extractFile, listPackage, statFile } from '@electron/asar';
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
let unpackedFiles: string[];
let main: string;

/** The broker's native package, shipped unbundled (build/electron-builder.config.mjs). */
const RUNTIME = 'node_modules/@azure/msal-node-runtime';
const runtimeSource = path.join(repoRoot, RUNTIME);

const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');
/** Every file under a folder, as /-separated paths relative to it. */
const filesUnder = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).replaceAll('\\', '/'))
    .sort();

/**
 * Packs with the product configuration, with only the output folder and the Electron folder changed (and `extra`,
 * JavaScript source merged over it), against a placeholder Electron for the platform.
 */
async function pack(name: string, platform: 'linux' | 'win32', args: string[], extra = ''): Promise<string> {
  const electronDist = path.join(work, `placeholder-electron-${name}`);
  await makePlaceholderElectron(electronDist, platform);
  const out = path.join(work, `out-${name}`);
  const testConfig = path.join(work, `electron-builder.${name}.mjs`);
  await writeFile(
    testConfig,
    `import base from ${JSON.stringify(pathToFileURL(configFile).href)};\n` +
      `export default { ...base, electronDist: ${JSON.stringify(electronDist)}, directories: { ...base.directories, output: ${JSON.stringify(out)} }${extra} };\n`,
  );
  await run(process.execPath, [builderCli, '--config', testConfig, ...args, '--publish', 'never'], {
    cwd: repoRoot,
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '' },
    timeout: 120_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  return out;
}

beforeAll(async () => {
  for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(repoRoot, built))) throw new Error(`${built} is missing: run \`npm run build\` first (npm test does).`);
  }
  work = await mkdtemp(path.join(os.tmpdir(), 'kiosk-package-'));
  const out = await pack('linux', 'linux', ['--linux', 'dir', 'tar.gz', '--x64']);
  appOutDir = path.join(out, 'linux-unpacked');
  tarball = path.join(out, `unlock-pin-kiosk-${packageJson.version}-x64.tar.gz`);
  asarFiles = listPackage(path.join(appOutDir, 'resources', 'app.asar'), { isPack: false }).map((p) => p.replaceAll('\\', '/'));
  unpackedFiles = await filesUnder(path.join(appOutDir, 'resources', 'app.asar.unpacked'));
  main = extractFile(path.join(appOutDir, 'resources', 'app.asar'), 'dist/electron/main.cjs').toString('utf8');
}, 150_000);

describe('Linux package built against a placeholder Electron (checks the package contents, not that Electron starts)', () => {
  it('app.asar holds the main-process bundle, the preload and the built renderer', () => {
    expect(asarFiles).toContain('/dist/electron/main.cjs');
    expect(asarFiles).toContain('/dist/electron/preload.cjs');
    expect(asarFiles).toContain('/dist/renderer/index.html');
    expect(asarFiles.some((f) => /^\/dist\/renderer\/assets\/.+\.js$/.test(f))).toBe(true);
    expect(asarFiles.some((f) => /^\/dist\/renderer\/assets\/.+\.css$/.test(f))).toBe(true);
  });

  it('app.asar holds nothing but the built app, package.json and msal-node-runtime', () => {
    const files = asarFiles.filter((f) => /\.[^/]+$/.test(f) || f === '/package.json');
    const outside = files.filter(
      (f) => f !== '/package.json' && !f.startsWith('/dist/electron/') && !f.startsWith('/dist/renderer/') && !f.startsWith(`/${RUNTIME}/`),
    );
    expect(outside).toEqual([]);
    const excluded = [
      /node_modules/,
      /keytar/i,
      /\.(ts|svelte|map)$/,
      /^\/(test|electron|renderer|build|docs|test-results|\.ci)\//,
      /\/\.env/,
      /\.(pem|key|pfx|p12|crt)$/,
      /package-lock\.json|tsconfig|eslint/,
      /^\/dist\/installers/,
    ];
    // msal-node-runtime (and the folders holding it) is the one package that ships.
    const notRuntime = asarFiles.filter((f) => !f.startsWith(`/${RUNTIME}/`) && !`/${RUNTIME}/`.startsWith(`${f}/`));
    for (const pattern of excluded) expect(notRuntime.filter((f) => pattern.test(f)), String(pattern)).toEqual([]);
    expect(asarFiles.filter((f) => /keytar/i.test(f))).toEqual([]);
  });

  it('ships package.json without dependencies, scripts or dev dependencies, pointing at the bundle', () => {
    const packed = JSON.parse(extractFile(path.join(appOutDir, 'resources', 'app.asar'), 'package.json').toString('utf8'));
    expect(packed).toMatchObject({ name: 'unlock-pin-kiosk', version: packageJson.version, main: 'dist/electron/main.cjs' });
    expect(packed.devDependencies).toBeUndefined();
    expect(packed.scripts).toBeUndefined();
    expect(packed.dependencies ?? {}).toEqual({});
  });

  it('the main bundle requires only Node built-ins, electron and @azure/msal-node-runtime, never keytar', () => {
    const required = new Set([...main.matchAll(/\brequire\((["'`])([^"'`]+)\1\)/g)].map((m) => m[2]!));
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect([...required].filter((m) => m !== 'electron' && m !== '@azure/msal-node-runtime' && !builtins.has(m))).toEqual([]);
    expect(main).not.toMatch(/\brequire\((["'`])keytar\1\)/);
    expect(main).not.toMatch(/keytar\.node/);
    // The bundle carries msal-node-extensions' broker plugin, with keytar as the inlined stub (build/keytar-absent.cjs),
    // and leaves the plugin's native runtime to the shipped package.
    expect(main).toContain('NativeBrokerPlugin');
    expect(main).toContain("keytar is not part of Unlock PIN Kiosk: msal-node-extensions' persistence is not used");
    expect(main).toMatch(/\brequire\((["'`])@azure\/msal-node-runtime\1\)/);
  });

  it('app.asar.unpacked holds msal-node-runtime\'s binaries for Linux x64 only, byte for byte, and nothing else', async () => {
    const linux = (await readdir(path.join(runtimeSource, 'dist/linux'))).sort();
    expect(linux.length).toBeGreaterThan(0);
    const expected = linux.flatMap((distro) => ['libmsalruntime.so', 'msal-node-runtime.node'].map((f) => `${RUNTIME}/dist/linux/${distro}/x64/${f}`));
    expect(unpackedFiles).toEqual(expected.sort());
    expect(unpackedFiles.filter((f) => /\/dist\/(windows|macos)\//.test(f) || /\.(dll|dylib)$/.test(f))).toEqual([]);
    for (const file of unpackedFiles) {
      expect(await sha256(path.join(appOutDir, 'resources', 'app.asar.unpacked', file)), file).toBe(await sha256(path.join(repoRoot, file)));
    }
    // The header lists them as unpacked; the package's JavaScript stays in the archive, under its integrity hash.
    const asar = path.join(appOutDir, 'resources', 'app.asar');
    for (const file of unpackedFiles) expect(statFile(asar, file), file).toMatchObject({ unpacked: true });
    for (const file of ['package.json', 'dist/index.cjs']) {
      expect(asarFiles).toContain(`/${RUNTIME}/${file}`);
      expect(statFile(asar, `${RUNTIME}/${file}`), file).not.toHaveProperty('unpacked');
    }
    expect(asarFiles.filter((f) => f.startsWith(`/${RUNTIME}/`) && /\.(ts|map|md|js)$/.test(f))).toEqual([]);
  });

  it('require(\'@azure/msal-node-runtime\') from dist/electron/main.cjs resolves to the shipped package, which finds its binary', async () => {
    // Electron reads app.asar like a folder and an unpacked file from app.asar.unpacked; extracted, Node resolves the same.
    const extracted = path.join(work, 'app-extracted');
    extractAll(path.join(appOutDir, 'resources', 'app.asar'), extracted);
    const probe = [
      "const { createRequire } = require('node:module');",
      // Which binary the package asks Node to load (a missing file would fail before any dlopen).
      'const loads = []; const dlopen = process.dlopen;',
      'process.dlopen = function (module, filename, ...rest) { loads.push(filename); return dlopen.call(this, module, filename, ...rest); };',
      `const from = createRequire(${JSON.stringify(path.join(extracted, 'dist/electron/main.cjs'))});`,
      "const resolved = from.resolve('@azure/msal-node-runtime');",
      "const { msalNodeRuntime } = from('@azure/msal-node-runtime');",
      'console.log(JSON.stringify({ resolved, loads, startupError: msalNodeRuntime.StartupError?.errorContext ?? null }));',
    ].join('\n');
    const { stdout } = await run(process.execPath, ['-e', probe], { cwd: work });
    const { resolved, loads, startupError } = JSON.parse(stdout) as { resolved: string; loads: string[]; startupError: string | null };
    expect(resolved).toBe(path.join(extracted, RUNTIME, 'dist/index.cjs'));
    expect(loads).toHaveLength(1);
    expect(path.relative(path.join(extracted, RUNTIME, 'dist/linux'), loads[0]!)).toMatch(/^[a-z0-9_]+[\\/]x64[\\/]msal-node-runtime\.node$/);
    expect(existsSync(loads[0]!)).toBe(true);
    // Loaded, or (Debian here) a startup error from a system library the binary needs, not from a missing file.
    if (startupError !== null) expect(startupError.length).toBeGreaterThan(0);
  });

  it('names the executable, drops Electron\'s default app and ships the config schema and example', async () => {
    const top = await readdir(appOutDir);
    expect(top).toContain('unlock-pin-kiosk');
    expect(top).not.toContain('electron');
    expect(top).not.toContain('version');
    const resources = await readdir(path.join(appOutDir, 'resources'));
    expect(resources.sort()).toEqual(['app.asar', 'app.asar.unpacked', 'config.example.json', 'config.schema.json']);
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
    expect(report).toMatchObject({ platform: 'linux', ok: true, asarIntegrity: { status: 'not-applicable' }, unpacked: { status: 'ok', missing: [] } });
    expect(report.unpacked.files).toEqual(unpackedFiles);
  });

  it('the release check fails a package whose app.asar.unpacked lost a file the archive marks unpacked', async () => {
    const copy = path.join(work, 'linux-without-binary');
    await cp(appOutDir, copy, { recursive: true });
    const [lost] = unpackedFiles;
    await rm(path.join(copy, 'resources', 'app.asar.unpacked', lost!));
    const report = await checkRelease(copy);
    expect(report).toMatchObject({ ok: false, unpacked: { status: 'missing', missing: [lost] } });
    await rm(path.join(copy, 'resources', 'app.asar.unpacked'), { recursive: true });
    expect((await checkRelease(copy)).unpacked.missing).toEqual(unpackedFiles);
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
    await cp(`${asar}.unpacked`, path.join(win, 'resources', 'app.asar.unpacked'), { recursive: true });
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
    await cp(`${asar}.unpacked`, path.join(app, 'Contents/Resources/app.asar.unpacked'), { recursive: true });
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
    expect(await filesUnder(path.join(unpacked, folder, 'resources/app.asar.unpacked'))).toEqual(unpackedFiles);
    for (const file of unpackedFiles) {
      expect(await sha256(path.join(unpacked, folder, 'resources/app.asar.unpacked', file)), file).toBe(await sha256(path.join(repoRoot, file)));
    }
  });
});

describe('Windows x64 and arm64 packages (dir) built against a placeholder Electron: each carries its own broker binaries', () => {
  let out: string;

  beforeAll(async () => {
    // Editing and signing the executable needs electron-builder's Windows tools, a download; the files are packed as ever.
    out = await pack('win', 'win32', ['--win', 'dir', '--x64', '--arm64'], ', win: { ...base.win, signAndEditExecutable: false }');
  }, 150_000);

  it.each([
    ['x64', 'win-unpacked'],
    ['arm64', 'win-arm64-unpacked'],
  ])('the %s package unpacks dist/windows/%s only, byte for byte', async (arch, folder) => {
    const unpacked = path.join(out, folder, 'resources', 'app.asar.unpacked');
    const shipped = await filesUnder(unpacked);
    const expected = (await readdir(path.join(runtimeSource, 'dist/windows', arch))).map((f) => `${RUNTIME}/dist/windows/${arch}/${f}`).sort();
    expect(expected.some((f) => f.endsWith('/msal-node-runtime.node')) && expected.some((f) => f.endsWith('.dll'))).toBe(true);
    expect(shipped).toEqual(expected);
    for (const file of shipped) expect(await sha256(path.join(unpacked, file)), file).toBe(await sha256(path.join(repoRoot, file)));
    const asar = path.join(out, folder, 'resources', 'app.asar');
    const inAsar = listPackage(asar, { isPack: false }).map((p) => p.replaceAll('\\', '/'));
    expect(inAsar.filter((f) => f.startsWith(`/${RUNTIME}/`) && !f.startsWith(`/${RUNTIME}/dist/windows`)).sort()).toEqual(
      [`/${RUNTIME}/dist`, `/${RUNTIME}/dist/index.cjs`, `/${RUNTIME}/package.json`].sort(),
    );
    expect(inAsar.filter((f) => /keytar/i.test(f))).toEqual([]);
    // The broker on Windows on Arm needs msal-node-runtime 0.20.4 or later (DESIGN.md §7); the lock file pins the rest.
    const { version } = JSON.parse(extractFile(asar, `${RUNTIME}/package.json`).toString('utf8')) as { version: string };
    const [major, minor, patch] = version.split(/[.-]/).map(Number) as [number, number, number];
    expect(major > 0 || minor > 20 || (minor === 20 && patch >= 4), version).toBe(true);
  });

  it('passes the release check on the packed Windows layout, its unpacked binaries outside the ASAR integrity hash', async () => {
    const report = await checkRelease(path.join(out, 'win-unpacked'));
    expect(report).toMatchObject({ platform: 'win32', ok: true, asarIntegrity: { status: 'ok' }, unpacked: { status: 'ok', missing: [] } });
    expect(report.unpacked.files.every((f) => f.startsWith(`${RUNTIME}/dist/windows/x64/`))).toBe(true);
  });
});
