// The main process: wiring only, a table of contents. Decisions live in ./core; each Electron concern (and each item of
// Electron's security checklist) has its own module in ./shell. Fuses are set when packaging (build/electron-builder.config.mjs).
import { app, session } from 'electron';
import path from 'node:path';
import { createKioskCore } from './core';
import { commandLineTool } from './core/cli';
import { createAuditTrail } from './core/audit';
import { coreOptionsFromConfig, loadKioskConfig } from './core/config';
import type { KioskSettings } from './core/settings';
import { startDemoTenant, type RunningDemoTenant } from './demo';
import { createLogFile, createLogger } from './core/log';
import { signInPorts } from './shell/browser';
import { firstRunCore } from './shell/first-run';
import { bindIpc } from './shell/ipc';
import { applyKioskMode } from './shell/kiosk';
import { configSources, refusedSwitch } from './shell/launch-policy';
import { lockNavigation } from './shell/navigation';
import { chromiumFetch } from './shell/network';
import { readShellOptions } from './shell/options';
import { denyAllPermissions } from './shell/permissions';
import { registerAppScheme, serveRenderer } from './shell/protocol';
import { quitWithin } from './shell/quit';
import { reloadWhenBroken } from './shell/recovery';
import { safeStorageEncryptor } from './shell/safe-storage';
import { failStartup, StartupFailure } from './shell/startup';
import { bringForwardOnSecondInstance, createKioskWindow, loadKioskPage } from './shell/window';

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
  try {
    // The machine-wide config file (docs/deploy.md); without one the kiosk runs on the demo tenant.
    const loaded = loadKioskConfig({ ...configSources(app.isPackaged, process.argv, process.env), platform: process.platform });
    if (!loaded.ok) throw new StartupFailure(loaded.message, 'Fix the config file, then start the kiosk again.');
    const config = loaded.config;
    const { kiosk } = readShellOptions(process.argv, process.env, { kiosk: config?.kiosk });
    log.info(`Unlock PIN Kiosk ${app.getVersion()} starting${kiosk ? ' in kiosk mode' : ''}`);

    denyAllPermissions(session.defaultSession, log);
    serveRenderer(session.defaultSession, path.join(distDir, 'renderer'), log);
    lockNavigation(app, log);
    // On screen at once, saying what start-up waits for.
    const window = createKioskWindow(distDir, { kiosk });
    bringForwardOnSecondInstance(window);
    if (kiosk) applyKioskMode(window, log);
    reloadWhenBroken(window, log);

    const encryptor = await safeStorageEncryptor();
    const network = chromiumFetch();
    const coreFor = async (settings: KioskSettings) =>
      createKioskCore({
        ...settings,
        signIn: { ...settings.signIn, ...(await signInPorts(window, { kiosk, config, tenantMethods: settings.tenant.signIn?.methods, log: log.info })) },
        dataDir: path.join(app.getPath('userData'), 'data'),
        log: log.core,
        audit: createAuditTrail({ dir: logsDir, log: log.info }),
        encryptor,
        // Chromium's network stack: the system's proxy and certificates, for Graph and for Entra ID alike.
        fetch: network,
        signInFetch: network,
      });
    // No tenant configured: the built-in demo tenant, a little slow so that progress shows as at a real counter. A
    // packaged kiosk first says that no config file was found and where it belongs, and starts the demo on request.
    let demo: RunningDemoTenant | null = null;
    const startDemo = async () => {
      demo = await startDemoTenant({ latencyMs: 300 });
      return coreFor({ tenant: demo.tenant });
    };
    const core = config
      ? await coreFor(coreOptionsFromConfig(config))
      : app.isPackaged
        ? firstRunCore({ configPath: loaded.path, version: app.getVersion(), startDemo, log: log.info })
        : await startDemo();
    const unbind = bindIpc(core, window);
    app.on('window-all-closed', () => app.quit());
    quitWithin(app, async () => {
      unbind();
      await core.dispose();
      await demo?.close();
    }, log);
    await loadKioskPage(window, log);
  } catch (err) {
    failStartup(err, log);
  }
}

// A packaged kiosk refuses switches that would hand it to someone else. An admin's report (--verify-audit, docs/audit.md;
// --check, docs/deploy.md) prints and exits, beside a running kiosk. Otherwise one kiosk per computer: a second start
// only brings the first one forward.
const refused = refusedSwitch(app.isPackaged, process.argv);
const tool = commandLineTool(process.argv);
if (refused) {
  const failure = new StartupFailure(`Unlock PIN Kiosk does not start with ${refused}: it would let another program control or unprotect the kiosk.`, 'Remove the switch from the shortcut or command that starts the kiosk.');
  // After ready: before it, Linux shows no dialog, only a line on stderr that nobody at a counter reads.
  void app.whenReady().then(() => failStartup(failure));
} else if (tool) {
  const report = { fetch: chromiumFetch(), out: console.log, err: console.error, demo: () => startDemoTenant() };
  void app.whenReady().then(() => tool(report)).then((code) => app.exit(code));
} else if (app.requestSingleInstanceLock()) {
  start().catch((err: unknown) => failStartup(err));
} else {
  app.quit();
}
