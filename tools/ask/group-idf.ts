/** How specific a focus group (tools/ask/question.ts) is in the plan, for the shares that weigh focus words. */
import type { Engine } from '../../retrieval/engine.ts';

/**
 * How specific a focus group is in the plan: its word's IDF, or, for an everyday word the plan never uses (孩子, 小区,
 * 退伍: the IDF of an unseen word, the highest there is), that of the most specific plan term it stands for (学生,
 * 社区, 退役军人) — so "孩子近视" is about 近视 more than about children.
 */
export function groupIdf(g: readonly string[], engine: Engine): number {
  const words = engine.deps.lexicon.words;
  if (words.has(g[0]!) || g.length < 2) return engine.idf(g[0]!);
  const plan = g.slice(1).filter((w) => words.has(w));
  return plan.length === 0 ? engine.idf(g[0]!) : Math.max(...plan.map((w) => engine.idf(w)));
}

