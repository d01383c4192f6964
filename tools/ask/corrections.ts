/**
 * Corrections staff make to answers, as the answer pipeline reads them: a question (matched after
 * normalisation) that must lead with chosen clauses, or that the plan does not cover (a no_match referral).
 * Staff correct by pointing at clauses, never by writing text, so every answer stays a verbatim quote.
 */
import { z } from 'zod';
import { normalize, type T2sTable } from '../../retrieval/normalize.ts';
import { ClauseIdSchema } from '../../retrieval/schemas/clause.ts';
import { dice } from './overlap.ts';

/** One stored correction. */
export const CorrectionSchema = z.object({
  id: z.number().int().describe('Row id, increasing with time'),
  question: z.string().describe('The corrected question, personal data masked'),
  clauseIds: z.array(ClauseIdSchema).describe('Clauses the answer must lead with, in this order; empty when outOfScope'),
  outOfScope: z.boolean().describe('true: the plan does not cover this question; answer with a no_match referral'),
  note: z.string().nullable().describe('Why staff made it, personal data masked; null when none was given'),
  createdAt: z.string().describe('When it was saved, ISO 8601 UTC'),
});

/** A correction. */
export type Correction = z.infer<typeof CorrectionSchema>;

/** Corrections indexed by normalized question. */
export interface CorrectionIndex {
  /** The correction for this question (compared after `normalize`), or null. */
  lookup(question: string): Correction | null;
  /** Every correction, newest first. */
  readonly corrections: readonly Correction[];
}

/**
 * Indexes corrections by `normalize(question)`. Where two share a normalized question (the store keeps one
 * per question, but a list may come from elsewhere) the newest, by id, wins.
 */
export function createCorrectionIndex(corrections: readonly Correction[], normalize: (text: string) => string): CorrectionIndex {
  const newestFirst = [...corrections].sort((a, b) => b.id - a.id);
  const byKey = new Map<string, Correction>();
  for (const correction of newestFirst) {
    const key = normalize(correction.question);
    if (key && !byKey.has(key)) byKey.set(key, correction);
  }
  return {
    corrections: newestFirst,
    lookup: (question) => byKey.get(normalize(question)) ?? null,
  };
}

/** Punctuation, symbols and spaces: "低保怎么申请？" and "低保 怎么申请" are one question. */
const NOT_CONTENT = /[\p{P}\p{S}\p{Z}\s]/gu;

/**
 * The exact-match key of a question: the search's normalisation (full width → half width, Traditional →
 * Simplified, lower case) with punctuation and spaces removed. The question log groups by it too.
 */
export function normalizeQuestion(text: string, t2s: T2sTable): string {
  return normalize(text, t2s).replace(NOT_CONTENT, '');
}

/**
 * Each clause-pointing correction's question as an extra everyday phrasing of its clauses, for the search
 * index (`engine.setExtraPhrasings`), so close rewordings find the clauses through search, not by equality.
 */
export function extraPhrasings(corrections: readonly Correction[]): { clauseId: string; text: string }[] {
  return corrections.flatMap((c) => (c.outOfScope ? [] : c.clauseIds.map((clauseId) => ({ clauseId, text: c.question }))));
}

/**
 * How close a rewording must be to a corrected question to take its correction directly: the share of
 * character pairs they share (Dice). 0.75 keeps "低保怎么申请" ~ "低保要怎么申请呢" and leaves "低保标准是多少"
 * alone; rewordings further away still reach a clause correction through search (`extraPhrasings`).
 */
const CLOSE_REWORDING = 0.75;

/** The correction for a question: its own, or that of the closest corrected question it rewords. */
export function correctionFor(index: CorrectionIndex, question: string): Correction | null {
  const exact = index.lookup(question);
  if (exact) return exact;
  let best: { correction: Correction; overlap: number } | null = null;
  for (const correction of index.corrections) {
    const overlap = dice(question, correction.question);
    if (overlap >= CLOSE_REWORDING && (!best || overlap > best.overlap)) best = { correction, overlap };
  }
  return best?.correction ?? null;
}
