// A stand-in for an unpacked Electron release, for packing where Electron cannot be downloaded. It holds the files
// electron-builder touches (the `electron` executable, resources/default_app.asar, locales/, LICENSE, version); the
// executable is a shell script that refuses to run (for Windows an empty PE file with Electron's version resource),
// carrying a fuse wire in Electron's layout so fuses can be flipped.
// Run it alone to make one: npx tsx test/package/placeholder-electron.ts <folder> [linux|win32]
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createPackage } from '@electron/asar';
import packageJson from '../../package.json' with { type: 'json' };
import { resedit } from '../../build/check-release';

/** @electron/fuses' marker; after it: wire version 1, the wire length, then one byte per fuse ('0' off, '1' on). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const FUSES = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
] as const;
/** Electron's defaults, so each fuse the configuration sets has to be written to read back as configured. */
export const ELECTRON_DEFAULT_WIRE = '10110001';

/** The part of resedit's version resource used here (electron-builder reads an executable's version info). */
interface VersionInfo {
  lang: number;
  setFileVersion(major: number, minor: number, patch: number, revision: number, lang: number): void;
  setProductVersion(major: number, minor: number, patch: number, revision: number, lang: number): void;
  setStringValues(language: { lang: number; codepage: number }, values: Record<string, string>): void;
  outputToResourceEntries(entries: unknown[]): void;
}

/** An empty PE executable with Electron's version resource: electron-builder's Windows packing reads it. */
function placeholderExe(): Buffer {
  const { Resource } = resedit as unknown as { Resource: { VersionInfo: { createEmpty(): VersionInfo } } };
  const exe = resedit.NtExecutable.createEmpty();
  const resources = resedit.NtExecutableResource.from(exe);
  const version = Resource.VersionInfo.createEmpty();
  const [major, minor, patch] = packageJson.devDependencies.electron.split('.').map(Number) as [number, number, number];
  version.lang = 1033;
  version.setFileVersion(major, minor, patch, 0, 1033);
  version.setProductVersion(major, minor, patch, 0, 1033);
  version.setStringValues(
    { lang: 1033, codepage: 1200 },
    { ProductName: 'Electron', FileDescription: 'placeholder, not Electron', FileVersion: packageJson.devDependencies.electron, OriginalFilename: 'electron.exe' },
  );
  version.outputToResourceEntries(resources.entries);
  resources.outputResource(exe);
  return Buffer.from(exe.generate());
}

/** An Electron folder for Linux (the default) or Windows, whose executable carries the fuse wire but never runs. */
export async function makePlaceholderElectron(dir: string, platform: 'linux' | 'win32' = 'linux'): Promise<void> {
  await mkdir(path.join(dir, 'resources'), { recursive: true });
  await mkdir(path.join(dir, 'locales'), { recursive: true });
  const script = '#!/bin/sh\necho "placeholder, not Electron: this package was built only to inspect its contents" >&2\nexit 1\n';
  const executable = platform === 'win32' ? placeholderExe() : Buffer.from(script);
  const wire = Buffer.concat([executable, Buffer.from(FUSE_SENTINEL), Buffer.from([1, FUSES.length]), Buffer.from(ELECTRON_DEFAULT_WIRE)]);
  const name = platform === 'win32' ? 'electron.exe' : 'electron';
  await writeFile(path.join(dir, name), wire);
  await chmod(path.join(dir, name), 0o755);
  const defaultApp = await mkdtemp(path.join(os.tmpdir(), 'default-app-'));
  await writeFile(path.join(defaultApp, 'package.json'), '{"name":"default_app","main":"main.js"}');
  await writeFile(path.join(defaultApp, 'main.js'), '');
  await createPackage(defaultApp, path.join(dir, 'resources', 'default_app.asar'));
  await rm(defaultApp, { recursive: true, force: true });
  await writeFile(path.join(dir, 'locales', 'en-US.pak'), '');
  await writeFile(path.join(dir, 'LICENSE'), 'placeholder licence');
  await writeFile(path.join(dir, 'version'), packageJson.devDependencies.electron);
}

export function readFuseWire(binary: Buffer): Record<(typeof FUSES)[number], 'on' | 'off'> {
  const at = binary.indexOf(FUSE_SENTINEL);
  if (at < 0) throw new Error('no fuse wire in the binary');
  const start = at + FUSE_SENTINEL.length + 2;
  const states = binary.subarray(start, start + binary[start - 1]!).toString('latin1');
  return Object.fromEntries(FUSES.map((name, i) => [name, states[i] === '1' ? 'on' : 'off'])) as Record<(typeof FUSES)[number], 'on' | 'off'>;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: npx tsx test/package/placeholder-electron.ts <folder> [linux|win32]');
    process.exit(2);
  }
  await makePlaceholderElectron(path.resolve(target), process.argv[3] === 'win32' ? 'win32' : 'linux');
  console.log(`placeholder Electron in ${path.resolve(target)} (packs, never runs)`);
}
