// `npm start`: builds the kiosk and runs it in Electron. Where the Electron binary cannot be had,
// says so in one line and points to the Chromium preview instead of waiting on a download.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from './paths';

const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));

function electronBinary(): string | null {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return path.join(override, relative ?? (process.platform === 'win32' ? 'electron.exe' : 'electron'));
  if (relative && existsSync(path.join(electronDir, 'dist', relative))) return path.join(electronDir, 'dist', relative);
  return null;
}

function downloadElectron(): boolean {
  console.log('Fetching the Electron binary (first start only)…');
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 180_000 });
  return result.status === 0;
}

const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = electronBinary() ?? (downloadElectron() ? electronBinary() : null);
if (!binary || !existsSync(binary)) {
  console.error('The Electron binary could not be downloaded here; run `npm run preview` to use the kiosk in Chromium instead.');
  process.exit(1);
}
const child = spawn(binary, [repoRoot], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
