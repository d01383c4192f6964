/**
 * The quality bar, measured by the same harness as `npm run eval`: dev-set retrieval (recall@5 ≥ 0.95,
 * MRR@10 ≥ 0.85) and answers on both sets (facts, scope, figures, verbatim quotes, no leaks).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../retrieval/engine.ts';
import { createAnswerDeps } from '../server/answer-deps.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import { goldRank, inScopeOnly, judgeAll, retrievalScore } from './metrics.ts';
import { loadQuestions } from './questions.ts';

const engine = createEngine(PLAN_DATA);
const deps = createAnswerDeps(engine, {});
const clauseText = (id: string) => engine.corpus.get(id)?.text;

describe.each([
  ['dev', 'dev.jsonl', { r5: 0.95, mrr: 0.85, facts: 0.95 }],
  ['project', 'questions.jsonl', { r5: 0.95, mrr: 0.85, facts: 0.85 }],
])('%s set', (_name, file, bar) => {
  const questions = loadQuestions(file);

  it('retrieves the gold clause', async () => {
    const ranks = [];
    for (const q of questions.filter((x) => x.gold.length > 0)) ranks.push(goldRank(q, (await engine.search(q.question, 10)).map((h) => h.text)));
    const score = retrievalScore(ranks);
    expect(score.r5).toBeGreaterThanOrEqual(bar.r5);
    expect(score.mrr).toBeGreaterThanOrEqual(bar.mrr);
  });

  it('answers: facts present, out-of-scope referred, figures supported, quotes verbatim, adversarial safe', async () => {
    const verdicts = await judgeAll(questions, deps, clauseText);
    const inScope = inScopeOnly(verdicts);
    const withFacts = inScope.filter(({ q }) => q.facts.length > 0);
    expect(withFacts.filter(({ v }) => v.factsOk).length / withFacts.length).toBeGreaterThanOrEqual(bar.facts);
    for (const { q, v } of verdicts) {
      expect(v.quotesVerbatim, q.id).toBe(true);
      expect(v.figuresOk, q.id).toBe(true);
      expect(v.noLeak, q.id).toBe(true);
      if (q.type === 'out_of_scope' || q.type === 'adversarial') expect(v.scopeOk, `${q.id} ${q.question}`).toBe(true);
    }
  });
});

describe('real-wording set', () => {
  it('eval/real-dev.jsonl is the shared set, unchanged', () => {
    const shared = new URL('../../shared/eval/real-dev.jsonl', import.meta.url);
    if (!existsSync(shared)) return; // a checkout without ../shared (the published package) keeps its copy
    expect(readFileSync(new URL('real-dev.jsonl', import.meta.url), 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });
});
