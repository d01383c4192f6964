/** Feedback on one answer: the request a person sends, and the record staff read back. */
import { z } from 'zod';
import { ClauseIdSchema } from '../../retrieval/schemas/clause.ts';
import { MAX_MESSAGE_CHARS } from '../requests.ts';

/** Longest comment kept: a few sentences, not a complaint letter (those go to 12345). */
export const MAX_COMMENT_CHARS = 1000;
/** Longest answer text kept; answers with eligibility sections stay well under this. */
export const MAX_ANSWER_CHARS = 4000;

/** What the person thought of the answer. */
export const FeedbackRatingSchema = z
  .enum(['helpful', 'wrong_citation', 'wrong_answer'])
  .describe('helpful: the answer helped; wrong_citation: a cited clause does not say this; wrong_answer: the answer itself is wrong');

/** POST /api/feedback: only what the person typed or was shown — no name, no IP, no profile. */
export const FeedbackRequestSchema = z
  .strictObject({
    rating: FeedbackRatingSchema,
    question: z.string().trim().min(1, 'question must not be empty').max(MAX_MESSAGE_CHARS).describe('The question the answer was for (a letter is masked before it is stored)'),
    answer: z.string().max(MAX_ANSWER_CHARS).describe('The answer text as shown, with its [n] markers'),
    citationIds: z.array(ClauseIdSchema).max(20).default([]).describe('Ids of the clauses the answer cited'),
    comment: z.string().trim().max(MAX_COMMENT_CHARS).optional().describe('Optional free-text remark'),
  })
  .describe('Feedback on one answer');

/** A feedback request, validated. */
export type FeedbackRequest = z.infer<typeof FeedbackRequestSchema>;

/** What a store keeps for one piece of feedback (personal data already masked). */
export type FeedbackEntry = Omit<FeedbackRequest, 'comment'> & { comment: string | null };

/** One stored piece of feedback, as GET /api/feedback lists it. */
export const FeedbackRecordSchema = z.object({
  id: z.number().int().describe('Row id, increasing with time'),
  createdAt: z.string().describe('When it was received, ISO 8601 UTC'),
  rating: FeedbackRatingSchema,
  question: z.string().describe('The question, personal data masked'),
  answer: z.string().describe('The answer text, personal data masked'),
  citationIds: z.array(z.string()).describe('Cited clause ids'),
  comment: z.string().nullable().describe('The remark, personal data masked; null when none was given'),
});

/** A stored piece of feedback. */
export type FeedbackRecord = z.infer<typeof FeedbackRecordSchema>;

/** GET /api/feedback query string: newest first, paged, optionally one rating only. */
export const FeedbackListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Page size, 1–200'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('Rows to skip'),
  rating: FeedbackRatingSchema.optional(),
});

/** A validated list query. */
export type FeedbackListQuery = z.infer<typeof FeedbackListQuerySchema>;

/** One page of feedback and the totals per rating (for the staff view's filter). */
export interface FeedbackPage {
  feedback: FeedbackRecord[];
  counts: Record<z.infer<typeof FeedbackRatingSchema>, number>;
}
