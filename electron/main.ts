// The main process: wiring only, a table of contents. Decisions live in ./core; each Electron concern (and each item of
// Electron's security checklist) has its own module in ./shell. Fuses are set when packaging (build/electron-builder.config.mjs).
import { app, dialog, net, session } from 'electron';
import path from 'node:path';
import { configuredTenant, createKioskCore } from './core';
import { commandLineTool } from './core/cli';
import { createAuditTrail } from './core/audit';
import { loadKioskConfig } from './core/config';
import { startDemoTenant } from './demo';
import { createLogFile, createLogger } from './core/log';
import { bindIpc } from './shell/ipc';
import { applyKioskMode } from './shell/kiosk';
import { lockNavigation } from './shell/navigation';
import { readShellOptions } from './shell/options';
import { denyAllPermissions } from './shell/permissions';
import { registerAppScheme, serveRenderer } from './shell/protocol';
import { reloadWhenBroken } from './shell/recovery';
import { signInBrowser } from './shell/browser';
import { safeStorageEncryptor } from './shell/safe-storage';
import { createKioskWindow } from './shell/window';

// Bundled to dist/electron/main.cjs; the renderer is built to dist/renderer.
const distDir = path.resolve(__dirname, '..');

// Before 'ready': every page sandboxed, and app:// privileged before any session exists.
app.enableSandbox();
registerAppScheme();

async function start(): Promise<void> {
  await app.whenReady();
  // <userData>/data: the core's encrypted files. <userData>/logs: the audit trail and kiosk.log, for the admin (docs/audit.md).
  const logsDir = path.join(app.getPath('userData'), 'logs');
  const log = createLogger({ file: createLogFile(logsDir), echo: app.isPackaged ? undefined : (line) => console.log(line) });
  // The machine-wide config file (docs/deploy.md); without one the kiosk runs on the demo tenant.
  const loaded = loadKioskConfig({ argv: process.argv, env: process.env, platform: process.platform });
  if (!loaded.ok) {
    log.error(`config error: ${loaded.message}`);
    dialog.showErrorBox('Unlock PIN Kiosk cannot start', `${loaded.message}\n\nFix the config file, then start the kiosk again.`);
    app.exit(1);
    return;
  }
  const config = loaded.config;
  const { kiosk } = readShellOptions(process.argv, process.env, { kiosk: config?.kiosk });
  log.info(`Unlock PIN Kiosk ${app.getVersion()} starting${kiosk ? ' in kiosk mode' : ''}`);

  denyAllPermissions(session.defaultSession, log);
  serveRenderer(session.defaultSession, path.join(distDir, 'renderer'), log);
  lockNavigation(app, log);

  // No tenant configured: the built-in demo tenant, a little slow so that progress shows as at a real counter.
  const demo = config ? null : await startDemoTenant({ latencyMs: 300 });
  const core = createKioskCore({
    dataDir: path.join(app.getPath('userData'), 'data'),
    tenant: config ? configuredTenant(config) : demo!.tenant,
    log: log.core,
    audit: createAuditTrail({ dir: logsDir, log: log.info }),
    encryptor: await safeStorageEncryptor(),
    openBrowser: signInBrowser(config?.authority ?? 'https://login.microsoftonline.com'),
    ...(config && {
      features: { remoteLock: config.remoteLock },
      secrets: config.secrets,
      revealReason: config.revealReason,
      requestBudget: config.requestBudget,
      screen: { idleResetMs: config.idleResetSeconds * 1000, pinVisibleMs: config.pinVisibleSeconds * 1000 },
      signIn: {
        shiftMs: config.shiftHours * 3_600_000,
        idleMs: config.signOutIdleMinutes * 60_000,
        allowPlaintextTokenCache: config.allowPlaintextTokenCache,
      },
    }),
  });
  const window = createKioskWindow(distDir, { kiosk });
  if (kiosk) applyKioskMode(window, log);
  reloadWhenBroken(window, log);
  const unbind = bindIpc(core, window);

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    event.preventDefault();
    unbind();
    void core.dispose().finally(() => void (demo?.close() ?? Promise.resolve()).finally(() => app.exit(0)));
  });
}

// An admin's report (--verify-audit, docs/audit.md; --check, docs/deploy.md) prints and exits, beside a running kiosk.
// Otherwise one kiosk per computer: a second start only brings the first one forward.
const tool = commandLineTool(process.argv);
const fetchOnElectron = (url: string, init: RequestInit) => net.fetch(url, init);
const report = { fetch: fetchOnElectron, out: console.log, err: console.error, demo: () => startDemoTenant() };
if (tool) void app.whenReady().then(() => tool(report)).then((code) => app.exit(code));
else if (app.requestSingleInstanceLock()) void start();
else app.quit();
