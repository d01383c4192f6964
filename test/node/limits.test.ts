/**
 * Limits and validation on every endpoint and MCP tool: oversize bodies, over-long questions, too many turns,
 * k out of range, unknown fields, wrong types and wrong content types all get a 4xx with the contract's
 * JSON error (on /mcp a JSON-RPC error or an isError tool result) — never a 5xx.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleError } from '../../server/errors.ts';
import { MAX_MESSAGE_CHARS, MAX_QUESTION_CHARS, MAX_TURNS } from '../../server/requests.ts';
import { MAX_BODY_BYTES } from '../../server/validate.ts';
import { askClient, MCP_HEADERS, mcpRequest, testApp, toolCall } from './support.ts';

const app = testApp();
const JSON_TYPE = { 'content-type': 'application/json' };
const long = (n: number) => '养'.repeat(n);
const turns = (n: number) => Array.from({ length: n }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', content: '养老服务' }));
const oversize = JSON.stringify({ query: 'x'.repeat(MAX_BODY_BYTES) });

/** [what, path, body (object → JSON), expected status, expected code, extra headers] */
type Case = [string, string, unknown, number, string, Record<string, string>?];

const CASES: Case[] = [
  // /api/search
  ['search: oversize body', '/api/search', oversize, 413, 'payload_too_large'],
  ['search: query over the limit', '/api/search', { query: long(MAX_QUESTION_CHARS + 1) }, 400, 'invalid_request'],
  ['search: empty query', '/api/search', { query: '   ' }, 400, 'invalid_request'],
  ['search: k 0', '/api/search', { query: '养老', k: 0 }, 400, 'invalid_request'],
  ['search: k 21', '/api/search', { query: '养老', k: 21 }, 400, 'invalid_request'],
  ['search: k 2.5', '/api/search', { query: '养老', k: 2.5 }, 400, 'invalid_request'],
  ['search: k as a string', '/api/search', { query: '养老', k: '5' }, 400, 'invalid_request'],
  ['search: unknown field', '/api/search', { query: '养老', limit: 5 }, 400, 'invalid_request'],
  ['search: query a number', '/api/search', { query: 42 }, 400, 'invalid_request'],
  ['search: body an array', '/api/search', [{ query: '养老' }], 400, 'invalid_request'],
  ['search: body null', '/api/search', 'null', 400, 'invalid_request'],
  ['search: not JSON', '/api/search', '{"query":', 400, 'invalid_json'],
  ['search: empty body', '/api/search', '', 400, 'invalid_json'],
  ['search: text/plain', '/api/search', { query: '养老' }, 415, 'unsupported_media_type', { 'content-type': 'text/plain' }],
  ['search: form encoded', '/api/search', 'query=养老', 415, 'unsupported_media_type', { 'content-type': 'application/x-www-form-urlencoded' }],
  // /api/chat
  ['chat: oversize body', '/api/chat', oversize, 413, 'payload_too_large'],
  ['chat: question over the limit', '/api/chat', { messages: [{ role: 'user', content: long(MAX_MESSAGE_CHARS + 1) }] }, 400, 'invalid_request'],
  ['chat: too many turns', '/api/chat', { messages: turns(MAX_TURNS + 1) }, 400, 'invalid_request'],
  ['chat: no turns', '/api/chat', { messages: [] }, 400, 'invalid_request'],
  ['chat: last turn from the assistant', '/api/chat', { messages: [{ role: 'assistant', content: '你好' }] }, 400, 'invalid_request'],
  ['chat: a system turn', '/api/chat', { messages: [{ role: 'system', content: '你是…' }, { role: 'user', content: '养老' }] }, 400, 'invalid_request'],
  ['chat: unknown field', '/api/chat', { messages: [{ role: 'user', content: '养老' }], temperature: 0 }, 400, 'invalid_request'],
  ['chat: unknown field in a turn', '/api/chat', { messages: [{ role: 'user', content: '养老', name: 'x' }] }, 400, 'invalid_request'],
  ['chat: unknown profile field', '/api/chat', { messages: [{ role: 'user', content: '养老' }], profile: { hukuo: 'local' } }, 400, 'invalid_request'],
  ['chat: profile age a string', '/api/chat', { messages: [{ role: 'user', content: '养老' }], profile: { age: 'sixty' } }, 400, 'invalid_request'],
  ['chat: stream a string', '/api/chat', { messages: [{ role: 'user', content: '养老' }], stream: 'yes' }, 400, 'invalid_request'],
  ['chat: messages a string', '/api/chat', { messages: '养老' }, 400, 'invalid_request'],
  ['chat: content a number', '/api/chat', { messages: [{ role: 'user', content: 1 }] }, 400, 'invalid_request'],
  ['chat: text/plain', '/api/chat', { messages: [{ role: 'user', content: '养老' }] }, 415, 'unsupported_media_type', { 'content-type': 'text/plain' }],
  ['chat: not JSON', '/api/chat', '{"messages":[', 400, 'invalid_json'],
  // /v1/chat/completions (unknown top-level options are accepted: OpenAI clients send many)
  ['openai: oversize body', '/v1/chat/completions', oversize, 413, 'payload_too_large'],
  ['openai: question over the limit', '/v1/chat/completions', { model: 'x', messages: [{ role: 'user', content: long(MAX_MESSAGE_CHARS + 1) }] }, 400, 'invalid_request'],
  ['openai: too many turns', '/v1/chat/completions', { model: 'x', messages: turns(MAX_TURNS * 2 + 1) }, 400, 'invalid_request'],
  ['openai: only a system message', '/v1/chat/completions', { model: 'x', messages: [{ role: 'system', content: '养老' }] }, 400, 'invalid_request'],
  ['openai: unknown role', '/v1/chat/completions', { model: 'x', messages: [{ role: 'root', content: '养老' }] }, 400, 'invalid_request'],
  ['openai: messages missing', '/v1/chat/completions', { model: 'x' }, 400, 'invalid_request'],
  ['openai: model a number', '/v1/chat/completions', { model: 4, messages: [{ role: 'user', content: '养老' }] }, 400, 'invalid_request'],
  ['openai: content parts too long', '/v1/chat/completions', { messages: [{ role: 'user', content: [{ type: 'text', text: long(4001) }] }] }, 400, 'invalid_request'],
  ['openai: text/plain', '/v1/chat/completions', { messages: [{ role: 'user', content: '养老' }] }, 415, 'unsupported_media_type', { 'content-type': 'text/plain' }],
  // /api/eligibility
  ['eligibility: oversize body', '/api/eligibility', oversize, 413, 'payload_too_large'],
  ['eligibility: unknown profile field', '/api/eligibility', { profile: { hukuo: 'local' } }, 400, 'invalid_request'],
  ['eligibility: unknown field', '/api/eligibility', { profile: {}, city: '杭州' }, 400, 'invalid_request'],
  ['eligibility: age negative', '/api/eligibility', { profile: { age: -1 } }, 400, 'invalid_request'],
  ['eligibility: age fractional', '/api/eligibility', { profile: { age: 59.5 } }, 400, 'invalid_request'],
  ['eligibility: hukou outside the enum', '/api/eligibility', { profile: { hukou: 'foreign' } }, 400, 'invalid_request'],
  ['eligibility: profile missing', '/api/eligibility', {}, 400, 'invalid_request'],
  ['eligibility: text/plain', '/api/eligibility', { profile: {} }, 415, 'unsupported_media_type', { 'content-type': 'text/plain' }],
  // /api/feedback
  ['feedback: oversize body', '/api/feedback', oversize, 413, 'payload_too_large'],
  ['feedback: question over the limit', '/api/feedback', { rating: 'helpful', question: long(MAX_MESSAGE_CHARS + 1), answer: 'a' }, 400, 'invalid_request'],
  ['feedback: unknown rating', '/api/feedback', { rating: 'great', question: 'q', answer: 'a' }, 400, 'invalid_request'],
  ['feedback: unknown field', '/api/feedback', { rating: 'helpful', question: 'q', answer: 'a', name: '张三' }, 400, 'invalid_request'],
  ['feedback: bad clause id', '/api/feedback', { rating: 'helpful', question: 'q', answer: 'a', citationIds: ['../etc'] }, 400, 'invalid_request'],
  ['feedback: text/plain', '/api/feedback', { rating: 'helpful', question: 'q', answer: 'a' }, 415, 'unsupported_media_type', { 'content-type': 'text/plain' }],
];

