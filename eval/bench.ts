/**
 * npm run bench: every speed figure in one run, so they can be compared with each other (the machine is
 * shared; absolute times move with its load, ratios within one run much less).
 * Latencies come as wall time and as this process's CPU time (process.cpuUsage): on a shared machine the wall
 * p99 is mostly time the scheduler gave other processes; CPU time is also what Workers bill and limit.
 *   1. engine search alone, uncached: the product (the plan alone, and every document as /api/search's default)
 *      beside Orama's own search() over the product's tokens and the two eval baselines (Orama with the mandarin
 *      tokenizer, character bigrams) — time and recall;
 *   2. engine load on Node (first in the process, then warm) and the first search after it;
 *   3. in process through the app's HTTP layer: /healthz, /api/search, /api/chat p50/p99, and a 4,000-character
 *      letter through /api/chat (eval/bench-letter.ts; alone: `npx tsx eval/bench-letter.ts`);
 *   4. over loopback, one keep-alive connection: /api/search ÷ /healthz and /api/chat ÷ /healthz medians;
 *   5. workerd (`wrangler dev`): a fresh isolate's first request (engine load) and the same ratios;
 *   6. the Worker bundle, gzipped; 7. the autocannon load run (eval/bench-load.ts).
 * `--json` prints the report as JSON (also written to eval/out/bench.json); `--no-load` skips step 7;
 * BENCH_WORKERS=0 skips workerd (steps 5 and 7's second half).
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { search as oramaSearch } from '@orama/orama';
import { SENTENCE_FIELDS } from '../retrieval/search.ts';
import { searchDocuments } from '../tools/documents.ts';
import { createBaselines } from './baselines.ts';
import { benchLetter } from './bench-letter.ts';
import { benchEndpoints, oneConnection, ratios } from './bench-http.ts';
import { runLoadBench, startNodeServer, startWorkers, stop } from './bench-load.ts';
import { goldRank, retrievalScore } from './metrics.ts';
import { loadQuestions } from './questions.ts';

const args = process.argv.slice(2);
const AS_JSON = args.includes('--json');
const WITH_LOAD = !args.includes('--no-load');
const WITH_WORKERS = process.env.BENCH_WORKERS !== '0';
const log = AS_JSON ? () => {} : console.log;

/** Passes over the question set for each timing (the figures are "project questions × 5"). */
const ROUNDS = 5;
/** Results per search: 10, so that MRR@10 is computed from the very calls that are timed. */
const K = 10;
/** Sentences the product scores before grouping (retrieval/search.ts SENTENCE_POOL). */
const SENTENCE_POOL = 120;

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const median = (xs: number[]) => percentile(xs, 50);
const round = (x: number, digits = 3) => Number(x.toFixed(digits));
const mb = (bytes: number) => round(bytes / 1024 / 1024, 2);

const evalQuestions = [...loadQuestions('dev.jsonl'), ...loadQuestions('questions.jsonl')];
const questions = evalQuestions.map((q) => q.question);

// 2. Engine load, measured first so the first load is really the process's first (JIT cold, as a fresh isolate).
const importStart = performance.now();
const { PLAN_DATA } = await import('../server/plan-data.ts');
const { createEngine } = await import('../retrieval/engine.ts');
const dataImportMs = performance.now() - importStart;
const heapBefore = process.memoryUsage().heapUsed;
let t = performance.now();
const firstEngine = createEngine(PLAN_DATA, { cacheSize: 0 });
const coldLoadMs = performance.now() - t;
const heapEngine = process.memoryUsage().heapUsed - heapBefore;
t = performance.now();
await firstEngine.search(questions[0]!, K);
const coldFirstSearchMs = performance.now() - t;
const warmLoads: number[] = [];
for (let i = 0; i < 5; i++) {
  t = performance.now();
  createEngine(PLAN_DATA);
  warmLoads.push(performance.now() - t);
}
const engineLoad = {
  dataImportMs: round(dataImportMs, 1),
  coldMs: round(coldLoadMs, 1),
  coldFirstSearchMs: round(coldFirstSearchMs, 1),
  warmMedianMs: round(median(warmLoads), 1),
  heapMiB: mb(heapEngine),
};
log(`engine load (Node): first ${engineLoad.coldMs} ms (+ first search ${engineLoad.coldFirstSearchMs} ms), warm median ${engineLoad.warmMedianMs} ms, heap +${engineLoad.heapMiB} MiB; importing the data modules ${engineLoad.dataImportMs} ms`);

