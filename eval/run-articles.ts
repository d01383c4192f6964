/**
 * npm run eval:articles — how often an answer quotes the article that answers the question (eval/reg-labels-train.jsonl:
 * `reg_answerable`, `reg_gold` file + 第X条), on every real item split train/test (eval/real-split.ts), each dialogue
 * answered turn by turn. Prints for each side: answerable items quoting a gold article; answerable items quoting
 * another article; items not answerable by an article that quote one anyway; out_of_scope items still referred; any
 * superseded version quoted; every article quote verbatim; the items quoting an article by the answer's status (answered, no_match
 * referral); the items naming a document without quoting an article of it (tools/ask/articles.ts documentSection). The test side's and the unseen set's (eval/reg-labels-unseen.jsonl) figures only with `--test`; lists train misses only (`--show-train`), never test items.
 */
import { createEngine } from '../retrieval/engine.ts';
import { createAnswerDeps } from '../server/answer-deps.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import { loadRealItems, loadUnseenItems } from './real-split.ts';
import { converse } from './real-score.ts';
import { emptyArticleTally, goldArticleIds, judgeArticleQuotes, regLabelsById, tallyArticleQuotes, type ArticleTally } from './reg-labels.ts';

const engine = createEngine(PLAN_DATA);
/** Extractive answers; ARTICLE_GATE from the environment opens the article gate (README, "Articles in chat answers"). */
const deps = createAnswerDeps(engine, { ARTICLE_GATE: process.env.ARTICLE_GATE });
const library = engine.documents!;
const showTrain = process.argv.includes('--show-train');
/** The test side's figures only when asked: tuning never looks at them. */
const withTest = process.argv.includes('--test');

const labels = regLabelsById(...['reg-labels-train.jsonl', ...(withTest ? ['reg-labels-unseen.jsonl'] : [])].map((file) => new URL(file, import.meta.url)));

type Tally = ArticleTally & Record<'oos' | 'oosReferred', number> & {
  /** Items quoting an article, by the answer's status (answered beside the plan, or a no_match referral), and how many of those quote a gold one. */
  byStatus: Record<string, { items: number; gold: number }>;
};
const empty = (): Tally => ({ ...emptyArticleTally(), oos: 0, oosReferred: 0, byStatus: {} });
const sides = { train: empty(), test: empty(), unseen: empty() };
const misses: string[] = [];
for (const item of [...loadRealItems().filter((it) => withTest || it.split !== 'test'), ...(withTest ? loadUnseenItems() : [])]) {
  const label = labels.get(item.id);
  if (!label) continue;
  const a = await converse(item.turns, deps);
  if (item.split !== 'train' && item.split !== 'test' && item.split !== 'unseen') continue;
  const t = sides[item.split];
  const judged = judgeArticleQuotes(library, a, label);
  tallyArticleQuotes(t, judged, label);
  const gold = goldArticleIds(library, label);
  if (judged.cited.length) {
    const s = (t.byStatus[a.status] ??= { items: 0, gold: 0 });
    s.items++;
    if (label.reg_answerable && judged.gold) s.gold++;
  }
  if (item.split === 'train') {
    if (label.reg_answerable && !judged.gold) misses.push(`${item.id} ${item.turns.at(-1)!.slice(0, 50)} → ${judged.cited.join(',') || 'none'} (gold ${gold.join(',')})`);
    if (!label.reg_answerable && judged.cited.length) misses.push(`${item.id} NOT ANSWERABLE ${item.turns.at(-1)!.slice(0, 50)} → ${judged.cited.join(',')}`);
  }
  if (item.label === 'out_of_scope') {
    t.oos++;
    if (a.status === 'no_match') t.oosReferred++;
  }
}
for (const [side, t] of Object.entries(sides).filter(([side]) => withTest || side === 'train')) {
  console.log(
    `${side}: answerable quoting a gold article ${t.quotesGold}/${t.answerable}; quoting another article ${t.quotesOther}; ` +
      `not answerable but quoting one ${t.quotesAnyway}/${t.notAnswerable}; out_of_scope referred ${t.oosReferred}/${t.oos}; ` +
      `article quotes verbatim ${t.verbatim}/${t.quotes}; superseded quoted ${t.superseded}`,
  );
  console.log(`  naming a document without an article: answerable ${t.names}/${t.answerable} (a gold article's document ${t.namesGold}); not answerable ${t.namesAnyway}/${t.notAnswerable}`);
  console.log(`  items quoting an article, by status: ${Object.entries(t.byStatus).map(([status, s]) => `${status} ${s.items} (gold ${s.gold})`).join(', ') || 'none'}`);
}
if (showTrain) console.log(`\ntrain misses:\n${misses.join('\n')}`);
