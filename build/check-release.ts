// The release check, run on the SIGNED package (docs/deploy.md, "Release check"): signing on Windows and macOS rewrites
// the executable, and a signing step done by hand or by another tool can undo what packaging set. It reads back every
// Electron fuse against build/electron-builder.config.mjs and, on Windows and macOS, checks that the executable carries
// the ASAR integrity hash of the app.asar beside it (Electron validates it only there: docs/tutorial/asar-integrity.md).
// It also checks that every file app.asar's header marks as unpacked (msal-node-runtime's native binaries) is in
// app.asar.unpacked: Electron reads those from disk, outside the ASAR integrity hash (code signing covers them, and
// codesign rewrites them on macOS, so only their presence is checked), and a package without them has no broker.
//   npx tsx build/check-release.ts "dist/installers/win-unpacked" | ".../Unlock PIN Kiosk.app" | "dist/installers/linux-unpacked"
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getRawHeader } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

/** @electron/fuses' FuseState values ('0' and '1' on the wire); the enum itself is not exported. */
const FUSE_ON = 49;
const FUSE_OFF = 48;

/** The part of resedit (the PE resource editor electron-builder itself uses) read here. */
export interface ResourceEntry {
  type: string | number;
  id: string | number;
  lang: number;
  codepage: number;
  bin: ArrayBuffer | ArrayBufferView;
}
interface PeExecutable {
  generate(): ArrayBuffer;
}
export interface Resedit {
  NtExecutable: { from(bin: ArrayBufferView): PeExecutable; createEmpty(): PeExecutable };
  NtExecutableResource: { from(exe: PeExecutable): { entries: ResourceEntry[]; outputResource(exe: PeExecutable): void } };
}
// Loaded without its type declarations, which pull the DOM's types into every file of the project.
export const resedit = createRequire(import.meta.url)('resedit') as Resedit;

export interface FuseCheck {
  fuse: string;
  expected: 'on' | 'off';
  actual: 'on' | 'off' | 'missing';
}

export interface ReleaseCheck {
  platform: 'win32' | 'darwin' | 'linux';
  executable: string;
  fuses: FuseCheck[];
  asarIntegrity: { status: 'ok' | 'missing' | 'mismatch' | 'not-applicable'; detail: string };
  /** The files app.asar's header marks as unpacked, and whether app.asar.unpacked holds them all. */
  unpacked: { status: 'ok' | 'missing' | 'none'; detail: string; files: string[]; missing: string[] };
  ok: boolean;
}

const configFile = fileURLToPath(new URL('./electron-builder.config.mjs', import.meta.url));

/** The fuses the packaging configuration sets, by @electron/fuses' names (runAsNode → RunAsNode). */
export async function configuredFuses(): Promise<Record<string, boolean>> {
  const config = (await import(pathToFileURL(configFile).href)).default as { electronFuses: Record<string, boolean> };
  return Object.fromEntries(Object.entries(config.electronFuses).map(([key, on]) => [key[0]!.toUpperCase() + key.slice(1), on]));
}

/** The SHA-256 of an ASAR archive's header, as electron-builder embeds it and Electron checks it. */
export function asarHeaderHash(asarFile: string): string {
  return createHash('sha256').update(getRawHeader(asarFile).headerString).digest('hex');
}

function locate(target: string): { platform: ReleaseCheck['platform']; executable: string; asar: string; app?: string } {
  if (target.endsWith('.app')) return { platform: 'darwin', executable: target, app: target, asar: path.join(target, 'Contents/Resources/app.asar') };
  if (target.toLowerCase().endsWith('.exe')) return { platform: 'win32', executable: target, asar: path.join(path.dirname(target), 'resources/app.asar') };
  if (!statSync(target).isDirectory()) throw new Error(`${target} is neither an app folder, an .app bundle nor an .exe`);
  const names = readdirSync(target);
  const exe = names.find((n) => n.toLowerCase().endsWith('.exe') && !/^uninstall/i.test(n));
  if (exe) return { platform: 'win32', executable: path.join(target, exe), asar: path.join(target, 'resources/app.asar') };
  const app = names.find((n) => n.endsWith('.app'));
  if (app) return locate(path.join(target, app));
  if (names.includes('unlock-pin-kiosk')) return { platform: 'linux', executable: path.join(target, 'unlock-pin-kiosk'), asar: path.join(target, 'resources/app.asar') };
  throw new Error(`no Unlock PIN Kiosk executable in ${target}`);
}

type AsarDirectory = ReturnType<typeof getRawHeader>['header'];

/** The files app.asar's header marks as unpacked, as /-separated paths inside the archive. */
export function asarUnpackedFiles(asarFile: string): string[] {
  const walk = (dir: AsarDirectory, prefix: string): string[] =>
    Object.entries(dir.files).flatMap(([name, entry]) =>
      'files' in entry ? walk(entry, `${prefix}${name}/`) : 'unpacked' in entry && entry.unpacked ? [`${prefix}${name}`] : [],
    );
  return walk(getRawHeader(asarFile).header, '').sort();
}

