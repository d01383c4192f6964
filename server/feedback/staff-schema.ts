/** What staff read and write: the question log (未解决问题) and corrections, as requests and records. */
import { z } from 'zod';
import { ClauseIdSchema } from '../../retrieval/schemas/clause.ts';
import { MAX_QUESTION_CHARS } from '../requests.ts';
import { MAX_COMMENT_CHARS } from './feedback-schema.ts';

/** Why a question is in the log: the plan did not cover it, or a person rated its answer wrong. */
export const UnansweredReasonSchema = z
  .enum(['no_match', 'wrong_answer', 'wrong_citation'])
  .describe('no_match: answered with a referral; wrong_answer / wrong_citation: a person rated the answer so (the latest reason wins)');

/** One logged question, as GET /api/unanswered lists it. */
export const UnansweredQuestionSchema = z.object({
  question: z.string().describe('The latest wording asked, personal data masked'),
  count: z.number().int().describe('How often it was asked (or rated wrong), counting every wording that normalizes alike'),
  lastAskedAt: z.string().describe('When it was last asked, ISO 8601 UTC'),
  reason: UnansweredReasonSchema,
  correctionId: z.number().int().nullable().describe('The correction staff made for this question (same normalized text), or null'),
});

/** A logged question. */
export type UnansweredQuestion = z.infer<typeof UnansweredQuestionSchema>;

/** What a store keeps for one more asking: the masked question, its normalized form and the reason. */
export interface QuestionLogEntry {
  question: string;
  questionKey: string;
  reason: z.infer<typeof UnansweredReasonSchema>;
  /** Who asked or rated, as a hash of their address and the question; one rater counts once per question. */
  rater?: string;
}

/** GET /api/unanswered query string. */
export const UnansweredQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('How many questions, 1–200, most frequent first'),
});

/** Most clauses one correction may point at: an answer leads with a few clauses, not a chapter. */
export const MAX_CORRECTION_CLAUSES = 5;

/** POST /api/corrections: the question and the clauses its answer must lead with, or outOfScope. */
export const CorrectionRequestSchema = z
  .strictObject({
    question: z.string().trim().min(1, 'question must not be empty').max(MAX_QUESTION_CHARS).describe('The question to correct, as people ask it'),
    clauseIds: z
      .array(ClauseIdSchema)
      .max(MAX_CORRECTION_CLAUSES)
      .default([])
      .describe('Clauses the answer must lead with, most relevant first; empty when outOfScope'),
    outOfScope: z.boolean().default(false).describe('true: the plan does not cover the question; answer with a no_match referral'),
    note: z.string().trim().max(MAX_COMMENT_CHARS).optional().describe('Optional remark for other staff'),
  })
  .refine((r) => r.outOfScope !== r.clauseIds.length > 0, {
    message: 'give clauseIds, or outOfScope: true — one of the two',
    path: ['clauseIds'],
  })
  .describe('A correction staff make');

/** What a store keeps for a correction (question and note already masked; questionKey its normalized question). */
export interface CorrectionEntry {
  question: string;
  questionKey: string;
  clauseIds: string[];
  outOfScope: boolean;
  note: string | null;
}
