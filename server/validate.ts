/** Reads and validates a JSON body: bad JSON, wrong content type or a failing schema become typed 4xx errors. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../retrieval/errors.ts';

/** Largest request body accepted, in bytes (a long conversation fits comfortably). */
export const MAX_BODY_BYTES = 64 * 1024;

/** A short, safe description of what is wrong with the input. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(body)'}: ${i.message}`)
    .join('; ');
}

/** Parses the request body as JSON and validates it against `schema`. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header('content-type');
  if (type && !/^application\/([\w.+-]*\+)?json\b/i.test(type)) throw new AppError('unsupported_media_type');
  const raw = await c.req.text();
  if (new TextEncoder().encode(raw).length > MAX_BODY_BYTES) throw new AppError('payload_too_large');
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
