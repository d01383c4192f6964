/**
 * Profiling driver: `node --cpu-prof --cpu-prof-dir=eval/out/profile --import tsx eval/bench-profile.ts [search|chat]`
 * runs the project questions through engine.search (or the app's /api/chat in process; `letter`: the 4,000-character
 * letter of eval/bench-letter.ts through /api/chat) for a few seconds,
 * then `npx tsx eval/bench-profile.ts --summarize <file.cpuprofile>` prints the top self-time costs grouped
 * by function and file. Used to write down where the time goes (retrieval/README.md "Where the time goes").
 */
import { readFileSync } from 'node:fs';
import { loadQuestions } from './questions.ts';
import { longestLetter } from './bench-letter.ts';

/** One node of a V8 CPU profile (the fields read here). */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Self time per function, from the samples of a V8 .cpuprofile, highest first. */
function summarize(file: string, top = 25): void {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const dt = profile.timeDeltas[i] ?? 0;
    const url = node.callFrame.url.replace(/^.*node_modules\//, '').replace(/^.*\/h\d+\//, '').replace(/^file:\/\//, '');
    const key = `${node.callFrame.functionName || '(anonymous)'}  ${url}:${node.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`total ${(total / 1000).toFixed(0)} ms sampled`);
  for (const [key, us] of rows) console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
}

const SECONDS = 6;
const args = process.argv.slice(2);
if (args[0] === '--summarize') {
  summarize(args[1]!);
} else {
  const { createEngine } = await import('../retrieval/engine.ts');
  const { PLAN_DATA } = await import('../server/plan-data.ts');
  const { createApp } = await import('../server/app.ts');
  // Uncached: the profile is of the work a new question costs.
  const engine = createEngine(PLAN_DATA, { cacheSize: 0 });
  const app = createApp({ engine });
  const mode = args[0] ?? 'search';
  // `letter`: the 4,000-character letter of eval/bench-letter.ts, over and over.
  const questions = mode === 'letter' ? [longestLetter()] : [...loadQuestions('dev.jsonl'), ...loadQuestions('questions.jsonl')].map((q) => q.question);
  const until = performance.now() + SECONDS * 1000;
  let n = 0;
  while (performance.now() < until) {
    const q = questions[n++ % questions.length]!;
    if (mode === 'search') await engine.search(q, 5);
    else {
      const path = mode === 'chat' || mode === 'letter' ? '/api/chat' : '/api/search';
      const body = mode === 'chat' || mode === 'letter' ? { messages: [{ role: 'user', content: q }] } : { query: q, k: 5 };
      const res = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      await res.arrayBuffer();
    }
  }
  console.log(`${mode}: ${n} requests in ${SECONDS} s (${((SECONDS * 1000) / n).toFixed(3)} ms each)`);
}
