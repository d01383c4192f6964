/**
 * npm run eval:real — every real item (eval/real-split.ts), judged by ../shared/eval/README.md's rules on its last
 * turn, each earlier turn answered first and sent back as the assistant turn. Prints train and test side by side,
 * with the project's own conversations and letters (`own`, written from the plan) and the collected hold-out
 * (`fresh`, collected in session 5; its failures were read at the end of that session, so it is training material
 * now); lists their failures. The test side and `unseen` (collected in session 6, every item from a site no other
 * item uses) are scored only with `--test` and their failures listed only with `--show-test` (read them once the figure is written down: from then on they are training material). Writes
 * eval/out/real-split.json (and the failure lists).
 *
 *   npm run eval:real                 # train, own and fresh, their failures listed
 *   npm run eval:real -- --test       # the test side's figures too (never while tuning)
 *   npm run eval:real -- --show-test  # test failures too
 *   npm run eval:real -- --only ID,ID # just these items, each answer printed
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createEngine } from '../retrieval/engine.ts';
import { createAnswerDeps } from '../server/answer-deps.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import { loadFreshItems, loadOwnItems, loadRealItems, loadUnseenItems } from './real-split.ts';
import { scoreItems, summarize, type ScoredItem } from './real-score.ts';

const engine = createEngine(PLAN_DATA);
/** Extractive answers; ARTICLE_GATE from the environment opens the article gate (README, "Articles in chat answers"). */
const deps = createAnswerDeps(engine, { ARTICLE_GATE: process.env.ARTICLE_GATE });
const showTest = process.argv.includes('--show-test');
/** The held-out sides are scored only when asked (`--test`, implied by `--show-test`): tuning never looks at them. */
const withTest = showTest || process.argv.includes('--test');
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg >= 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',')) : undefined;

const REAL = loadRealItems();
// Without --test the held-out items are not even answered (so --only cannot print one).
const items = [...REAL.filter((it) => withTest || it.split !== 'test'), ...loadOwnItems(), ...loadFreshItems(), ...(withTest ? loadUnseenItems() : [])].filter((it) => !only || only.has(it.id));
const scored = await scoreItems(items, deps, engine);
if (only) for (const { item, a, v } of scored) console.log(`${item.id} [${item.label} → ${a.status}] ${item.turns.join(' ⟶ ')}\n  ${v.ok ? 'ok' : v.problems.join('; ')}\n  ${a.answer.replace(/\n/g, '\n  ')}\n`);

const ALL_SIDES = ['train', 'own', 'fresh', 'test', 'unseen'] as const;
const SIDES = ALL_SIDES.filter((side) => withTest || (side !== 'test' && side !== 'unseen'));
const sides = Object.fromEntries(ALL_SIDES.map((side) => [side, scored.filter((s) => s.item.split === side)])) as Record<(typeof ALL_SIDES)[number], ScoredItem[]>;
const report = Object.fromEntries(SIDES.map((side) => [side, summarize(sides[side])])) as Partial<Record<(typeof ALL_SIDES)[number], ReturnType<typeof summarize>>>;
const cell = (v: [number, number] | number | undefined) => (Array.isArray(v) ? `${v[0]}/${v[1]}`.padStart(9) : String(v).padStart(9));
console.log(
  `real items: ${REAL.length} (train ${REAL.filter((it) => it.split === 'train').length}, test ${REAL.filter((it) => it.split === 'test').length}) — split by source site (eval/real-split.ts); own: ${sides.own.length} written for the project; fresh: ${sides.fresh.length} collected in session 5 (training material since); the test side and the unseen set (${withTest ? sides.unseen.length : 'not scored'}, session 6) only with --test`,
);
console.log(`${''.padEnd(20)}${SIDES.map((side) => side.padStart(9)).join('')}`);
for (const k of Object.keys(report.train!) as (keyof NonNullable<typeof report.train>)[]) console.log(`${k.padEnd(20)}${SIDES.map((side) => cell(report[side]![k])).join('')}`);

const failureLine = (s: ScoredItem) =>
  `${s.item.id} [${s.item.label} → ${s.a.status}] ${s.item.turns.join(' ⟶ ')}\n    ${s.v.problems.join('; ')}\n    ${s.a.answer.split('\n')[0]}`;
mkdirSync(new URL('out/', import.meta.url), { recursive: true });
writeFileSync(new URL('out/real-split.json', import.meta.url), JSON.stringify(report, null, 2));
const trainFailures = [...sides.train, ...sides.own, ...sides.fresh].filter((s) => !s.v.ok);
writeFileSync(new URL('out/real-train-failures.txt', import.meta.url), trainFailures.map(failureLine).join('\n') + '\n');
if (!only) {
  console.log(`\ntrain, own and fresh failures (${trainFailures.length}), also in eval/out/real-train-failures.txt:`);
  for (const s of trainFailures) console.log(`  ${s.item.id} [${s.item.label} → ${s.a.status}] ${s.item.turns.join(' ⟶ ')} — ${s.v.problems.join('; ')}`);
}
if (showTest) {
  const testFailures = [...sides.test, ...sides.unseen].filter((s) => !s.v.ok);
  writeFileSync(new URL('out/real-test-failures.txt', import.meta.url), testFailures.map(failureLine).join('\n') + '\n');
  console.log(`\ntest and unseen failures (${testFailures.length}), also in eval/out/real-test-failures.txt:`);
  for (const s of testFailures) console.log(`  ${s.item.id} [${s.item.label} → ${s.a.status}] ${s.item.turns.join(' ⟶ ')} — ${s.v.problems.join('; ')}`);
}
