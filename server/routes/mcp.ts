/**
 * POST /mcp: MCP over Streamable HTTP, stateless — a fresh server and transport per request, so Node and
 * Workers need no session store. GET and DELETE get 405, which tells clients there is no SSE stream or session.
 */
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { Hono, type Context } from 'hono';
import { getRuntimeKey } from 'hono/adapter';
import type { ChatRequest } from '../../tools/ask/answer-chat.ts';
import type { Answer } from '../../tools/schemas/answer.ts';
import { settingList, type AppEnv, type Env } from '../env.ts';
import { mcpErrorResponse } from '../errors.ts';
import { createMcpServer } from '../mcp.ts';
import { isLoopbackHost } from '../middleware/host-allow-list.ts';
import { MAX_BODY_BYTES } from '../validate.ts';

/** What the app hands the MCP route. */
export interface McpRouteOptions {
  /** The chat composer behind the `ask` tool, given the request context for its bindings; without it `ask` is not offered. */
  answer?: (request: ChatRequest, c: Context<AppEnv>) => Promise<Answer>;
}

/**
 * Most messages one POST may carry. The SDK allows 100, but every message runs synchronously on the one
 * event loop: 100 `ask` calls in one request blocked every other client for ~0.9 s. MCP clients send one
 * message per request (batching left the protocol in 2025-06-18); ten leaves room for older clients.
 */
export const MAX_BATCH_ITEMS = 10;

/** MCP route. */
export function mcpRoutes(options: McpRouteOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // The Host header is checked for the whole app (middleware/host-allow-list.ts); a browser's Origin only here.
  app.use('*', async (c, next) => {
    if (!originAllowed(c.req.header('origin') ?? null, c.env)) return mcpErrorResponse('forbidden_origin');
    await next();
  });
  app.post('/', async (c) => {
    const parsedBody = await readMessages(c.req.raw);
    if (Array.isArray(parsedBody)) {
      if (parsedBody.length > MAX_BATCH_ITEMS) return mcpErrorResponse('invalid_request');
      // The first message was counted with the request; each further one costs what a request of its own would.
      const refused = await c.var.chargeRequests?.(parsedBody.length - 1);
      if (refused) return refused;
    }
    const { answer } = options;
    const server = createMcpServer({ engine: c.var.engine, answer: answer && ((request) => answer(request, c)) });
    // JSON responses rather than SSE: no tool streams progress, and a complete body lets us close at once.
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
      maxRequestBodySize: MAX_BODY_BYTES,
    });
    try {
      await server.connect(transport);
      return await transport.handleRequest(c.req.raw, { parsedBody });
    } finally {
      await server.close();
    }
  });
  app.on(['GET', 'DELETE'], '/', () => mcpErrorResponse('method_not_allowed', { allow: 'POST' }));
  return app;
}

/**
 * The JSON-RPC message(s) of a POST, read here so a batch can be counted and capped before anything runs.
 * Undefined when the body is not JSON: the transport then answers with its own error (406, 415 or a parse
 * error), exactly as it would have. The body guard has already capped the size.
 */
async function readMessages(req: Request): Promise<unknown> {
  if (!/^application\/([\w.+-]*\+)?json\b/i.test(req.headers.get('content-type') ?? '')) return undefined;
  try {
    return JSON.parse(await req.text()) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A browser Origin must be loopback on Node (or listed in MCP_ALLOWED_ORIGINS): a page on another site
 * must not drive a person's local tools. A Worker is public by design: there only a configured list applies.
 */
function originAllowed(origin: string | null, env: Env | undefined): boolean {
  if (origin === null) return true;
  const list = settingList(env?.MCP_ALLOWED_ORIGINS);
  const local = getRuntimeKey() === 'node';
  if (list.includes('*') || (!local && list.length === 0)) return true;
  return list.includes(origin.toLowerCase()) || (local && isLoopbackOrigin(origin));
}

function isLoopbackOrigin(origin: string): boolean {
  if (!URL.canParse(origin)) return false;
  const { protocol, hostname } = new URL(origin);
  return (protocol === 'http:' || protocol === 'https:') && isLoopbackHost(hostname);
}
