/** The SQLite feedback store: a real file that survives reopening, and the same table as the D1 migration. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FEEDBACK_TABLE_SQL } from './feedback-table.ts';
import { openSqliteFeedbackStore } from './sqlite-store.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ENTRY = { rating: 'helpful' as const, question: '问', answer: '答[1]', citationIds: ['4.1.2'], comment: null };
const LIST = { limit: 50, offset: 0 };

describe('openSqliteFeedbackStore', () => {
  it('creates the file and its directory, and keeps feedback across reopening', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zj-store-'));
    dirs.push(dir);
    const file = join(dir, 'nested', 'feedback.sqlite');
    const first = openSqliteFeedbackStore(file);
    const stored = await first.add(ENTRY);
    first.close();
    const second = openSqliteFeedbackStore(file);
    expect((await second.list(LIST)).feedback).toEqual([stored]);
    second.close();
  });

  it('starts empty with zero counts', async () => {
    const store = openSqliteFeedbackStore(':memory:');
    expect(await store.list(LIST)).toEqual({ feedback: [], counts: { helpful: 0, wrong_citation: 0, wrong_answer: 0 } });
    store.close();
  });
});

describe('the D1 migrations', () => {
  it('create exactly the table the SQLite store creates', () => {
    const dir = new URL('./migrations/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
    expect(files).toEqual(['0001_create_feedback.sql']);
    const sql = readFileSync(new URL(files[0]!, dir), 'utf8');
    const normalize = (s: string) => s.replace(/^--.*$/gm, '').replace(/;\s*$/, '').replace(/\s+/g, ' ').trim();
    expect(normalize(sql)).toBe(normalize(FEEDBACK_TABLE_SQL));
  });
});
