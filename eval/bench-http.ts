/**
 * Loopback ratios: one kept-alive connection to a server, `/healthz`, `/api/search` and `/api/chat` sent in turn
 * per question, medians and the ratios `/api/search ÷ /healthz`, `/api/chat ÷ /healthz` (npm run bench step 4 and 5).
 * Alone, Node only and repeated (the machine is shared: report the median of the runs):
 * `npx tsx eval/bench-http.ts [runs] [--docs plan|all]` (default 3 runs; `--docs` sends that `docs` to /api/search,
 * otherwise the default, every document in force).
 */
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { startNodeServer, stop } from './bench-load.ts';
import { loadQuestions } from './questions.ts';

/** The questions every timing cycles through: dev + project (219). */
export const BENCH_QUESTIONS = [...loadQuestions('dev.jsonl'), ...loadQuestions('questions.jsonl')].map((q) => q.question);

/** The endpoints timed, as [name, path, body] (GET when there is no body). */
export type Endpoint = [name: string, path: string, body: ((q: string) => unknown) | null];

/** The three endpoints of the ratios; `docs` given is sent with every search. */
export function benchEndpoints(docs?: string[]): Endpoint[] {
  return [
    ['healthz', '/healthz', null],
    ['search', '/api/search', (q) => ({ query: q, k: 5, ...(docs ? { docs } : {}) })],
    ['chat', '/api/chat', (q) => ({ messages: [{ role: 'user', content: q }] })],
  ];
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
/** The median of a list of numbers. */
export const median = (xs: number[]) => percentile(xs, 50);
const round = (x: number, digits = 3) => Number(x.toFixed(digits));

/** A client that sends every request over one kept-alive socket and times each to its last byte. */
export function oneConnection(base: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL(base);
  const send = (path: string, body?: unknown) =>
    new Promise<number>((resolve, reject) => {
      const data = body === undefined ? undefined : JSON.stringify(body);
      const t0 = performance.now();
      const req = request(
        { host: url.hostname, port: url.port, path, method: data ? 'POST' : 'GET', agent, headers: data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {} },
        (res) => {
          res.resume();
          res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - t0) : reject(new Error(`${path} answered ${res.statusCode}`))));
        },
      );
      req.on('error', reject);
      req.end(data);
    });
  return { send, close: () => agent.destroy() };
}

/** One warm-up pass and `rounds` timed passes over `subset`, endpoints interleaved per question. */
export async function ratios(base: string, rounds: number, subset = BENCH_QUESTIONS, endpoints = benchEndpoints()) {
  const client = oneConnection(base);
  try {
    const times = endpoints.map(() => [] as number[]);
    for (let r = -1; r < rounds; r++) {
      for (const q of subset) {
        for (let e = 0; e < endpoints.length; e++) {
          const [, path, body] = endpoints[e]!;
          const ms = await client.send(path, body ? body(q) : undefined);
          if (r >= 0) times[e]!.push(ms);
        }
      }
    }
    const [healthz, search, chat] = times.map((x) => median(x)) as [number, number, number];
    return {
      requests: times.reduce((n, x) => n + x.length, 0),
      healthzMedianMs: round(healthz),
      searchMedianMs: round(search),
      chatMedianMs: round(chat),
      searchOverHealthz: round(search / healthz, 2),
      chatOverHealthz: round(chat / healthz, 2),
    };
  } finally {
    client.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
  const at = args.indexOf('--docs');
  const docs = at >= 0 ? [args[at + 1]!] : undefined;
  const results = [];
  for (let i = 0; i < runs; i++) {
    const { child, base } = await startNodeServer();
    try {
      const r = await ratios(base, 2, BENCH_QUESTIONS, benchEndpoints(docs));
      console.log(JSON.stringify(r));
      results.push(r);
    } finally {
      await stop(child, false);
    }
  }
  console.log(`median of ${runs} runs: search÷healthz ${median(results.map((r) => r.searchOverHealthz))}, chat÷healthz ${median(results.map((r) => r.chatOverHealthz))}`);
}
