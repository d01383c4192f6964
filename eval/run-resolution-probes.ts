/**
 * npx tsx eval/run-resolution-probes.ts — session 8's blind probes of follow-up resolution (eval/resolution-probes.jsonl):
 * 100 conversations written in the helper's own wording, the expected standalone question written down before each
 * probe of 20 was first run (probe 1 after the fixes for the real sides, each later probe after the misses of the one
 * before were fixed). Prints the misses and the exact matches per probe; the README gives the blind figures (read
 * by hand: acceptable, not only exact). Training material now, like every item read.
 */
import { readFileSync } from 'node:fs';
import { createEngine } from '../retrieval/engine.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import { analyzer, resolveConversation } from '../tools/ask/conversation.ts';
import { createGeneralIdf, type GeneralIdfTable } from '../tools/ask/general-idf.ts';
import generalIdfTable from '../tools/ask/data/general-idf.json' with { type: 'json' };

const engine = createEngine(PLAN_DATA);
const analyze = analyzer(engine, createGeneralIdf(generalIdfTable as GeneralIdfTable));
const read = (text: string) => {
  const q = analyze(text);
  return { focus: q.focus, asked: q.asked };
};
const probes = readFileSync(new URL('resolution-probes.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { probe: number; turns: string[]; expected: string });
const exact = new Map<number, [number, number]>();
for (const { probe, turns, expected } of probes) {
  const got = resolveConversation(turns, read).map((q) => q.text).join('；');
  const ok = got.replace(/[？?]$/, '') === expected;
  const [n, of] = exact.get(probe) ?? [0, 0];
  exact.set(probe, [n + (ok ? 1 : 0), of + 1]);
  if (!ok) console.log(`probe ${probe} ${JSON.stringify(turns)}\n   expected ${expected}\n   resolved ${got}`);
}
console.log(`exact: ${[...exact].map(([p, [n, of]]) => `probe ${p} ${n}/${of}`).join('; ')}`);
