/**
 * The store on Node: one SQLite file through better-sqlite3, its schema built by ./migrations/ on open.
 * better-sqlite3 is loaded only here, on demand, so the app runs (with storage answering 503) where the
 * native module is not installed.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Correction } from '../../tools/ask/corrections.ts';
import { DEFAULT_FEEDBACK_MAX_ROWS, DEFAULT_FEEDBACK_RETENTION_DAYS, DEFAULT_RETENTION_DAYS, type Store, type StoreOptions } from './feedback-store.ts';
import { applyMigrations } from './migrations.ts';
import {
  CAP_FEEDBACK_SQL,
  COUNTS_SQL,
  correctionParams,
  DELETE_CORRECTION_SQL,
  feedbackParams,
  INSERT_CORRECTION_SQL,
  INSERT_FEEDBACK_SQL,
  LIST_CORRECTIONS_SQL,
  LIST_QUESTIONS_SQL,
  listFeedbackSql,
  PRUNE_FEEDBACK_SQL,
  PRUNE_QUESTIONS_SQL,
  PRUNE_RATERS_SQL,
  questionParams,
  RECORD_QUESTION_SQL,
  RECORD_RATER_SQL,
  raterParams,
  retentionCutoff,
  toCorrection,
  toCounts,
  toFeedbackRecord,
  toUnansweredQuestion,
  type CorrectionRow,
  type FeedbackRow,
  type QuestionRow,
} from './tables.ts';

/** A SQLite-backed store that can be closed (on shutdown, or between tests). */
export interface SqliteStore extends Store {
  /** Closes the database file. */
  close(): void;
}

/**
 * Opens (creating if need be) the SQLite file at `file` and applies pending migrations; ":memory:" gives a
 * throwaway database. Rejects when better-sqlite3 cannot be loaded or the file cannot be opened.
 */
export async function openSqliteStore(file: string, options: StoreOptions = {}): Promise<SqliteStore> {
  const { default: Database } = await import('better-sqlite3');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    // WAL lets the staff lists read while a citizen's feedback is being written.
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    applyMigrations(db);
  } catch (err) {
    db.close();
    throw err;
  }
  const now = options.now ?? (() => new Date());
  const retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
  const insertFeedback = db.prepare<(string | null)[], FeedbackRow>(INSERT_FEEDBACK_SQL);
  const counts = db.prepare<[], { rating: string; n: number }>(COUNTS_SQL);
  const feedbackRetentionDays = options.feedbackRetentionDays ?? DEFAULT_FEEDBACK_RETENTION_DAYS;
  const feedbackMaxRows = options.feedbackMaxRows ?? DEFAULT_FEEDBACK_MAX_ROWS;
  const pruneQuestions = db.prepare<[string]>(PRUNE_QUESTIONS_SQL);
  const pruneRaters = db.prepare<[string]>(PRUNE_RATERS_SQL);
  const prune = { run: (cutoff: string) => (pruneQuestions.run(cutoff), pruneRaters.run(cutoff)) };
  const pruneFeedback = db.prepare<[string]>(PRUNE_FEEDBACK_SQL);
  const capFeedback = db.prepare<[number]>(CAP_FEEDBACK_SQL);
  const recordQuestion = db.prepare<(string | null)[]>(RECORD_QUESTION_SQL);
  const recordRater = db.prepare<string[]>(RECORD_RATER_SQL);
  const listQuestions = db.prepare<[string, number], QuestionRow>(LIST_QUESTIONS_SQL);
  const insertCorrection = db.prepare<(string | number | null)[], CorrectionRow>(INSERT_CORRECTION_SQL);
  const listCorrections = db.prepare<[], CorrectionRow>(LIST_CORRECTIONS_SQL);
  const deleteCorrection = db.prepare<[number]>(DELETE_CORRECTION_SQL);
  const record = db.transaction((params: (string | null)[], rater: string[] | null, cutoff: string) => {
    prune.run(cutoff);
    recordQuestion.run(...params);
    if (rater) recordRater.run(...rater);
  });
  const addFeedback = db.transaction((params: (string | null)[], cutoff: string) => {
    const row = insertFeedback.get(...params)!;
    pruneFeedback.run(cutoff);
    capFeedback.run(feedbackMaxRows);
    return row;
  });

  return {
    async add(entry) {
      const at = now();
      return toFeedbackRecord(addFeedback(feedbackParams(entry, at), retentionCutoff(at, feedbackRetentionDays)));
    },
    async list({ limit, offset, rating }) {
      const params = [...(rating ? [rating] : []), limit, offset];
      const rows = db.prepare<(string | number)[], FeedbackRow>(listFeedbackSql(rating)).all(...params);
      return { feedback: rows.map(toFeedbackRecord), counts: toCounts(counts.all()) };
    },
    async recordQuestion(entry) {
      const at = now();
      record(questionParams(entry, at), raterParams(entry, at), retentionCutoff(at, retentionDays));
    },
    async listQuestions(limit) {
      const cutoff = retentionCutoff(now(), retentionDays);
      prune.run(cutoff);
      return listQuestions.all(cutoff, limit).map(toUnansweredQuestion);
    },
    async addCorrection(entry): Promise<Correction> {
      return toCorrection(insertCorrection.get(...correctionParams(entry, now()))!);
    },
    async listCorrections() {
      return listCorrections.all().map(toCorrection);
    },
    async deleteCorrection(id) {
      return deleteCorrection.run(id).changes > 0;
    },
    close() {
      db.close();
    },
  };
}
