/**
 * npm run eval:heldout -- <folder> [--show] — one run on a hold-out collected by someone who saw no code and no
 * answer: the folder's `questions.jsonl` (real-dev.jsonl format), `dialogues.jsonl` (real-dialogues-train format),
 * `reg-labels.jsonl` (which article answers, for both) and `direct.jsonl` (dev.jsonl format), whichever exist. Prints
 * the same figures as eval:real, eval:articles and eval: real questions by label, dialogues on the last turn, figures
 * where none may be given, clause recall; answerable items quoting a gold article, another one, not-answerable items
 * quoting one, superseded versions quoted; direct questions' facts, lead and answered. Failures only with `--show`:
 * read them only after the figures are written down (then the set is training material).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEngine } from '../retrieval/engine.ts';
import { createAnswerDeps } from '../server/answer-deps.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import { inScopeOnly, judgeAll } from './metrics.ts';
import { loadQuestions } from './questions.ts';
import { loadHeldOutFolder } from './real-split.ts';
import { scoreItems, summarize } from './real-score.ts';
import { emptyArticleTally, judgeArticleQuotes, regLabelsById, tallyArticleQuotes, type RegLabel } from './reg-labels.ts';

const folder = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!folder) {
  console.error('usage: npm run eval:heldout -- <folder> [--show]');
  process.exit(2);
}
const show = process.argv.includes('--show');
const dir = resolve(folder);

const engine = createEngine(PLAN_DATA);
const deps = createAnswerDeps(engine, { ARTICLE_GATE: process.env.ARTICLE_GATE });
const clauseText = (id: string) => engine.corpus.get(id)?.text ?? engine.documents?.article(id)?.text;

const items = loadHeldOutFolder(pathToFileURL(`${dir}/`), 'unseen7');

const f = ([ok, n]: [number, number]) => `${ok}/${n}`;
if (items.length) {
  const scored = await scoreItems(items, deps, engine);
  const s = summarize(scored);
  console.log(`real (${items.length}, ${new Set(items.map((i) => i.site)).size} sites): in_plan ${f(s.in_plan)}; partial ${f(s.partial)} (cites gold ${f(s.partialCitesGold)}); out_of_scope referred ${f(s.out_of_scope)}; dialogues ${f(s.dialogues)}; letters ${f(s.letters)}; misleading figures ${f(s.misleadingFigures)}; quotes verbatim ${f(s.quotesVerbatim)}; clarified ${f(s.clarified)}; recall@1 ${s.recall1} @5 ${s.recall5} (n ${s.retrievalN})`);

  // Articles: which cited article, judged against the labels (as eval/run-articles.ts).
  const labels = existsSync(join(dir, 'reg-labels.jsonl')) ? regLabelsById(pathToFileURL(join(dir, 'reg-labels.jsonl'))) : new Map<string, RegLabel>();
  const t = emptyArticleTally();
  for (const { item, a } of scored) {
    const label = labels.get(item.id);
    if (label) tallyArticleQuotes(t, judgeArticleQuotes(engine.documents!, a, label), label);
  }
  if (labels.size) console.log(`articles: answerable quoting a gold article ${t.quotesGold}/${t.answerable}; quoting another ${t.quotesOther}; not answerable but quoting one ${t.quotesAnyway}/${t.notAnswerable}; quotes verbatim ${t.verbatim}/${t.quotes}; superseded quoted ${t.superseded}; naming a document without an article: answerable ${t.names} (a gold article's document ${t.namesGold}), not answerable ${t.namesAnyway}`);
  if (show) for (const { item, a, v } of scored.filter((x) => !x.v.ok)) console.log(`  ${item.id} [${item.label} → ${a.status}] ${item.turns.at(-1)!.slice(0, 80)}\n    ${v.problems.join('; ')}\n    ${a.answer.split('\n')[0]}`);
}

// loadQuestions reads a path relative to eval/, or an absolute file URL as here.
const direct = existsSync(join(dir, 'direct.jsonl')) ? loadQuestions(pathToFileURL(join(dir, 'direct.jsonl')).href) : [];
if (direct.length) {
  const judged = await judgeAll(direct, deps, clauseText);
  const inScope = inScopeOnly(judged);
  const withFacts = inScope.filter(({ q }) => q.facts.length > 0);
  const withGold = inScope.filter(({ q }) => q.gold.length > 0);
  const leads = withGold.filter(({ q, a }) => {
    const first = a.citations.find((c) => c.n === 1);
    return first !== undefined && q.gold.some((g) => (clauseText(first.id) ?? '').includes(g));
  });
  // eval/run-eval.ts judges the lead on the in-scope questions answered; here both, so runs stay comparable.
  const answered = withGold.filter(({ v }) => v.scopeOk).length;
  const oos = judged.filter(({ q }) => q.type === 'out_of_scope');
  const forbid = judged.filter(({ q }) => q.forbid_numbers);
  const count = (rows: typeof judged, ok: (r: (typeof judged)[number]) => boolean) => `${rows.filter(ok).length}/${rows.length}`;
  console.log(
    `direct (${direct.length}): facts present ${count(withFacts, (r) => r.v.factsOk)}; in scope answered ${count(inScope, (r) => r.v.scopeOk)}; lead cites gold ${leads.length}/${withGold.length} (of ${answered} answered); ` +
      `out_of_scope referred ${count(oos, (r) => r.v.scopeOk && r.v.figuresOk)}; forbid_numbers clean ${count(forbid, (r) => r.v.figuresOk)}; quotes verbatim ${count(judged, (r) => r.v.quotesVerbatim)}`,
  );
  if (show) for (const { q, a, v } of judged.filter((r) => r.v.problems.length)) console.log(`  ${q.id} [${q.type} → ${a.status}] ${q.question}\n    ${v.problems.join('; ')}\n    ${a.answer.split('\n')[0]}`);
}
