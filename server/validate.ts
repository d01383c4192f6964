/** Reads and validates a JSON body: bad JSON, wrong content type or a failing schema become typed 4xx errors. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../retrieval/errors.ts';
import { maskKeepingBounds, maskPersonalData } from '../tools/ask/pii.ts';

/** Largest request body accepted, in bytes (a long conversation fits comfortably). */
export const MAX_BODY_BYTES = 64 * 1024;

/** Longest piece of client text (a key name, a path) an error message repeats; the rest is cut with an ellipsis. */
const MAX_ECHO_CHARS = 40;

/**
 * A short, safe description of what is wrong with the input. zod quotes the client's own text (an unknown
 * key, a record key in the path), which may be personal data or 60 KB long: each piece is masked and cut.
 */
export function describeIssues(error: z.ZodError): string {
  // Masked before cut, so a cut never leaves half an ID number unrecognisable and unmasked.
  const masked = (text: string) => maskPersonalData(text).text;
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.map((p) => clip(masked(String(p)))).join('.') : '(body)'}: ${clipQuoted(maskKeepingBounds(i.message))}`)
    .join('; ');
}

function clip(text: string, max = MAX_ECHO_CHARS): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Cuts every quoted piece of a message (`Unrecognized key: "…"`), leaving zod's own words whole. */
function clipQuoted(message: string): string {
  return clip(message.replace(/"([^"]*)"/g, (_, inner: string) => `"${clip(inner)}"`), 200);
}

/** Parses the request body as JSON and validates it against `schema`. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  // Required, not assumed: a page on another site can POST a body with no Content-Type (a typeless Blob)
  // or text/plain without a CORS preflight, but never application/json.
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]*\+)?json\b/i.test(type)) throw new AppError('unsupported_media_type');
  const raw = await c.req.text();
  // A UTF-16 code unit is at most 3 UTF-8 bytes: only a long body needs encoding to be measured.
  if (raw.length * 3 > MAX_BODY_BYTES && new TextEncoder().encode(raw).length > MAX_BODY_BYTES) throw new AppError('payload_too_large');
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new AppError('invalid_json');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new AppError('invalid_request', describeIssues(parsed.error));
  return parsed.data;
}
