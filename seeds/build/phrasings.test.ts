/** The everyday phrasings (相似问法) seed: seeds/phrasings.tsv, one `clauseId<TAB>phrasing` a line, indexed as its own field. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import clauses from '../clauses.json' with { type: 'json' };
import t2sJson from '../../retrieval/data/t2s.json' with { type: 'json' };
import type { T2sTable } from '../../retrieval/normalize.ts';

const t2s: T2sTable = t2sJson;
const tsv = readFileSync(new URL('../phrasings.tsv', import.meta.url), 'utf8');

interface Row {
  line: number;
  id: string;
  phrasing: string;
  raw: string;
}

/** Data rows: every line that is neither blank nor a `#` comment. */
const rows: Row[] = tsv.split('\n').flatMap((raw, i) => {
  if (raw.trim() === '' || raw.startsWith('#')) return [];
  const tab = raw.indexOf('\t');
  return [{ line: i + 1, id: tab < 0 ? raw : raw.slice(0, tab), phrasing: tab < 0 ? '' : raw.slice(tab + 1), raw }];
});

const ids = clauses.map((c) => c.id);
const withText = clauses.filter((c) => c.text.trim() !== '').map((c) => c.id);

/** What two questions share when they differ only in punctuation, spacing or width. */
const bare = (s: string) => s.normalize('NFKC').replace(/[\p{P}\p{S}\s]/gu, '').toLowerCase();

describe('seeds/phrasings.tsv', () => {
  it('has a header comment and well-formed rows', () => {
    expect(tsv.startsWith('#')).toBe(true);
    expect(rows.length).toBeGreaterThan(250);
    for (const r of rows) {
      expect(r.raw.split('\t'), `line ${r.line}: exactly one tab`).toHaveLength(2);
      expect(r.phrasing, `line ${r.line}: no CR, tab or edge spaces`).toBe(r.phrasing.trim());
      expect(r.phrasing).not.toMatch(/[\t\r\n]/);
      expect([...r.phrasing].length, `line ${r.line}: ${r.phrasing}`).toBeGreaterThanOrEqual(5);
      expect([...r.phrasing].length, `line ${r.line}: ${r.phrasing}`).toBeLessThanOrEqual(40);
      expect(r.phrasing, `line ${r.line}: Chinese`).toMatch(/\p{Script=Han}/u);
    }
  });

  it('names only clause ids of seeds/clauses.json, and only clauses with text', () => {
    for (const r of rows) {
      expect(ids, `line ${r.line}`).toContain(r.id);
      expect(withText, `line ${r.line}: ${r.id} has no text`).toContain(r.id);
    }
  });

  it('gives every clause with text 3–6 phrasings', () => {
    // Staff corrections append rows (see seeds/README.md). The seed has exactly 3–6 a clause; if corrections ever push a
    // clause past 6, raise this bound here with a comment saying so, rather than dropping the check.
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
    for (const id of withText) {
      const n = counts.get(id) ?? 0;
      expect(n, `clause ${id}`).toBeGreaterThanOrEqual(3);
      expect(n, `clause ${id}`).toBeLessThanOrEqual(6);
    }
  });

  it('groups clauses in document order (first appearance follows seeds/clauses.json)', () => {
    const firsts = [...new Set(rows.map((r) => r.id))];
    const positions = firsts.map((id) => ids.indexOf(id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('has no duplicate phrasing (ignoring punctuation and spaces)', () => {
    const seen = new Map<string, Row>();
    for (const r of rows) {
      const key = bare(r.phrasing);
      expect(seen.get(key)?.line, `line ${r.line} repeats line ${seen.get(key)?.line}: ${r.phrasing}`).toBeUndefined();
      seen.set(key, r);
    }
  });

  it('is Simplified only: no character that the search T2S table maps to another', () => {
    for (const r of rows) {
      const traditional = [...r.phrasing].filter((ch) => (t2s[ch] ?? ch) !== ch);
      expect(traditional, `line ${r.line}: ${r.phrasing}`).toEqual([]);
    }
  });

  it('repeats no evaluation question (the phrasings must generalise, not memorise)', () => {
    // Read here, only by this test, so that the people writing phrasings never see the questions.
    const dirs = [new URL('../../eval/', import.meta.url), new URL('../../eval/unseen7/', import.meta.url), new URL('../../eval/unseen8/', import.meta.url), new URL('../../../shared/eval/', import.meta.url)];
    const questions = new Set<string>();
    for (const dir of dirs) {
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
        for (const line of readFileSync(new URL(f, dir), 'utf8').split('\n')) {
          if (line.trim() === '') continue;
          const q = (JSON.parse(line) as { question?: unknown }).question;
          if (typeof q === 'string') questions.add(bare(q));
        }
      }
    }
    expect(questions.size).toBeGreaterThan(0);
    const hits = rows.filter((r) => questions.has(bare(r.phrasing))).map((r) => `line ${r.line}`);
    expect(hits).toEqual([]);
  });
});
