import { z } from 'zod';
import { ClauseIdSchema } from '../../retrieval/schemas/clause.ts';

/** A numbered citation in an answer: the clause, its heading path and a verbatim quote from its text. */
export const CitationSchema = z.object({
  n: z.number().int().min(1).describe('The marker number: [n] in the answer text points here'),
  id: ClauseIdSchema,
  path: z.array(z.string()).describe('Heading chain of the cited clause, as in the plan'),
  quote: z.string().describe('A verbatim substring of the cited clause text (never paraphrased)'),
  doc: z.string().optional().describe('The cited document: "plan", or a law/regulation id (list_documents)'),
  docTitle: z.string().optional().describe('For an article of a law or regulation: the document\'s official title'),
  label: z.string().optional().describe('For an article: its label as written, e.g. "第十一条"'),
  versionDate: z.string().optional().describe('For an article: the date of the version quoted (YYYY-MM-DD); the version in force governs'),
});

/** A citation. */
export type Citation = z.infer<typeof CitationSchema>;
