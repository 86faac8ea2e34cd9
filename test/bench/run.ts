// `npm run bench`: measures the figures the project keeps budgets for, prints a table, writes
// test-results/bench.json, and exits non-zero when a figure breaks its budget in test/bench/budgets.json.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir, repoRoot } from '../../electron/dev/paths';
import { cachedLookup, coreOverhead, lockPolling, memoryGrowth, nameSearchStartswithIgnored, requestsPerWalkUp } from './core-figures';
import type { Figure, Measure } from './figure';
import { scanToPin } from './scan-to-pin';

interface Budget {
  max?: number;
  min?: number;
  about?: string;
}


/** gzip at the highest level, as a web server or an installer's compressor would pack it. */
async function gzipBytes(files: string[]): Promise<number> {
  let total = 0;
  for (const file of files) total += gzipSync(await readFile(file), { level: 9 }).length;
  return total;
}

const rendererSize: Measure = async () => {
  const assets = path.join(distDir, 'renderer', 'assets');
  const names = await readdir(assets).catch(() => {
    throw new Error('dist/renderer is missing: run `npm run build:renderer` first.');
  });
  const of = (ext: string) => names.filter((n) => n.endsWith(ext)).map((n) => path.join(assets, n));
  const js = await gzipBytes(of('.js'));
  const css = await gzipBytes(of('.css'));
  return [
    { name: 'renderer.gzip.bytes', value: js + css, unit: 'bytes' },
    { name: 'renderer.js.gzip.bytes', value: js, unit: 'bytes' },
    { name: 'renderer.css.gzip.bytes', value: css, unit: 'bytes' },
  ];
};

/** Each figure with an entry in budgets.json is checked; the others are shown for context. */
const MEASURES: Measure[] = [requestsPerWalkUp, coreOverhead, scanToPin, nameSearchStartswithIgnored, cachedLookup, rendererSize, lockPolling, memoryGrowth];

const budgets = JSON.parse(await readFile(path.join(repoRoot, 'test', 'bench', 'budgets.json'), 'utf8')) as Record<string, Budget>;
// One at a time: timings taken side by side would measure each other.
const figures: Figure[] = [];
for (const measure of MEASURES) {
  process.stderr.write(`measuring ${measure.name}…\n`);
  figures.push(...(await measure()));
}

const rows = figures.map((f) => {
  const budget = budgets[f.name];
  const ok = !budget || ((budget.max === undefined || f.value <= budget.max) && (budget.min === undefined || f.value >= budget.min));
  return { ...f, max: budget?.max ?? null, min: budget?.min ?? null, ok };
});
const unmeasured = Object.keys(budgets).filter((name) => !figures.some((f) => f.name === name));

const limit = (r: (typeof rows)[number]) => [r.min !== null ? `≥ ${r.min}` : '', r.max !== null ? `≤ ${r.max}` : ''].filter(Boolean).join(' ') || '—';
console.table(
  Object.fromEntries(rows.map((r) => [r.name, { value: r.value, unit: r.unit, budget: limit(r), result: r.ok ? 'ok' : 'OVER BUDGET' }])),
);

const out = path.join(repoRoot, 'test-results', 'bench.json');
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, JSON.stringify({ measuredAt: new Date().toISOString(), figures: rows, unmeasured }, null, 2) + '\n');
console.log(`Wrote ${path.relative(repoRoot, out)}`);

const broken = rows.filter((r) => !r.ok);
for (const r of broken) console.error(`Over budget: ${r.name} is ${r.value} ${r.unit} (${limit(r)}). ${budgets[r.name]?.about ?? ''}`);
for (const name of unmeasured) console.error(`Budget without a measurement: ${name}`);
if (broken.length > 0 || unmeasured.length > 0) process.exit(1);
