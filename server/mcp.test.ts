/**
 * The MCP server through the real SDK Client: Streamable HTTP against the Node server on an ephemeral port,
 * and in memory for the `ask` tool, which needs a chat composer.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatRequest } from '../tools/ask/answer-chat.ts';
import { createEngine } from '../retrieval/engine.ts';
import type { Answer } from '../tools/schemas/answer.ts';
import { PLAN_CAVEAT } from '../tools/wording.ts';
import { createApp } from './app.ts';
import type { Env } from './env.ts';
import { createMcpServer } from './mcp.ts';
import { PLAN_DATA } from './plan-data.ts';

const engine = createEngine(PLAN_DATA);
const app = createApp({ engine });
const env: Env = {};
let server: ServerType;
let base: string;
let client: Client;

type TextContent = { type: 'text'; text: string }[];

beforeAll(async () => {
  server = serve({ fetch: (req) => app.fetch(req, env), port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  client = new Client({ name: 'mcp-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`)));
});

afterAll(async () => {
  await client.close();
  await new Promise((resolve) => server.close(resolve));
});

/** A raw initialize POST, for the checks the SDK client cannot make (Host, Origin, methods). */
function initialize(headers: Record<string, string> = {}): Request {
  return new Request('http://127.0.0.1:8787/mcp', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
    }),
  });
}

