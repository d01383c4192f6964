/**
 * Fuzzing every HTTP endpoint and /mcp of the real Node server (server/node.ts) on a loopback port: random JSON values, shapes
 * close to valid, random strings and bytes, deep nesting, wrong methods and paths, random JSON-RPC
 * messages. Never a 5xx; every 4xx is a JSON error; /healthz still answers afterwards. Runs are bounded
 * (seeded, fixed counts) so the file stays well under 30 s.
 */
import fc from 'fast-check';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../server/validate.ts';
import { startNodeServer, type NodeServer } from './node-server.ts';
import { askClient, MCP_HEADERS } from './support.ts';

const POST_PATHS = ['/api/search', '/api/chat', '/v1/chat/completions', '/api/eligibility', '/api/feedback', '/mcp'];
const GET_PATHS = ['/healthz', '/api/clauses', '/api/clauses/4.1.2', '/api/services', '/api/feedback', '/', '/plan', '/staff', '/assets/app.css'];
/** Seeded, so a failure reproduces; the counts keep the whole file bounded. */
const RUNS = { seed: 20251, numRuns: 150 };
const counted = { requests: 0, statuses: new Map<number, number>() };

let server: NodeServer;
let base = '';

beforeAll(async () => {
  // The real `npm start` server (adapter, SQLite feedback, parser-error handler), limiter off for the run.
  server = await startNodeServer({ RATE_LIMIT_PER_MINUTE: '0' });
  base = server.base;
});
afterAll(async () => {
  const health = await fetch(`${base}/healthz`);
  expect(health.status).toBe(200);
  expect(server.child.exitCode).toBeNull();
  await server.close();
  // The closing note's figures: how many requests the fuzzer sent and what came back.
  console.info(`fuzz: ${counted.requests} requests, statuses ${JSON.stringify(Object.fromEntries([...counted.statuses].sort()))}`);
});

/** Sends a request and checks the invariants: no 5xx, and a 4xx carries a JSON error. */
async function send(method: string, path: string, body?: BodyInit, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const res = await fetch(`${base}${path}`, { method, body, headers });
  counted.requests++;
  counted.statuses.set(res.status, (counted.statuses.get(res.status) ?? 0) + 1);
  const text = await res.text();
  expect(res.status, `${method} ${path} → ${res.status} ${text.slice(0, 200)}`).toBeLessThan(500);
  if (res.status >= 400 && method !== 'HEAD') {
    expect(res.headers.get('content-type'), `${method} ${path}`).toMatch(/^application\/json/);
    const json = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    expect(json.error, `${method} ${path}: ${text.slice(0, 200)}`).toBeTruthy();
  }
  return { status: res.status, text };
}

const jsonType = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
const postPath = fc.constantFrom(...POST_PATHS);
const text = fc.string({ unit: 'binary', maxLength: 600 });
// Mostly valid roles, so most conversations reach the answer pipeline; the rest test validation.
const role = fc.oneof({ arbitrary: fc.constantFrom('user', 'assistant'), weight: 8 }, { arbitrary: fc.constantFrom('system', 'developer', 'tool', '', 'USER'), weight: 1 });
const profile = fc.dictionary(
  fc.constantFrom('age', 'hukou', 'hasResidencePermit', 'employment', 'disability', 'lowIncome', 'studentType', 'residence', 'x'),
  fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom('local', 'non_local', 'unemployed', 'severe', 'dibao', 'rural', ''), fc.boolean(), fc.constant(null)),
);

