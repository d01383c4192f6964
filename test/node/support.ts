/** Shared by the hardening tests: one engine and app, raw JSON-RPC over /mcp, an MCP client with the `ask` tool, in-memory feedback. */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { answerChat } from '../../tools/ask/answer-chat.ts';
import { createEngine, type Engine } from '../../retrieval/engine.ts';
import { createAnswerDeps } from '../../server/answer-deps.ts';
import { createApp, type AppOptions } from '../../server/app.ts';
import type { Env } from '../../server/env.ts';
import type { FeedbackEntry, FeedbackRecord } from '../../server/feedback/feedback-schema.ts';
import type { Store } from '../../server/feedback/feedback-store.ts';
import { createMcpServer } from '../../server/mcp.ts';
import { PLAN_DATA } from '../../server/plan-data.ts';

/** One engine for a whole test file: building it is the slow part. */
export const engine: Engine = createEngine(PLAN_DATA);

/** The app as the adapters build it, minus the rate limiter unless asked for. */
export function testApp(options: Partial<AppOptions> = {}) {
  return createApp({ engine, ...options });
}

/** Feedback kept in memory, so valid feedback gets its 201 rather than 503 (no store) while fuzzing. */
export function memoryFeedbackStore(): Store & { entries: FeedbackRecord[] } {
  const entries: FeedbackRecord[] = [];
  return {
    entries,
    // The question log and corrections are not under test here: they accept writes and list nothing.
    async recordQuestion() {},
    async listQuestions() {
      return [];
    },
    async addCorrection(entry) {
      return { ...entry, id: 1, note: entry.note ?? null, createdAt: new Date().toISOString() };
    },
    async listCorrections() {
      return [];
    },
    async deleteCorrection() {
      return false;
    },
    async add(entry: FeedbackEntry) {
      const record = { ...entry, id: entries.length + 1, createdAt: new Date().toISOString() };
      entries.push(record);
      return record;
    },
    async list() {
      return { feedback: [...entries].reverse(), counts: { helpful: 0, wrong_citation: 0, wrong_answer: 0 } };
    },
  };
}

/** The headers a Streamable HTTP client sends with every POST. */
export const MCP_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

/** A JSON-RPC request to /mcp, as raw as a fuzzer would send it. */
export function mcpRequest(body: string, headers: Record<string, string> = MCP_HEADERS): Request {
  return new Request('http://127.0.0.1:8787/mcp', { method: 'POST', headers, body });
}

/** A tools/call message. */
export function toolCall(name: string, args: unknown, id = 1): string {
  return JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });
}

/**
 * An MCP client connected in memory to a server that offers `ask`, wired to the same chat composer as
 * /api/chat (the HTTP /mcp route offers `ask` only where the app passes a composer).
 */
export async function askClient(env: Env = {}): Promise<Client> {
  const server = createMcpServer({ engine, answer: (request) => answerChat(request, createAnswerDeps(engine, env)) });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'hardening-test', version: '1.0.0' });
  await client.connect(clientSide);
  return client;
}
