// The kiosk's one logger: the core's `log` option and the shell both write through it, redacted, to a rotating file.
import { redact } from './redact';
import { RotatingFile } from './rotating-file';

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** For `createKioskCore({ log })`: the core's diagnostic lines. */
  readonly core: (line: string) => void;
}

export interface LoggerOptions {
  /** Where lines go; none means echo only. */
  file?: RotatingFile;
  /** Also hand each finished line here (the terminal in development). */
  echo?: (line: string) => void;
  now?: () => Date;
}

/** A rotating log file: 1 MiB per file, the current one and four older ones. */
export function createLogFile(dir: string): RotatingFile {
  return new RotatingFile({ dir, baseName: 'kiosk', extension: '.log', maxBytes: 1024 * 1024, keep: 4 });
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const now = options.now ?? (() => new Date());
  let fileFailed = false;
  const write = (level: LogLevel, message: string) => {
    const line = `${now().toISOString()} ${level.toUpperCase().padEnd(5)} ${redact(message)}`;
    options.echo?.(line);
    if (!options.file) return;
    try {
      options.file.append(`${line}\n`);
    } catch (err) {
      // A full or read-only disk must not stop the kiosk; say so once where someone may see it.
      if (!fileFailed) console.error(`The kiosk cannot write its log file (${err instanceof Error ? err.name : 'error'}).`);
      fileFailed = true;
    }
  };
  return {
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message) => write('error', message),
    core: (line) => write('warn', `core: ${line}`),
  };
}