/** Bodies close to valid, so the fuzzer reaches search, the answer pipeline, eligibility and feedback storage. */
const nearValid: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(fc.constant('/api/search'), fc.record({ query: text, k: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 20 }), weight: 4 }, fc.integer({ min: -3, max: 25 }), fc.double(), fc.string()) }, { requiredKeys: ['query'] })),
  fc.tuple(
    fc.constant('/api/chat'),
    fc.record(
      { messages: fc.array(fc.record({ role, content: text }), { minLength: 1, maxLength: 22 }).map((m) => [...m, { role: 'user', content: m[0]!.content || '养老' }]), stream: fc.boolean(), profile },
      { requiredKeys: ['messages'] },
    ),
  ),
  fc.tuple(
    fc.constant('/v1/chat/completions'),
    fc.record(
      {
        model: fc.string(),
        stream: fc.boolean(),
        temperature: fc.double(),
        messages: fc.array(fc.record({ role, content: fc.oneof(text, fc.array(fc.record({ type: fc.constantFrom('text', 'image_url'), text }), { maxLength: 3 }), fc.constant(null)) }), { maxLength: 42 }),
      },
      { requiredKeys: ['messages'] },
    ),
  ),
  fc.tuple(fc.constant('/api/eligibility'), fc.record({ profile })),
  fc.tuple(
    fc.constant('/api/feedback'),
    fc.record(
      { rating: fc.constantFrom('helpful', 'wrong_citation', 'wrong_answer', 'meh'), question: text, answer: text, citationIds: fc.array(fc.constantFrom('4.1.2', '9.1.1', 'x'), { maxLength: 3 }), comment: text },
      { requiredKeys: ['rating', 'question', 'answer'] },
    ),
  ),
);

/** Nesting as deep as a 64 KiB body allows. */
const deep: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 30_000 }), fc.constantFrom(['[', ']'], ['{"a":', '}'], ['{"query":', '}'], ['{"messages":[', ']}']))
  .map(([depth, [open, shut]]) => open!.repeat(depth) + '1' + shut!.repeat(depth));

/** Random JSON-RPC traffic: known and unknown methods, tool calls with random arguments, batches, notifications. */
const tool = fc.constantFrom('search_plan', 'get_clause', 'check_eligibility', 'list_services', 'ask', 'rm_rf');
const method = fc.oneof(
  fc.constantFrom('initialize', 'ping', 'tools/list', 'tools/call', 'resources/list', 'resources/read', 'resources/templates/list', 'prompts/list', 'prompts/get', 'completion/complete', 'logging/setLevel', 'notifications/initialized', 'notifications/cancelled'),
  fc.string(),
);
const params = fc.oneof(
  fc.jsonValue(),
  fc.record({ name: tool, arguments: fc.oneof(fc.jsonValue(), fc.record({ query: text, k: fc.integer({ min: -2, max: 30 }), id: fc.string(), profile })) }),
  fc.record({ uri: fc.oneof(fc.constantFrom('plan://outline', 'plan://clause/4.1.2', 'plan://clause/../../etc'), fc.string()) }),
  fc.record({ name: fc.constantFrom('answer_from_plan', 'nope'), arguments: fc.dictionary(fc.constantFrom('question', 'q'), text) }),
);
const rpc = fc.record(
  { jsonrpc: fc.oneof(fc.constant('2.0'), fc.constant('1.0'), fc.jsonValue()), id: fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.jsonValue()), method, params },
  { requiredKeys: ['jsonrpc', 'method'] },
);

