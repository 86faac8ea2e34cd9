/** One measured figure; those named in budgets.json are checked against their budget. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
}

export type Measure = () => Promise<Figure[]>;
