// The main process: wiring only. Decisions live in ./core, Electron specifics in ./shell.
import { app } from 'electron';
import path from 'node:path';
import { createKioskCore } from './core';
import { bindIpc } from './shell/ipc';
import { createKioskWindow } from './shell/window';

// Bundled to dist/electron/main.cjs; the renderer is built to dist/renderer.
const distDir = path.resolve(__dirname, '..');

async function start(): Promise<void> {
  await app.whenReady();
  const core = createKioskCore({ dataDir: app.getPath('userData'), demoLatencyMs: 300 });
  const { window, isTrustedUrl } = createKioskWindow(distDir);
  const unbind = bindIpc(core, window, isTrustedUrl);

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    event.preventDefault();
    unbind();
    void core.dispose().finally(() => app.exit(0));
  });
}

void start();
