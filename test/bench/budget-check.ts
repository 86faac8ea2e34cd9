// The budgets in budgets.json and how a figure is judged against one; `npm run bench` and the request-count test in
// `npm test` both read them here, so each number has one home.
import { readFileSync } from 'node:fs';
import type { Figure, Measure } from './figure';

export interface Budget {
  max?: number;
  min?: number;
  about: string;
  /** A count with no timing noise: `npm test` checks it too (budgets.test.ts), not only the bench. */
  npmTest?: boolean;
}

export const BUDGETS = JSON.parse(readFileSync(new URL('budgets.json', import.meta.url), 'utf8')) as Record<string, Budget>;

export function withinBudget(budget: Budget, value: number): boolean {
  return (budget.max === undefined || value <= budget.max) && (budget.min === undefined || value >= budget.min);
}

/** "≥ 100", "≤ 3", or both. */
export function budgetText(budget: Budget | undefined): string {
  if (!budget) return '—';
  return [budget.min !== undefined ? `≥ ${budget.min}` : '', budget.max !== undefined ? `≤ ${budget.max}` : ''].filter(Boolean).join(' ') || '—';
}

/** Why a figure breaks its budget, in one line, or null when it keeps it. */
export function overBudget(figure: Figure, budget: Budget): string | null {
  if (withinBudget(budget, figure.value)) return null;
  return `${figure.name} is ${figure.value} ${figure.unit} (${budgetText(budget)}). ${budget.about}`;
}

/** Runs measures one at a time: timings taken side by side would measure each other. */
export async function measureAll(measures: readonly Measure[], onStart: (name: string) => void = () => {}): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const measure of measures) {
    onStart(measure.name);
    figures.push(...(await measure()));
  }
  return figures;
}
