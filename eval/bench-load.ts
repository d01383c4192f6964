/**
 * npm run bench (load): drives /api/search and /api/chat with autocannon — first the Node server
 * (server/node.ts as a child process), then the same app under `wrangler dev` (workerd) for comparison —
 * on an ephemeral 127.0.0.1 port, bounded in time, with the rate limiter off. Reports throughput, p50/p99
 * latency, errors and non-2xx (must be 0), and memory before and after the sustained run. Prints a table and
 * writes eval/out/bench-load.json; exits 1 if any request failed.
 *
 * BENCH_SECONDS (default 10) per endpoint, BENCH_CONNECTIONS (default 10), BENCH_WORKERS=0 skips wrangler.
 * `npm run bench` runs it after eval/bench.ts, in the same run; run alone: `npx tsx eval/bench-load.ts`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import { loadQuestions } from './questions.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** Long enough for JIT and the Worker's lazy engine build not to count against the measured runs. */
const WARMUP_SECONDS = 2;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const questions = [...loadQuestions('dev.jsonl'), ...loadQuestions('questions.jsonl')].map((q) => q.question);

/** What one endpoint did under load. */
interface Run {
  endpoint: string;
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
}

/** Memory of the server, in MiB: RSS always; V8 heap where the runtime lets us ask (Node). */
interface Memory {
  rssMiB: number;
  heapUsedMiB?: number;
}

const ENDPOINTS: [path: string, body: (q: string) => unknown][] = [
  ['/api/search', (q) => ({ query: q, k: 5 })],
  ['/api/chat', (q) => ({ messages: [{ role: 'user', content: q }] })],
];

const mib = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));

/** Drives one endpoint, cycling through the question sets so no single query is cached into the result. */
async function drive(base: string, path: string, body: (q: string) => unknown, seconds: number): Promise<Run> {
  let i = 0;
  const result: Result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: JSON.stringify(body(questions[i++ % questions.length]!)) }),
      },
    ],
  });
  return {
    endpoint: path,
    requests: result.latency.totalCount,
    perSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
  };
}

/** Warm-up, then each endpoint for SECONDS, with memory read before and after each run. */
async function load(base: string, memory: () => Promise<Memory>) {
  for (const [path, body] of ENDPOINTS) await drive(base, path, body, WARMUP_SECONDS);
  const snapshots: { after: string; memory: Memory }[] = [{ after: 'warm-up', memory: await memory() }];
  const runs: Run[] = [];
  for (const [path, body] of ENDPOINTS) {
    runs.push(await drive(base, path, body, SECONDS));
    snapshots.push({ after: path, memory: await memory() });
  }
  const first = snapshots[0]!.memory;
  const last = snapshots.at(-1)!.memory;
  const growth = {
    rssMiB: Number((last.rssMiB - first.rssMiB).toFixed(1)),
    ...(first.heapUsedMiB !== undefined && last.heapUsedMiB !== undefined ? { heapUsedMiB: Number((last.heapUsedMiB - first.heapUsedMiB).toFixed(1)) } : {}),
  };
  return { runs, memory: snapshots, growth };
}

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Waits until a child prints `pattern` on stdout (or stderr), or fails after `ms`. */
export function waitFor(child: ChildProcess, pattern: RegExp, ms: number): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}:\n${seen.slice(-2000)}`)), ms);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = pattern.exec(seen);
      if (match) {
        clearTimeout(timer);
        // Stop collecting (and re-matching) the server's output once it is ready: every access-log line would
        // otherwise cost this process time while it is timing requests. The pipes are still drained.
        for (const stream of [child.stdout, child.stderr]) {
          stream?.off('data', onData);
          stream?.resume();
        }
        resolve(match);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ${pattern}:\n${seen.slice(-2000)}`)));
  });
}

/** Stops a child we started (and, for a process group we created, its children) and waits for it. */
export async function stop(child: ChildProcess, group: boolean): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const kill = (signal: NodeJS.Signals) => (group ? process.kill(-child.pid!, signal) : child.kill(signal));
  kill('SIGTERM');
  const timer = setTimeout(() => kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** Starts server/node.ts (memory probe preloaded, GC exposed, rate limiter off) on a free port; the caller stops it. */
export async function startNodeServer(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', '--import', './eval/memory-probe.ts', 'server/node.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0', FEEDBACK_DB: join(mkdtempSync(join(tmpdir(), 'zj-bench-')), 'feedback.sqlite') },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  try {
    return { child, base: (await waitFor(child, /listening on (http:\/\/\S+)/, 30_000))[1]! };
  } catch (e) {
    await stop(child, false);
    throw e;
  }
}

