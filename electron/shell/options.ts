// How the shell is asked to run. Kiosk mode comes from `--kiosk` or KIOSK_MODE=1 for now; the machine-wide config
// file (electron/core/config.ts) will add `kiosk: true`. Any of them turns it on and nothing on a command line turns
// it off, so a visitor who can start the app with other arguments cannot leave a kiosk the admin configured.

export interface ShellOptions {
  /** Full screen, no menu, no developer tools, locked shortcuts. */
  kiosk: boolean;
}

const OFF = new Set(['', '0', 'false', 'off', 'no']);

export function readShellOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, config: { kiosk?: boolean } = {}): ShellOptions {
  const switchOn = argv.some((arg) => arg === '--kiosk' || (arg.startsWith('--kiosk=') && !OFF.has(arg.slice('--kiosk='.length).toLowerCase())));
  const envOn = env.KIOSK_MODE !== undefined && !OFF.has(env.KIOSK_MODE.trim().toLowerCase());
  return { kiosk: config.kiosk === true || switchOn || envOn };
}
