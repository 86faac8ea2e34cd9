// Where `npm start` and the Electron spec find the Electron binary: ELECTRON_OVERRIDE_DIST_PATH, else the one
// downloaded into node_modules/electron (Electron 42 and later download it on first use, honouring ELECTRON_MIRROR).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));

export type ElectronFound = { ok: true; path: string } | { ok: false; reason: string };

const executableName = (platform: NodeJS.Platform) =>
  platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : platform === 'win32' ? 'electron.exe' : 'electron';

/** The binary to run, without downloading anything. */
export function findElectron(env: NodeJS.ProcessEnv = process.env, platform = process.platform): ElectronFound {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : executableName(platform);
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, relative);
    return existsSync(candidate) ? { ok: true, path: candidate } : { ok: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${relative} (${candidate})` };
  }
  const candidate = path.join(electronDir, 'dist', relative);
  return existsSync(candidate) ? { ok: true, path: candidate } : { ok: false, reason: 'Electron is not downloaded yet' };
}

/** Runs Electron's own download (first start only); the first line of its error when it fails. */
export function downloadElectron(timeoutMs = 180_000): ElectronFound {
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { encoding: 'utf8', timeout: timeoutMs });
  const found = findElectron();
  if (found.ok) return found;
  const firstLine = `${result.stderr ?? ''}`.split('\n').find((line) => line.trim())?.trim();
  const why = result.error ? result.error.message : firstLine || `the download exited with ${result.status}`;
  return { ok: false, reason: `Electron could not be downloaded (${why})` };
}
