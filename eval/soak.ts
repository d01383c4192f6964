/**
 * A bounded soak of mixed hostile traffic against the real Node server (server/node.ts, as `npm start` runs
 * it) on an ephemeral 127.0.0.1 port, with the rate limiter on at its default. Run: `npx tsx eval/soak.ts`.
 *
 * Clients are told apart by X-Forwarded-For (TRUST_PROXY=1), so each attacker and each honest person has an
 * address of their own, as on a real network. For SOAK_SECONDS (default 60, at most 120), after a calm phase
 * that measures honest chat alone (SOAK_CALM_SECONDS, default 10):
 *   - four honest people chat (/api/chat) about once every 0.6 s each; their latency is the measure;
 *   - four attackers send JSON-RPC batches of `ask` to /mcp (each message counted, at most 10 per batch) and
 *     batches of 100 (refused), about 12 a second each;
 *   - a flood of prototype names under /assets/ (never rate limited), GET and HEAD, about 100 a second;
 *   - disguised personal data to /api/search, /api/feedback and /v1's `model`, checked never to come back;
 *   - slow bodies: partial headers, bodies trickled a byte at a time, idle partial bodies, aborted uploads;
 *   - rebinding and malformed Host headers, bodies without a Content-Type.
 * The attackers run in this process at a lower CPU priority (nice 10), standing for other machines; the server
 * and the honest people keep the normal priority.
 * Passes when: no 5xx, no stack trace or "unhandled error" in the server's log, no personal data echoed, the
 * honest p99 under 100 ms, and RSS after GC within 50 MiB of where it started. Prints a summary, writes
 * eval/out/soak.json, exits 1 on failure. Everything is bounded: fixed concurrency, fixed duration, and the
 * server is stopped at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DISGUISED } from '../test/node/abuse-cases.ts';
import { loadQuestions } from './questions.ts';

const SECONDS = Math.min(120, Number(process.env.SOAK_SECONDS ?? 60));
const CALM_SECONDS = Number(process.env.SOAK_CALM_SECONDS ?? 10);
const P99_LIMIT_MS = 100;
const RSS_GROWTH_LIMIT_MIB = 50;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const questions = [...loadQuestions('dev.jsonl'), ...loadQuestions('questions.jsonl')].map((q) => q.question);

const PROTO_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

const mib = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Everything the soak saw. */
const seen = {
  requests: 0,
  statuses: {} as Record<string, number>,
  fiveHundreds: [] as string[],
  echoed: [] as string[],
  rawConnections: 0,
};

function count(status: number | string, what: string): void {
  seen.requests++;
  seen.statuses[status] = (seen.statuses[status] ?? 0) + 1;
  if (typeof status === 'number' && status >= 500) seen.fiveHundreds.push(`${status} ${what}`);
}

/** The server under test, with the memory probe preloaded so RSS and heap can be read after a full GC. */
function startServer(): Promise<{ child: ChildProcess; base: string; log: () => string }> {
  const feedbackDb = join(mkdtempSync(join(tmpdir(), 'zj-soak-')), 'feedback.sqlite');
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', '--import', './eval/memory-probe.ts', '--import', './eval/loop-delay-probe.ts', 'server/node.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', FEEDBACK_DB: feedbackDb, TRUST_PROXY: '1', RATE_LIMIT_PER_MINUTE: '' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      const match = /listening on (http:\/\/[^\s]+)/.exec(stdout);
      if (match) resolve({ child, base: match[1]!, log: () => stderr });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
}

function memoryOf(child: ChildProcess): Promise<{ rssMiB: number; heapUsedMiB: number }> {
  return new Promise((resolve) => {
    const onMessage = (m: { type: string; usage: NodeJS.MemoryUsage }) => {
      if (m.type !== 'memory') return;
      child.off('message', onMessage);
      resolve({ rssMiB: mib(m.usage.rss), heapUsedMiB: mib(m.usage.heapUsed) });
    };
    child.on('message', onMessage);
    child.send('memory');
  });
}

