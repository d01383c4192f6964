import { z } from 'zod';

/**
 * A clause id: the plan's are chapter number, then section and item numbers ("4.1.2"; chapter 0 is the notice and
 * preamble); another document's are its id, a colon and the article number ("zj-social-assistance:11" for 第十一条).
 */
export const ClauseIdSchema = z
  .string()
  .regex(/^(\d{1,2}(\.\d{1,2}){1,2}|[a-z][a-z0-9-]*:\d{1,4})$/, 'a clause id looks like "4.1.2" (the plan) or "zj-social-assistance:11" (an article)')
  .describe('Clause id: for the plan chapter.section.item, e.g. "4.1.2" (it begins with the chapter number: chapter 九 → "9."); for a law or regulation "<document id>:<article number>", e.g. "zj-social-assistance:11" for 第十一条');

/** One clause of the plan: the smallest headed unit (an item, or a section without items). */
export const ClauseSchema = z.object({
  id: ClauseIdSchema,
  path: z
    .array(z.string())
    .describe('Heading chain from the chapter down, each as written in the plan; a heading the source lost is ours and starts with 〔推定〕 after its number'),
  pathInferred: z
    .array(z.boolean())
    .describe('Parallel to path: true where the heading is an inferred, descriptive title rather than the plan\'s words'),
  text: z.string().describe('The clause body, verbatim from the plan (empty where the source lost the body); for an article, its text after the label, paragraphs (款) joined by "\\n"'),
  doc: z.string().optional().describe('The document: "plan" for the plan, else a law or regulation id (list_documents)'),
  label: z.string().optional().describe('For an article: its label as written, e.g. "第十一条"'),
});

/** A clause of the plan. */
export type Clause = z.infer<typeof ClauseSchema>;

/** A clause with its sentences, as stored in the built corpus. */
export const CorpusClauseSchema = ClauseSchema.extend({
  sentences: z.array(z.string()).describe('The clause body split into its verbatim sentences, in order'),
});

/** A clause with its sentences. */
export type CorpusClause = z.infer<typeof CorpusClauseSchema>;
