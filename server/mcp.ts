/**
 * createMcpServer: the one MCP server factory every transport builds (Streamable HTTP on Node and Workers,
 * stdio). It offers the plan's tools, the outline and each clause as resources, and a prompt that makes a
 * model answer from the plan with citations.
 */
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import pkg from '../package.json' with { type: 'json' };
import { maskPersonalData } from '../tools/ask/pii.ts';
import type { CorpusClause } from '../retrieval/schemas/clause.ts';
import { getClauseTool } from '../tools/get-clause.ts';
import { toolsFor, type ToolContext } from '../tools/index.ts';
import { searchPlanTool } from '../tools/search-plan.ts';
import { planOutline, type OutlineNode } from '../tools/plan-outline.ts';
import { ASK_PROMPT_RULES, PLAN_CAVEAT } from '../tools/wording.ts';
import { toMcpError } from './errors.ts';
import { registerDocumentResources } from './mcp-documents.ts';

/** Told to the client at initialize; many clients put it in the model's system prompt. */
const INSTRUCTIONS = [
  '本服务器提供《浙江省公共服务“十四五”规划》（2021—2025）的原文检索与引用。',
  'Use search_plan (Chinese queries work best) to find clauses, get_clause to read one in full, and cite clause ids with verbatim quotes.',
  'The plan states goals and directions to 2025, not statutory entitlements; for anything it does not cover refer people to the 12345 hotline or 浙里办.',
].join('\n');

/** Builds a fresh server; stateless HTTP builds one per request, stdio one per process. */
export function createMcpServer(ctx: ToolContext): McpServer {
  const server = new McpServer({ name: 'zj-plan', title: '浙江省公共服务规划助手', version: pkg.version }, { instructions: INSTRUCTIONS });
  registerTools(server, ctx);
  registerResources(server, ctx);
  registerDocumentResources(server, ctx);
  registerPrompts(server, ctx);
  return server;
}

function registerTools(server: McpServer, ctx: ToolContext): void {
  for (const tool of toolsFor(ctx)) {
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.inputSchema,
        outputSchema: tool.outputSchema,
        // Every tool only reads the plan: clients may call them without asking the person first.
        annotations: { readOnlyHint: true, openWorldHint: false },
      },
      async (input) => {
        try {
          const output = await tool.run(input, ctx);
          return { content: [{ type: 'text', text: tool.toText(output) }], structuredContent: output };
        } catch (err) {
          throw toMcpError(err);
        }
      },
    );
  }
}

function registerResources(server: McpServer, ctx: ToolContext): void {
  const { corpus } = ctx.engine;
  server.registerResource(
    'outline',
    'plan://outline',
    {
      title: '规划目录 Plan outline',
      description: 'The heading tree of the plan with every clause id, in document order',
      mimeType: 'text/markdown',
    },
    (uri) => ({ contents: [{ uri: uri.href, mimeType: 'text/markdown', text: renderOutline(corpus.clauses) }] }),
  );
  server.registerResource(
    'clause',
    new ResourceTemplate('plan://clause/{id}', {
      list: () => ({
        resources: corpus.clauses.map((c) => ({
          uri: clauseUri(c.id),
          name: c.id,
          title: `${c.id} ${c.path.at(-1) ?? ''}`,
          mimeType: 'text/plain',
        })),
      }),
      complete: { id: (value) => corpus.clauses.map((c) => c.id).filter((id) => id.startsWith(value)) },
    }),
    {
      title: '规划条款 Plan clause',
      description: 'One clause of the plan: heading path, verbatim text and neighbouring clause ids',
      mimeType: 'text/plain',
    },
    async (uri, { id }) => {
      try {
        const clause = await getClauseTool.run({ id: String(id) }, ctx);
        return { contents: [{ uri: uri.href, mimeType: 'text/plain', text: getClauseTool.toText(clause) }] };
      } catch (err) {
        throw toMcpError(err);
      }
    },
  );
}

function registerPrompts(server: McpServer, ctx: ToolContext): void {
  server.registerPrompt(
    'answer_from_plan',
    {
      title: '依据规划回答 Answer from the plan',
      description: 'Answer a question in Simplified Chinese from the plan only, with [n] citations quoting the plan verbatim; the most relevant clauses are included',
      argsSchema: { question: z.string().min(1).max(500).describe('The person\'s question, preferably in Chinese') },
    },
    async ({ question: raw }) => {
      const question = maskPersonalData(raw).text;
      const found = await searchPlanTool.run({ query: raw, k: 5 }, ctx);
      const text = [
        ...ASK_PROMPT_RULES,
        '',
        `问题：${question}`,
        '',
        '检索到的条款（按相关度排序，可能不全）：',
        found.results.length ? searchPlanTool.toText(found) : `（没有检索到相关条款）\n${PLAN_CAVEAT}`,
      ].join('\n');
      return { messages: [{ role: 'user', content: { type: 'text', text } }] };
    },
  );
}

/** The resource URI of a clause. */
export function clauseUri(id: string): string {
  return `plan://clause/${id}`;
}

/** The heading tree as a Markdown list; each clause's own heading carries its id. */
function renderOutline(clauses: readonly CorpusClause[]): string {
  const lines = ['# 浙江省公共服务“十四五”规划 · 目录', '', '〔编号〕是条款 id：用 get_clause 或 plan://clause/{id} 读取全文。', ''];
  const walk = (nodes: readonly OutlineNode[], depth: number) => {
    for (const node of nodes) {
      lines.push(`${'  '.repeat(depth)}- ${node.title}${node.clauseId ? `〔${node.clauseId}〕` : ''}`);
      walk(node.children, depth + 1);
    }
  };
  walk(planOutline(clauses), 0);
  return lines.join('\n');
}
