/** Corrections become eval lines in the real-dev.jsonl format: the CLI on a real SQLite file, and the gold fragments. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../server/feedback/sqlite-store.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import { goldFragment, RealDevLineSchema } from './corrections-export.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const clauses = PLAN_DATA.clauses;
const textOf = (id: string) => clauses.find((c) => c.id === id)!.text;

describe('npm run corrections:export', () => {
  it('writes each correction as a real-dev.jsonl line, oldest first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zj-export-'));
    dirs.push(dir);
    const file = join(dir, 'feedback.sqlite');
    const store = await openSqliteStore(file);
    await store.addCorrection({ question: '失业金能领多久？', questionKey: '失业金能领多久', clauseIds: ['5.1.3', '4.1.2'], outOfScope: false, note: null });
    await store.addCorrection({ question: '个税怎么退', questionKey: '个税怎么退', clauseIds: [], outOfScope: true, note: '税务问题' });
    store.close();

    const out = join(dir, 'corrections.jsonl');
    execFileSync(process.execPath, ['--import', 'tsx', 'eval/corrections-export.ts', file, out], { stdio: 'pipe' });
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => RealDevLineSchema.parse(JSON.parse(l)));

    expect(lines.map((l) => [l.id, l.label, l.forbid_numbers])).toEqual([
      ['corr-1', 'in_plan', false],
      ['corr-2', 'out_of_scope', true],
    ]);
    expect(lines[0]!.question).toBe('失业金能领多久？');
    expect(lines[0]!.gold).toHaveLength(2);
    expect(textOf('5.1.3')).toContain(lines[0]!.gold[0]);
    expect(textOf('4.1.2')).toContain(lines[0]!.gold[1]);
    expect(lines[1]).toMatchObject({ gold: [], original: null, note: '工作人员纠正：规划未涉及；税务问题' });
  });

  it('exits with a message when the file does not exist', () => {
    // A path in a fresh directory: a fixed one such as /nonexistent/x.sqlite could exist on some machine.
    const dir = mkdtempSync(join(tmpdir(), 'zj-export-'));
    dirs.push(dir);
    expect(() => execFileSync(process.execPath, ['--import', 'tsx', 'eval/corrections-export.ts', join(dir, 'missing.sqlite')], { stdio: 'pipe' })).toThrow();
  });
});

describe('goldFragment', () => {
  it('gives every clause with text a verbatim fragment of 8–30 characters, unique to it where one exists', () => {
    let unique = 0;
    for (const clause of clauses.filter((c) => c.text.trim())) {
      const fragment = goldFragment(clause, clauses);
      expect(fragment, clause.id).not.toBeNull();
      expect([...fragment!].length).toBeGreaterThanOrEqual(8);
      expect([...fragment!].length).toBeLessThanOrEqual(30);
      expect(clause.text).toContain(fragment!);
      if (clauses.every((o) => o.id === clause.id || !o.text.includes(fragment!))) unique++;
    }
    expect(unique).toBe(clauses.filter((c) => c.text.trim()).length);
  });

  it('gives none for a clause without text', () => {
    expect(goldFragment(clauses.find((c) => c.id === '6.2.2')!, clauses)).toBeNull();
  });
});
