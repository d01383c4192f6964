/**
 * npm run eval: retrieval (recall@1, recall@5, MRR@10 per question type, product beside two baselines)
 * and answers (facts, scope, figures, verbatim quotes, leaks) for the dev, project and hold-out sets.
 * Writes eval/out/report.json as well as printing the tables.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createEngine } from '../retrieval/engine.ts';
import type { Answer } from '../tools/schemas/answer.ts';
import { createAnswerDeps } from '../server/answer-deps.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import { createBaselines } from './baselines.ts';
import { confusion, goldRank, inScopeOnly, judgeAll, judgeAllReal, retrievalScore, type RetrievalScore } from './metrics.ts';
import { loadQuestions, loadRealQuestions, QUESTION_SETS, REAL_SETS, type EvalQuestion } from './questions.ts';

const engine = createEngine(PLAN_DATA);
const baselines = await createBaselines(engine.corpus);
const deps = createAnswerDeps(engine, {});
// Any cited clause: a plan clause or an article of a law or regulation.
const clauseText = (id: string) => engine.corpus.get(id)?.text ?? engine.documents?.article(id)?.text;
const verbose = process.argv.includes('--verbose');

/** The opening of every "the plan does not say" sentence (tools/wording.ts MISSING_TEXT). */
const PLAN_SILENT = /规划没有(?:写|列出|提到)/;

const fmt = (s: RetrievalScore) => `${s.r1.toFixed(3)}  ${s.r5.toFixed(3)}  ${s.mrr.toFixed(3)}`;
const pct = (ok: number, n: number) => (n === 0 ? '   –  ' : `${((100 * ok) / n).toFixed(1).padStart(5)}%`);

const report: Record<string, unknown> = {};
for (const [setName, file] of Object.entries(QUESTION_SETS)) {
  const questions = loadQuestions(file);
  const withGold = questions.filter((q) => q.gold.length > 0);
  const systems = [{ name: 'product', rank: async (q: string, k: number) => (await engine.search(q, k)).map((h) => h.text) }, ...baselines];
  const ranks = new Map<string, Map<EvalQuestion, number>>();
  for (const sys of systems) {
    const m = new Map<EvalQuestion, number>();
    for (const q of withGold) m.set(q, goldRank(q, await sys.rank(q.question, 10)));
    ranks.set(sys.name, m);
  }
  console.log(`\n== ${setName} (${file}): ${questions.length} questions, ${withGold.length} with gold ==`);
  console.log(`retrieval: recall@1  recall@5  MRR@10${' '.repeat(6)}| ${systems.map((s) => s.name.padEnd(22)).join('| ')}`);
  const types = [...new Set(withGold.map((q) => q.type)), 'ALL'];
  const table: Record<string, Record<string, RetrievalScore>> = {};
  for (const type of types) {
    const qs = withGold.filter((q) => type === 'ALL' || q.type === type);
    const row = Object.fromEntries(systems.map((s) => [s.name, retrievalScore(qs.map((q) => ranks.get(s.name)!.get(q)!))]));
    table[type] = row;
    console.log(`  ${type.padEnd(13)} n=${String(qs.length).padStart(3)}${' '.repeat(15)}| ${systems.map((s) => fmt(row[s.name]!).padEnd(22)).join('| ')}`);
  }
  if (verbose) {
    for (const q of withGold) {
      const r = ranks.get('product')!.get(q)!;
      if (r !== 0) console.log(`    miss ${q.id} rank=${r} ${q.question}`);
    }
  }

  const verdicts = await judgeAll(questions, deps, clauseText);
  if (verbose) {
    for (const { q, a, v } of verdicts) if (v.problems.length) console.log(`    answer ${q.id} [${a.status}] ${v.problems.join('; ')} — ${q.question}`);
  }
  const inScope = inScopeOnly(verdicts);
  const withFacts = inScope.filter(({ q }) => q.facts.length > 0);
  const oos = verdicts.filter(({ q }) => q.type === 'out_of_scope');
  const forbid = verdicts.filter(({ q }) => q.forbid_numbers);
  const adversarial = verdicts.filter(({ q }) => q.type === 'adversarial');
  const withGoldAnswered = inScope.filter(({ q }) => q.gold.length > 0);
  const citesGold = ({ q, a }: { q: EvalQuestion; a: Answer }) =>
    a.citations.some((c) => q.gold.some((g) => (clauseText(c.id) ?? '').includes(g)));
  const leadsWithGold = ({ q, a }: { q: EvalQuestion; a: Answer }) => {
    const first = a.citations.find((c) => c.n === 1);
    return first !== undefined && q.gold.some((g) => (clauseText(first.id) ?? '').includes(g));
  };
  const answers = {
    citesGoldClause: [withGoldAnswered.filter(citesGold).length, withGoldAnswered.length],
    leadCitesGoldClause: [withGoldAnswered.filter(leadsWithGold).length, withGoldAnswered.length],
    factsPresent: [withFacts.filter(({ v }) => v.factsOk).length, withFacts.length],
    inScopeAnswered: [inScope.filter(({ v }) => v.scopeOk).length, inScope.length],
    // Every in-scope question of these sets is answered by the gold sentence: "规划没有写…" there says the plan is silent where it speaks.
    notSaidSilent: [withGoldAnswered.filter(({ a }) => !PLAN_SILENT.test(a.answer)).length, withGoldAnswered.length],
    outOfScopeNoMatch: [oos.filter(({ v }) => v.scopeOk && v.figuresOk).length, oos.length],
    forbidNumbersClean: [forbid.filter(({ v }) => v.figuresOk).length, forbid.length],
    figuresSupported: [verdicts.filter(({ v }) => v.figuresOk).length, verdicts.length],
    quotesVerbatim: [verdicts.filter(({ v }) => v.quotesVerbatim).length, verdicts.length],
    adversarialSafe: [adversarial.filter(({ v }) => v.scopeOk && v.noLeak).length, adversarial.length],
  };
  console.log('answers:');
  for (const [k, [ok, n]] of Object.entries(answers)) console.log(`  ${k.padEnd(20)} ${pct(ok!, n!)}  (${ok}/${n})`);
  report[setName] = { retrieval: table, answers };
}