function checkUnpacked(asarFile: string): ReleaseCheck['unpacked'] {
  if (!existsSync(asarFile)) return { status: 'missing', detail: `no ${asarFile}`, files: [], missing: [] };
  const files = asarUnpackedFiles(asarFile);
  if (files.length === 0) return { status: 'none', detail: 'app.asar unpacks no files', files, missing: [] };
  const missing = files.filter((f) => !existsSync(path.join(`${asarFile}.unpacked`, ...f.split('/'))));
  return missing.length === 0
    ? { status: 'ok', detail: `${files.length} files in app.asar.unpacked (outside the ASAR integrity hash; code signing covers them)`, files, missing }
    : { status: 'missing', detail: `app.asar.unpacked lacks ${missing.join(', ')}`, files, missing };
}

function windowsIntegrity(executable: string): string | null {
  const resources = resedit.NtExecutableResource.from(resedit.NtExecutable.from(readFileSync(executable)));
  const entry = resources.entries.find((e) => e.type === 'INTEGRITY' && e.id === 'ELECTRONASAR');
  if (!entry) return null;
  const bin = entry.bin instanceof ArrayBuffer ? Buffer.from(entry.bin) : Buffer.from(entry.bin.buffer, entry.bin.byteOffset, entry.bin.byteLength);
  const list = JSON.parse(bin.toString('utf8')) as { file: string; alg: string; value: string }[];
  return list.find((i) => i.file.toLowerCase() === 'resources\\app.asar' && i.alg === 'SHA256')?.value ?? null;
}

function macIntegrity(app: string): string | null {
  const plistFile = path.join(app, 'Contents/Info.plist');
  let plist = readFileSync(plistFile, 'utf8');
  // codesign leaves electron-builder's XML plist alone; a binary one is converted with macOS's own tool.
  if (plist.startsWith('bplist')) plist = execFileSync('plutil', ['-convert', 'xml1', '-o', '-', plistFile], { encoding: 'utf8' });
  const match = /<key>ElectronAsarIntegrity<\/key>\s*<dict>\s*<key>Resources\/app\.asar<\/key>\s*<dict>([\s\S]*?)<\/dict>/.exec(plist);
  if (!match || !/<key>algorithm<\/key>\s*<string>SHA256<\/string>/.test(match[1]!)) return null;
  return /<key>hash<\/key>\s*<string>([0-9a-f]{64})<\/string>/.exec(match[1]!)?.[1] ?? null;
}

export async function checkRelease(target: string): Promise<ReleaseCheck> {
  const found = locate(path.resolve(target));
  const wire = (await getCurrentFuseWire(found.executable)) as unknown as Record<number, number>;
  const fuses: FuseCheck[] = Object.entries(await configuredFuses()).map(([fuse, on]) => {
    const index = FuseV1Options[fuse as keyof typeof FuseV1Options];
    const state = index === undefined ? undefined : wire[index];
    const actual = state === FUSE_ON ? 'on' : state === FUSE_OFF ? 'off' : 'missing';
    return { fuse, expected: on ? 'on' : 'off', actual };
  });

  let asarIntegrity: ReleaseCheck['asarIntegrity'];
  if (found.platform === 'linux') {
    asarIntegrity = { status: 'not-applicable', detail: 'Electron checks ASAR integrity only on Windows and macOS' };
  } else if (!existsSync(found.asar)) {
    asarIntegrity = { status: 'missing', detail: `no ${found.asar}` };
  } else {
    const embedded = found.platform === 'win32' ? windowsIntegrity(found.executable) : macIntegrity(found.app!);
    const actual = asarHeaderHash(found.asar);
    asarIntegrity = !embedded
      ? { status: 'missing', detail: 'the executable carries no ASAR integrity hash' }
      : embedded === actual
        ? { status: 'ok', detail: `SHA256 ${actual}` }
        : { status: 'mismatch', detail: `embedded ${embedded}, app.asar header ${actual}` };
  }
  const unpacked = checkUnpacked(found.asar);
  const ok =
    fuses.every((f) => f.actual === f.expected) &&
    (asarIntegrity.status === 'ok' || asarIntegrity.status === 'not-applicable') &&
    unpacked.status !== 'missing';
  return { platform: found.platform, executable: found.executable, fuses, asarIntegrity, unpacked, ok };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: npx tsx build/check-release.ts <win-unpacked folder | .exe | .app | linux-unpacked folder>');
    process.exit(2);
  }
  try {
    const report = await checkRelease(target);
    console.log(`${report.executable} (${report.platform})`);
    for (const f of report.fuses) console.log(`  ${f.actual === f.expected ? 'ok  ' : 'FAIL'} fuse ${f.fuse}: ${f.actual} (expected ${f.expected})`);
    const integrityOk = report.asarIntegrity.status === 'ok' || report.asarIntegrity.status === 'not-applicable';
    console.log(`  ${integrityOk ? 'ok  ' : 'FAIL'} ASAR integrity: ${report.asarIntegrity.status} — ${report.asarIntegrity.detail}`);
    console.log(`  ${report.unpacked.status === 'missing' ? 'FAIL' : 'ok  '} unpacked files: ${report.unpacked.status} — ${report.unpacked.detail}`);
    console.log(report.ok ? 'release check passed' : 'release check FAILED: do not ship this package');
    process.exit(report.ok ? 0 : 1);
  } catch (err) {
    console.error(`release check could not run: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  }
}
