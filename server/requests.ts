/** HTTP request bodies (zod): the same schemas validate input and, through z.infer, type the handlers. */
import { z } from 'zod';

/** Longest question accepted: a paragraph, not a document. */
export const MAX_QUESTION_CHARS = 500;
/** Most turns of a conversation kept. */
export const MAX_TURNS = 20;

/** A search query. */
export const QuerySchema = z
  .string()
  .trim()
  .min(1, 'query must not be empty')
  .max(MAX_QUESTION_CHARS, `query is at most ${MAX_QUESTION_CHARS} characters`)
  .describe('What to look for, in everyday Chinese (or English): a question or a few keywords');

/** How many results. */
export const KSchema = z.number().int().min(1).max(20).default(5).describe('How many clauses to return, 1–20 (default 5)');

/** POST /api/search. */
export const SearchRequestSchema = z.object({ query: QuerySchema, k: KSchema }).strict();

/** One turn of a conversation. */
export const MessageSchema = z
  .object({
    role: z.enum(['user', 'assistant']).describe('Who said it'),
    content: z.string().max(4000, 'a message is at most 4000 characters').describe('What was said'),
  })
  .strict();