// 1. Engine search alone, uncached, all systems interleaved question by question so machine noise hits them alike.
const engine = createEngine(PLAN_DATA, { cacheSize: 0 });
// Larger than the question set, so after the warm-up round every search is a cache hit.
const cached = createEngine(PLAN_DATA, { cacheSize: 1024 });
const baselines = await createBaselines(engine.corpus);
/** The product's tokens through Orama's stock search() (the query path before retrieval/scorer.ts). */
async function oramaSearchPath(q: string, k: number): Promise<string[]> {
  const { tokens } = engine.prepare(q);
  if (tokens.length === 0) return [];
  const res = await oramaSearch(engine.deps.index!, {
    term: tokens.join(' '),
    properties: Object.keys(SENTENCE_FIELDS),
    boost: { heading: SENTENCE_FIELDS.heading },
    limit: SENTENCE_POOL,
    threshold: 1,
  });
  const ids: string[] = [];
  for (const hit of res.hits) {
    const id = String(hit.id).split('#')[0]!;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids.slice(0, k).map((id) => engine.corpus.get(id)!.text);
}
const systems: { name: string; rank: (q: string, k: number) => Promise<string[]> }[] = [
  { name: 'product', rank: async (q, k) => (await engine.search(q, k)).map((h) => h.text) },
  { name: 'product, LRU warm', rank: async (q, k) => (await cached.search(q, k)).map((h) => h.text) },
  // /api/search's default: the plan and every law and regulation in force, one list (tools/documents.ts).
  { name: 'product, every document', rank: async (q, k) => (await searchDocuments(engine, q, k)).map((h) => h.text) },
  { name: 'product tokens via Orama search()', rank: oramaSearchPath },
  ...baselines,
];
const latencies = systems.map(() => [] as number[]);
const cpuTimes = systems.map(() => [] as number[]);
const ranks = systems.map(() => [] as number[]);
/** CPU milliseconds this process spent since `since` (what Workers bill; time the scheduler gave others is not in it). */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};
for (let r = -1; r < ROUNDS; r++) {
  for (const q of evalQuestions) {
    for (let s = 0; s < systems.length; s++) {
      const cpu = process.cpuUsage();
      t = performance.now();
      const texts = await systems[s]!.rank(q.question, K);
      const ms = performance.now() - t;
      // Round -1 warms the JIT and fills the LRU; its ranks are the recall figures.
      if (r >= 0) {
        latencies[s]!.push(ms);
        cpuTimes[s]!.push(cpuMs(cpu));
      } else if (q.gold.length > 0) ranks[s]!.push(goldRank(q, texts));
    }
  }
}
const searchAlone = systems.map((s, i) => ({
  system: s.name,
  p50Ms: round(percentile(latencies[i]!, 50), 4),
  p99Ms: round(percentile(latencies[i]!, 99), 4),
  cpuP50Ms: round(percentile(cpuTimes[i]!, 50), 4),
  cpuP99Ms: round(percentile(cpuTimes[i]!, 99), 4),
  ...Object.fromEntries(Object.entries(retrievalScore(ranks[i]!)).map(([key, v]) => [key, round(v)])),
}));
log(`\n1. engine search alone, ${questions.length} questions × ${ROUNDS}, k=${K}; recall over the ${ranks[0]!.length} with gold (dev + project):`);
if (!AS_JSON) console.table(searchAlone);

