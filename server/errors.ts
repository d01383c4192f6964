/** The edge's one mapping from core error codes to HTTP statuses, JSON bodies and MCP (JSON-RPC) errors. */
import { ErrorCode as McpErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, ERROR_CODES, type ErrorCode } from '../retrieval/errors.ts';
import { maskKeepingBounds, maskPersonalData } from '../tools/ask/pii.ts';
import { logError } from './logger.ts';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_json: 400,
  invalid_request: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  not_found: 404,
  clause_not_found: 404,
  method_not_allowed: 405,
  rate_limited: 429,
  forbidden_origin: 403,
  unauthorized: 401,
  staff_disabled: 403,
  feedback_unavailable: 503,
  internal: 500,
};

/** Longest detail an error repeats: details name a field or an id, never a whole request. */
const MAX_DETAIL_CHARS = 200;

/**
 * An error's detail as the client may see it. A detail can quote the client's own text (a clause id taken
 * from a URL, percent-encoded or not), so it is decoded, masked for personal data and cut short.
 */
function safeDetail(detail: string): string {
  let text = detail;
  try {
    text = decodeURIComponent(detail);
  } catch {
    // Not valid percent-encoding: mask it as it is.
  }
  text = maskKeepingBounds(text);
  return text.length > MAX_DETAIL_CHARS ? `${text.slice(0, MAX_DETAIL_CHARS)}…` : text;
}

/** The message of an error code with its (safe) detail. */
function messageOf(code: ErrorCode, detail?: string): string {
  return detail ? `${ERROR_CODES[code]} ${safeDetail(detail)}` : ERROR_CODES[code];
}

/** The JSON error body of the contract: `{"error":{"code","message"}}`. */
export function errorBody(code: ErrorCode, detail?: string) {
  return { error: { code, message: messageOf(code, detail) } };
}

/** HTTP status for a code. */
function statusOf(code: ErrorCode): ContentfulStatusCode {
  return STATUS[code];
}

/** Responds with a typed error; on /v1 the body also carries OpenAI's `type`, which OpenAI clients read. */
export function errorResponse(c: Context, code: ErrorCode, detail?: string, headers: Record<string, string> = {}): Response {
  const status = statusOf(code);
  const body = errorBody(code, detail);
  // Headers go in with the body, never set afterwards: @hono/node-server's Response, copied by Hono's c.res
  // setter, keeps only the headers it was made with (a Retry-After set later was lost when it was copied).
  if (c.req.path === '/v1' || c.req.path.startsWith('/v1/')) return c.json({ error: { ...body.error, type: openAiErrorType(status) } }, status, headers);
  return c.json(body, status, headers);
}

/** OpenAI's error `type` for a status, as OpenAI-compatible servers name them (invalid_request_error for most 4xx). */
function openAiErrorType(status: number): string {
  if (status >= 500) return 'server_error';
  return ({ 401: 'authentication_error', 403: 'permission_error', 404: 'not_found_error', 429: 'rate_limit_error' } as Record<number, string>)[status] ?? 'invalid_request_error';
}

/** app.onError: AppErrors become their status; anything else is logged (personal data masked) and becomes a generic 500. */
export function handleError(err: Error, c: Context): Response {
  if (err instanceof AppError) return errorResponse(c, err.code, err.detail);
  // A hono middleware refusing the request (4xx) is bad input, never a 500: answer with the matching code.
  if (err instanceof HTTPException && err.status < 500) return errorResponse(c, codeForStatus(err.status));
  // The client went away mid-upload (or Node's request timeout cut it off): nobody will read this response,
  // and a departed client is no fault of the server, so no 500 and nothing in the log.
  if (clientGone(err, c)) return errorResponse(c, 'invalid_request');
  logError('unhandled error', c.req.method, c.req.path, err);
  return errorResponse(c, 'internal');
}

