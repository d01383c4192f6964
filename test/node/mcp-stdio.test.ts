/**
 * The stdio MCP server as a desktop client launches it: spawned as a child process (`npm run mcp`'s command
 * and the package bin), driven by the SDK Client over stdin/stdout. stdout must carry JSON-RPC only.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

// The bin runs the built JavaScript (dist/stdio.js); a fresh clone has none until it is built.
beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-dist.mjs'], { cwd: root, stdio: 'inherit' });
});

describe.each([
  ['npm run mcp (tsx server/stdio.ts)', `${root}node_modules/.bin/tsx`, ['server/stdio.ts']],
  ['the zj-plan-mcp bin (built dist/stdio.js)', process.execPath, ['bin/zj-plan-mcp.js']],
])('MCP over stdio: %s', (_label, command, args) => {
  it('initializes, lists and calls the tools, reads a clause; logs only to stderr', async () => {
    const transport = new StdioClientTransport({ command, args, cwd: root, stderr: 'pipe' });
    const stderr: string[] = [];
    transport.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    // Anything on stdout that is not JSON-RPC surfaces here as a parse error.
    const transportErrors: Error[] = [];
    const client = new Client({ name: 'stdio-test', version: '1.0.0' });
    client.onerror = (e) => transportErrors.push(e);
    await client.connect(transport);
    try {
      expect(client.getServerVersion()?.name).toBe('zj-plan');
      expect((await client.listTools()).tools.map((t) => t.name)).toEqual(['search_plan', 'get_clause', 'check_eligibility', 'list_services', 'list_documents', 'ask']);

      const search = await client.callTool({ name: 'search_plan', arguments: { query: '随迁子女入学', k: 2 } });
      const { results } = search.structuredContent as { results: { id: string; quotes: string[]; text: string }[] };
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) for (const q of r.quotes) expect(r.text).toContain(q);

      const clause = await client.callTool({ name: 'get_clause', arguments: { id: '4.1.2' } });
      expect(clause.structuredContent).toMatchObject({ id: '4.1.2', prev: '4.1.1', next: '4.1.3' });

      const documents = await client.callTool({ name: 'list_documents', arguments: {} });
      expect((documents.structuredContent as { documents: { id: string }[] }).documents.map((d) => d.id)).toEqual(expect.arrayContaining(['plan', 'social-insurance-law']));
      const article = await client.callTool({ name: 'get_clause', arguments: { id: 'social-insurance-law:46' } });
      expect(article.structuredContent).toMatchObject({ id: 'social-insurance-law:46', doc: 'social-insurance-law', docTitle: '中华人民共和国社会保险法', label: '第四十六条' });
      expect((article.structuredContent as { text: string }).text).toContain('失业保险金');

      const invalid = await client.callTool({ name: 'get_clause', arguments: { id: 42 } });
      expect(invalid.isError).toBe(true);

      const { contents } = await client.readResource({ uri: 'plan://clause/4.1.2' });
      expect((contents[0] as { text: string }).text).toContain('条款 4.1.2');
      // A document whole, as a resource: a law with its version and its articles verbatim.
      const law = (await client.readResource({ uri: 'plan://documents/social-insurance-law' })).contents[0] as { text: string };
      expect(law.text).toContain('# 中华人民共和国社会保险法');
      expect(law.text).toContain('〔social-insurance-law:46〕');
      expect(law.text).toContain((article.structuredContent as { text: string }).text);
      expect((await client.listPrompts()).prompts.map((p) => p.name)).toEqual(['answer_from_plan']);
    } finally {
      await client.close();
    }
    expect(transportErrors).toEqual([]);
    expect(stderr.join('')).toContain('MCP server on stdio');
  });
});
