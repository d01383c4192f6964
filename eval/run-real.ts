/**
 * npm run eval:real — every real item (eval/real-split.ts), judged by ../shared/eval/README.md's rules on its last
 * turn, each earlier turn answered first and sent back as the assistant turn. Prints train and test side by side;
 * lists train failures, and test failures only with `--show-test` (read them once the test figure is written down:
 * from then on they are training material). Writes eval/out/real-split.json (and the failure lists).
 *
 *   npm run eval:real                 # both sides, train failures listed
 *   npm run eval:real -- --show-test  # test failures too
 *   npm run eval:real -- --only ID,ID # just these items, each answer printed
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createEngine } from '../retrieval/engine.ts';
import { createAnswerDeps } from '../server/answer-deps.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import { answerChat, type ChatMessage } from '../tools/ask/answer-chat.ts';
import type { Answer } from '../tools/schemas/answer.ts';
import { goldRank, judgeReal, retrievalScore, type RealVerdict } from './metrics.ts';
import { loadRealItems, type RealItem } from './real-split.ts';

const engine = createEngine(PLAN_DATA);
const deps = createAnswerDeps(engine, {});
// Any cited clause: a plan clause or an article of a law or regulation.
const clauseText = (id: string) => engine.corpus.get(id)?.text ?? engine.documents?.article(id)?.text;
const showTest = process.argv.includes('--show-test');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',')) : undefined;

/** Answers each turn in order, the product's own answers as the assistant turns; returns the last answer. */
async function converse(turns: string[]): Promise<Answer> {
  const messages: ChatMessage[] = [];
  let answer: Answer | undefined;
  for (const turn of turns) {
    messages.push({ role: 'user', content: turn });
    answer = await answerChat({ messages: [...messages] }, deps);
    messages.push({ role: 'assistant', content: answer.answer });
  }
  return answer!;
}

interface Scored {
  item: RealItem;
  a: Answer;
  v: RealVerdict;
  rank: number;
}

const items = loadRealItems().filter((it) => !only || only.has(it.id));
const scored: Scored[] = [];
for (const item of items) {
  const a = await converse(item.turns);
  const last = item.turns.at(-1)!;
  const v = judgeReal({ id: item.id, question: last, original: null, source_url: null, label: item.label, gold: item.gold, forbid_numbers: item.forbid_numbers, note: item.note }, a, clauseText);
  // Retrieval is scored on the last turn alone for single questions; dialogues are left out (their last turn needs context).
  const rank = item.gold.length > 0 && item.turns.length === 1 ? goldRank({ id: item.id, type: 'topic', question: last, gold: item.gold, facts: [] }, (await engine.search(last, 10)).map((h) => h.text)) : -2;
  scored.push({ item, a, v, rank });
  if (only) console.log(`${item.id} [${item.label} → ${a.status}] ${item.turns.join(' ⟶ ')}\n  ${v.ok ? 'ok' : v.problems.join('; ')}\n  ${a.answer.replace(/\n/g, '\n  ')}\n`);
}

const cites = (s: Scored) => s.a.citations.some((c) => s.item.gold.some((g) => c.quote.includes(g)));
const clarified = (s: Scored) => s.a.status === 'needs_info' && (s.a.followUp as { kind?: string } | undefined)?.kind === 'clarify';

/** The figures of one side of the split. */
function summarize(rows: Scored[]): Record<string, [number, number] | number> {
  const singles = rows.filter((s) => s.item.turns.length === 1);
  const dialogues = rows.filter((s) => s.item.turns.length > 1);
  const of = (rs: Scored[], label: string) => rs.filter((s) => s.item.label === label);
  const ok = (rs: Scored[]): [number, number] => [rs.filter((s) => s.v.ok).length, rs.length];
  const ranked = singles.filter((s) => s.rank !== -2);
  const r = retrievalScore(ranked.map((s) => s.rank));
  return {
    in_plan: ok(of(singles, 'in_plan')),
    partial: ok(of(singles, 'partial')),
    partialCitesGold: [of(singles, 'partial').filter(cites).length, of(singles, 'partial').length],
    out_of_scope: ok(of(singles, 'out_of_scope')),
    dialogues: ok(dialogues),
    misleadingFigures: [rows.filter((s) => s.v.misleadingFigure).length, rows.filter((s) => s.item.forbid_numbers).length],
    quotesVerbatim: [rows.filter((s) => s.v.quotesVerbatim).length, rows.length],
    clarified: [rows.filter(clarified).length, rows.length],
    recall1: Number(r.r1.toFixed(3)),
    recall5: Number(r.r5.toFixed(3)),
    retrievalN: r.n,
  };
}

const sides = { train: scored.filter((s) => s.item.split === 'train'), test: scored.filter((s) => s.item.split === 'test') };
const report = { train: summarize(sides.train), test: summarize(sides.test) };
const cell = (v: [number, number] | number | undefined) => (Array.isArray(v) ? `${v[0]}/${v[1]}`.padStart(9) : String(v).padStart(9));
console.log(`real items: ${scored.length} (train ${sides.train.length}, test ${sides.test.length}) — split by source site (eval/real-split.ts)`);
console.log(`${''.padEnd(20)}${'train'.padStart(9)}${'test'.padStart(9)}`);
for (const k of Object.keys(report.train)) console.log(`${k.padEnd(20)}${cell(report.train[k])}${cell(report.test[k])}`);

const failureLine = (s: Scored) =>
  `${s.item.id} [${s.item.label} → ${s.a.status}] ${s.item.turns.join(' ⟶ ')}\n    ${s.v.problems.join('; ')}\n    ${s.a.answer.split('\n')[0]}`;
mkdirSync(new URL('out/', import.meta.url), { recursive: true });
writeFileSync(new URL('out/real-split.json', import.meta.url), JSON.stringify(report, null, 2));
const trainFailures = sides.train.filter((s) => !s.v.ok);
writeFileSync(new URL('out/real-train-failures.txt', import.meta.url), trainFailures.map(failureLine).join('\n') + '\n');
if (!only) {
  console.log(`\ntrain failures (${trainFailures.length}), also in eval/out/real-train-failures.txt:`);
  for (const s of trainFailures) console.log(`  ${s.item.id} [${s.item.label} → ${s.a.status}] ${s.item.turns.join(' ⟶ ')} — ${s.v.problems.join('; ')}`);
}
if (showTest) {
  const testFailures = sides.test.filter((s) => !s.v.ok);
  writeFileSync(new URL('out/real-test-failures.txt', import.meta.url), testFailures.map(failureLine).join('\n') + '\n');
  console.log(`\ntest failures (${testFailures.length}), also in eval/out/real-test-failures.txt:`);
  for (const s of testFailures) console.log(`  ${s.item.id} [${s.item.label} → ${s.a.status}] ${s.item.turns.join(' ⟶ ')} — ${s.v.problems.join('; ')}`);
}
