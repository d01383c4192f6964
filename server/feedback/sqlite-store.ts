/** The feedback store on Node: one SQLite file through better-sqlite3; the table is created on open. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { FeedbackStore } from './feedback-store.ts';
import { COUNTS_SQL, FEEDBACK_TABLE_SQL, INSERT_SQL, listSql, toCounts, toParams, toRecord, type FeedbackRow } from './feedback-table.ts';

/** A SQLite-backed store that can be closed (on shutdown, or between tests). */
export interface SqliteFeedbackStore extends FeedbackStore {
  /** Closes the database file. */
  close(): void;
}

/** Opens (creating if need be) the SQLite file at `file`; ":memory:" gives a throwaway database. */
export function openSqliteFeedbackStore(file: string): SqliteFeedbackStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL lets the staff list read while a citizen's feedback is being written.
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.exec(FEEDBACK_TABLE_SQL);
  const insert = db.prepare<(string | null)[], FeedbackRow>(INSERT_SQL);
  const counts = db.prepare<[], { rating: string; n: number }>(COUNTS_SQL);
  return {
    async add(entry) {
      return toRecord(insert.get(...toParams(entry))!);
    },
    async list({ limit, offset, rating }) {
      const params = [...(rating ? [rating] : []), limit, offset];
      const rows = db.prepare<(string | number)[], FeedbackRow>(listSql(rating)).all(...params);
      return { feedback: rows.map(toRecord), counts: toCounts(counts.all()) };
    },
    close() {
      db.close();
    },
  };
}