/** Starts `wrangler dev` (local workerd) on a free port in its own process group; the caller stops the group. */
export async function startWorkers(): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn('npx', ['wrangler', 'dev', '--port', String(port), '--ip', '127.0.0.1', '--var', 'RATE_LIMIT_PER_MINUTE:0', '--show-interactive-dev-session=false'], {
    cwd: ROOT,
    env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false', CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  try {
    await waitFor(child, /Ready on http/, 90_000);
    return { child, base: `http://127.0.0.1:${port}` };
  } catch (e) {
    await stop(child, true);
    throw e;
  }
}

/** The Node server: server/node.ts with the memory probe preloaded and GC exposed. */
async function benchNode() {
  const { child, base } = await startNodeServer();
  try {
    const memory = () =>
      new Promise<Memory>((resolve) => {
        child.once('message', (m: { usage: NodeJS.MemoryUsage }) => resolve({ rssMiB: mib(m.usage.rss), heapUsedMiB: mib(m.usage.heapUsed) }));
        child.send('memory');
      });
    return { runtime: 'node', base, ...(await load(base, memory)) };
  } finally {
    await stop(child, false);
  }
}

/** RSS of the workerd processes wrangler started (the Worker runs there, not in wrangler's own Node process). */
function workerdRss(group: number): Memory {
  const out = execFileSync('ps', ['-o', 'rss=,comm=', '-g', String(group)], { encoding: 'utf8' });
  const kib = out
    .trim()
    .split('\n')
    .filter((line) => /workerd/.test(line))
    .reduce((sum, line) => sum + Number(line.trim().split(/\s+/)[0]), 0);
  return { rssMiB: mib(kib * 1024) };
}

/** The same app under `wrangler dev` (local workerd), in its own process group so it can be stopped whole. */
async function benchWorkers() {
  const { child, base } = await startWorkers();
  try {
    return { runtime: 'workers (wrangler dev)', base, ...(await load(base, async () => workerdRss(child.pid!))) };
  } finally {
    await stop(child, true);
  }
}

/** Runs the load benchmark, prints its tables, writes eval/out/bench-load.json; returns the report. */
export async function runLoadBench(options: { workers: boolean; quiet?: boolean }) {
  const log = options.quiet ? () => {} : console.log;
  const table = options.quiet ? () => {} : console.table;
  const results = [await benchNode()];
  if (options.workers) results.push(await benchWorkers());

  const rows = results.flatMap((r) =>
    r.runs.map((run) => ({
      runtime: r.runtime,
      endpoint: run.endpoint,
      'req/s': run.perSecond,
      'p50 ms': run.p50Ms,
      'p99 ms': run.p99Ms,
      requests: run.requests,
      errors: run.errors + run.timeouts,
      'non-2xx': run.non2xx,
    })),
  );
  log(`\nLoad: ${CONNECTIONS} connections, ${SECONDS} s per endpoint, loopback, rate limiter off\n`);
  table(rows);
  table(
    results.flatMap((r) =>
      r.memory.map((s) => ({ runtime: r.runtime, after: s.after, 'RSS MiB': s.memory.rssMiB, 'heap used MiB': s.memory.heapUsedMiB ?? '—' })),
    ),
  );
  for (const r of results) log(`${r.runtime}: memory growth over the sustained run ${JSON.stringify(r.growth)}`);

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: Number((totalmem() / 1024 ** 3).toFixed(1)) },
    config: { seconds: SECONDS, connections: CONNECTIONS, warmupSeconds: WARMUP_SECONDS, questions: questions.length },
    results: results.map(({ base: _base, ...r }) => r),
  };
  mkdirSync(join(ROOT, 'eval/out'), { recursive: true });
  writeFileSync(join(ROOT, 'eval/out/bench-load.json'), `${JSON.stringify(report, null, 2)}\n`);
  log('wrote eval/out/bench-load.json');

  const failed = results.flatMap((r) => r.runs).filter((run) => run.errors + run.timeouts + run.non2xx > 0);
  if (failed.length > 0) {
    console.error(`FAILED: ${failed.map((run) => `${run.endpoint} errors=${run.errors} timeouts=${run.timeouts} non2xx=${run.non2xx}`).join('; ')}`);
    process.exitCode = 1;
  }
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runLoadBench({ workers: process.env.BENCH_WORKERS !== '0' });
