/**
 * npm run ask -- "问题" [--json]: prints the answer and its citations in the terminal, using the same
 * engine and chat pipeline as the server (and the optional model when LLM_* variables are set).
 */
import { answerChat } from '../tools/ask/answer-chat.ts';
import { createEngine } from '../retrieval/engine.ts';
import { createAnswerDeps } from '../server/answer-deps.ts';
import type { Env } from '../server/env.ts';
import { PLAN_DATA } from '../server/plan-data.ts';

// Piping into `head` closes stdout early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const args = process.argv.slice(2);
const json = args.includes('--json');
const question = args.filter((a) => a !== '--json').join(' ').trim();
if (!question) {
  console.error('用法 usage: npm run ask -- "我59岁失业了，失业金能领到什么时候？" [--json]');
  process.exit(2);
}
const deps = createAnswerDeps(createEngine(PLAN_DATA), process.env as Env);
const answer = await answerChat({ messages: [{ role: 'user', content: question }] }, deps);
if (json) {
  console.log(JSON.stringify(answer, null, 2));
} else {
  console.log(`【${answer.status}】\n${answer.answer}\n`);
  for (const c of answer.citations) console.log(`[${c.n}] ${c.id} ${c.path.join(' › ')}\n    “${c.quote}”`);
  for (const t of answer.toolCalls) console.log(`(tool: ${t.name})`);
}
