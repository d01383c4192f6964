/** The one repository interface for feedback; SQLite (Node) and D1 (Workers) implement it. */
import type { Env } from '../env.ts';
import type { FeedbackEntry, FeedbackListQuery, FeedbackPage, FeedbackRecord } from './feedback-schema.ts';

/** Where feedback is kept. */
export interface FeedbackStore {
  /** Stores one entry (already masked) and returns it as stored. */
  add(entry: FeedbackEntry): Promise<FeedbackRecord>;
  /** Newest first, one page, with totals per rating. */
  list(query: FeedbackListQuery): Promise<FeedbackPage>;
}

/**
 * What an adapter hands the app: a store (Node opens one file at start-up) or a function of the bindings
 * (Workers only get D1 with each request's env). Undefined means feedback is switched off.
 */
export type FeedbackStoreSource = FeedbackStore | ((env: Env) => FeedbackStore | undefined);
