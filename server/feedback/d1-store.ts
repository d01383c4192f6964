/** The feedback store on Workers: Cloudflare D1 (local SQLite under `wrangler dev`). */
import type { FeedbackStore } from './feedback-store.ts';
import { COUNTS_SQL, FEEDBACK_TABLE_SQL, INSERT_SQL, listSql, toCounts, toParams, toRecord, type FeedbackRow } from './feedback-table.ts';

/**
 * Databases whose table this isolate has already ensured. Migrations create it on deploy; ensuring it
 * once per isolate as well means a fresh `wrangler dev` works without a manual migrations step.
 */
const ready = new WeakMap<D1Database, Promise<unknown>>();

function ensureTable(db: D1Database): Promise<unknown> {
  let done = ready.get(db);
  if (!done) {
    done = db.prepare(FEEDBACK_TABLE_SQL).run();
    done.catch(() => ready.delete(db));
    ready.set(db, done);
  }
  return done;
}

/** A store over the D1 binding of this request. */
export function createD1FeedbackStore(db: D1Database): FeedbackStore {
  return {
    async add(entry) {
      await ensureTable(db);
      const row = await db.prepare(INSERT_SQL).bind(...toParams(entry)).first<FeedbackRow>();
      return toRecord(row!);
    },
    async list({ limit, offset, rating }) {
      await ensureTable(db);
      const params = [...(rating ? [rating] : []), limit, offset];
      const [page, totals] = await db.batch<FeedbackRow | { rating: string; n: number }>([
        db.prepare(listSql(rating)).bind(...params),
        db.prepare(COUNTS_SQL),
      ]);
      return {
        feedback: (page!.results as FeedbackRow[]).map(toRecord),
        counts: toCounts(totals!.results as { rating: string; n: number }[]),
      };
    },
  };
}
