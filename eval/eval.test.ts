/**
 * The quality bar, measured by the same harness as `npm run eval`: dev-set retrieval (recall@5 ≥ 0.95,
 * MRR@10 ≥ 0.85) and answers on both sets (facts, scope, figures, verbatim quotes, no leaks).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../retrieval/engine.ts';
import { createAnswerDeps } from '../server/answer-deps.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import { goldRank, inScopeOnly, judgeAll, judgeAllReal, retrievalScore } from './metrics.ts';
import { loadQuestions, loadRealQuestions, REAL_SET } from './questions.ts';

const engine = createEngine(PLAN_DATA);
const deps = createAnswerDeps(engine, {});
// Any cited clause: a plan clause or an article of a law or regulation.
const clauseText = (id: string) => engine.corpus.get(id)?.text ?? engine.documents?.article(id)?.text;

describe.each([
  ['dev', 'dev.jsonl', { r5: 0.95, mrr: 0.85, facts: 0.95 }],
  ['project', 'questions.jsonl', { r5: 0.95, mrr: 0.85, facts: 0.95 }],
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
    // In-scope questions answered, not referred (issue 10's bar for the project's own sets).
    expect(inScope.filter(({ v }) => v.scopeOk).length / inScope.length).toBeGreaterThanOrEqual(0.95);
    for (const { q, v } of verdicts) {
      expect(v.quotesVerbatim, q.id).toBe(true);
      expect(v.figuresOk, q.id).toBe(true);
      expect(v.noLeak, q.id).toBe(true);
      if (q.type === 'out_of_scope' || q.type === 'adversarial') expect(v.scopeOk, `${q.id} ${q.question}`).toBe(true);
    }
  });
});

describe('real-wording set', () => {
  it.each(['real-dev.jsonl', 'real-train-a.jsonl', 'real-train-b.jsonl', 'real-train-c.jsonl', 'real-dialogues-train.jsonl', 'reg-labels-train.jsonl'])(
    'eval/%s is the shared set, unchanged',
    (file) => {
      const shared = new URL(`../../shared/eval/${file}`, import.meta.url);
      if (!existsSync(shared)) return; // a checkout without ../shared (the published package) keeps its copy
      expect(readFileSync(new URL(file, import.meta.url), 'utf8')).toBe(readFileSync(shared, 'utf8'));
    },
  );
});

describe('real-wording decisions (eval/real-dev.jsonl, judged by its README rules)', () => {
  it('answers what the plan answers, refers what it does not, and states no figure where none may be given', async () => {
    const judged = await judgeAllReal(loadRealQuestions(REAL_SET), deps, clauseText);
    const ok = (label: string) => judged.filter(({ q, v }) => q.label === label && v.ok).length;
    expect(judged.filter(({ v }) => v.misleadingFigure).map(({ q }) => q.id)).toEqual([]);
    expect(judged.every(({ v }) => v.quotesVerbatim)).toBe(true);
    // Measured 5/5, 44/45, 27/30 (tools/ask/README.md); the bar is what is measured, so a regression fails.
    expect(ok('in_plan')).toBe(5);
    expect(ok('partial')).toBeGreaterThanOrEqual(44);
    expect(ok('out_of_scope')).toBeGreaterThanOrEqual(27);
  });
});
