/** Question sets: the shared development set (copied into eval/dev.jsonl), the project's own set and the hold-out. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** One evaluation question (fields as in the shared eval README: ../shared/eval/README.md). */
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

/**
 * The sets the harness runs, by name: the shared dev set, the project set, the hold-out (measured, never tuned on), and
 * `direct` (session 7, issue 20): 37 direct questions in everyday wording, one or more per chapter 2–14, written from
 * the plan for the project, and 24 more the lead wrote (m01–m24, figures asked): training material, not an outside check.
 */
export const QUESTION_SETS = { dev: 'dev.jsonl', project: 'questions.jsonl', holdout: 'holdout.jsonl', direct: 'direct.jsonl' } as const;

/** One real-wording question (../shared/eval/README.md, `real-dev.jsonl`): labelled in_plan / partial / out_of_scope. */
export const RealQuestionSchema = z.object({
  id: z.string(),
  question: z.string(),
  original: z.string().nullable(),
  source_url: z.string().nullable(),
  label: z.enum(['in_plan', 'partial', 'out_of_scope']),
  gold: z.array(z.string()),
  forbid_numbers: z.boolean(),
  note: z.string(),
});

/** A real-wording question. */
export type RealQuestion = z.infer<typeof RealQuestionSchema>;

/** The real-wording set, a copy of ../shared/eval/real-dev.jsonl (a test keeps the copy current). */
export const REAL_SET = 'real-dev.jsonl';

/**
 * The real-wording sets the harness scores: the shared one (tuned on) and the project's hold-out of the same kinds,
 * written from the plan and the labelling rules by someone who had not seen the other sets or the code; never
 * tuned on and never fitted on.
 */
export const REAL_SETS = { real: REAL_SET, 'real-holdout': 'real-holdout.jsonl' } as const;

/** Reads a real-wording JSONL set from eval/ (or an absolute path, e.g. a corrections export). */
export function loadRealQuestions(file: string): RealQuestion[] {
  return readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => RealQuestionSchema.parse(JSON.parse(l)));
}

/** Reads a JSONL question set from eval/. */
export function loadQuestions(file: string): EvalQuestion[] {
  return readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => EvalQuestionSchema.parse(JSON.parse(l)));
}
