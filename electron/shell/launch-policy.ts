// What a packaged kiosk accepts from the command line and the environment. A packaged kiosk takes its orders only from
// the machine-wide config file: `--config` and UNLOCK_PIN_KIOSK_CONFIG could point it at a file that turns kiosk mode
// off or names another tenant, and debugging or sandbox switches would let anyone at the counter take the app over.
import { CONFIG_ARG, CONFIG_ENV_VAR } from '../core/config';

/** Switches a packaged kiosk refuses to start with (`--inspect` stands for every `--inspect*`). */
export const REFUSED_SWITCHES = ['remote-debugging-port', 'remote-debugging-pipe', 'no-sandbox', 'inspect'] as const;

/** The first refused switch on the command line of a packaged kiosk, as typed; null when it may start. */
export function refusedSwitch(isPackaged: boolean, argv: readonly string[], platform: NodeJS.Platform = process.platform): string | null {
  if (!isPackaged) return null;
  // Chromium reads switches written with "--" or "-" (and "/" on Windows), in any case on Windows.
  const prefix = platform === 'win32' ? /^(--|-|\/)/ : /^(--|-)/;
  for (const arg of argv.slice(1)) {
    if (arg === '--') break;
    if (!prefix.test(arg)) continue;
    const name = arg.replace(prefix, '').split('=')[0]!.toLowerCase();
    if (REFUSED_SWITCHES.some((refused) => (refused === 'inspect' ? name.startsWith('inspect') : name === refused))) return arg.split('=')[0]!;
  }
  return null;
}

/** The command line and environment the config loader may read: without `--config` and its variable when packaged. */
export function configSources(isPackaged: boolean, argv: readonly string[], env: Readonly<Record<string, string | undefined>>) {
  if (!isPackaged) return { argv, env };
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === CONFIG_ARG) i++;
    else if (!arg.startsWith(`${CONFIG_ARG}=`)) kept.push(arg);
  }
  const { [CONFIG_ENV_VAR]: _ignored, ...rest } = env;
  return { argv: kept, env: rest };
}
