/**
 * `npm start` (prestart builds dist/, then npm runs dist/node.js) on SIGTERM, sent to npm as a process manager
 * would: the server stops accepting, lets requests in flight finish, and exits within SHUTDOWN_TIMEOUT_MS even
 * when a client never finishes its request. Also its log: one JSON line per request with a request id, and no
 * question text.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'zj-shutdown-'));
// The load test's bound leaves room for a busy machine to finish sixteen answers; the stalled one is kept short.
const LOAD_BOUND_MS = 5_000;
const STALL_BOUND_MS = 2_000;

// Each server runs in its own process group, so that a failing test cannot leave a node behind npm.
const groups: number[] = [];
afterAll(() => {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(temp, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  base: string;
  port: number;
  log: () => string;
  exited: Promise<number | null>;
}

function start(boundMs: number): Promise<Started> {
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SHUTDOWN_TIMEOUT_MS: String(boundMs), RATE_LIMIT_PER_MINUTE: '0', FEEDBACK_DB: join(temp, `${Date.now()}.sqlite`) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  groups.push(child.pid!);
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(out);
      if (match) resolve({ child, base: match[1]!, port: Number(match[2]), log: () => stderr, exited });
    });
    void exited.then((code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
}

/** Milliseconds from SIGTERM to the process's exit, and its exit code. */
async function terminate(server: Started): Promise<{ ms: number; code: number | null }> {
  const t0 = performance.now();
  server.child.kill('SIGTERM');
  const code = await server.exited;
  return { ms: performance.now() - t0, code };
}

describe('SIGTERM', () => {
  it('under load: requests in flight complete, new ones are refused, and the process exits within the bound', async () => {
    const server = await start(LOAD_BOUND_MS);
    let stop = false;
    const statuses: number[] = [];
    const broken: string[] = [];
    const refused: string[] = [];
    // Sixteen clients asking questions back to back on keep-alive connections.
    const client = async () => {
      while (!stop) {
        try {
          const res = await fetch(`${server.base}/api/chat`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ messages: [{ role: 'user', content: '失业保险金能领多久？' }] }),
          });
          const body = (await res.json()) as { answer?: string };
          statuses.push(res.status);
          if (typeof body.answer !== 'string') broken.push(JSON.stringify(body));
        } catch (err) {
          // Connection-level only: a new connection after the listener closed (refused), or a request written
          // onto an idle keep-alive socket just as the server closed it (reset; HTTP/1.1's inherent race).
          const cause = (err as { cause?: { code?: string } }).cause;
          refused.push(cause?.code ?? String(err));
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    };
    const clients = Array.from({ length: 16 }, client);
    await new Promise((r) => setTimeout(r, 1_500));
    const before = statuses.length;
    const { ms, code } = await terminate(server);
    stop = true;
    await Promise.all(clients);

    expect(before).toBeGreaterThan(10);
    expect(code).toBe(0);
    expect(ms).toBeLessThan(LOAD_BOUND_MS);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(broken).toEqual([]);
    for (const code of refused) expect(['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET']).toContain(code);
    // Drained: every request the server answered (its access log) reached its client complete.
    const answered = server.log().split('\n').filter((line) => line.includes('"msg":"request"')).length;
    expect(answered).toBe(statuses.length);
    expect(server.log()).toContain('"msg":"stopped"');
    expect(server.log()).not.toContain('shutdown timeout');
    console.info(`SIGTERM under load: exited in ${Math.round(ms)} ms after ${statuses.length} answers (bound ${LOAD_BOUND_MS} ms)`);
  });

  it('a burst: thirty complete requests, SIGTERM 2 ms after the last is sent, every one answered in full', async () => {
    const server = await start(LOAD_BOUND_MS);
    const body = JSON.stringify({ messages: [{ role: 'user', content: '失业保险金能领多久？' }] });
    const request = `POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    // Each on its own connection, written whole; the replies are read until the server closes the connection.
    const replies = await Promise.all(
      Array.from({ length: 30 }, () =>
        new Promise<{ written: Promise<void>; reply: Promise<string> }>((resolve) => {
          const socket = connect(server.port, '127.0.0.1');
          let data = '';
          const reply = new Promise<string>((done) => {
            socket.on('data', (chunk) => (data += chunk));
            socket.on('error', (err) => done(`error ${(err as NodeJS.ErrnoException).code}`));
            socket.on('close', () => done(data));
          });
          socket.setEncoding('utf8');
          socket.once('connect', () => resolve({ written: new Promise<void>((w) => socket.write(request, () => w())), reply }));
        }),
      ),
    );
    await Promise.all(replies.map((r) => r.written));
    await new Promise((r) => setTimeout(r, 2));
    const { ms, code } = await terminate(server);
    const texts = await Promise.all(replies.map((r) => r.reply));

    const answered = texts.filter((t) => /^HTTP\/1\.1 200 /.test(t) && /"answer":"/.test(t) && t.trimEnd().endsWith('}'));
    expect(texts.filter((t) => !answered.includes(t)).map((t) => t.slice(0, 80))).toEqual([]);
    expect(code).toBe(0);
    expect(ms).toBeLessThan(LOAD_BOUND_MS);
    console.info(`SIGTERM after a burst of 30: all answered, exited in ${Math.round(ms)} ms`);
  });

  it('a client that never finishes its request cannot hold the process past the bound', async () => {
    const server = await start(STALL_BOUND_MS);
    const socket = connect(server.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.on('error', () => {});
    // Promises 1000 bytes, sends 10, then goes quiet.
    socket.write('POST /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":"');
    await new Promise((r) => setTimeout(r, 300));
    const { ms, code } = await terminate(server);
    socket.destroy();

    expect(code).toBe(0);
    expect(ms).toBeGreaterThanOrEqual(STALL_BOUND_MS - 100);
    expect(ms).toBeLessThan(STALL_BOUND_MS + 1_500);
    expect(server.log()).toContain('shutdown timeout');
    console.info(`SIGTERM with a stalled request: exited in ${Math.round(ms)} ms (bound ${STALL_BOUND_MS} ms)`);
  });
});

describe('the log', () => {
  it('is one JSON line per request, with the X-Request-Id it answered with, and no question text or address', async () => {
    const server = await start(STALL_BOUND_MS);
    try {
      const res = await fetch(`${server.base}/api/search`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'proxy-abc-123' },
        body: JSON.stringify({ query: '我的手机号13812345678，失业金怎么领' }),
      });
      expect(res.headers.get('x-request-id')).toBe('proxy-abc-123');
      const generated = await fetch(`${server.base}/healthz?q=330106199001011234`);
      const id = generated.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      // The access line is written after the response; on a busy machine it can take a while to arrive.
      for (let waited = 0; waited < 5_000 && !server.log().includes(id!); waited += 50) await new Promise((r) => setTimeout(r, 50));
      const lines = server
        .log()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines).toContainEqual(expect.objectContaining({ level: 'info', requestId: 'proxy-abc-123', method: 'POST', path: '/api/search', status: 200 }));
      expect(lines).toContainEqual(expect.objectContaining({ requestId: id, path: '/healthz', status: 200 }));
      const text = server.log();
      for (const secret of ['13812345678', '失业金', '330106199001011234', '127.0.0.1']) expect(text).not.toContain(secret);
    } finally {
      await terminate(server);
    }
  });
});
