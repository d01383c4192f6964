/** Bindings and app-wide dependencies, typed once. */
import type { Engine } from '../retrieval/engine.ts';
import type { CorrectionIndex } from '../tools/ask/corrections.ts';
import type { Store } from './feedback/feedback-store.ts';
import type { ChargeRequests } from './middleware/rate-limit.ts';

/** Runtime configuration: Worker bindings on Workers, process.env on Node. Every field is optional. */
export interface Env {
  /** OpenAI-compatible endpoint for the optional model (DeepSeek, Qwen, GLM …), e.g. https://api.deepseek.com/v1 */
  LLM_BASE_URL?: string;
  LLM_API_KEY?: string;
  LLM_MODEL?: string;
  /** Milliseconds to wait for the model before falling back to the extractive answer. */
  LLM_TIMEOUT_MS?: string;
  /**
   * The confidence (0–1) at which the chat quotes an article of a law or regulation beside the plan or in a referral.
   * Default: the fitted gate (tools/ask/data/article-ranker.json; 0.84, cross-validated 1 gold and no wrong quote behind
   * the first-sentence rule, which holds at any threshold); it would be 1 (shut) where wrong quotes outweigh right ones.
   */
  ARTICLE_GATE?: string;
  /** Comma-separated origins allowed by CORS; "*" for any. Default: same origin only. */
  CORS_ORIGINS?: string;
  /** Node: milliseconds allowed for a request's headers (default 10 s) and for the whole request (default 20 s). */
  HEADERS_TIMEOUT_MS?: string;
  REQUEST_TIMEOUT_MS?: string;
  /** Requests per minute per client; "0" disables the limiter. */
  RATE_LIMIT_PER_MINUTE?: string;
  /** Workers: the Rate Limiting binding (wrangler.toml [[ratelimits]]) that counts clients across isolates. */
  RATE_LIMITER?: RateLimit;
  /**
   * Comma-separated Host names (no port) the app answers besides localhost, 127.0.0.0/8 and [::1] on Node; "*" for
   * any. On Workers, when set, only these. Guards a local or intranet server against DNS rebinding.
   */
  ALLOWED_HOSTS?: string;
  /**
   * Node behind a reverse proxy: the proxies' addresses or CIDR ranges, comma-separated (X-Forwarded-For is
   * believed only on connections from them); or, the older form, how many proxies append to it ("true" = 1),
   * believed only from loopback and private addresses. Unset trusts no header.
   */
  TRUST_PROXY?: string;
  /** The older name of ALLOWED_HOSTS (it once guarded /mcp only); its hosts are admitted everywhere too. */
  MCP_ALLOWED_HOSTS?: string;
  /** Comma-separated browser origins /mcp accepts besides http(s)://localhost, 127.0.0.1 and [::1] on Node; "*" for any. */
  MCP_ALLOWED_ORIGINS?: string;
  /** Workers: the D1 database that stores feedback, the question log and corrections (wrangler.toml binding "DB"). */
  DB?: D1Database;
  /** Node: the SQLite file that stores feedback, the question log and corrections; default data/feedback.sqlite. */
  FEEDBACK_DB?: string;
  /** Turns the staff endpoints on: they require `Authorization: Bearer <STAFF_TOKEN>`; unset, they answer 403. */
  STAFF_TOKEN?: string;
  /** Days a question stays in the question log after it was last asked; default 90. */
  QUESTION_LOG_RETENTION_DAYS?: string;
  /** Days a feedback entry is kept; default 180. */
  FEEDBACK_RETENTION_DAYS?: string;
  /** Most feedback entries kept (the newest); default 10 000. */
  FEEDBACK_MAX_ROWS?: string;
}

/** A comma-separated setting as a list: trimmed, lower case, trailing slashes dropped, empties removed. */
export function settingList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim().replace(/\/+$/, '').toLowerCase())
    .filter(Boolean);
}

/** What every route can reach through `c.var`. */
export interface AppVariables {
  engine: Engine;
  /** Feedback, question log and corrections storage; undefined when none is configured. */
  store: Store | undefined;
  /** The corrections staff made, as this instance holds them; set on the answering routes (chat, /v1, /mcp). */
  corrections?: CorrectionIndex;
  /** Set by the rate limiter when it counts this client: charges extra units for a request that does several things. */
  chargeRequests?: ChargeRequests;
  /** The client's key (its address, normalised) where the adapter can tell it; set by the rate limiter. */
  clientKey?: string;
}

/** The Hono generic for this app. */
export interface AppEnv {
  Bindings: Env;
  Variables: AppVariables;
}