/** An event loop's delay, in ms. */
interface LoopDelay {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** The server's event-loop delay since the last call (eval/loop-delay-probe.ts). */
function loopDelayOf(child: ChildProcess): Promise<LoopDelay> {
  return new Promise((resolve) => {
    const onMessage = (m: { type: string; p50Ms: number; p99Ms: number; maxMs: number }) => {
      if (m.type !== 'loop-delay') return;
      child.off('message', onMessage);
      resolve({ p50Ms: m.p50Ms, p99Ms: m.p99Ms, maxMs: m.maxMs });
    };
    child.on('message', onMessage);
    child.send('loop-delay');
  });
}

/** Current RSS of a process in MiB, without disturbing it (Linux). */
function rssFromProc(pid: number): number {
  const kib = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return Number((kib / 1024).toFixed(1));
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return Number(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!.toFixed(1));
}

/**
 * Four honest people chatting for `seconds`, in a process of their own so the attackers' work in this one
 * never delays their clock: each asks, reads the answer, pauses 0.6 s. Resolves to their latencies (ms) of
 * answered questions; any 5xx is counted.
 */
function honestPeople(base: string, seconds: number): Promise<{ latencies: number[]; ownLoopDelay: LoopDelay }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'eval/soak.ts', 'honest', base, String(seconds)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (chunk) => (out += chunk));
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`honest clients exited with ${code}`));
      const { latencies, statuses, ownLoopDelay } = JSON.parse(out) as { latencies: number[]; statuses: number[]; ownLoopDelay: LoopDelay };
      for (const status of statuses) count(status, 'honest chat');
      resolve({ latencies, ownLoopDelay });
    });
  });
}

/**
 * The honest people's side (`eval/soak.ts honest <base> <seconds>`): prints their latencies and statuses as
 * JSON, with this process's own event-loop delay: when the machine is too busy to run the client on time,
 * that shows here and not in the server.
 */
