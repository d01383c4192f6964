/** Question sets: the shared development set (copied into eval/dev.jsonl) and the project's own set. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** One evaluation question (see eval/README.md for the fields). */
export const EvalQuestionSchema = z.object({
  id: z.string(),
  type: z.enum(['fact', 'topic', 'eligibility', 'out_of_scope', 'no_number', 'adversarial', 'english', 'traditional']),
  question: z.string(),
  gold: z.array(z.string()),
  facts: z.array(z.string()),
  forbid_numbers: z.boolean().optional(),
  chapter: z.string().optional(),
});

/** An evaluation question. */
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

/** The sets the harness runs, by name; holdout is measured, never tuned on. */
export const QUESTION_SETS = { dev: 'dev.jsonl', project: 'questions.jsonl', holdout: 'holdout.jsonl' } as const;

/** Reads a JSONL question set from eval/. */
export function loadQuestions(file: string): EvalQuestion[] {
  return readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => EvalQuestionSchema.parse(JSON.parse(l)));
}