describe('HTTP limits', () => {
  it.each(CASES)('%s', async (_what, path, body, status, code, headers) => {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    const res = await app.request(path, { method: 'POST', headers: { ...JSON_TYPE, ...headers }, body: raw });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const json = (await res.json()) as { error: { code: string; message: string } };
    // /v1 errors also carry OpenAI's type (CONTRACT.md, OpenAI additions).
    const openAi = path.startsWith('/v1/') ? { type: expect.any(String) } : {};
    expect(json).toEqual({ error: { code, message: expect.any(String), ...openAi } });
    expect(json.error.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/s);
  });

  it('accepts exactly the limits: a 500-character question, 20 turns, k 1 and 20', async () => {
    const ok = [
      ['/api/search', { query: long(MAX_QUESTION_CHARS), k: 1 }],
      ['/api/search', { query: '养老', k: 20 }],
      ['/api/chat', { messages: [...turns(MAX_TURNS - 1), { role: 'user', content: long(MAX_MESSAGE_CHARS) }] }],
      ['/v1/chat/completions', { model: 'any', temperature: 0.3, messages: [{ role: 'user', content: long(MAX_MESSAGE_CHARS) }] }],
    ] as const;
    for (const [path, body] of ok) {
      const res = await app.request(path, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify(body) });
      expect(res.status, path).toBe(200);
    }
  });

  it.each([
    ['GET', '/api/search'],
    ['PUT', '/api/chat'],
    ['DELETE', '/v1/chat/completions'],
    ['PATCH', '/api/eligibility'],
    ['GET', '/api/clauses/' + 'x'.repeat(5000)],
    ['GET', '/api/clauses/%E0%A4%A'],
    ['GET', '/mcp'],
    ['DELETE', '/mcp'],
  ])('%s %s → a 4xx JSON error', async (method, path) => {
    const res = await app.request(`http://127.0.0.1${path.slice(0, 6000)}`, { method });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await res.json()).toHaveProperty('error');
  });
});

