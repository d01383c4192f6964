/**
 * The SQLite store: schema from the migrations (each applied once, tracked as wrangler does), data that
 * survives reopening the file (a restart), and the question log's retention.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { retentionDaysOf, storeOptionsOf } from './feedback-store.ts';
import { applyMigrations, migrationFiles } from './migrations.ts';
import { openSqliteStore, type SqliteStore } from './sqlite-store.ts';

const dirs: string[] = [];
const open: SqliteStore[] = [];
afterEach(() => {
  for (const store of open.splice(0)) store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zj-store-'));
  dirs.push(dir);
  return join(dir, 'nested', 'feedback.sqlite');
}

async function openAt(file: string, options: Parameters<typeof openSqliteStore>[1] = {}): Promise<SqliteStore> {
  const store = await openSqliteStore(file, options);
  open.push(store);
  return store;
}

const ENTRY = { rating: 'helpful' as const, question: '问', answer: '答[1]', citationIds: ['4.1.2'], comment: null };
const LIST = { limit: 50, offset: 0 };
const CORRECTION = { question: '低保怎么申请？', questionKey: '低保怎么申请', clauseIds: ['11.1.1'], outOfScope: false, note: null };

describe('openSqliteStore', () => {
  it('creates the file and its directory, and keeps feedback, questions and corrections across a restart', async () => {
    const file = tempFile();
    const first = await openAt(file);
    const stored = await first.add(ENTRY);
    await first.recordQuestion({ question: '公积金怎么提取？', questionKey: '公积金怎么提取', reason: 'no_match' });
    const correction = await first.addCorrection(CORRECTION);
    first.close();
    open.splice(0);

    const second = await openAt(file);
    expect((await second.list(LIST)).feedback).toEqual([stored]);
    expect(await second.listQuestions(10)).toMatchObject([{ question: '公积金怎么提取？', count: 1, reason: 'no_match' }]);
    expect(await second.listCorrections()).toEqual([correction]);
  });

  it('starts empty with zero counts', async () => {
    const store = await openAt(':memory:');
    expect(await store.list(LIST)).toEqual({ feedback: [], counts: { helpful: 0, wrong_citation: 0, wrong_answer: 0 } });
    expect(await store.listQuestions(10)).toEqual([]);
    expect(await store.listCorrections()).toEqual([]);
  });

  it('rejects (so the adapter can answer 503) when the path cannot be a database', async () => {
    const file = tempFile();
    await openAt(file);
    // The directory that holds the file is not a file.
    await expect(openSqliteStore(join(file, '..'))).rejects.toThrow();
  });
});

describe('the migrations', () => {
  it('apply in name order, each once, recorded in d1_migrations as wrangler records them', () => {
    const files = migrationFiles();
    expect(files).toEqual(['0001_create_feedback.sql', '0002_create_question_log.sql', '0003_create_corrections.sql', '0004_feedback_limits.sql']);
    const db = new Database(':memory:');
    expect(applyMigrations(db)).toEqual(files);
    expect(applyMigrations(db)).toEqual([]);
    const tracked = db.prepare('SELECT name FROM d1_migrations ORDER BY id').all() as { name: string }[];
    expect(tracked.map((r) => r.name)).toEqual(files);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(['corrections', 'd1_migrations', 'feedback', 'question_log', 'question_raters']);
    db.close();
  });

  it('upgrade a database the old code made (feedback table, no tracking) without losing rows', async () => {
    const file = tempFile();
    const old = await openAt(file);
    await old.add(ENTRY);
    old.close();
    open.splice(0);
    // What an earlier version left: the feedback table created directly, no d1_migrations and no newer tables.
    const raw = new Database(file);
    raw.exec('DROP TABLE d1_migrations; DROP TABLE question_log; DROP TABLE corrections;');
    raw.close();
    const upgraded = await openAt(file);
    expect((await upgraded.list(LIST)).feedback).toHaveLength(1);
    await upgraded.addCorrection(CORRECTION);
    expect(await upgraded.listCorrections()).toHaveLength(1);
  });
});

describe('the question log', () => {
  it('groups by normalized question: counts, keeps the latest wording and reason, most frequent first, links corrections', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const store = await openAt(':memory:', { now: () => now });
    await store.recordQuestion({ question: '公积金怎么提取？', questionKey: '公积金怎么提取', reason: 'no_match' });
    now = new Date('2026-01-02T00:00:00Z');
    await store.recordQuestion({ question: '个税怎么退', questionKey: '个税怎么退', reason: 'no_match' });
    now = new Date('2026-01-03T00:00:00Z');
    await store.recordQuestion({ question: '公积金 怎么提取', questionKey: '公积金怎么提取', reason: 'wrong_answer' });
    const correction = await store.addCorrection({ ...CORRECTION, question: '个税怎么退？', questionKey: '个税怎么退', clauseIds: [], outOfScope: true });
    expect(await store.listQuestions(10)).toEqual([
      { question: '公积金 怎么提取', count: 2, lastAskedAt: '2026-01-03T00:00:00.000Z', reason: 'wrong_answer', correctionId: null },
      { question: '个税怎么退', count: 1, lastAskedAt: '2026-01-02T00:00:00.000Z', reason: 'no_match', correctionId: correction.id },
    ]);
    expect(await store.listQuestions(1)).toHaveLength(1);
  });

  it('keeps questions for the retention period after they were last asked, then deletes them', async () => {
    const file = tempFile();
    let now = new Date('2026-01-01T00:00:00Z');
    const store = await openAt(file, { retentionDays: 30, now: () => now });
    await store.recordQuestion({ question: '旧问题', questionKey: '旧问题', reason: 'no_match' });
    now = new Date('2026-01-20T00:00:00Z');
    await store.recordQuestion({ question: '新问题', questionKey: '新问题', reason: 'no_match' });

    now = new Date('2026-01-30T23:59:59Z'); // 29 days and a bit after the first: both kept
    expect((await store.listQuestions(10)).map((q) => q.question)).toEqual(['新问题', '旧问题']);

    now = new Date('2026-02-01T00:00:00Z'); // 31 days after the first: gone from the list and from the file
    expect((await store.listQuestions(10)).map((q) => q.question)).toEqual(['新问题']);
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT question FROM question_log').all()).toEqual([{ question: '新问题' }]);
    raw.close();
  });

  it('deletes expired rows on write too, and an expired question asked again starts counting afresh', async () => {
    const file = tempFile();
    let now = new Date('2026-01-01T00:00:00Z');
    const store = await openAt(file, { retentionDays: 10, now: () => now });
    await store.recordQuestion({ question: '甲', questionKey: '甲', reason: 'no_match' });
    await store.recordQuestion({ question: '乙', questionKey: '乙', reason: 'no_match' });
    await store.recordQuestion({ question: '乙', questionKey: '乙', reason: 'no_match' });
    now = new Date('2026-01-15T00:00:00Z');
    await store.recordQuestion({ question: '乙', questionKey: '乙', reason: 'no_match' });
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT question, count FROM question_log').all()).toEqual([{ question: '乙', count: 1 }]);
    raw.close();
  });

  it('counts a rater once per question; raters are kept with the retention period, then may count again', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const store = await openAt(':memory:', { retentionDays: 10, now: () => now });
    for (let i = 0; i < 20; i++) await store.recordQuestion({ question: '洪水', questionKey: '洪水', reason: 'wrong_answer', rater: 'r1' });
    await store.recordQuestion({ question: '洪水', questionKey: '洪水', reason: 'wrong_answer', rater: 'r2' });
    await store.recordQuestion({ question: '洪水', questionKey: '洪水', reason: 'no_match' });
    await store.recordQuestion({ question: '真问题', questionKey: '真问题', reason: 'no_match', rater: 'r1' });
    expect((await store.listQuestions(10)).map((q) => [q.question, q.count])).toEqual([
      ['洪水', 3],
      ['真问题', 1],
    ]);
    now = new Date('2026-01-12T00:00:00Z');
    await store.recordQuestion({ question: '洪水', questionKey: '洪水', reason: 'wrong_answer', rater: 'r1' });
    expect((await store.listQuestions(10)).map((q) => [q.question, q.count])).toEqual([['洪水', 1]]);
  });

  it('keeps feedback for its retention period and at most its cap of rows, newest first', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const store = await openAt(':memory:', { feedbackRetentionDays: 30, feedbackMaxRows: 3, now: () => now });
    await store.add({ ...ENTRY, question: 'old' });
    now = new Date('2026-02-15T00:00:00Z');
    for (const question of ['a', 'b']) await store.add({ ...ENTRY, question });
    expect((await store.list(LIST)).feedback.map((f) => f.question)).toEqual(['b', 'a']);
    for (const question of ['c', 'd', 'e']) await store.add({ ...ENTRY, question });
    const page = await store.list(LIST);
    expect(page.feedback.map((f) => f.question)).toEqual(['e', 'd', 'c']);
    expect(page.counts.helpful).toBe(3);
  });

  it('reads FEEDBACK_RETENTION_DAYS and FEEDBACK_MAX_ROWS as positive whole numbers, else 180 days and 10 000 rows', () => {
    expect(storeOptionsOf({ FEEDBACK_RETENTION_DAYS: '30', FEEDBACK_MAX_ROWS: '500' })).toMatchObject({ feedbackRetentionDays: 30, feedbackMaxRows: 500 });
    expect(storeOptionsOf({ FEEDBACK_RETENTION_DAYS: '0', FEEDBACK_MAX_ROWS: 'lots' })).toMatchObject({ feedbackRetentionDays: 180, feedbackMaxRows: 10_000 });
  });

  it('reads QUESTION_LOG_RETENTION_DAYS as a positive number of days, else 90', () => {
    expect(retentionDaysOf('30')).toBe(30);
    expect(retentionDaysOf('0.5')).toBe(0.5);
    for (const bad of [undefined, '', ' ', '0', '-3', 'abc']) expect(retentionDaysOf(bad)).toBe(90);
  });
});

describe('corrections', () => {
  it('lists newest first, replaces one for the same normalized question, and deletes by id', async () => {
    const store = await openAt(':memory:');
    const first = await store.addCorrection(CORRECTION);
    const other = await store.addCorrection({ ...CORRECTION, question: '个税怎么退', questionKey: '个税怎么退', clauseIds: [], outOfScope: true, note: '规划未涉及' });
    expect(first).toMatchObject({ id: 1, question: '低保怎么申请？', clauseIds: ['11.1.1'], outOfScope: false, note: null });
    expect(other).toMatchObject({ id: 2, clauseIds: [], outOfScope: true, note: '规划未涉及' });
    expect(Date.parse(first.createdAt)).not.toBeNaN();

    const replaced = await store.addCorrection({ ...CORRECTION, question: '低保 怎么申请', clauseIds: ['11.1.1', '11.1.2'] });
    expect((await store.listCorrections()).map((c) => c.id)).toEqual([replaced.id, other.id]);
    expect(replaced.id).toBeGreaterThan(other.id);

    expect(await store.deleteCorrection(other.id)).toBe(true);
    expect(await store.deleteCorrection(other.id)).toBe(false);
    expect(await store.listCorrections()).toEqual([replaced]);
  });
});