describe('fuzzing HTTP endpoints', () => {
  it('random JSON values to every POST endpoint', async () => {
    await fc.assert(fc.asyncProperty(postPath, fc.jsonValue({ maxDepth: 6 }), async (path, value) => {
      await send('POST', path, JSON.stringify(value), jsonType);
    }), RUNS);
  });

  it('bodies close to valid (reaching search, answers, eligibility, feedback)', async () => {
    await fc.assert(fc.asyncProperty(nearValid, async ([path, body]) => {
      await send('POST', path, JSON.stringify(body), jsonType);
    }), { ...RUNS, numRuns: 400 });
  });

  it('random questions through the whole answer pipeline (chat, search, OpenAI) give well-formed answers', async () => {
    const question = fc
      .oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 500 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), fc.stringMatching(/^[\u4e00-\u9fff0-9，。？a-z ]{1,120}$/))
      .filter((q) => q.trim().length > 0);
    await fc.assert(fc.asyncProperty(question, fc.constantFrom('/api/chat', '/api/search', '/v1/chat/completions'), async (q, path) => {
      const body = path === '/api/search' ? { query: q } : { messages: [{ role: 'user', content: q }] };
      const res = await send('POST', path, JSON.stringify(body), jsonType);
      expect(res.status, q).toBe(200);
      const json = JSON.parse(res.text) as { status?: string; results?: unknown[]; choices?: unknown[] };
      if (path === '/api/chat') expect(['answered', 'no_match', 'needs_info', 'rejected']).toContain(json.status);
      else if (path === '/api/search') expect(Array.isArray(json.results)).toBe(true);
      else expect(json.choices).toHaveLength(1);
    }), { ...RUNS, numRuns: 200 });
  });

  it('random strings, with and without a JSON content type', async () => {
    await fc.assert(fc.asyncProperty(postPath, fc.string({ unit: 'binary', maxLength: 2000 }), fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=gbk', ''), async (path, body, type) => {
      await send('POST', path, body, type ? { 'content-type': type, accept: jsonType.accept } : { accept: jsonType.accept });
    }), RUNS);
  });

  it('random bytes', async () => {
    await fc.assert(fc.asyncProperty(postPath, fc.uint8Array({ maxLength: 4096 }), async (path, bytes) => {
      await send('POST', path, bytes, jsonType);
    }), RUNS);
  });

  it('deep nesting and bodies at and over the size limit', async () => {
    await fc.assert(fc.asyncProperty(postPath, deep, async (path, body) => {
      await send('POST', path, body, jsonType);
    }), { ...RUNS, numRuns: 60 });
    for (const path of POST_PATHS) {
      const res = await send('POST', path, JSON.stringify({ query: 'x'.repeat(MAX_BODY_BYTES) }), jsonType);
      expect(res.status).toBe(413);
    }
  });

  it('wrong methods and random paths', async () => {
    const verb = fc.constantFrom('GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'POST', 'PROPFIND', 'FOO');
    const path = fc.oneof(
      fc.constantFrom(...POST_PATHS, ...GET_PATHS),
      fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { minLength: 1, maxLength: 4 }).map((parts) => '/' + parts.map(encodeURIComponent).join('/')),
      fc.constantFrom('/api/clauses/%E0%A4%A', '/api/clauses/%', '/%2e%2e/%2e%2e/etc/passwd', '/api//search', '/mcp/', '/v1/models', '/assets/../server/app.ts', '/plan?clause=%00&q=%ff', '/assets/__proto__', '/assets/constructor', '/assets/toString', '/assets/hasOwnProperty', '/assets/valueOf'),
    );
    await fc.assert(fc.asyncProperty(verb, path, async (m, p) => {
      await send(m, p, m === 'GET' || m === 'HEAD' ? undefined : '{}', jsonType);
    }), { ...RUNS, numRuns: 200 });
  });
});

describe('fuzzing MCP JSON-RPC over /mcp', () => {
  it('random messages and batches', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(rpc, fc.array(rpc, { minLength: 1, maxLength: 5 })), async (message) => {
      const res = await send('POST', '/mcp', JSON.stringify(message), MCP_HEADERS);
      expect([200, 202, 400, 406, 413, 415]).toContain(res.status);
    }), { ...RUNS, numRuns: 300 });
  });

  it('random headers a client might get wrong', async () => {
    const accept = fc.constantFrom('application/json, text/event-stream', 'application/json', 'text/event-stream', '*/*', '', 'text/html');
    const version = fc.oneof(fc.constant(undefined), fc.constantFrom('2025-06-18', '2024-11-05', '1999-01-01'), fc.string({ maxLength: 20 }));
    await fc.assert(fc.asyncProperty(accept, version, fc.string({ maxLength: 30 }), async (a, v, session) => {
      const headers: Record<string, string> = { 'content-type': 'application/json', 'mcp-session-id': session.replace(/[^\x21-\x7e]/g, '') };
      if (a) headers.accept = a;
      if (v) headers['mcp-protocol-version'] = v.replace(/[^\x21-\x7e]/g, '') || 'x';
      await send('POST', '/mcp', '{"jsonrpc":"2.0","id":1,"method":"tools/list"}', headers);
    }), { ...RUNS, numRuns: 60 });
  });
});

describe('fuzzing the MCP ask tool', () => {
  let client: Client;
  beforeAll(async () => {
    client = await askClient();
  });
  afterAll(() => client.close());

  it('random questions and arguments: a result or a tool error, never a crash', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.record({ question: text, profile }), fc.dictionary(fc.string(), fc.jsonValue())), async (args) => {
      const outcome = await client.callTool({ name: 'ask', arguments: args }).then(
        (r) => (r.isError ? 'tool error' : (r.structuredContent as { status: string }).status),
        (err: { code?: number }) => `json-rpc ${err.code}`,
      );
      expect(outcome).toMatch(/^(answered|no_match|needs_info|rejected|tool error|json-rpc -32602)$/);
    }), { ...RUNS, numRuns: 80 });
  });
});
