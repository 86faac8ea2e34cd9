// The bench's request counts have no timing noise, so `npm test` holds them to their budgets too: the same measures
// as `npm run bench`, judged against the same entries of budgets.json (those marked "npmTest").
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, measureAll, overBudget, withinBudget } from './budget-check';
import { lockPolling, nameSearchStartswithIgnored, requestsPerWalkUp } from './core-figures';
import type { Figure } from './figure';

const COUNTS = Object.entries(BUDGETS).filter(([, budget]) => budget.npmTest);

describe('request-count budgets of test/bench/budgets.json', () => {
  let figures: Figure[] = [];
  beforeAll(async () => {
    figures = await measureAll([requestsPerWalkUp, nameSearchStartswithIgnored, lockPolling]);
  }, 60_000);

  it('covers the walk-up, the ignored startswith and the lock watch', () => {
    expect(COUNTS.map(([name]) => name).sort()).toEqual([
      'graph.requests.walkUp',
      'graph.requests.walkUpOffline',
      'lock.polling.kioskIn5PercentOfReads',
      'lock.polling.peakPerMinute',
      'search.startswithIgnored.first.requests',
      'search.startswithIgnored.next.requests',
    ]);
  });

  it.each(COUNTS)('%s keeps its budget', (name, budget) => {
    const figure = figures.find((f) => f.name === name);
    expect(figure, `no measure here gives ${name}`).toBeDefined();
    expect(withinBudget(budget, figure!.value), overBudget(figure!, budget) ?? '').toBe(true);
  });
});

describe('the lock watch measure', () => {
  it('gives up with a reason when the watch never ends', async () => {
    const never = () => new Promise<void>(() => {});
    await expect(lockPolling({ timeoutMs: 300, sleep: never })).rejects.toThrow(
      /did not end within 0\.3 s \(2 of \d+ reads made.*\): a sleep or a Graph read hangs/,
    );
  });
});