async function honestMain(base: string, seconds: number): Promise<void> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const stopAt = Date.now() + seconds * 1000;
  const latencies: number[] = [];
  const statuses: number[] = [];
  await Promise.all(
    [1, 2, 3, 4].map(async (n) => {
      for (let i = n * 37; Date.now() < stopAt; i++) {
        const started = performance.now();
        const res = await fetch(`${base}/api/chat`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.1.0.${n}` },
          body: JSON.stringify({ messages: [{ role: 'user', content: questions[i % questions.length]! }] }),
        });
        await res.text();
        statuses.push(res.status);
        if (res.status === 200) latencies.push(performance.now() - started);
        await sleep(600);
      }
    }),
  );
  const ms = (ns: number) => Number((ns / 1e6).toFixed(1));
  const ownLoopDelay = { p50Ms: ms(histogram.percentile(50)), p99Ms: ms(histogram.percentile(99)), maxMs: ms(histogram.max) };
  process.stdout.write(JSON.stringify({ latencies, statuses, ownLoopDelay }));
}

async function main(): Promise<void> {
  const { child, base, log } = await startServer();
  const port = Number(new URL(base).port);
  let stopAt = 0;
  const running = () => Date.now() < stopAt;

  const send = async (path: string, init: RequestInit & { ip: string }, what = path): Promise<{ status: number; text: string }> => {
    const headers = new Headers(init.headers);
    headers.set('x-forwarded-for', init.ip);
    try {
      const res = await fetch(`${base}${path}`, { ...init, headers });
      const text = await res.text();
      count(res.status, what);
      return { status: res.status, text };
    } catch (err) {
      count('network error', what);
      return { status: 0, text: String(err) };
    }
  };
  const json = { 'content-type': 'application/json' };
  const mcpHeaders = { ...json, accept: 'application/json, text/event-stream' };

  const batchAttacker = async (ip: string) => {
    const call = (i: number) => ({ jsonrpc: '2.0', id: i, method: 'tools/call', params: { name: 'ask', arguments: { question: `${questions[i % questions.length]} 我的电话${DISGUISED[i % DISGUISED.length]![0]}` } } });
    for (let n = 0; running(); n++) {
      const size = n % 5 === 4 ? 100 : 10;
      await send('/mcp', { method: 'POST', ip, headers: mcpHeaders, body: JSON.stringify(Array.from({ length: size }, (_, i) => call(n * 10 + i))) }, `mcp batch ${size}`);
      // Bounded: about 50 batches a second across the four, far past what the limiter lets through.
      await sleep(80);
    }
  };

  const protoFlood = async () => {
    for (let n = 0; running(); n++) {
      await send(`/assets/${PROTO_NAMES[n % PROTO_NAMES.length]}`, { method: n % 2 ? 'HEAD' : 'GET', ip: '10.3.0.1' }, 'prototype asset');
      await sleep(10);
    }
  };

  const personalData = async (ip: string) => {
    for (let n = 0; running(); n++) {
      const [typed, raw] = DISGUISED[n % DISGUISED.length]!;
      const replies = [
        await send('/api/search', { method: 'POST', ip, headers: json, body: JSON.stringify({ query: `我的号码${typed}，养老服务` }) }),
        await send('/api/feedback', { method: 'POST', ip, headers: json, body: JSON.stringify({ rating: 'wrong_answer', question: `电话${typed}`, answer: '答' }) }),
        await send('/v1/chat/completions', { method: 'POST', ip, headers: json, body: JSON.stringify({ model: `身份证${typed}`, messages: [{ role: 'user', content: `养老 ${typed}` }] }) }),
        await send('/api/search', { method: 'POST', ip, body: new Blob([JSON.stringify({ query: typed })]) }, 'no content type'),
      ];
      for (const { text } of replies) if (text.includes(raw)) seen.echoed.push(`${typed} → ${text.slice(0, 120)}`);
      await sleep(50);
    }
  };

  /** One raw connection: writes `parts` `gapMs` apart, then closes after `closeAfterMs` or when the server does. */
  const rawConnection = (parts: string[], gapMs: number, closeAfterMs: number) =>
    new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      let text = '';
      const timers: NodeJS.Timeout[] = [];
      const done = () => {
        timers.forEach(clearTimeout);
        socket.destroy();
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
        seen.rawConnections++;
        if (status >= 500) seen.fiveHundreds.push(`${status} raw ${parts[0]!.slice(0, 40)}`);
        resolve();
      };
      socket.on('data', (chunk) => (text += chunk));
      socket.on('close', done);
      socket.on('error', done);
      parts.forEach((part, i) => timers.push(setTimeout(() => socket.writable && socket.write(part), i * gapMs)));
      timers.push(setTimeout(done, closeAfterMs));
    });

  const slowClient = async (kind: number) => {
    const post = (length: number) => `POST /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: 10.4.0.${kind}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;
    while (running()) {
      switch (kind % 6) {
        case 0: // partial headers, never finished
          await rawConnection(['GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1'], 0, 30_000);
          break;
        case 1: // a body trickled a byte at a time
          await rawConnection([post(400), ...'{"query":"养老服务有哪些内容呢"}'.split('')], 500, 30_000);
          break;
        case 2: // an idle partial body
          await rawConnection([post(1000), '{"query":"'], 10, 30_000);
          break;
        case 3: // an upload the client abandons
          await rawConnection([post(1000), '{"query":"养老'], 10, 100);
          break;
        case 4: // hosts: rebinding, capitals, shorthand, no host at all
          for (const host of ['rebind.attacker.example', `LOCALHOST:${port}`, '127.1', '[::1', 'local host']) {
            await rawConnection([`GET /api/feedback HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`], 0, 2_000);
          }
          break;
        default: // backslashes and unknown methods
          await rawConnection(['GET /api\\clauses HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'], 0, 2_000);
          await rawConnection(['FOO / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'], 0, 2_000);
      }
      await sleep(100);
    }
  };

  try {
    // Warm up (JIT, the engine's first answers), then the baseline memory and the calm phase.
    for (let i = 0; i < 20; i++) await send('/api/chat', { method: 'POST', ip: '10.9.0.1', headers: json, body: JSON.stringify({ messages: [{ role: 'user', content: questions[i]! }] }) }, 'warm-up');
    const memoryBefore = await memoryOf(child);
    await loopDelayOf(child);
    const { latencies: calm, ownLoopDelay: clientLoopDelayCalm } = await honestPeople(base, CALM_SECONDS);
    const loopDelayCalm = await loopDelayOf(child);

    const rssSamples: number[] = [];
    stopAt = Date.now() + SECONDS * 1000;
    const hostileRun = honestPeople(base, SECONDS);
    // The attackers stand for other machines: on this one they must not take the server's or the honest
    // people's CPU time, so this process (and nothing it already started) runs at a lower priority.
    setPriority(10);
    const sampler = (async () => {
      while (running()) {
        await sleep(5_000);
        // Read from /proc, not through the probe: a forced GC every few seconds would stall the honest requests.
        rssSamples.push(rssFromProc(child.pid!));
      }
    })();
    await Promise.all([
      ...[1, 2, 3, 4].map((n) => batchAttacker(`10.2.0.${n}`)),
      protoFlood(),
      personalData('10.5.0.1'),
      personalData('10.5.0.2'),
      ...Array.from({ length: 12 }, (_, k) => slowClient(k)),
      sampler,
    ]);
    const { latencies: hostile, ownLoopDelay: clientLoopDelayUnderAttack } = await hostileRun;
    const loopDelayUnderAttack = await loopDelayOf(child);
    const memoryAfter = await memoryOf(child);
    const serverLog = log();

    const sortedCalm = [...calm].sort((a, b) => a - b);
    const sortedHostile = [...hostile].sort((a, b) => a - b);
    const summary = {
      seconds: SECONDS,
      requests: seen.requests,
      rawConnections: seen.rawConnections,
      statuses: seen.statuses,
      fiveHundreds: seen.fiveHundreds.slice(0, 20),
      personalDataEchoed: seen.echoed.slice(0, 20),
      logStackTraces: (serverLog.match(/\n\s+at /g) ?? []).length,
      logUnhandled: (serverLog.match(/unhandled/g) ?? []).length,
      honestCalm: { requests: calm.length, p50Ms: percentile(sortedCalm, 50), p99Ms: percentile(sortedCalm, 99), maxMs: percentile(sortedCalm, 100) },
      honestUnderAttack: { requests: hostile.length, p50Ms: percentile(sortedHostile, 50), p99Ms: percentile(sortedHostile, 99), maxMs: percentile(sortedHostile, 100) },
      serverEventLoopDelay: { calm: loopDelayCalm, underAttack: loopDelayUnderAttack },
      honestClientEventLoopDelay: { calm: clientLoopDelayCalm, underAttack: clientLoopDelayUnderAttack },
      memory: { before: memoryBefore, after: memoryAfter, rssSamplesMiB: rssSamples },
    };
    const failures = [
      seen.fiveHundreds.length > 0 && `${seen.fiveHundreds.length} responses were 5xx`,
      summary.logStackTraces > 0 && `${summary.logStackTraces} stack-trace lines in the log`,
      summary.logUnhandled > 0 && `"unhandled" appears ${summary.logUnhandled} times in the log`,
      seen.echoed.length > 0 && `${seen.echoed.length} responses echoed personal data`,
      !(summary.honestUnderAttack.p99Ms < P99_LIMIT_MS) && `honest chat p99 ${summary.honestUnderAttack.p99Ms} ms ≥ ${P99_LIMIT_MS} ms`,
      memoryAfter.rssMiB - memoryBefore.rssMiB > RSS_GROWTH_LIMIT_MIB && `RSS grew ${(memoryAfter.rssMiB - memoryBefore.rssMiB).toFixed(1)} MiB`,
    ].filter((f): f is string => Boolean(f));
    mkdirSync(join(ROOT, 'eval/out'), { recursive: true });
    writeFileSync(join(ROOT, 'eval/out/soak.json'), JSON.stringify({ ...summary, failures }, null, 2));
    console.log(JSON.stringify({ ...summary, failures }, null, 2));
    if (serverLog.trim()) console.log(`server log (first 2000 characters):\n${serverLog.slice(0, 2000)}`);
    process.exitCode = failures.length ? 1 : 0;
  } finally {
    child.kill('SIGTERM');
  }
}

if (process.argv[2] === 'honest') await honestMain(process.argv[3]!, Number(process.argv[4]));
else await main();
