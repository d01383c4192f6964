/** The edge's one mapping from core error codes to HTTP statuses and JSON bodies. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, ERROR_CODES, type ErrorCode } from '../retrieval/errors.ts';

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
  feedback_unavailable: 503,
  internal: 500,
};

/** The JSON error body of the contract: `{"error":{"code","message"}}`. */
export function errorBody(code: ErrorCode, detail?: string) {
  return { error: { code, message: detail ? `${ERROR_CODES[code]} ${detail}` : ERROR_CODES[code] } };
}

/** HTTP status for a code. */
export function statusOf(code: ErrorCode): ContentfulStatusCode {
  return STATUS[code];
}

/** Responds with a typed error. */
export function errorResponse(c: Context, code: ErrorCode, detail?: string): Response {
  return c.json(errorBody(code, detail), statusOf(code));
}

/** app.onError: AppErrors become their status; anything else is logged and becomes a generic 500. */
export function handleError(err: Error, c: Context): Response {
  if (err instanceof AppError) return errorResponse(c, err.code, err.detail);
  console.error('unhandled error', c.req.method, c.req.path, err);
  return errorResponse(c, 'internal');
}
