/**
 * npx tsx eval/show-dialogues.ts [--all] [--letters] — every real and own dialogue (two turns or more; with --letters every
 * message over 150 characters) on every side
 * (train, test, fresh, unseen, unseen7, own), each turn's resolved question, the last answer's status, first line and the
 * judge's problems; failures only unless --all. For reading the conversations' failures by cause (issue 21).
 */
import { createEngine } from '../retrieval/engine.ts';
import { createAnswerDeps } from '../server/answer-deps.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import { answerChat, type ChatMessage } from '../tools/ask/answer-chat.ts';
import type { Answer } from '../tools/schemas/answer.ts';
import { judgeReal } from './metrics.ts';
import { loadFreshItems, loadHeldOutFolder, loadOwnItems, loadRealItems, loadUnseenItems, UNSEEN7_FOLDER, type RealItem } from './real-split.ts';

const all = process.argv.includes('--all');
const letters = process.argv.includes('--letters');
const engine = createEngine(PLAN_DATA);
const deps = createAnswerDeps(engine, {});
const clauseText = (id: string) => engine.corpus.get(id)?.text ?? engine.documents?.article(id)?.text;
const items: RealItem[] = [...loadRealItems(), ...loadUnseenItems(), ...loadHeldOutFolder(UNSEEN7_FOLDER, 'unseen7'), ...loadOwnItems(), ...loadFreshItems()].filter((i) =>
  letters ? i.turns.join('').length > 150 : i.turns.length > 1,
);
const tally = new Map<string, [number, number]>();
for (const item of items) {
  const messages: ChatMessage[] = [];
  const resolved: string[] = [];
  let a: Answer | undefined;
  for (const turn of item.turns) {
    messages.push({ role: 'user', content: turn });
    a = await answerChat({ messages: [...messages] }, deps);
    resolved.push(a.resolvedQuestion ?? '·');
    messages.push({ role: 'assistant', content: a.answer });
  }
  const v = judgeReal({ id: item.id, question: item.turns.at(-1)!, original: null, source_url: null, label: item.label, gold: item.gold, forbid_numbers: item.forbid_numbers, note: item.note }, a!, clauseText);
  const t = tally.get(item.split) ?? [0, 0];
  tally.set(item.split, [t[0] + (v.ok ? 1 : 0), t[1] + 1]);
  if (v.ok && !all) continue;
  console.log(`${v.ok ? 'ok ' : 'BAD'} ${item.id} (${item.split}) [${item.label} → ${a!.status}] gold: ${item.gold.join(' | ').slice(0, 60)}`);
  item.turns.forEach((t, i) => console.log(`    ${i + 1}. ${t.slice(0, 200)}\n       ⇒ ${resolved[i]!.slice(0, 200)}`));
  console.log(`    ${v.problems.join('; ')}\n    A: ${a!.answer.split('\n').slice(0, 2).join(' / ').slice(0, 240)}\n    note: ${item.note}`);
}
console.log([...tally].map(([s, [ok, n]]) => `${s} ${ok}/${n}`).join('; '));