// 3. In process, through the app's HTTP layer (no sockets).
const { createApp } = await import('../server/app.ts');
const app = createApp({ engine: createEngine(PLAN_DATA) });
const ENDPOINTS = benchEndpoints();
async function inProcess(path: string, body: ((q: string) => unknown) | null) {
  const times: number[] = [];
  const cpu: number[] = [];
  const started = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of questions) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const res = await app.request(path, body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body(q)) } : {});
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path} ${res.status} for ${q}`);
      times.push(performance.now() - t0);
      cpu.push(cpuMs(c0));
    }
  }
  return {
    p50Ms: round(median(times)),
    p99Ms: round(percentile(times, 99)),
    cpuP50Ms: round(median(cpu)),
    cpuP99Ms: round(percentile(cpu, 99)),
    perSecond: Math.round(times.length / ((performance.now() - started) / 1000)),
  };
}
for (const [, path, body] of ENDPOINTS) await inProcess(path, body);
const appInProcess: Record<string, Awaited<ReturnType<typeof inProcess>>> = {};
for (const [name, path, body] of ENDPOINTS) appInProcess[name] = await inProcess(path, body);
log(`\n3. in process (app.request), ${questions.length} questions × ${ROUNDS}:`);
if (!AS_JSON) console.table(appInProcess);
const letterInProcess = await benchLetter(app);
log(`   a ${letterInProcess.chars}-character letter through /api/chat: ${JSON.stringify(letterInProcess)}`);

// 4 and 5. Over loopback, one keep-alive connection, endpoints interleaved per question (eval/bench-http.ts).
async function withServer<T>(start: () => Promise<{ child: ChildProcess; base: string }>, group: boolean, run: (base: string) => Promise<T>): Promise<T> {
  const { child, base } = await start();
  try {
    return await run(base);
  } finally {
    await stop(child, group);
  }
}
const nodeHttp = await withServer(startNodeServer, false, (base) => ratios(base, 2));
log(`\n4. Node over loopback, one keep-alive connection: ${JSON.stringify(nodeHttp)}`);

let workerd: unknown = { skipped: 'BENCH_WORKERS=0' };
if (WITH_WORKERS) {
  workerd = await withServer(startWorkers, true, async (base) => {
    // A fresh isolate builds the engine on its first request (server/worker.ts); /healthz needs nothing else.
    const client = oneConnection(base);
    try {
      const first = await client.send('/healthz');
      const after: number[] = [];
      for (let i = 0; i < 30; i++) after.push(await client.send('/healthz'));
      const firstSearch = await client.send('/api/search', { query: questions[1], k: 5 });
      return { firstRequestMs: round(first, 1), healthzAfterMs: round(median(after)), engineLoadMs: round(first - median(after), 1), firstSearchMs: round(firstSearch, 2), ...(await ratios(base, 1, questions.slice(0, 100))) };
    } finally {
      client.close();
    }
  }).catch((e: Error) => ({ error: e.message.slice(0, 300) }));
  log(`\n5. workerd (wrangler dev): ${JSON.stringify(workerd)}`);
}

// 6. The Worker bundle as `wrangler deploy --dry-run` writes it.
function workerBundle() {
  const outdir = mkdtempSync(join(tmpdir(), 'worker-bundle-'));
  try {
    execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
      stdio: 'pipe',
      env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
    });
    const files = readdirSync(outdir, { recursive: true }).map(String).filter((f) => statSync(join(outdir, f)).isFile() && !f.endsWith('.map'));
    const raw = files.reduce((n, f) => n + statSync(join(outdir, f)).size, 0);
    const gz = files.reduce((n, f) => n + gzipSync(readFileSync(join(outdir, f))).length, 0);
    // 3 MiB: the Workers free plan's limit, the bound once the laws and regulations are indexed beside the plan (1.5 for the plan alone).
    return { rawMiB: mb(raw), gzipMiB: mb(gz), targetGzipMiB: 3 };
  } catch (e) {
    return { error: String((e as Error).message).slice(0, 300) };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
const bundle = workerBundle();
log(`\n6. worker bundle: ${JSON.stringify(bundle)}`);

const report = {
  date: new Date().toISOString(),
  node: process.version,
  questions: questions.length,
  rounds: ROUNDS,
  searchAlone,
  engineLoad,
  appInProcess,
  letterInProcess,
  nodeHttp,
  workerd,
  workerBundle: bundle,
  load: WITH_LOAD ? await runLoadBench({ workers: WITH_WORKERS, quiet: AS_JSON }) : { skipped: '--no-load' },
};
mkdirSync(new URL('out/', import.meta.url), { recursive: true });
writeFileSync(new URL('out/bench.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
if (AS_JSON) console.log(JSON.stringify(report, null, 2));
else log('\nwrote eval/out/bench.json');
