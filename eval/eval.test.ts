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
import { loadHeldOutFolder, loadRealItems, loadUnseenItems, UNSEEN7_FOLDER, UNSEEN8_FOLDER } from './real-split.ts';
import { scoreItems, summarize, type RealSummary } from './real-score.ts';

const engine = createEngine(PLAN_DATA);
const deps = createAnswerDeps(engine, {});
// Any cited clause: a plan clause or an article of a law or regulation.
const clauseText = (id: string) => engine.corpus.get(id)?.text ?? engine.documents?.article(id)?.text;

describe.each([
  // recall@1 measured 1.000 and 0.962 with the re-ranking (retrieval/rerank.ts; 0.919 and 0.942 before issue 20a).
  ['dev', 'dev.jsonl', { r1: 0.97, r5: 0.95, mrr: 0.85, facts: 0.95 }],
  ['project', 'questions.jsonl', { r1: 0.95, r5: 0.95, mrr: 0.85, facts: 0.95 }],
])('%s set', (_name, file, bar) => {
  const questions = loadQuestions(file);

  it('retrieves the gold clause', async () => {
    const ranks = [];
    for (const q of questions.filter((x) => x.gold.length > 0)) ranks.push(goldRank(q, (await engine.search(q.question, 10)).map((h) => h.text)));
    const score = retrievalScore(ranks);
    expect(score.r1).toBeGreaterThanOrEqual(bar.r1);
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

/** The lowest figures a side may score before a regression fails the test (misleading figures: the most it may show). */
interface Bars {
  in_plan: number;
  partial: number;
  partialCitesGold: number;
  out_of_scope: number;
  dialogues: number;
  misleadingAtMost: number;
  recall1: number;
}

/** Checks a side's figures against its bars, each by name so a failure says which. */
function expectAtLeast(s: RealSummary, bars: Bars): void {
  for (const key of ['in_plan', 'partial', 'partialCitesGold', 'out_of_scope', 'dialogues'] as const) expect(s[key][0], key).toBeGreaterThanOrEqual(bars[key]);
  expect(s.misleadingFigures[0], 'misleadingFigures').toBeLessThanOrEqual(bars.misleadingAtMost);
  expect(s.recall1, 'recall1').toBeGreaterThanOrEqual(bars.recall1);
}

describe('real wording, split by source site (eval/real-split.ts, scored as npm run eval:real)', async () => {
  const scored = await scoreItems(loadRealItems(), deps, engine);
  const train = summarize(scored.filter((s) => s.item.split === 'train'));
  const test = summarize(scored.filter((s) => s.item.split === 'test'));

  it('quotes every citation verbatim', () => {
    expect(scored.filter((s) => !s.v.quotesVerbatim).map((s) => s.item.id)).toEqual([]);
  });

  // TRAINING figures: the decision model is fitted on this side (tools/ask/build/fit-decision-model.ts) and the
  // ranking was tuned on it, so these bars guard against regressions; they estimate nothing. Measured 2026-12-07 (session 6).
  it('train side (fitted on): answers, referrals and citations at least as measured', () => {
    // of 18, 97 (89 measured, session 6), 97, 61, 16, 139; recall@1 0.774 with the session 6 ranker (retrieval/README.md)
    // Session 8: the ranker and the decision model fitted with eval/unseen7 too (grouped CV in their READMEs); this
    // side's training figures moved by one item each: dialogues 11 → 10 (dt007), recall@1 0.765 → 0.757 (partial cites 40 → 44).
    expectAtLeast(train, { in_plan: 8, partial: 88, partialCitesGold: 40, out_of_scope: 56, dialogues: 10, misleadingAtMost: 0, recall1: 0.75 });
  });

  // The held-out sides: never fitted or tuned on. The bars sit a little below the figures measured at the end of
  // session 6 (test 2/6, 45/51, 23/51, 28/37, 9/14, 1/72, 0.772; unseen 3/10, 44/53, 19/53, 27/34, 11/14, 1/87, 0.635;
  // tools/ask/README.md) to catch regressions; they are not targets to tune to. Session 6's decision refit traded
  // partial citations for referrals (test partial cites 30 → 23, out_of_scope 24 → 28): the bar it tripped was lowered
  // with that trade written down, not hidden. From session 7 on both sides' failures may have been read: check the
  // closing notes before calling them held out.
  it('test side (held out): no regression below the last measured figures', () => {
    // of 6, 51, 51, 37, 14, 72
    expectAtLeast(test, { in_plan: 2, partial: 43, partialCitesGold: 21, out_of_scope: 26, dialogues: 8, misleadingAtMost: 2, recall1: 0.75 });
  });

  it('unseen set (collected in session 6 from sites no other item uses): no regression below the last measured figures', async () => {
    const unseen = summarize((await scoreItems(loadUnseenItems(), deps, engine)).filter((s) => s.item.split === 'unseen'));
    // of 10, 53, 53, 34, 14, 87
    expectAtLeast(unseen, { in_plan: 2, partial: 42, partialCitesGold: 17, out_of_scope: 25, dialogues: 10, misleadingAtMost: 2, recall1: 0.6 });
  });

  // Session 7's hold-out (eval/unseen7/, three collectors who saw no code): first run at the start code, final run
  // before reading a failure — real 4/9, 44/53 (cites 19), 32/36, dialogues 12/18, misleading 1/91, r@1 0.694; direct
  // facts 23/34. Its failures were read then: these are regression bars on a set now training material (not fitted on).
  it('unseen7 set (session 7, read at its end): no regression below the last measured figures', async () => {
    const unseen7 = summarize(await scoreItems(loadHeldOutFolder(UNSEEN7_FOLDER, 'unseen7'), deps, engine));
    // of 9, 53, 53, 36, 18, 91
    expectAtLeast(unseen7, { in_plan: 3, partial: 42, partialCitesGold: 17, out_of_scope: 30, dialogues: 11, misleadingAtMost: 1, recall1: 0.65 });
    const direct = inScopeOnly(await judgeAll(loadQuestions('unseen7/direct.jsonl'), deps, clauseText)).filter(({ q }) => q.facts.length > 0);
    expect(direct.filter(({ v }) => v.factsOk).length).toBeGreaterThanOrEqual(23); // of 34 (25 after the session-7 mends)
  });

  // Session 8's hold-out (eval/unseen8/, three collectors who saw no code): first run at the start code (90907ca),
  // final run at 84859d0 before a failure was read — real 4/10, 48/52 (cites 15), 24/30, dialogues 11/16, misleading
  // 1/93, r@1 0.677; direct facts 13/24. Read since (a clerk-style review): regression bars on training material.
  it('unseen8 set (session 8, read at its end): no regression below the last measured figures', async () => {
    const unseen8 = summarize(await scoreItems(loadHeldOutFolder(UNSEEN8_FOLDER, 'unseen8'), deps, engine));
    // of 10, 52, 52, 30, 16, 93
    expectAtLeast(unseen8, { in_plan: 3, partial: 46, partialCitesGold: 13, out_of_scope: 22, dialogues: 10, misleadingAtMost: 1, recall1: 0.64 });
    const direct = inScopeOnly(await judgeAll(loadQuestions('unseen8/direct.jsonl'), deps, clauseText)).filter(({ q }) => q.facts.length > 0);
    expect(direct.filter(({ v }) => v.factsOk).length).toBeGreaterThanOrEqual(12); // of 24
  });
});