describe('MCP over Streamable HTTP (Node)', () => {
  it('initializes with the server name, version and instructions', () => {
    expect(client.getServerVersion()).toMatchObject({ name: 'zj-plan', version: expect.any(String) });
    expect(client.getInstructions()).toContain('12345');
  });

  it('lists the tools with unchanged names and input schemas (rename guard)', async () => {
    const { tools } = await client.listTools();
    const shape = tools.map((t) => ({
      name: t.name,
      input: Object.keys(t.inputSchema.properties ?? {}),
      required: t.inputSchema.required ?? [],
    }));
    expect(shape).toEqual([
      { name: 'search_plan', input: ['query', 'k', 'docs'], required: ['query'] },
      { name: 'get_clause', input: ['id'], required: ['id'] },
      { name: 'check_eligibility', input: ['profile'], required: ['profile'] },
      { name: 'list_services', input: [], required: [] },
      { name: 'list_documents', input: [], required: [] },
      { name: 'ask', input: ['question', 'history', 'profile'], required: ['question'] },
    ]);
  });

  it('describes every tool and every input and output field for a model', async () => {
    const { tools } = await client.listTools();
    for (const tool of tools) {
      expect(tool.description!.length, tool.name).toBeGreaterThan(200);
      expect(tool.outputSchema, tool.name).toBeDefined();
      for (const schema of [tool.inputSchema, tool.outputSchema!]) {
        for (const [key, field] of Object.entries(schema.properties ?? {})) {
          expect((field as { description?: string }).description, `${tool.name}.${key}`).toBeTruthy();
        }
      }
    }
  });

  it('search_plan returns clause ids, heading paths and verbatim quotes', async () => {
    const result = await client.callTool({ name: 'search_plan', arguments: { query: '失业金怎么领', k: 3, docs: ['plan'] } });
    expect(result.isError).toBeFalsy();
    const { results } = result.structuredContent as { results: { id: string; path: string[]; quotes: string[]; text: string }[] };
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(3);
    for (const r of results) {
      const clause = engine.corpus.get(r.id)!;
      expect(r.path).toEqual(clause.path);
      expect(r.text).toBe(clause.text);
      expect(r.quotes.length).toBeGreaterThan(0);
      for (const quote of r.quotes) expect(clause.text).toContain(quote);
    }
    const text = (result.content as TextContent)[0]!.text;
    expect(text).toContain(`条款 ${results[0]!.id}`);
    expect(text).toContain(PLAN_CAVEAT);
  });

  it('list_documents lists the plan and every law and regulation with version and status', async () => {
    const result = await client.callTool({ name: 'list_documents', arguments: {} });
    expect(result.isError).toBeFalsy();
    const { documents } = result.structuredContent as { documents: { id: string; versionDate: string; status: string; supersededBy?: string; clauses: number }[] };
    expect(documents).toHaveLength(52);
    expect(documents[0]).toMatchObject({ id: 'plan', status: 'in_force', clauses: engine.corpus.clauses.length });
    expect(documents.find((d) => d.id === 'zj-social-assistance')).toMatchObject({ versionDate: '2020-09-24', status: 'in_force', clauses: 63 });
    expect(documents.find((d) => d.id === 'women-rights-law-2018')).toMatchObject({ status: 'superseded', supersededBy: 'women-rights-law' });
    expect((result.content as TextContent)[0]!.text).toContain('zj-social-assistance｜《浙江省社会救助条例》');
  });

  it('get_clause reads an article of a regulation verbatim, with its document, version and neighbours', async () => {
    const result = await client.callTool({ name: 'get_clause', arguments: { id: 'zj-social-assistance:11' } });
    expect(result.isError).toBeFalsy();
    const article = engine.documents!.article('zj-social-assistance:11')!;
    expect(result.structuredContent).toMatchObject({
      id: 'zj-social-assistance:11',
      doc: 'zj-social-assistance',
      docTitle: '浙江省社会救助条例',
      versionDate: '2020-09-24',
      status: 'in_force',
      label: '第十一条',
      text: article.text,
      prev: 'zj-social-assistance:10',
      next: 'zj-social-assistance:12',
    });
    expect((result.content as TextContent)[0]!.text).toContain('《浙江省社会救助条例》（2020-09-24版）第十一条');
    const first = await client.callTool({ name: 'get_clause', arguments: { id: 'zj-social-assistance:1' } });
    expect(first.structuredContent).toMatchObject({ prev: null });
    const missing = await client.callTool({ name: 'get_clause', arguments: { id: 'zj-social-assistance:999' } });
    expect(missing.isError).toBe(true);
  });

  it('search_plan searches the laws and regulations when docs asks for them, each result naming its document', async () => {
    const result = await client.callTool({ name: 'search_plan', arguments: { query: '失业保险金 领取期限', k: 4, docs: ['social-insurance-law', 'unemployment-insurance-regulation'] } });
    expect(result.isError).toBeFalsy();
    const { results } = result.structuredContent as { results: { id: string; doc: string; docTitle?: string; text: string; quotes: string[] }[] };
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(['social-insurance-law', 'unemployment-insurance-regulation']).toContain(r.doc);
      expect(r.docTitle).toBeTruthy();
      expect(r.id.startsWith(`${r.doc}:`)).toBe(true);
      for (const q of r.quotes) expect(r.text).toContain(q);
    }
    // Without docs: the plan and every law and regulation in force, one list, the plan's clause first for a plan question.
    const plain = await client.callTool({ name: 'search_plan', arguments: { query: '失业保险金领多久', k: 4 } });
    const docs = (plain.structuredContent as { results: { doc: string }[] }).results.map((r) => r.doc);
    expect(docs[0]).toBe('plan');
    expect(docs.some((d) => d !== 'plan')).toBe(true);
    const planOnly = await client.callTool({ name: 'search_plan', arguments: { query: '失业保险金', k: 3, docs: ['plan'] } });
    expect((planOnly.structuredContent as { results: { doc: string }[] }).results.every((r) => r.doc === 'plan')).toBe(true);
    const unknown = await client.callTool({ name: 'search_plan', arguments: { query: '失业保险金', docs: ['no-such-law'] } });
    expect(unknown.isError).toBe(true);
  });

  it('search_plan answers a question the plan does not cover with an empty list, not an error', async () => {
    const result = await client.callTool({ name: 'search_plan', arguments: { query: 'xyzzy' } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual({ query: 'xyzzy', results: [] });
    expect((result.content as TextContent)[0]!.text).toContain('12345');
  });

  it('get_clause returns the clause verbatim with its neighbours', async () => {
    const result = await client.callTool({ name: 'get_clause', arguments: { id: '4.1.2' } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({
      id: '4.1.2',
      path: engine.corpus.get('4.1.2')!.path,
      text: engine.corpus.get('4.1.2')!.text,
      prev: '4.1.1',
      next: '4.1.3',
    });
  });

  it('get_clause with an unknown id is a clear tool error', async () => {
    const result = await client.callTool({ name: 'get_clause', arguments: { id: '99.9' } });
    expect(result.isError).toBe(true);
    expect((result.content as TextContent)[0]!.text).toMatch(/没有这个条款编号.*No clause has this id.*99\.9/);
  });

  it('check_eligibility judges every service with reasons, missing facts, follow-up questions and verbatim citations', async () => {
    const profile = { age: 59, employment: 'unemployed', hukou: 'non_local' };
    const result = await client.callTool({ name: 'check_eligibility', arguments: { profile } });
    expect(result.isError).toBeFalsy();
    type Judged = { serviceId: string; status: string; reasons: string[]; citations: { id: string; quote: string }[] };
    const { results, questions } = result.structuredContent as { results: Judged[]; questions: { question: string }[] };
    expect(results.length).toBeGreaterThan(10);
    expect(results.some((r) => r.status === 'likely_eligible' || r.status === 'eligible')).toBe(true);
    for (const r of results) {
      expect(r.reasons.length, r.serviceId).toBeGreaterThan(0);
      for (const c of r.citations) expect(engine.corpus.get(c.id)!.text, r.serviceId).toContain(c.quote);
    }
    expect(questions.length).toBeGreaterThan(0);
    const text = (result.content as TextContent)[0]!.text;
    expect(text).toContain('建议接着询问');
    expect(text).toContain(questions[0]!.question);
    expect(text).toMatch(/条款 \d+\.\d+(\.\d+)?「/);
  });

  it('search_plan does not echo pasted personal data', async () => {
    const result = await client.callTool({ name: 'search_plan', arguments: { query: '手机13812345678，低保怎么申请' } });
    expect(JSON.stringify(result)).not.toContain('13812345678');
  });

  it('ask returns the same cited Answer as /api/chat', async () => {
    const result = await client.callTool({ name: 'ask', arguments: { question: '托育机构怎么备案？' } });
    expect(result.isError).toBeFalsy();
    const answer = result.structuredContent as { status: string; citations: { id: string; quote: string }[] };
    expect(answer.status).toBe('answered');
    for (const c of answer.citations) expect(engine.corpus.get(c.id)!.text).toContain(c.quote);
  });

  it('ask offers plan topics as structured candidates when it asks which one is meant', async () => {
    const result = await client.callTool({ name: 'ask', arguments: { question: '养老' } });
    expect(result.isError).toBeFalsy();
    const answer = result.structuredContent as { status: string; followUp: { kind: string; options: string[]; candidates: { option: string; id: string }[] } };
    expect(answer.status).toBe('needs_info');
    expect(answer.followUp.kind).toBe('clarify');
    expect(answer.followUp.candidates.map((c) => c.option)).toEqual(answer.followUp.options);
    for (const c of answer.followUp.candidates) expect(engine.corpus.get(c.id)).toBeDefined();
    const text = (result.content as { type: string; text: string }[])[0]!.text;
    for (const c of answer.followUp.candidates) expect(text).toContain(`${c.option}（条款 ${c.id}）`);
  });

  it('list_services lists every service with verbatim citations', async () => {
    const result = await client.callTool({ name: 'list_services', arguments: {} });
    expect(result.isError).toBeFalsy();
    const { services } = result.structuredContent as { services: { id: string; name: string; citations: { id: string; quote: string }[] }[] };
    expect(services.length).toBeGreaterThan(10);
    expect(new Set(services.map((s) => s.id)).size).toBe(services.length);
    for (const s of services) for (const c of s.citations) expect(engine.corpus.get(c.id)!.text, s.id).toContain(c.quote);
    expect((result.content as TextContent)[0]!.text).toContain(services[0]!.name);
  });

  it.each([
    ['search_plan', { query: '' }, /query/],
    ['search_plan', { query: '养老', k: 50 }, /k/],
    ['search_plan', {}, /query/],
    ['get_clause', { id: '../etc/passwd' }, /4\.1\.2/],
    ['check_eligibility', { profile: { hukuo: 'local' } }, /hukuo/],
    ['check_eligibility', { profile: { age: 'fifty' } }, /age/],
    ['search_plan', { query: '养老', top: 3 }, /top/],
    ['get_clause', { id: '4.1.2', full: true }, /full/],
    ['ask', { question: '养老', lang: 'en' }, /lang/],
  ])('%s with invalid arguments %j is a clear input validation error', async (name, args, mentions) => {
    const result = await client.callTool({ name, arguments: args });
    expect(result.isError).toBe(true);
    const text = (result.content as TextContent)[0]!.text;
    expect(text).toContain('Input validation error');
    expect(text).toMatch(mentions);
  });

  it('an unknown tool is an error naming it', async () => {
    const result = await client.callTool({ name: 'delete_plan', arguments: {} });
    expect(result.isError).toBe(true);
    expect((result.content as TextContent)[0]!.text).toContain('delete_plan');
  });

  it('lists the outline, the document list, every clause and every document as resources, and their templates', async () => {
    const { resources } = await client.listResources();
    expect(resources[0]).toMatchObject({ uri: 'plan://outline', mimeType: 'text/markdown' });
    expect(resources[1]).toMatchObject({ uri: 'plan://documents', mimeType: 'text/markdown' });
    const clauses = engine.corpus.clauses.map((c) => `plan://clause/${c.id}`);
    expect(resources.slice(2, 2 + clauses.length).map((r) => r.uri)).toEqual(clauses);
    const documents = ['plan', ...engine.documents!.documents.map((d) => d.id)].map((id) => `plan://documents/${id}`);
    expect(resources.slice(2 + clauses.length).map((r) => r.uri)).toEqual(documents);
    const old = engine.documents!.documents.find((d) => d.status === 'superseded')!;
    expect(resources.find((r) => r.uri === `plan://documents/${old.id}`)!.title).toContain('已被修订');
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates).toEqual([
      expect.objectContaining({ uriTemplate: 'plan://clause/{id}' }),
      expect.objectContaining({ uriTemplate: 'plan://documents/{id}', mimeType: 'text/markdown' }),
    ]);
  });

  it('reads a law whole: title, version, status, its notes and every article verbatim with its id, nothing of another', async () => {
    const doc = engine.documents!.document('zj-social-assistance')!;
    const { contents } = await client.readResource({ uri: 'plan://documents/zj-social-assistance' });
    expect(contents[0]).toMatchObject({ uri: 'plan://documents/zj-social-assistance', mimeType: 'text/markdown' });
    const text = (contents[0] as { text: string }).text;
    expect(text.startsWith('# 浙江省社会救助条例\n')).toBe(true);
    expect(text).toContain('- 版本：2020年9月24日修正（2020-09-24）');
    expect(text).toContain('- 状态：现行有效');
    expect(text).toContain(engine.documents!.article('zj-social-assistance:0')!.text);
    const articles = engine.documents!.corpus.clauses.filter((c) => c.doc === doc.id);
    expect(articles.length).toBe(doc.clauses);
    for (const a of articles) expect(text, a.id).toContain(`**${a.label}**〔${a.id}〕\n${a.text}`);
    expect(text.match(/〔[\w.:-]+〕/g)!.every((m) => m.startsWith('〔zj-social-assistance:'))).toBe(true);
    expect(text.split('\n## 第二章　最低生活保障\n').length - 1).toBe(1);
    // One article alone, by the clause template.
    const one = ((await client.readResource({ uri: 'plan://clause/zj-social-assistance:11' })).contents[0] as { text: string }).text;
    expect(one).toContain('《浙江省社会救助条例》（2020-09-24版）第十一条');
    expect(one).toContain(engine.documents!.article('zj-social-assistance:11')!.text);
  });

  it('reads a superseded version marked as such, pointing to the version in force; and the plan whole', async () => {
    const old = engine.documents!.documents.find((d) => d.status === 'superseded')!;
    const text = ((await client.readResource({ uri: `plan://documents/${old.id}` })).contents[0] as { text: string }).text;
    expect(text).toContain(`- 状态：已被修订。`);
    expect(text).toContain(`plan://documents/${old.supersededBy}`);
    const plan = ((await client.readResource({ uri: 'plan://documents/plan' })).contents[0] as { text: string }).text;
    for (const c of engine.corpus.clauses) expect(plan, c.id).toContain(`〔${c.id}〕\n${c.text || '（原文缺失此条正文）'}`);
  });

  it('lists every document with its URI, and an unknown document is an InvalidParams error', async () => {
    const list = ((await client.readResource({ uri: 'plan://documents' })).contents[0] as { text: string }).text;
    for (const d of engine.documents!.documents) expect(list).toContain(`｜plan://documents/${d.id}`);
    const error = await client.readResource({ uri: 'plan://documents/no-such-law' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(McpError);
    expect(error).toMatchObject({ code: -32602, data: { code: 'not_found' } });
    const { completion } = await client.complete({ ref: { type: 'ref/resource', uri: 'plan://documents/{id}' }, argument: { name: 'id', value: 'zj-social' } });
    expect(completion.values).toEqual(['zj-social-assistance']);
  });

  it('reads the outline with every clause id', async () => {
    const { contents } = await client.readResource({ uri: 'plan://outline' });
    const text = (contents[0] as { text: string }).text;
    for (const c of engine.corpus.clauses) expect(text).toContain(`〔${c.id}〕`);
    expect(text).toContain('- 四、提供优质公平的现代教育服务');
  });

  it('reads a clause resource verbatim', async () => {
    const { contents } = await client.readResource({ uri: 'plan://clause/5.1.3' });
    expect(contents[0]).toMatchObject({ uri: 'plan://clause/5.1.3', mimeType: 'text/plain' });
    const text = (contents[0] as { text: string }).text;
    expect(text).toContain(engine.corpus.get('5.1.3')!.text);
    expect(text).toContain(engine.corpus.get('5.1.3')!.path.join(' › '));
  });

  it('reading an unknown clause resource is an InvalidParams error with the clause_not_found code', async () => {
    const error = await client.readResource({ uri: 'plan://clause/99.9' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(McpError);
    expect(error).toMatchObject({ code: -32602, data: { code: 'clause_not_found' } });
  });

  it('completes clause ids for the resource template', async () => {
    const { completion } = await client.complete({
      ref: { type: 'ref/resource', uri: 'plan://clause/{id}' },
      argument: { name: 'id', value: '4.1' },
    });
    expect(completion.values).toEqual(['4.1.1', '4.1.2', '4.1.3', '4.1.4']);
  });

  it('offers the answer_from_plan prompt with the rules and the relevant clauses', async () => {
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name)).toEqual(['answer_from_plan']);
    expect(prompts[0]!.arguments).toEqual([expect.objectContaining({ name: 'question', required: true })]);
    const { messages } = await client.getPrompt({ name: 'answer_from_plan', arguments: { question: '失业保险金' } });
    const text = (messages[0]!.content as { text: string }).text;
    expect(text).toContain('问题：失业保险金');
    expect(text).toMatch(/简体中文[\s\S]*\[n\][\s\S]*12345[\s\S]*浙里办[\s\S]*不是个人可直接申领的法定待遇/);
    expect(text).toContain('条款 5.1.3');
  });
});

describe('/mcp over HTTP', () => {
  it.each(['GET', 'DELETE'])('answers %s with 405 and a JSON-RPC error (stateless: no stream, no session)', async (method) => {
    const res = await app.request('/mcp', { method, headers: { accept: 'text/event-stream' } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(await res.json()).toMatchObject({ jsonrpc: '2.0', error: { code: -32000, data: { code: 'method_not_allowed' } }, id: null });
  });

  it('rejects a Host that is not loopback (DNS rebinding) with 403', async () => {
    const res = await app.fetch(initialize({ host: 'attacker.example:8787' }), {});
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { data: { code: 'forbidden_origin' } } });
  });

  it('rejects a browser Origin that is not loopback with 403, and accepts a loopback one', async () => {
    expect((await app.fetch(initialize({ origin: 'https://attacker.example' }), {})).status).toBe(403);
    expect((await app.fetch(initialize({ origin: 'null' }), {})).status).toBe(403);
    expect((await app.fetch(initialize({ origin: 'http://localhost:6274' }), {})).status).toBe(200);
    expect((await app.fetch(initialize({ host: '[::1]:8787', origin: 'http://[::1]:5173' }), {})).status).toBe(200);
  });

  it('accepts the hosts and origins listed in MCP_ALLOWED_HOSTS and MCP_ALLOWED_ORIGINS', async () => {
    const listed: Env = { MCP_ALLOWED_HOSTS: 'assistant.intranet, 10.0.0.5', MCP_ALLOWED_ORIGINS: 'https://portal.intranet' };
    expect((await app.fetch(initialize({ host: 'assistant.intranet:8787' }), listed)).status).toBe(200);
    expect((await app.fetch(initialize({ host: '10.0.0.5' }), listed)).status).toBe(200);
    expect((await app.fetch(initialize({ host: 'other.intranet' }), listed)).status).toBe(403);
    expect((await app.fetch(initialize({ origin: 'https://portal.intranet' }), listed)).status).toBe(200);
    expect((await app.fetch(initialize({ origin: 'https://other.intranet' }), listed)).status).toBe(403);
    expect((await app.fetch(initialize({ host: 'anything.example' }), { MCP_ALLOWED_HOSTS: '*' })).status).toBe(200);
  });

  it('refuses a body over the size limit before parsing it', async () => {
    const res = await app.request('/mcp', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping', params: { pad: 'x'.repeat(100_000) } }),
    });
    expect(res.status).toBe(413);
  });
});

describe('the ask tool', () => {
  const answer: Answer = {
    answer: '规划提出稳步提高失业保险保障水平[1]。',
    status: 'answered',
    citations: [{ n: 1, id: '5.1.3', path: engine.corpus.get('5.1.3')!.path, quote: '稳步提高失业保险保障水平。' }],
    toolCalls: [],
  };

  it('is offered only with a chat composer, and returns its cited Answer', async () => {
    const asked: ChatRequest[] = [];
    const server = createMcpServer({ engine, answer: async (request) => (asked.push(request), answer) });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    const local = new Client({ name: 'mcp-test', version: '1.0.0' });
    await Promise.all([server.connect(serverSide), local.connect(clientSide)]);

    expect((await local.listTools()).tools.map((t) => t.name)).toEqual(['search_plan', 'get_clause', 'check_eligibility', 'list_services', 'list_documents', 'ask']);
    const result = await local.callTool({ name: 'ask', arguments: { question: '失业保险金能领多久？', profile: { age: 59 } } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual(answer);
    expect(asked).toEqual([{ messages: [{ role: 'user', content: '失业保险金能领多久？' }], profile: { age: 59 } }]);
    expect((result.content as TextContent)[0]!.text).toContain('[1] 条款 5.1.3');
    await local.close();
  });
});
