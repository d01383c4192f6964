/**
 * The one repository interface for what citizens and staff leave behind — feedback, the question log and
 * corrections; SQLite (Node, sqlite-store.ts) and D1 (Workers, d1-store.ts) implement it.
 */
import type { Correction } from '../../tools/ask/corrections.ts';
import type { Env } from '../env.ts';
import type { FeedbackEntry, FeedbackListQuery, FeedbackPage, FeedbackRecord } from './feedback-schema.ts';
import type { CorrectionEntry, QuestionLogEntry, UnansweredQuestion } from './staff-schema.ts';

/** Where feedback is kept. */
export interface FeedbackStore {
  /** Stores one entry (already masked) and returns it as stored. */
  add(entry: FeedbackEntry): Promise<FeedbackRecord>;
  /** Newest first, one page, with totals per rating. */
  list(query: FeedbackListQuery): Promise<FeedbackPage>;
}

/** The question log: questions answered no_match or rated wrong, grouped by normalized question. */
export interface QuestionLog {
  /** Counts one more asking (question already masked), after deleting rows past the retention period. */
  recordQuestion(entry: QuestionLogEntry): Promise<void>;
  /** Up to `limit` questions within the retention period, most frequent first (older rows are deleted first). */
  listQuestions(limit: number): Promise<UnansweredQuestion[]>;
}

/** Corrections staff made. */
export interface CorrectionStore {
  /** Saves a correction (already masked), replacing any for the same normalized question; returns it as stored. */
  addCorrection(entry: CorrectionEntry): Promise<Correction>;
  /** Every correction, newest first. */
  listCorrections(): Promise<Correction[]>;
  /** Deletes one; false when no correction has this id. */
  deleteCorrection(id: number): Promise<boolean>;
}

/** Everything the app stores. */
export interface Store extends FeedbackStore, QuestionLog, CorrectionStore {}

/** Days a logged question is kept after it was last asked, unless QUESTION_LOG_RETENTION_DAYS says otherwise. */
export const DEFAULT_RETENTION_DAYS = 90;

/** Days a feedback entry is kept, unless FEEDBACK_RETENTION_DAYS says otherwise. */
export const DEFAULT_FEEDBACK_RETENTION_DAYS = 180;
/** Most feedback entries kept (the newest), unless FEEDBACK_MAX_ROWS says otherwise: a flood cannot fill the disk. */
export const DEFAULT_FEEDBACK_MAX_ROWS = 10_000;

/** How a store behaves: the question log's and the feedback's retention, the feedback cap, and the clock (tests move it). */
export interface StoreOptions {
  /** Days a logged question is kept after it was last asked; default 90. */
  retentionDays?: number;
  /** Days a feedback entry is kept; default 180. */
  feedbackRetentionDays?: number;
  /** Most feedback entries kept, the newest; default 10 000. */
  feedbackMaxRows?: number;
  /** The current time; default the system clock. */
  now?: () => Date;
}

/** QUESTION_LOG_RETENTION_DAYS as a number of days: a positive number, else the default (90). */
export function retentionDaysOf(value: string | undefined): number {
  const days = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isFinite(days) && days > 0 ? days : DEFAULT_RETENTION_DAYS;
}

/** A positive whole number from a setting, else the fallback. */
function positiveInteger(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The store options the settings ask for (QUESTION_LOG_RETENTION_DAYS, FEEDBACK_RETENTION_DAYS, FEEDBACK_MAX_ROWS). */
export function storeOptionsOf(env: Env): StoreOptions {
  return {
    retentionDays: retentionDaysOf(env.QUESTION_LOG_RETENTION_DAYS),
    feedbackRetentionDays: positiveInteger(env.FEEDBACK_RETENTION_DAYS, DEFAULT_FEEDBACK_RETENTION_DAYS),
    feedbackMaxRows: positiveInteger(env.FEEDBACK_MAX_ROWS, DEFAULT_FEEDBACK_MAX_ROWS),
  };
}

/**
 * What an adapter hands the app: a store (Node opens one file at start-up) or a function of the bindings
 * (Workers only get D1 with each request's env). Undefined means storage is switched off.
 */
export type StoreSource = Store | ((env: Env) => Store | undefined);
