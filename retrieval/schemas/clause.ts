import { z } from 'zod';

/** A clause id: chapter number, then section and item numbers ("4.1.2"); chapter 0 is the notice and preamble. */
export const ClauseIdSchema = z
  .string()
  .regex(/^\d{1,2}(\.\d{1,2}){1,2}$/, 'a clause id looks like "4.1.2"')
  .describe('Clause id: chapter.section.item, e.g. "4.1.2"; it begins with the chapter number (chapter 九 → "9.")');

/** One clause of the plan: the smallest headed unit (an item, or a section without items). */
export const ClauseSchema = z.object({
  id: ClauseIdSchema,
  path: z
    .array(z.string())
    .describe('Heading chain from the chapter down, each as written in the plan; a heading the source lost is ours and starts with 〔推定〕 after its number'),
  pathInferred: z
    .array(z.boolean())
    .describe('Parallel to path: true where the heading is an inferred, descriptive title rather than the plan\'s words'),
  text: z.string().describe('The clause body, verbatim from the plan (empty where the source lost the body)'),
});

/** A clause of the plan. */
export type Clause = z.infer<typeof ClauseSchema>;

/** A clause with its sentences, as stored in the built corpus. */
export const CorpusClauseSchema = ClauseSchema.extend({
  sentences: z.array(z.string()).describe('The clause body split into its verbatim sentences, in order'),
});

/** A clause with its sentences. */
export type CorpusClause = z.infer<typeof CorpusClauseSchema>;
