/**
 * A 4,000-character letter (the longest message accepted) answered in process through /api/chat: wall and CPU
 * time per request, p50/p99. Part of `npm run bench` (step 3); alone: `npx tsx eval/bench-letter.ts`.
 * The letter is the stories of eval/letters.jsonl told one after another (personal data and all, so masking is
 * timed on real text), cut to 4,000 characters and ending with one question.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { MAX_MESSAGE_CHARS } from '../tools/schemas/message.ts';

/** Requests timed (after as many unmeasured ones to warm up). */
const REQUESTS = 200;
/** The question the letter ends with. */
const QUESTION = '我想问问，像我们家这种情况，能申请低保吗？';

/** The stories of eval/letters.jsonl, cut so that with QUESTION the letter has exactly MAX_MESSAGE_CHARS characters. */
export function longestLetter(): string {
  const stories = readFileSync(new URL('letters.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { turns: string[] }).turns[0]!.split('\n').slice(0, -1).join('\n'));
  let text = stories.join('\n');
  while (text.length < MAX_MESSAGE_CHARS) text += `\n${text}`;
  return `${text.slice(0, MAX_MESSAGE_CHARS - QUESTION.length - 1)}\n${QUESTION}`;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const round = (x: number) => Number(x.toFixed(3));

/** Times the letter through the app's HTTP layer (no sockets). */
export async function benchLetter(app: { request(path: string, init: RequestInit): Response | Promise<Response> }): Promise<{ chars: number; status: string; p50Ms: number; p99Ms: number; cpuP50Ms: number; cpuP99Ms: number }> {
  const letter = longestLetter();
  const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages: [{ role: 'user', content: letter }] }) };
  const times: number[] = [];
  const cpu: number[] = [];
  let status = '';
  for (let i = 0; i < REQUESTS * 2; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const res = await app.request('/api/chat', init);
    const body = (await res.json()) as { status: string };
    if (res.status !== 200) throw new Error(`/api/chat ${res.status} for the letter`);
    if (i < REQUESTS) continue;
    times.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
    status = body.status;
  }
  return { chars: letter.length, status, p50Ms: round(percentile(times, 50)), p99Ms: round(percentile(times, 99)), cpuP50Ms: round(percentile(cpu, 50)), cpuP99Ms: round(percentile(cpu, 99)) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { PLAN_DATA } = await import('../server/plan-data.ts');
  const { createEngine } = await import('../retrieval/engine.ts');
  const { createApp } = await import('../server/app.ts');
  console.log(await benchLetter(createApp({ engine: createEngine(PLAN_DATA) })));
}
