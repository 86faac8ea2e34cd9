// Runs the built shell (dist/electron/main.cjs) in this Node process against the Electron STAND-IN
// (./electron-stand-in.ts): the real bundle, its real core, the real renderer files, but no Electron.
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import packageJson from '../../package.json' with { type: 'json' };
import { repoRoot } from '../../electron/dev/paths';
import type { Result } from '../../electron/core/contract';
import { ElectronStandIn, type StandInBrowserWindow, type StandInOptions } from './electron-stand-in';

export const MAIN_BUNDLE = path.join(repoRoot, 'dist/electron/main.cjs');
const requireFromMain = createRequire(MAIN_BUNDLE);

export interface RunningShell {
  standIn: ElectronStandIn;
  userData: string;
  /** The kiosk window (the first one the shell opened). */
  window(): StandInBrowserWindow;
  /** What the kiosk page gets for `window.kiosk.invoke(channel, request)`. */
  invoke(channel: string, request: unknown): Promise<Result<unknown>>;
  /** Waits until `check` holds (the shell works asynchronously, as in Electron). */
  until(check: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  /** Quits the app the way the OS asks it to, and resolves with the exit code. */
  quit(): Promise<number>;
}

export interface ShellRun extends Partial<StandInOptions> {
  args?: string[];
  env?: Record<string, string | undefined>;
}

export function assertBuilt(): void {
  for (const built of ['dist/electron/main.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(repoRoot, built))) throw new Error(`${built} is missing: run \`npm run build\` first (npm test does).`);
  }
}

let restore: (() => void) | null = null;

/** Loads main.cjs afresh with a new stand-in; the previous run must have ended (see `endRun`). */
export async function runShell(run: ShellRun = {}): Promise<RunningShell> {
  assertBuilt();
  endRun();
  const userData = run.userData ?? (await mkdtemp(path.join(os.tmpdir(), 'kiosk-stand-in-')));
  const standIn = new ElectronStandIn({ version: packageJson.version, ...run, userData });

  // `require('electron')` inside main.cjs resolves to node_modules/electron; answer it with the stand-in.
  const electronId = requireFromMain.resolve('electron');
  const savedElectron = requireFromMain.cache[electronId];
  const fake = new Module(electronId);
  fake.exports = standIn.module;
  fake.loaded = true;
  requireFromMain.cache[electronId] = fake;
  delete requireFromMain.cache[MAIN_BUNDLE];

  const savedArgv = process.argv;
  const savedEnv = Object.fromEntries(Object.keys(run.env ?? {}).map((k) => [k, process.env[k]]));
  process.argv = [process.execPath, repoRoot, ...(run.args ?? [])];
  for (const [k, v] of Object.entries(run.env ?? {})) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  restore = () => {
    process.argv = savedArgv;
    for (const [k, v] of Object.entries(savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    if (savedElectron) requireFromMain.cache[electronId] = savedElectron;
    else delete requireFromMain.cache[electronId];
  };

  requireFromMain(MAIN_BUNDLE);
  standIn.becomeReady();

  const until = async (check: () => boolean, what: string, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`stand-in: timed out waiting for ${what}; the shell did: ${standIn.calls.join(', ')}`);
      // Not the global setTimeout, which a test may have replaced with fake timers.
      await sleep(10);
    }
  };
  const window = () => {
    const first = standIn.windows[0];
    if (!first) throw new Error('the shell has no window');
    return first;
  };
  return {
    standIn,
    userData,
    window,
    until,
    invoke: (channel, request) => standIn.invokeFromPage(window(), 'kiosk:invoke', [channel, request]) as Promise<Result<unknown>>,
    async quit() {
      (standIn.app.quit as () => void)();
      return standIn.exited;
    },
  };
}

/** Puts process.argv, the environment and the module cache back as they were. */
export function endRun(): void {
  restore?.();
  restore = null;
}
