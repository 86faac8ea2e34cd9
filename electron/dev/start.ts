// `npm start`: builds the kiosk and runs it in Electron. Where Electron cannot be had, one line says why and the same
// kiosk opens in the Chromium preview; where there is no display at all, one line says so and it stops.
import { spawn, spawnSync } from 'node:child_process';
import { downloadElectron, findElectron } from './electron-binary';
import { hasDisplay, NO_DISPLAY } from './display';
import { repoRoot } from './paths';
import { openPreview } from './preview-window';

if (!hasDisplay(process.platform, process.env)) {
  console.error(NO_DISPLAY);
  process.exit(1);
}

const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

let electron = findElectron();
if (!electron.ok && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  console.log('Fetching the Electron binary (first start only)…');
  electron = downloadElectron();
}
if (electron.ok) {
  const child = spawn(electron.path, [repoRoot], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.error(`${electron.reason}; opening the kiosk in the Chromium preview instead (README: ELECTRON_MIRROR, ELECTRON_OVERRIDE_DIST_PATH).`);
  process.exit(await openPreview());
}
