/**
 * A logistic-regression model over named features, the shape of both generated models (the answer/refer decision,
 * data/decision-model.json; the article ranker and gate, data/article-ranker.json), and its probability. Pure.
 */

/** Feature names, one weight each, and a bias (generated JSON). */
export interface LogisticModel {
  features: string[];
  weights: number[];
  bias: number;
}

/** The model's probability for named features (a feature the input lacks counts 0). */
export function logistic(x: Readonly<Record<string, number>>, model: LogisticModel): number {
  const z = model.features.reduce((s, name, i) => s + model.weights[i]! * (x[name] ?? 0), model.bias);
  return 1 / (1 + Math.exp(-z));
}
