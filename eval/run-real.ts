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
import { loadRealItems } from './real-split.ts';
import { scoreItems, summarize, type ScoredItem } from './real-score.ts';

const engine = createEngine(PLAN_DATA);
const deps = createAnswerDeps(engine, {});
const showTest = process.argv.includes('--show-test');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',')) : undefined;

const items = loadRealItems().filter((it) => !only || only.has(it.id));
const scored = await scoreItems(items, deps, engine);
if (only) for (const { item, a, v } of scored) console.log(`${item.id} [${item.label} → ${a.status}] ${item.turns.join(' ⟶ ')}\n  ${v.ok ? 'ok' : v.problems.join('; ')}\n  ${a.answer.replace(/\n/g, '\n  ')}\n`);

const sides = { train: scored.filter((s) => s.item.split === 'train'), test: scored.filter((s) => s.item.split === 'test') };
const report = { train: summarize(sides.train), test: summarize(sides.test) };
const cell = (v: [number, number] | number | undefined) => (Array.isArray(v) ? `${v[0]}/${v[1]}`.padStart(9) : String(v).padStart(9));
console.log(`real items: ${scored.length} (train ${sides.train.length}, test ${sides.test.length}) — split by source site (eval/real-split.ts)`);
console.log(`${''.padEnd(20)}${'train'.padStart(9)}${'test'.padStart(9)}`);
for (const k of Object.keys(report.train) as (keyof typeof report.train)[]) console.log(`${k.padEnd(20)}${cell(report.train[k])}${cell(report.test[k])}`);

const failureLine = (s: ScoredItem) =>
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