/** Whether an error only says the client disconnected: Node's `aborted` (ECONNRESET) or an aborted request signal. */
function clientGone(err: Error, c: Context): boolean {
  const code = (err as Error & { code?: unknown }).code;
  return code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || err.name === 'AbortError' || c.req.raw.signal?.aborted === true;
}

/** The code for a 4xx status: invalid_request for 400 (and any status the table lacks), else the table's code. */
function codeForStatus(status: number): ErrorCode {
  if (status === 400) return 'invalid_request';
  return (Object.keys(STATUS) as ErrorCode[]).find((code) => STATUS[code] === status) ?? 'invalid_request';
}

/**
 * JSON-RPC error code per core code. Bad input is InvalidParams so the client knows to fix its call;
 * transport-level refusals use -32000, the generic server error the SDK's own transport answers with.
 */
const MCP_CODE: Record<ErrorCode, number> = {
  invalid_json: McpErrorCode.ParseError,
  invalid_request: McpErrorCode.InvalidParams,
  payload_too_large: McpErrorCode.ConnectionClosed,
  unsupported_media_type: McpErrorCode.ConnectionClosed,
  not_found: McpErrorCode.InvalidParams,
  clause_not_found: McpErrorCode.InvalidParams,
  method_not_allowed: McpErrorCode.ConnectionClosed,
  rate_limited: McpErrorCode.ConnectionClosed,
  forbidden_origin: McpErrorCode.ConnectionClosed,
  unauthorized: McpErrorCode.ConnectionClosed,
  staff_disabled: McpErrorCode.ConnectionClosed,
  feedback_unavailable: McpErrorCode.ConnectionClosed,
  internal: McpErrorCode.InternalError,
};

/** MCP handlers: AppErrors become McpErrors carrying their code; anything else is logged and becomes a generic internal error. */
export function toMcpError(err: unknown): McpError {
  if (err instanceof McpError) return err;
  if (err instanceof AppError) return new McpError(MCP_CODE[err.code], messageOf(err.code, err.detail), { code: err.code });
  logError('unhandled MCP error', err);
  return new McpError(MCP_CODE.internal, ERROR_CODES.internal, { code: 'internal' });
}

/** A JSON-RPC error message for a refusal made before any MCP message is read (no id to answer to). */
export function mcpErrorBody(code: ErrorCode) {
  return { jsonrpc: '2.0' as const, error: { code: MCP_CODE[code], message: ERROR_CODES[code], data: { code } }, id: null };
}

/**
 * A JSON-RPC reply (or a batch of them) with its error message, or its tool error's text, masked: the SDK's own
 * error messages quote the client ("Resource <uri> not found", "Tool <name> not found"), and a person may have
 * pasted personal data there. Successful results are ours and carry no client text. Used by every transport.
 */
export function maskJsonRpcReply<T>(reply: T): T {
  if (Array.isArray(reply)) return reply.map(maskJsonRpcReply) as T;
  if (typeof reply !== 'object' || reply === null) return reply;
  const { error, result } = reply as { error?: { message?: unknown }; result?: { isError?: unknown; content?: unknown } };
  if (error && typeof error.message === 'string') error.message = maskPersonalData(error.message).text;
  if (result?.isError === true && Array.isArray(result.content)) {
    for (const part of result.content as { text?: unknown }[]) if (typeof part.text === 'string') part.text = maskPersonalData(part.text).text;
  }
  return reply;
}

/** A JSON-RPC error response for refusals before any MCP message is read (wrong method, forbidden Host/Origin). */
export function mcpErrorResponse(code: ErrorCode, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(mcpErrorBody(code)), {
    status: statusOf(code),
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/**
 * A refusal a middleware makes before any route runs, shaped for its caller: a JSON-RPC error on /mcp (MCP
 * clients read nothing else), the contract's error body elsewhere.
 */
export function refusalResponse(c: Context, code: ErrorCode, headers: Record<string, string> = {}): Response {
  if (c.req.path === '/mcp' || c.req.path.startsWith('/mcp/')) return mcpErrorResponse(code, headers);
  return errorResponse(c, code, undefined, headers);
}
