/**
 * stdio adapter: the MCP server for desktop clients that launch it as a child process (`npm run mcp`,
 * the `zj-plan-mcp` bin). stdout carries JSON-RPC only, so every log goes to stderr.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { answerChat } from '../tools/ask/answer-chat.ts';
import { createEngine } from '../retrieval/engine.ts';
import { createAnswerDeps } from './answer-deps.ts';
import type { Env } from './env.ts';
import { maskJsonRpcReply, mcpErrorBody } from './errors.ts';
import { createMcpServer } from './mcp.ts';
import { PLAN_DATA } from './plan-data.ts';

// A stray console.log anywhere in the process would corrupt the protocol stream.
console.log = console.info = console.debug = console.error;

/** Largest message read from stdin: the SDK's own bound (10 MiB), named so the refusal can say it. */
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/** The SDK's stdio transport with every reply masked as over HTTP (the SDK's errors quote the client's text). */
class MaskingStdioTransport extends StdioServerTransport {
  override send(message: JSONRPCMessage): Promise<void> {
    return super.send(maskJsonRpcReply(message));
  }
}

const engine = createEngine(PLAN_DATA);
const deps = createAnswerDeps(engine, process.env as Env);
const server = createMcpServer({ engine, answer: (request) => answerChat(request, deps) });
const transport = new MaskingStdioTransport(process.stdin, process.stdout, { maxBufferSize: MAX_MESSAGE_BYTES });
// A message past the bound makes the SDK drop its buffer and close the transport, which would end the process
// silently with status 0: the client is told, in JSON-RPC, and the process exits with status 1.
server.server.onerror = (error) => {
  if (!/exceeded maximum size/.test(error.message)) return;
  const body = mcpErrorBody('payload_too_large');
  process.stdout.write(`${JSON.stringify(body)}\n`, () => process.exit(1));
};
await server.connect(transport);
console.error('浙江省公共服务规划助手 MCP server on stdio');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.close().finally(() => process.exit(0)));
}
