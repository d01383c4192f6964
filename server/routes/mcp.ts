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
import { MAX_BODY_BYTES } from '../validate.ts';

/** What the app hands the MCP route. */
export interface McpRouteOptions {
  /** The chat composer behind the `ask` tool, given the request context for its bindings; without it `ask` is not offered. */
  answer?: (request: ChatRequest, c: Context<AppEnv>) => Promise<Answer>;
}

/** Names a local server always answers to; a DNS-rebinding page arrives with its own domain in Host. */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** MCP route. */
export function mcpRoutes(options: McpRouteOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    if (!isAllowed(c.req.raw, c.env)) return mcpErrorResponse('forbidden_origin');
    await next();
  });
  app.post('/', async (c) => {
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
      return await transport.handleRequest(c.req.raw);
    } finally {
      await server.close();
    }
  });
  app.on(['GET', 'DELETE'], '/', () => mcpErrorResponse('method_not_allowed', { allow: 'POST' }));
  return app;
}

/**
 * DNS-rebinding protection. On Node the server runs on the person's machine, so Host must be a loopback
 * name (or listed in MCP_ALLOWED_HOSTS) and a browser Origin a loopback origin (or listed in
 * MCP_ALLOWED_ORIGINS). A Worker is public by design: there only the configured lists apply.
 */
function isAllowed(req: Request, env: Env | undefined): boolean {
  const local = getRuntimeKey() === 'node';
  const host = hostnameOf(`http://${req.headers.get('host') ?? new URL(req.url).host}`);
  const origin = req.headers.get('origin');
  return (
    admits(settingList(env?.MCP_ALLOWED_HOSTS), local, host, (name) => LOOPBACK_HOSTS.includes(name)) &&
    (origin === null || admits(settingList(env?.MCP_ALLOWED_ORIGINS), local, origin.toLowerCase(), isLoopbackOrigin))
  );
}

/** A configured list admits its entries ("*": anything); unset, Node admits loopback only and a Worker anything. */
function admits(list: string[], local: boolean, value: string | null, isLoopback: (value: string) => boolean): boolean {
  if (list.includes('*') || (!local && list.length === 0)) return true;
  return value !== null && (list.includes(value) || (local && isLoopback(value)));
}

function isLoopbackOrigin(origin: string): boolean {
  if (!URL.canParse(origin)) return false;
  const { protocol, hostname } = new URL(origin);
  return (protocol === 'http:' || protocol === 'https:') && LOOPBACK_HOSTS.includes(hostname);
}

function hostnameOf(url: string): string | null {
  return URL.canParse(url) ? new URL(url).hostname : null;
}
