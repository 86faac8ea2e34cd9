// The main process: wiring only. Decisions live in ./core, Electron specifics in ./shell.
import { app, dialog } from 'electron';
import path from 'node:path';
import { createKioskCore } from './core';
import { loadKioskConfig } from './core/config';
import { bindIpc } from './shell/ipc';
import { createKioskWindow } from './shell/window';

// Bundled to dist/electron/main.cjs; the renderer is built to dist/renderer.
const distDir = path.resolve(__dirname, '..');

async function start(): Promise<void> {
  await app.whenReady();
  // The machine-wide config file (docs/deploy.md); without one the kiosk runs on the demo tenant.
  const loaded = loadKioskConfig({ argv: process.argv, env: process.env, platform: process.platform });
  if (!loaded.ok) {
    console.error(`[kiosk] config error: ${loaded.message}`);
    dialog.showErrorBox('Unlock PIN Kiosk cannot start', `${loaded.message}\n\nFix the config file, then start the kiosk again.`);
    app.exit(1);
    return;
  }
  const config = loaded.config;
  const core = createKioskCore({
    dataDir: app.getPath('userData'),
    demoLatencyMs: 300,
    ...(config && {
      tenant: {
        tenantId: config.tenantId,
        clientId: config.clientId,
        name: config.tenantName,
        authority: config.authority,
        graphBaseUrl: config.graphBaseUrl,
      },
      features: { remoteLock: config.remoteLock },
      requestBudget: config.requestBudget,
      signIn: {
        shiftMs: config.shiftHours * 3_600_000,
        idleMs: config.signOutIdleMinutes * 60_000,
        allowPlaintextTokenCache: config.allowPlaintextTokenCache,
      },
    }),
  });
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
