/** The feedback table: its DDL (shared by the SQLite store and the D1 migration) and the row ↔ record mapping. */
import type { FeedbackEntry, FeedbackPage, FeedbackRecord } from './feedback-schema.ts';

/**
 * The table. Idempotent so a store can run it on open; migrations/0001_create_feedback.sql holds the same
 * statement for `wrangler d1 migrations apply` (a test keeps the two equal). citation_ids is a JSON array.
 */
export const FEEDBACK_TABLE_SQL = `CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL,
  rating TEXT NOT NULL CHECK (rating IN ('helpful', 'wrong_citation', 'wrong_answer')),
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  citation_ids TEXT NOT NULL,
  comment TEXT
)`;

/** Insert one entry; parameters in the order of `toParams`. */
export const INSERT_SQL =
  'INSERT INTO feedback (created_at, rating, question, answer, citation_ids, comment) VALUES (?, ?, ?, ?, ?, ?) RETURNING *';

/** Columns as SQLite returns them. */
export interface FeedbackRow {
  id: number;
  created_at: string;
  rating: string;
  question: string;
  answer: string;
  citation_ids: string;
  comment: string | null;
}

/** The insert parameters for an entry received now. */
export function toParams(entry: FeedbackEntry, now = new Date()): (string | null)[] {
  return [now.toISOString(), entry.rating, entry.question, entry.answer, JSON.stringify(entry.citationIds), entry.comment];
}

/** A row as the API shows it. */
export function toRecord(row: FeedbackRow): FeedbackRecord {
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

/** Totals per rating from `SELECT rating, COUNT(*) AS n … GROUP BY rating`, zero where none. */
export function toCounts(rows: { rating: string; n: number }[]): FeedbackPage['counts'] {
  const counts: FeedbackPage['counts'] = { helpful: 0, wrong_citation: 0, wrong_answer: 0 };
  for (const { rating, n } of rows) if (rating in counts) counts[rating as keyof typeof counts] = n;
  return counts;
}

/** The page query: newest first, optionally one rating. */
export function listSql(rating: string | undefined): string {
  return `SELECT * FROM feedback${rating ? ' WHERE rating = ?' : ''} ORDER BY id DESC LIMIT ? OFFSET ?`;
}

/** The totals query. */
export const COUNTS_SQL = 'SELECT rating, COUNT(*) AS n FROM feedback GROUP BY rating';
