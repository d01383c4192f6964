import { readFileSync } from 'node:fs';
import { createEngine } from '/work/main/retrieval/engine.ts';
import { PLAN_DATA } from '/work/main/server/plan-data.ts';
const engine = createEngine(PLAN_DATA);
const qs = readFileSync(process.argv[2] ?? '/work/shared/eval/dev.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l)).filter(q=>q.gold.length);
let r1=0,r5=0,mrr=0;
for (const q of qs) {
  const hits = await engine.search(q.question, 10);
  const rank = hits.findIndex(h => q.gold.some((g:string)=>h.text.includes(g)));
  if (rank===0) r1++; if (rank>=0&&rank<5) r5++; if (rank>=0) mrr+=1/(rank+1);
  if (rank!==0) console.log(q.id, rank, q.question, '→', hits.slice(0,3).map(h=>h.id+':'+h.score.toFixed(2)).join(' '));
}
console.log(`n=${qs.length} r@1=${(r1/qs.length).toFixed(3)} r@5=${(r5/qs.length).toFixed(3)} mrr=${(mrr/qs.length).toFixed(3)}`);
