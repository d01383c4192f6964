import { z } from 'zod';

/** Longest question accepted: a paragraph, not a document. */
export const MAX_QUESTION_CHARS = 500;

/** A search query. */
export const QuerySchema = z
  .string()
  .trim()
  .min(1, 'query must not be empty')
  .max(MAX_QUESTION_CHARS, `query is at most ${MAX_QUESTION_CHARS} characters`)
  .describe('What to look for, in everyday Chinese (or English): a question or a few keywords');

/** How many results. */
export const KSchema = z.number().int().min(1).max(20).default(5).describe('How many clauses to return, 1–20 (default 5)');

/** Which documents to search. */
export const DocsSchema = z
  .array(z.string().min(1).max(80))
  .max(60)
  .optional()
  .describe('Documents to search, by id: omitted or "all" for the plan and every law and regulation in force (one list, best first, the plan preferred), "plan" for the plan alone, or law/regulation ids from list_documents (a superseded version is searched only when named)');
