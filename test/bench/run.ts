// `npm run bench`: measures the figures the project keeps budgets for, prints a table, writes
// test-results/bench.json, and exits non-zero when a figure breaks its budget in test/bench/budgets.json.
// `npm run bench -- rendererSoak scanToPin` runs only the measures named (the functions below).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir, repoRoot } from '../../electron/dev/paths';
import { cachedLookup, coreOverhead, lockPolling, memoryGrowth, nameSearchStartswithIgnored, requestsPerWalkUp } from './core-figures';
import { BUDGETS, budgetText, measureAll, overBudget, withinBudget } from './budget-check';
import type { Measure } from './figure';
import { rendererSoak } from './renderer-soak';
import { scanToPin } from './scan-to-pin';

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
const MEASURES: Measure[] = [
  requestsPerWalkUp,
  coreOverhead,
  scanToPin,
  nameSearchStartswithIgnored,
  cachedLookup,
  rendererSize,
  lockPolling,
  memoryGrowth,
  rendererSoak,
];

const named = process.argv.slice(2);
const unknown = named.filter((name) => !MEASURES.some((m) => m.name === name));
if (unknown.length > 0) {
  console.error(`No such measure: ${unknown.join(', ')}. Measures: ${MEASURES.map((m) => m.name).join(', ')}`);
  process.exit(2);
}
const chosen = named.length > 0 ? MEASURES.filter((m) => named.includes(m.name)) : MEASURES;
const figures = await measureAll(chosen, (name) => process.stderr.write(`measuring ${name}…\n`));

const rows = figures.map((f) => {
  const budget = BUDGETS[f.name];
  return { ...f, max: budget?.max ?? null, min: budget?.min ?? null, ok: !budget || withinBudget(budget, f.value) };
});
// A run of some measures leaves the other budgets unmeasured on purpose.
const unmeasured = named.length > 0 ? [] : Object.keys(BUDGETS).filter((name) => !figures.some((f) => f.name === name));

console.table(
  Object.fromEntries(rows.map((r) => [r.name, { value: r.value, unit: r.unit, budget: budgetText(BUDGETS[r.name]), result: r.ok ? 'ok' : 'OVER BUDGET' }])),
);

const out = path.join(repoRoot, 'test-results', 'bench.json');
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, JSON.stringify({ measuredAt: new Date().toISOString(), figures: rows, unmeasured }, null, 2) + '\n');
console.log(`Wrote ${path.relative(repoRoot, out)}`);

const broken = figures.flatMap((f) => {
  const budget = BUDGETS[f.name];
  const why = budget && overBudget(f, budget);
  return why ? [why] : [];
});
for (const why of broken) console.error(`Over budget: ${why}`);
for (const name of unmeasured) console.error(`Budget without a measurement: ${name}`);
if (broken.length > 0 || unmeasured.length > 0) process.exit(1);
