/**
 * stdio adapter: the MCP server for desktop clients that launch it as a child process (`npm run mcp`,
 * the `zj-plan-mcp` bin). stdout carries JSON-RPC only, so every log goes to stderr.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { answerChat } from '../tools/ask/answer-chat.ts';
import { createEngine } from '../retrieval/engine.ts';
import { createAnswerDeps } from './answer-deps.ts';
import type { Env } from './env.ts';
import { createMcpServer } from './mcp.ts';
import { PLAN_DATA } from './plan-data.ts';

// A stray console.log anywhere in the process would corrupt the protocol stream.
console.log = console.info = console.debug = console.error;

const engine = createEngine(PLAN_DATA);
const deps = createAnswerDeps(engine, process.env as Env);
const server = createMcpServer({ engine, answer: (request) => answerChat(request, deps) });
await server.connect(new StdioServerTransport());
console.error('浙江省公共服务规划助手 MCP server on stdio');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.close().finally(() => process.exit(0)));
}