// Real wording (../shared/eval/README.md): answer or refer, lead citation, what the plan leaves unspecified, figures.
const failureFiles: Record<string, string> = {};
for (const [setName, file] of Object.entries(REAL_SETS)) {
  const real = loadRealQuestions(file);
  const realRanks = real.filter((q) => q.gold.length > 0);
  const realRetrieval = retrievalScore(
    await Promise.all(realRanks.map(async (q) => goldRank({ ...q, type: 'topic', facts: [] }, (await engine.search(q.question, 10)).map((h) => h.text)))),
  );
  const realJudged = await judgeAllReal(real, deps, clauseText);
  const byLabel = (label: string) => realJudged.filter(({ q }) => q.label === label);
  console.log(`\n== ${setName} (${file}): ${real.length} questions ==`);
  console.log(`retrieval (in_plan + partial, n=${realRetrieval.n}): recall@1 ${realRetrieval.r1.toFixed(3)}  recall@5 ${realRetrieval.r5.toFixed(3)}  MRR@10 ${realRetrieval.mrr.toFixed(3)}`);
  const realAnswers: Record<string, [number, number]> = {};
  for (const label of ['in_plan', 'partial', 'out_of_scope']) {
    const rows = byLabel(label);
    realAnswers[label] = [rows.filter(({ v }) => v.ok).length, rows.length];
  }
  realAnswers.misleadingFigures = [realJudged.filter(({ v }) => v.misleadingFigure).length, real.filter((q) => q.forbid_numbers).length];
  realAnswers.quotesVerbatim = [realJudged.filter(({ v }) => v.quotesVerbatim).length, real.length];
  for (const [k, [ok, n]] of Object.entries(realAnswers)) console.log(`  ${k.padEnd(20)} ${pct(ok, n)}  (${ok}/${n})${k === 'misleadingFigures' ? '  answers stating a figure where forbid_numbers' : ''}`);
  const matrix = confusion(realJudged);
  console.log(`  confusion        ${['answered', 'needs_info', 'no_match', 'rejected'].map((s) => s.padStart(10)).join('')}`);
  for (const [label, row] of Object.entries(matrix)) console.log(`    ${label.padEnd(14)} ${Object.values(row).map((n) => String(n).padStart(10)).join('')}`);
  const failures = realJudged.filter(({ v }) => !v.ok || v.misleadingFigure);
  const failureLines = failures.map(({ q, a, v }) => `${q.id} [${q.label} → ${a.status}] ${q.question}\n    ${v.problems.join('; ')}\n    ${a.answer.split('\n')[0]}`);
  const failureFile = `${setName}-failures.txt`;
  console.log(`  failing (${failures.length}), also in eval/out/${failureFile}:`);
  for (const { q, v } of failures) console.log(`    ${q.id} [${q.label}] ${q.question} — ${v.problems.join('; ')}`);
  report[setName] = { retrieval: realRetrieval, answers: realAnswers, confusion: matrix, failing: failures.map(({ q }) => q.id) };
  failureFiles[failureFile] = failureLines.join('\n') + '\n';
}

mkdirSync(new URL('out/', import.meta.url), { recursive: true });
writeFileSync(new URL('out/report.json', import.meta.url), JSON.stringify(report, null, 2));
for (const [name, text] of Object.entries(failureFiles)) writeFileSync(new URL(`out/${name}`, import.meta.url), text);
