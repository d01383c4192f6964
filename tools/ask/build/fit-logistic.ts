/**
 * Weighted logistic regression by batch gradient descent with an L2 penalty, for the fitting scripts (the decision
 * model, the article ranker and gate). A fixed number of iterations from zero weights, so a fit is deterministic and
 * a test can check a committed model is current.
 */
import type { LogisticModel } from '../logistic.ts';

export interface LogisticSchedule {
  l2: number;
  iterations: number;
  rate: number;
}

/** One example: its features in `names` order, its class (0 or 1) and its weight. */
export interface LogisticExample {
  x: readonly number[];
  y: number;
  w: number;
}

/** The fitted model, its weights rounded to 6 decimals (as stored). */
export function fitLogistic(examples: readonly LogisticExample[], names: readonly string[], { l2, iterations, rate }: LogisticSchedule): LogisticModel {
  const d = names.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < iterations; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (const e of examples) {
      const z = e.x.reduce((s, v, j) => s + v * w[j]!, b);
      const err = (1 / (1 + Math.exp(-z)) - e.y) * e.w;
      e.x.forEach((v, j) => (gw[j]! += err * v));
      gb += err;
    }
    for (let j = 0; j < d; j++) w[j]! -= rate * (gw[j]! / examples.length + l2 * w[j]!);
    b -= rate * (gb / examples.length);
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return { features: [...names], weights: w.map(round), bias: round(b) };
}
