import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCache, writtenState } from './cache-writer.child';

const KILLS = 200;
const LANES = 4;
let writer: string;

beforeAll(async () => {
  // Bundled once, so each of the many writer processes starts in plain Node without a TypeScript loader.
  writer = path.join(await mkdtemp(path.join(os.tmpdir(), 'kiosk-writer-')), 'writer.cjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'cache-writer.child.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
  });
});

/** Starts a writer and kills it `afterMs` after it reports that it is writing. */
function runAndKill(dataDir: string, afterMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, 'write', dataDir], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    let timer: ReturnType<typeof setTimeout> | undefined;
    child.once('message', () => (timer = setTimeout(() => child.kill('SIGKILL'), afterMs)));
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe('the offline cache under crashes', () => {
  it(`is always readable and whole after its writer is killed with SIGKILL ${KILLS} times`, { timeout: 120_000 }, async () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 48271) % 2147483647), seed / 2147483647);
    const lane = async () => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kiosk-crash-'));
      let last = 0;
      for (let i = 0; i < KILLS / LANES; i++) {
        const code = await runAndKill(dataDir, random() * 30);
        expect(code, 'the writer found the cache unreadable or not whole').toBeNull();
        let reset = false;
        const k = await writtenState(openCache(dataDir, () => (reset = true)));
        expect(reset, 'cache was unreadable after a kill').toBe(false);
        expect(k, 'cache is not one of the written states').toBeGreaterThanOrEqual(last);
        last = k;
      }
      return last;
    };
    const written = await Promise.all(Array.from({ length: LANES }, lane));
    // The kills must have landed while writing, not only before the first write.
    expect(Math.min(...written)).toBeGreaterThan(KILLS / LANES);
  });
});
