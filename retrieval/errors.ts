/**
 * The closed table of error codes the core can raise. server/errors.ts alone maps them to HTTP statuses
 * and MCP errors; the message here is what the client sees (Chinese first, then English).
 */
export const ERROR_CODES = {
  invalid_json: '请求体不是合法的 JSON。 The request body is not valid JSON.',
  invalid_request: '请求参数不符合要求。 The request does not match the expected shape.',
  payload_too_large: '请求体过大。 The request body is too large.',
  unsupported_media_type: '请使用 Content-Type: application/json。 Use Content-Type: application/json.',
  not_found: '未找到。 Not found.',
  clause_not_found: '没有这个条款编号。 No clause has this id.',
  method_not_allowed: '不支持该请求方法。 Method not allowed.',
  rate_limited: '请求过于频繁，请稍后再试。 Too many requests; try again shortly.',
  forbidden_origin: '不允许的来源。 This origin is not allowed.',
  unauthorized: '需要工作人员口令。 A staff token is required (Authorization: Bearer …).',
  staff_disabled: '未设置工作人员口令，工作人员功能已关闭。 Staff endpoints are disabled: STAFF_TOKEN is not set.',
  feedback_unavailable: '反馈存储暂不可用。 Feedback storage is unavailable.',
  internal: '服务暂时出错，请稍后再试。 Internal error; try again later.',
} as const;

/** One of the codes above. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** An error the core raises on purpose; `detail` is safe to show the client (e.g. which field is wrong). */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail?: string;

  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `${ERROR_CODES[code]} ${detail}` : ERROR_CODES[code]);
    this.name = 'AppError';
    this.code = code;
    this.detail = detail;
  }
}
