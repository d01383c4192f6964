/**
 * The statements both stores run (SQLite on Node, D1 on Workers) and the row ↔ record mapping. The tables
 * themselves are created only by the migrations in ./migrations/.
 */
import type { Correction } from '../../tools/ask/corrections.ts';
import type { FeedbackEntry, FeedbackPage, FeedbackRecord } from './feedback-schema.ts';
import type { CorrectionEntry, QuestionLogEntry, UnansweredQuestion } from './staff-schema.ts';

/** Insert one feedback entry; parameters in the order of `feedbackParams`. */
export const INSERT_FEEDBACK_SQL =
  'INSERT INTO feedback (created_at, rating, question, answer, citation_ids, comment) VALUES (?, ?, ?, ?, ?, ?) RETURNING *';

/** Feedback columns as SQLite returns them. */
export interface FeedbackRow {
  id: number;
  created_at: string;
  rating: string;
  question: string;
  answer: string;
  citation_ids: string;
  comment: string | null;
}

/** The insert parameters for feedback received at `now`. */
export function feedbackParams(entry: FeedbackEntry, now: Date): (string | null)[] {
  return [now.toISOString(), entry.rating, entry.question, entry.answer, JSON.stringify(entry.citationIds), entry.comment];
}

/** A feedback row as the API shows it. */
export function toFeedbackRecord(row: FeedbackRow): FeedbackRecord {
  return {
    id: row.id,
    createdAt: row.created_at,
    rating: row.rating as FeedbackRecord['rating'],
    question: row.question,
    answer: row.answer,
    citationIds: JSON.parse(row.citation_ids) as string[],
    comment: row.comment,
  };
}

/** Totals per rating from `COUNTS_SQL`, zero where none. */
export function toCounts(rows: { rating: string; n: number }[]): FeedbackPage['counts'] {
  const counts: FeedbackPage['counts'] = { helpful: 0, wrong_citation: 0, wrong_answer: 0 };
  for (const { rating, n } of rows) if (rating in counts) counts[rating as keyof typeof counts] = n;
  return counts;
}

/** The feedback page query: newest first, optionally one rating. */
export function listFeedbackSql(rating: string | undefined): string {
  return `SELECT * FROM feedback${rating ? ' WHERE rating = ?' : ''} ORDER BY id DESC LIMIT ? OFFSET ?`;
}

/** The feedback totals query. */
export const COUNTS_SQL = 'SELECT rating, COUNT(*) AS n FROM feedback GROUP BY rating';

/** Deletes logged questions last asked before the cutoff (ISO time): the retention period. */
export const PRUNE_QUESTIONS_SQL = 'DELETE FROM question_log WHERE last_asked_at < ?';

/**
 * Counts one more asking of a question: a new row, or the count raised and the latest wording and reason kept;
 * nothing when this rater has already counted for it (a null rater always counts). Parameters: `questionParams`.
 */
export const RECORD_QUESTION_SQL = `INSERT INTO question_log (question_key, question, reason, count, last_asked_at)
  SELECT ?, ?, ?, 1, ? WHERE ? IS NULL OR NOT EXISTS (SELECT 1 FROM question_raters WHERE question_key = ? AND rater = ?)
  ON CONFLICT (question_key) DO UPDATE SET question = excluded.question, reason = excluded.reason,
  count = question_log.count + 1, last_asked_at = excluded.last_asked_at`;

/** Remembers that a rater has counted for a question (run after RECORD_QUESTION_SQL; parameters of `raterParams`). */
export const RECORD_RATER_SQL = 'INSERT OR IGNORE INTO question_raters (question_key, rater, rated_at) VALUES (?, ?, ?)';

/** Deletes raters remembered since before the cutoff (ISO time), with the question log's retention. */
export const PRUNE_RATERS_SQL = 'DELETE FROM question_raters WHERE rated_at < ?';

/** The parameters of `RECORD_QUESTION_SQL` for an asking at `now`. */
export function questionParams(entry: QuestionLogEntry, now: Date): (string | null)[] {
  const rater = entry.rater ?? null;
  return [entry.questionKey, entry.question, entry.reason, now.toISOString(), rater, entry.questionKey, rater];
}

/** The parameters of `RECORD_RATER_SQL`, or null when the rater is unknown. */
export function raterParams(entry: QuestionLogEntry, now: Date): string[] | null {
  return entry.rater ? [entry.questionKey, entry.rater, now.toISOString()] : null;
}

/** Deletes feedback received before the cutoff (ISO time): the feedback retention period. */
export const PRUNE_FEEDBACK_SQL = 'DELETE FROM feedback WHERE created_at < ?';

/** Deletes all but the newest `?` feedback rows: the size cap. */
export const CAP_FEEDBACK_SQL = 'DELETE FROM feedback WHERE id <= (SELECT id FROM feedback ORDER BY id DESC LIMIT 1 OFFSET ?)';

/** Logged questions asked since the cutoff, most frequent first, then most recent, with the correction made for each. */
export const LIST_QUESTIONS_SQL = `SELECT q.question, q.count, q.reason, q.last_asked_at, c.id AS correction_id
  FROM question_log q LEFT JOIN corrections c ON c.question_key = q.question_key
  WHERE q.last_asked_at >= ? ORDER BY q.count DESC, q.last_asked_at DESC LIMIT ?`;

/** Question log columns `LIST_QUESTIONS_SQL` returns. */
export interface QuestionRow {
  question: string;
  count: number;
  reason: string;
  last_asked_at: string;
  correction_id: number | null;
}

/** A logged question as the API shows it. */
export function toUnansweredQuestion(row: QuestionRow): UnansweredQuestion {
  return {
    question: row.question,
    count: row.count,
    lastAskedAt: row.last_asked_at,
    reason: row.reason as UnansweredQuestion['reason'],
    correctionId: row.correction_id,
  };
}

/** The oldest time a logged question may have been last asked and still be kept. */
export function retentionCutoff(now: Date, retentionDays: number): string {
  return new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
}

/** Saves a correction; one with the same normalized question is replaced (deleted, so the new one gets a new id). */
export const INSERT_CORRECTION_SQL =
  'INSERT OR REPLACE INTO corrections (created_at, question, question_key, clause_ids, out_of_scope, note) VALUES (?, ?, ?, ?, ?, ?) RETURNING *';

/** The parameters of `INSERT_CORRECTION_SQL` for a correction saved at `now`. */
export function correctionParams(entry: CorrectionEntry, now: Date): (string | number | null)[] {
  return [now.toISOString(), entry.question, entry.questionKey, JSON.stringify(entry.clauseIds), entry.outOfScope ? 1 : 0, entry.note];
}

/** Every correction, newest first. */
export const LIST_CORRECTIONS_SQL = 'SELECT * FROM corrections ORDER BY id DESC';

/** Deletes one correction by id. */
export const DELETE_CORRECTION_SQL = 'DELETE FROM corrections WHERE id = ?';

/** Correction columns as SQLite returns them. */
export interface CorrectionRow {
  id: number;
  created_at: string;
  question: string;
  question_key: string;
  clause_ids: string;
  out_of_scope: number;
  note: string | null;
}

/** A correction row as the API and the answer pipeline see it. */
export function toCorrection(row: CorrectionRow): Correction {
  return {
    id: row.id,
    question: row.question,
    clauseIds: JSON.parse(row.clause_ids) as string[],
    outOfScope: row.out_of_scope === 1,
    note: row.note,
    createdAt: row.created_at,
  };
}