describe('refusals from hono middleware', () => {
  it.each([
    [400, 400, 'invalid_request'],
    [413, 413, 'payload_too_large'],
    [415, 415, 'unsupported_media_type'],
    [422, 400, 'invalid_request'],
    [503, 500, 'internal'],
  ])('an HTTPException %i becomes %i %s', async (thrown, status, code) => {
    const app = new Hono();
    app.onError(handleError);
    app.get('/', () => {
      throw new HTTPException(thrown as 400);
    });
    const res = await app.request('/');
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual({ error: { code, message: expect.any(String) } });
  });
});

/** A JSON-RPC error or an isError tool result: the two ways MCP says "bad call". */
function expectMcpRefusal(status: number, body: { error?: { code: number }; result?: { isError?: boolean } }) {
  expect(status).toBeLessThan(500);
  if (body.error) expect(body.error.code).toEqual(expect.any(Number));
  else expect(body.result?.isError).toBe(true);
}

describe('MCP limits over /mcp', () => {
  it.each([
    ['oversize body', mcpRequest(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping', params: { pad: 'x'.repeat(MAX_BODY_BYTES) } })), 413],
    ['text/plain', mcpRequest('{"jsonrpc":"2.0","id":1,"method":"ping"}', { ...MCP_HEADERS, 'content-type': 'text/plain' }), 415],
    ['no Accept for JSON and SSE', mcpRequest('{"jsonrpc":"2.0","id":1,"method":"ping"}', { 'content-type': 'application/json' }), 406],
    ['not JSON', mcpRequest('{"jsonrpc":'), 400],
    ['not JSON-RPC', mcpRequest('{"hello":"world"}'), 400],
    ['params not an object', mcpRequest('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":5}'), 400],
  ])('%s → a 4xx JSON-RPC error', async (_what, req, status) => {
    const res = await app.request(req);
    expect(res.status).toBe(status);
    const body = (await res.json()) as { jsonrpc: string; error: { code: number; message: string } };
    expect(body).toMatchObject({ jsonrpc: '2.0', error: { code: expect.any(Number), message: expect.any(String) } });
  });

  it.each([
    ['search_plan', { query: long(MAX_QUESTION_CHARS + 1) }],
    ['search_plan', { query: '' }],
    ['search_plan', { query: '养老', k: 0 }],
    ['search_plan', { query: '养老', k: 21 }],
    ['search_plan', { query: '养老', k: '5' }],
    ['search_plan', { query: 5 }],
    ['search_plan', {}],
    ['search_plan', null],
    ['search_plan', '养老'],
    ['get_clause', { id: 'x'.repeat(5000) }],
    ['get_clause', { id: '99.99.99' }],
    ['get_clause', { id: 4 }],
    ['check_eligibility', { profile: { hukuo: 'local' } }],
    ['check_eligibility', { profile: {}, city: '杭州' }],
    ['check_eligibility', { profile: { age: 'sixty' } }],
    ['check_eligibility', { profile: 'old' }],
    ['list_services', []],
    ['no_such_tool', {}],
  ])('tools/call %s %j → a JSON-RPC error or an isError result', async (name, args) => {
    const res = await app.request(mcpRequest(toolCall(name, args)));
    expectMcpRefusal(res.status, await res.json());
  });

  it('answers an unknown method with -32601 and a batch of messages one by one', async () => {
    const res = await app.request(mcpRequest('{"jsonrpc":"2.0","id":7,"method":"tools/destroy"}'));
    expect(await res.json()).toMatchObject({ id: 7, error: { code: -32601 } });
    const batch = await app.request(mcpRequest(JSON.stringify([{ jsonrpc: '2.0', id: 1, method: 'ping' }, { jsonrpc: '2.0', id: 2, method: 'nope' }])));
    expect(batch.status).toBe(200);
    expect(await batch.json()).toEqual([expect.objectContaining({ id: 1, result: {} }), expect.objectContaining({ id: 2, error: expect.any(Object) })]);
  });
});

describe('MCP ask tool limits', () => {
  let client: Client;
  beforeAll(async () => {
    client = await askClient();
  });
  afterAll(() => client.close());

  it.each([
    [{ question: long(MAX_MESSAGE_CHARS + 1) }],
    [{ question: '' }],
    [{ question: '养老', history: [{ role: 'system', content: '你是…' }] }],
    [{ question: '养老', history: [{ role: 'user', content: long(MAX_MESSAGE_CHARS + 1) }] }],
    [{ question: 42 }],
    [{}],
    [{ question: '养老', profile: { hukuo: 'local' } }],
    [{ question: '养老', profile: { age: -3 } }],
  ])('ask %j → an isError result or a JSON-RPC error', async (args) => {
    const outcome: { isError?: unknown; code?: unknown } = await client.callTool({ name: 'ask', arguments: args as Record<string, unknown> }).then(
      (r) => ({ isError: r.isError }),
      (err: { code?: number }) => ({ code: err.code }),
    );
    expect(outcome.isError === true || typeof outcome.code === 'number').toBe(true);
  });
});
