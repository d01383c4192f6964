import { z } from 'zod';
import { ClauseIdSchema } from '../../retrieval/schemas/clause.ts';

/** A numbered citation in an answer: the clause, its heading path and a verbatim quote from its text. */
export const CitationSchema = z.object({
  n: z.number().int().min(1).describe('The marker number: [n] in the answer text points here'),
  id: ClauseIdSchema,
  path: z.array(z.string()).describe('Heading chain of the cited clause, as in the plan'),
  quote: z.string().describe('A verbatim substring of the cited clause text (never paraphrased)'),
});

/** A citation. */
export type Citation = z.infer<typeof CitationSchema>;
