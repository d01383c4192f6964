/**
 * POST /mcp: MCP over Streamable HTTP, stateless — a fresh server and transport per request, so Node and
 * Workers need no session store. GET and DELETE get 405, which tells clients there is no SSE stream or session.
 */
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { ErrorCode, JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';
import { Hono, type Context } from 'hono';
import { getRuntimeKey } from 'hono/adapter';
import type { ChatRequest } from '../../tools/ask/answer-chat.ts';
import type { Answer } from '../../tools/schemas/answer.ts';
import { settingList, type AppEnv, type Env } from '../env.ts';
import { maskJsonRpcReply, mcpErrorBody, mcpErrorResponse } from '../errors.ts';
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
    const serve = (message: unknown) => serveMessages(c, options, message);
    // JSON-RPC 2.0: an empty batch is an invalid request, answered with one error (the SDK would say 202).
    if (Array.isArray(parsedBody) && parsedBody.length === 0) return emptyBatchResponse();
    if (!Array.isArray(parsedBody) || parsedBody.length < 2) return serve(parsedBody);
    if (parsedBody.length > MAX_BATCH_ITEMS) return mcpErrorResponse('invalid_request');
    // The first message was counted with the request; each further one costs what a request of its own would.
    const refused = await c.var.chargeRequests?.(parsedBody.length - 1);
    if (refused) return refused;
    // A malformed item makes the SDK refuse the whole batch, as the protocol says: let it.
    if (!parsedBody.every((m) => JSONRPCMessageSchema.safeParse(m).success)) return serve(parsedBody);
    return answerOneByOne(parsedBody, serve);
  });
  // GET and DELETE (no SSE stream, no session) and every other method.
  app.all('/', () => mcpErrorResponse('method_not_allowed', { allow: 'POST' }));
  return app;
}

/** JSON-RPC 2.0's answer to `[]`: one Invalid Request error (-32600) with a null id. */
function emptyBatchResponse(): Response {
  const body = mcpErrorBody('invalid_request');
  body.error.code = ErrorCode.InvalidRequest;
  return Response.json(body, { status: 400 });
}

/** Runs one POST's message(s) through a fresh MCP server and transport, as the SDK's stateless example does. */
async function serveMessages(c: Context<AppEnv>, options: McpRouteOptions, parsedBody: unknown): Promise<Response> {
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
    return await maskEchoes(await transport.handleRequest(c.req.raw, { parsedBody }));
  } finally {
    await server.close();
  }
}

/**
 * The SDK's own error messages quote the client ("Resource <uri> not found", "Tool <name> not found"), and a
 * person may have pasted personal data there: every JSON-RPC error message and every tool error's text is
 * masked before it leaves. Successful results are ours and carry no client text, so they pass untouched.
 */
async function maskEchoes(res: Response): Promise<Response> {
  if (!res.headers.get('content-type')?.includes('application/json')) return res;
  const text = await res.text();
  const headers = new Headers(res.headers);
  headers.delete('content-length');
  if (!/"error"|"isError":true/.test(text)) return new Response(text, { status: res.status, headers });
  return new Response(JSON.stringify(maskJsonRpcReply(JSON.parse(text) as unknown)), { status: res.status, headers });
}

/** The last batch message queued on this Node process; the next one starts only after it (see inTurn). */
let batchQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs one batch message in its turn. On Node, messages of every batch from every client form one queue, one
 * message per turn of the event loop, so honest requests are read and answered between any two of them:
 * measured, four clients' batches started side by side ran their `ask`s back to back inside one turn and held
 * the loop for up to ~400 ms. A Worker isolate keeps no queue across requests (a promise one request resolves for
 * another is not allowed there); each batch still yields between its own messages.
 */
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (getRuntimeKey() !== 'node') return new Promise((resolve) => setTimeout(resolve, 0)).then(work);
  // setImmediate, not setTimeout(0): a 0 ms timer set by a message that took over a millisecond counts from the
  // loop's cached clock, so it is already due and ran in the same turn (CI saw two messages share one turn).
  // An immediate queued while immediates run waits for the next turn, after the loop has polled for I/O.
  const yieldTurn = () => new Promise((resolve) => setImmediate(resolve));
  const run = batchQueue.then(yieldTurn).then(work);
  batchQueue = run.catch(() => undefined);
  return run;
}

/**
 * A batch answered one message at a time, giving the event loop back in between: the SDK would start every
 * message at once, and their synchronous work (an `ask` is several milliseconds of CPU) would then run as one
 * block that every other client waits behind. The replies are gathered into the batch's one JSON array;
 * notifications get none, and a batch of notifications only is 202, as from the SDK. A refusal the transport
 * makes for the request as a whole (Accept, protocol version) is the answer to the whole batch.
 */
async function answerOneByOne(messages: unknown[], serve: (message: unknown) => Promise<Response>): Promise<Response> {
  const replies: unknown[] = [];
  for (const message of messages) {
    const res = await inTurn(() => serve(message));
    if (res.status === 202) continue;
    if (res.status !== 200) return res;
    replies.push(await res.json());
  }
  return replies.length ? Response.json(replies) : new Response(null, { status: 202 });
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
