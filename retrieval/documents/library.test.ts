import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest from '../../seeds/docs/manifest.json' with { type: 'json' };
import { DOCS_COUNT, DOCS_JSON } from '../data/docs-json.ts';
import lexicon from '../data/lexicon.json' with { type: 'json' };
import t2s from '../data/t2s.json' with { type: 'json' };
import { buildDocumentData, docsModule } from '../build/docs-artifacts.ts';
import { createEngine } from '../engine.ts';
import { PLAN_DATA } from '../../server/plan-data.ts';
import { buildCatalog, parseDocIds, type ManifestRow } from './catalog.ts';
import type { DocumentData } from './library.ts';

const engine = createEngine(PLAN_DATA);
const library = engine.documents!;

describe('the documents beside the plan', () => {
  it('are the files of the manifest, each as long as the manifest says (copied unchanged)', () => {
    for (const row of manifest) {
      const text = readFileSync(new URL(`../../seeds/docs/${row.file}`, import.meta.url), 'utf8');
      expect([...text].length, row.file).toBe(row.chars);
    }
  });

  it('docs-json.ts is current: rebuilt from seeds/docs and the lexicon it is the committed file', () => {
    const rebuilt = docsModule(buildDocumentData(lexicon, t2s));
    const hash = (x: string) => createHash('sha256').update(x).digest('hex');
    expect(hash(rebuilt)).toBe(hash(readFileSync(new URL('../data/docs-json.ts', import.meta.url), 'utf8')));
    expect(DOCS_COUNT).toBe(manifest.length);
  });

  it('lists every manifest row with a stable ASCII id and the status the manifest gives it', () => {
    expect(library.documents).toHaveLength(manifest.length);
    expect(new Set(library.documents.map((d) => d.id)).size).toBe(manifest.length);
    const byFile = new Map(library.documents.map((d) => [d.file, d]));
    for (const row of manifest) {
      const doc = byFile.get(row.file)!;
      expect(doc.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(doc.versionDate).toBe(row.version_date);
      expect(doc.status).toBe(row.status === 'superseded' ? 'superseded' : 'in_force');
      if ('superseded_by' in row) expect(doc.supersededBy).toBe(byFile.get(row.superseded_by!)!.id);
      expect(doc.clauses).toBeGreaterThan(10);
    }
    expect(library.document('zj-social-assistance')).toMatchObject({ title: '浙江省社会救助条例', versionDate: '2020-09-24', status: 'in_force', clauses: 63 });
    expect(library.document('minors-protection-law-2020')).toMatchObject({ status: 'superseded', supersededBy: 'minors-protection-law' });
  });

  it('derives status from the versions alone: a newer row of the same title supersedes the older, which keeps its file', () => {
    const rows: ManifestRow[] = [
      { file: 'a(2020-01-01).md', title: '某条例', level: '浙江省', kind: '地方性法规', version_date: '2020-01-01' },
      { file: 'a(2024-05-01).md', title: '某条例', level: '浙江省', kind: '地方性法规', version_date: '2024-05-01' },
    ];
    const catalog = buildCatalog(rows, parseDocIds('某条例\tzj-some'), new Map());
    expect(catalog.map((d) => [d.id, d.status, d.supersededBy, d.file])).toEqual([
      ['zj-some-2020', 'superseded', 'zj-some', 'a(2020-01-01).md'],
      ['zj-some', 'in_force', undefined, 'a(2024-05-01).md'],
    ]);
    expect(() => buildCatalog(rows, new Map(), new Map())).toThrow(/no id/);
  });

  it('gives every article an id <doc>:<n>, its document title and headings as path, and its text verbatim from the file', () => {
    const a = library.article('zj-social-assistance:11')!;
    expect(a).toMatchObject({ doc: 'zj-social-assistance', label: '第十一条' });
    expect(a.path[0]).toBe('浙江省社会救助条例');
    expect(a.path[1]).toMatch(/^第二章/);
    const file = readFileSync(new URL('../../seeds/docs/zhejiang/浙江省社会救助条例(2020-09-24).md', import.meta.url), 'utf8');
    for (const paragraph of a.text.split('\n')) expect(file).toContain(paragraph);
    expect(library.corpus.clauses).toHaveLength((JSON.parse(DOCS_JSON) as DocumentData).articles.length);
  });

  it('searches the versions in force by default, one document when asked, and a superseded version only when named', () => {
    const q = engine.prepare('未成年人 网络 保护');
    const inForce = library.search(q, 20);
    expect(inForce.length).toBeGreaterThan(0);
    expect(inForce.every((h) => library.document(h.doc!)!.status === 'in_force')).toBe(true);
    const old = library.search(q, 5, ['minors-protection-law-2020']);
    expect(old.length).toBeGreaterThan(0);
    expect(old.every((h) => h.doc === 'minors-protection-law-2020')).toBe(true);
    const one = library.search(engine.prepare('最低生活保障 申请'), 5, ['zj-social-assistance']);
    expect(one.map((h) => h.doc)).toEqual(Array(one.length).fill('zj-social-assistance'));
    for (const h of one) for (const s of h.sentences) expect(h.text).toContain(s.text);
  });

  it('finds the article that sets a time limit', () => {
    const hits = library.search(engine.prepare('失业保险金 领取期限 最长'), 5);
    expect(hits.map((h) => h.id)).toContain('social-insurance-law:46');
  });

  it('remembers recent rankings: a repeated search gives the same hits, fresh objects, any k; an uncached library agrees', () => {
    const uncached = createEngine(PLAN_DATA, { cacheSize: 0 }).documents!;
    const query = engine.prepare('失业保险金领取期限');
    const first = library.search(query, 5);
    first[0]!.sentences.length = 0;
    const again = library.search(query, 5);
    expect(again[0]!.sentences.length).toBeGreaterThan(0);
    expect(again).toEqual(uncached.search(query, 5));
    // Beyond the 30 a ranking keeps, and under a document filter: ranked afresh, the same as uncached.
    expect(library.search(query, 40)).toEqual(uncached.search(query, 40));
    expect(library.search(query, 3, ['social-insurance-law'])).toEqual(uncached.search(query, 3, ['social-insurance-law']));
    expect(library.search(query, 3, ['social-insurance-law']).every((h) => h.doc === 'social-insurance-law')).toBe(true);
  });
});
