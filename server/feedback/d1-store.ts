/**
 * The store on Workers: Cloudflare D1 (a local SQLite under `wrangler dev`). The schema comes from
 * `wrangler d1 migrations apply` over ./migrations/; the Worker never creates tables itself.
 */
import { AppError } from '../../retrieval/errors.ts';
import { logError } from '../logger.ts';
import { DEFAULT_FEEDBACK_MAX_ROWS, DEFAULT_FEEDBACK_RETENTION_DAYS, DEFAULT_RETENTION_DAYS, type Store, type StoreOptions } from './feedback-store.ts';
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

/**
 * A store over the D1 binding of this request. A D1 failure (most often: migrations not applied, "no such
 * table") is logged and answered 503 feedback_unavailable, never a 500.
 */
export function createD1Store(db: D1Database, options: StoreOptions = {}): Store {
  return unavailableOnFailure(d1Store(db, options));
}

function unavailableOnFailure(store: Store): Store {
  const guarded = {} as Record<string, unknown>;
  for (const [name, method] of Object.entries(store) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    guarded[name] = (...args: unknown[]) =>
      method(...args).catch((err: unknown) => {
        logError(`D1 ${name} failed (applied the migrations? npx wrangler d1 migrations apply zj-feedback)`, err);
        throw new AppError('feedback_unavailable');
      });
  }
  return guarded as unknown as Store;
}

function d1Store(db: D1Database, options: StoreOptions): Store {
  const now = options.now ?? (() => new Date());
  const retentionDays = options.retentionDays ?? DEFAULT_RETENTION_DAYS;
  const feedbackRetentionDays = options.feedbackRetentionDays ?? DEFAULT_FEEDBACK_RETENTION_DAYS;
  const feedbackMaxRows = options.feedbackMaxRows ?? DEFAULT_FEEDBACK_MAX_ROWS;
  return {
    async add(entry) {
      const at = now();
      // One batch, one transaction: the insert, then the retention period and the cap.
      const [inserted] = await db.batch<FeedbackRow>([
        db.prepare(INSERT_FEEDBACK_SQL).bind(...feedbackParams(entry, at)),
        db.prepare(PRUNE_FEEDBACK_SQL).bind(retentionCutoff(at, feedbackRetentionDays)),
        db.prepare(CAP_FEEDBACK_SQL).bind(feedbackMaxRows),
      ]);
      return toFeedbackRecord(inserted!.results[0]!);
    },
    async list({ limit, offset, rating }) {
      const params = [...(rating ? [rating] : []), limit, offset];
      const [page, totals] = await db.batch<FeedbackRow | { rating: string; n: number }>([
        db.prepare(listFeedbackSql(rating)).bind(...params),
        db.prepare(COUNTS_SQL),
      ]);
      return {
        feedback: (page!.results as FeedbackRow[]).map(toFeedbackRecord),
        counts: toCounts(totals!.results as { rating: string; n: number }[]),
      };
    },
    async recordQuestion(entry) {
      const at = now();
      // One batch is one transaction on D1: the prune and the count land together.
      const cutoff = retentionCutoff(at, retentionDays);
      const rater = raterParams(entry, at);
      await db.batch([
        db.prepare(PRUNE_QUESTIONS_SQL).bind(cutoff),
        db.prepare(PRUNE_RATERS_SQL).bind(cutoff),
        db.prepare(RECORD_QUESTION_SQL).bind(...questionParams(entry, at)),
        ...(rater ? [db.prepare(RECORD_RATER_SQL).bind(...rater)] : []),
      ]);
    },
    async listQuestions(limit) {
      const cutoff = retentionCutoff(now(), retentionDays);
      const [, , rows] = await db.batch<QuestionRow>([
        db.prepare(PRUNE_QUESTIONS_SQL).bind(cutoff),
        db.prepare(PRUNE_RATERS_SQL).bind(cutoff),
        db.prepare(LIST_QUESTIONS_SQL).bind(cutoff, limit),
      ]);
      return rows!.results.map(toUnansweredQuestion);
    },
    async addCorrection(entry) {
      const row = await db.prepare(INSERT_CORRECTION_SQL).bind(...correctionParams(entry, now())).first<CorrectionRow>();
      return toCorrection(row!);
    },
    async listCorrections() {
      const { results } = await db.prepare(LIST_CORRECTIONS_SQL).all<CorrectionRow>();
      return results.map(toCorrection);
    },
    async deleteCorrection(id) {
      const { meta } = await db.prepare(DELETE_CORRECTION_SQL).bind(id).run();
      return meta.changes > 0;
    },
  };
}
