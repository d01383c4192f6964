/** The Worker speaks MCP: the SDK Client over Streamable HTTP, its fetch pointed at the Worker's own fetch handler. */
import { exports } from 'cloudflare:workers';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The Worker's default export (server/worker.ts), as the runtime sees it. */
const worker = (exports as unknown as { default: { fetch: typeof fetch } }).default;

let client: Client;

beforeAll(async () => {
  client = new Client({ name: 'workerd-test', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL('https://assistant.example.workers.dev/mcp'), {
    fetch: (url, init) => worker.fetch(url, init),
  });
  await client.connect(transport);
  // The first request loads the Worker's modules, laws and regulations included (docs-json.ts, 3.2 MB): seconds under vite's transform here.
}, 60_000);

afterAll(() => client.close());

describe('MCP on Workers', () => {
  it('initializes and lists the tools, resources and prompts', async () => {
    expect(client.getServerVersion()?.name).toBe('zj-plan');
    expect((await client.listTools()).tools.map((t) => t.name)).toEqual(['search_plan', 'get_clause', 'check_eligibility', 'list_services', 'list_documents', 'ask']);
    // The outline, 86 clauses, the document list, and the plan and 51 laws and regulations each whole.
    expect((await client.listResources()).resources).toHaveLength(1 + 86 + 1 + 52);
    expect((await client.listPrompts()).prompts.map((p) => p.name)).toEqual(['answer_from_plan']);
  });

  it('calls search_plan and get_clause', async () => {
    const search = await client.callTool({ name: 'search_plan', arguments: { query: '失业金怎么领' } });
    const { results } = search.structuredContent as { results: { id: string; quotes: string[]; text: string }[] };
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) for (const q of r.quotes) expect(r.text).toContain(q);

    const clause = await client.callTool({ name: 'get_clause', arguments: { id: '4.1.2' } });
    expect(clause.structuredContent).toMatchObject({ id: '4.1.2', prev: '4.1.1', next: '4.1.3' });
  });

  it('calls check_eligibility and list_services', async () => {
    const judged = await client.callTool({ name: 'check_eligibility', arguments: { profile: { employment: 'unemployed' } } });
    expect((judged.structuredContent as { results: unknown[] }).results.length).toBeGreaterThan(0);
    const listed = await client.callTool({ name: 'list_services', arguments: {} });
    expect((listed.structuredContent as { services: unknown[] }).services.length).toBeGreaterThan(0);
  });

  it('reads a clause resource', async () => {
    const { contents } = await client.readResource({ uri: 'plan://clause/4.1.2' });
    expect((contents[0] as { text: string }).text).toContain('条款 4.1.2');
  });

  it('reads a document whole: a law with its version and its articles', async () => {
    const { contents } = await client.readResource({ uri: 'plan://documents/social-insurance-law' });
    const text = (contents[0] as { text: string }).text;
    expect(text).toContain('# 中华人民共和国社会保险法');
    expect(text).toContain('- 状态：现行有效');
    expect(text).toContain('**第四十六条**〔social-insurance-law:46〕');
  });

  it('answers invalid arguments with a clear tool error', async () => {
    const result = await client.callTool({ name: 'search_plan', arguments: { query: '' } });
    expect(result.isError).toBe(true);
    expect((result.content as { text: string }[])[0]!.text).toContain('Input validation error');
  });
});
