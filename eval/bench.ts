/**
 * npm run bench (part 1, in process): index build time, engine start-up, search and chat latency
 * (p50/p99) and throughput through the app's HTTP layer, their ratio, memory, and the Worker bundle size
 * gzipped from `wrangler deploy --dry-run`. Writes eval/out/bench.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import clauses from '../seeds/clauses.json' with { type: 'json' };
import { buildArtifacts } from '../retrieval/build/artifacts.ts';
import t2s from '../retrieval/data/t2s.json' with { type: 'json' };
import { createEngine } from '../retrieval/engine.ts';
import { createApp } from '../server/app.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import { loadQuestions } from './questions.ts';

const ROUNDS = 5;
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const mb = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(2));

const buildStart = performance.now();
const built = await buildArtifacts(clauses, t2s);
const indexBuildMs = performance.now() - buildStart;

const heapBefore = process.memoryUsage().heapUsed;
const loadStart = performance.now();
const engine = createEngine(PLAN_DATA);
const engineLoadMs = performance.now() - loadStart;
const heapEngine = process.memoryUsage().heapUsed - heapBefore;

const app = createApp({ engine });
const questions = [...loadQuestions('dev.jsonl'), ...loadQuestions('questions.jsonl')].map((q) => q.question);

async function timeEndpoint(path: string, body: (q: string) => unknown) {
  const latencies: number[] = [];
  const started = performance.now();
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of questions) {
      const t = performance.now();
      const res = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body(q)) });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path} ${res.status} for ${q}`);
      latencies.push(performance.now() - t);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { requests: latencies.length, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), perSecond: latencies.length / seconds };
}

// Warm-up so JIT and caches do not count against the first endpoint measured.
await timeEndpoint('/api/search', (q) => ({ query: q, k: 5 }));
const search = await timeEndpoint('/api/search', (q) => ({ query: q, k: 5 }));
const chat = await timeEndpoint('/api/chat', (q) => ({ messages: [{ role: 'user', content: q }] }));

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
    return { rawMiB: mb(raw), gzipMiB: mb(gz), targetGzipMiB: 1.5 };
  } catch (e) {
    return { error: String((e as Error).message).slice(0, 300) };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
const bundle = workerBundle();

const report = {
  questions: questions.length,
  indexBuildMs: Math.round(indexBuildMs),
  oramaInsertMs: Math.round(built.buildMs),
  engineLoadMs: Math.round(engineLoadMs),
  engineHeapMiB: mb(heapEngine),
  rssMiB: mb(process.memoryUsage().rss),
  search,
  chat,
  chatToSearchLatencyRatio: Number((chat.p50Ms / search.p50Ms).toFixed(2)),
  workerBundle: bundle,
};
mkdirSync(new URL('out/', import.meta.url), { recursive: true });
writeFileSync(new URL('out/bench.json', import.meta.url), JSON.stringify(report, null, 2));
const f = (x: number) => x.toFixed(2);
console.log(`index build: ${report.indexBuildMs} ms (nodejieba dictionaries + segmentation + Orama; Orama inserts ${report.oramaInsertMs} ms); engine load from prebuilt index: ${report.engineLoadMs} ms, heap +${report.engineHeapMiB} MiB, rss ${report.rssMiB} MiB`);
console.log(`in-process over ${questions.length} questions × ${ROUNDS}:`);
console.log(`  /api/search  p50 ${f(search.p50Ms)} ms  p99 ${f(search.p99Ms)} ms  ${search.perSecond.toFixed(0)} req/s`);
console.log(`  /api/chat    p50 ${f(chat.p50Ms)} ms  p99 ${f(chat.p99Ms)} ms  ${chat.perSecond.toFixed(0)} req/s  (chat/search p50 ×${report.chatToSearchLatencyRatio})`);
console.log(`worker bundle: ${JSON.stringify(bundle)}`);
