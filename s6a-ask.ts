import { createEngine } from './retrieval/engine.ts';
import { createAnswerDeps } from './server/answer-deps.ts';
import { PLAN_DATA } from './server/plan-data.ts';
import { answerChat } from './tools/ask/answer-chat.ts';
const deps = createAnswerDeps(createEngine(PLAN_DATA), {});
for (const q of process.argv.slice(2)) { const a = await answerChat({ messages: [{ role: 'user', content: q }] }, deps); console.log(a.status, a.answer, JSON.stringify(a.citations.filter(c=>c.doc&&c.doc!=='plan').map(c=>[c.id,c.quote]))); }
