/**
 * The README's runbook "Adding a document", done on a copy of seeds/: no code, only a file, a manifest row and (for a
 * new title) an id line, then the build (buildDocumentData, as `npm run build:docs` runs it). A revised version of a
 * title takes the id and is in force; the older one is kept, superseded, under `<id>-<year>`; a new title needs its id
 * line. Every surface then shows them: /api/documents, the reading view, search (in force only by default).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import lexicon from '../../retrieval/data/lexicon.json' with { type: 'json' };
import t2s from '../../retrieval/data/t2s.json' with { type: 'json' };
import { buildDocumentData } from '../../retrieval/build/docs-artifacts.ts';
import type { DocumentData } from '../../retrieval/documents/library.ts';
import { createEngine, type Engine } from '../../retrieval/engine.ts';
import { createApp } from '../../server/app.ts';
import { PLAN_DATA } from '../../server/plan-data.ts';
import { searchDocuments } from '../../tools/documents.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let root: string;

/** The revised text: a new amendment note, and 第十一条's fifteen working days made ten. */
const REVISED_NOTE = '2026年1月1日 浙江省第十四届人民代表大会常务委员会第二十次会议《关于修改〈浙江省社会救助条例〉的决定》修正';
const OLD_FILE = 'zhejiang/浙江省社会救助条例(2020-09-24).md';
const NEW_FILE = 'zhejiang/浙江省社会救助条例(2026-01-01).md';
/** A new title (a made-up regulation, for this test only). */
const NEW_TITLE_FILE = 'zhejiang/浙江省测试条例(2026-01-01).md';
const NEW_TITLE_TEXT = `# 浙江省测试条例

2026年1月1日 浙江省第十四届人民代表大会常务委员会第二十次会议通过

<!-- INFO END -->

## 第一章　总则

第一条 为了检验新增文件的流程，制定本条例。

第二条 本条例自2026年3月1日起施行。
`;

function manifestRow(file: string, title: string, date: string) {
  return { file, title, level: '浙江省', kind: '地方性法规', version_date: date };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'zj-docs-'));
  cpSync(join(repo, 'seeds/docs'), join(root, 'seeds/docs'), { recursive: true });
  cpSync(join(repo, 'seeds/doc-ids.tsv'), join(root, 'seeds/doc-ids.tsv'));
  // 1. Drop the files in, unchanged otherwise. 2. One manifest row each.
  const old = readFileSync(join(root, 'seeds/docs', OLD_FILE), 'utf8');
  expect(old).toContain('十五个工作日内');
  const revised = old.replace('\n<!-- INFO END -->', `\n${REVISED_NOTE}\n\n<!-- INFO END -->`).replace('自接到最低生活保障申请之日起十五个工作日内', '自接到最低生活保障申请之日起十个工作日内');
  writeFileSync(join(root, 'seeds/docs', NEW_FILE), revised);
  writeFileSync(join(root, 'seeds/docs', NEW_TITLE_FILE), NEW_TITLE_TEXT);
  const manifest = JSON.parse(readFileSync(join(root, 'seeds/docs/manifest.json'), 'utf8')) as unknown[];
  manifest.push(manifestRow(NEW_FILE, '浙江省社会救助条例', '2026-01-01'), manifestRow(NEW_TITLE_FILE, '浙江省测试条例', '2026-01-01'));
  writeFileSync(join(root, 'seeds/docs/manifest.json'), JSON.stringify(manifest, null, 1));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('adding a document (README runbook, on a copy of seeds/)', () => {
  it('a new title without its id line stops the build, naming the title and the file to edit', () => {
    expect(() => buildDocumentData(lexicon, t2s, root)).toThrow('seeds/doc-ids.tsv: no id for "浙江省测试条例"');
  });

  describe('with the id line', () => {
    let data: DocumentData;
    let engine: Engine;
    beforeAll(() => {
      // 3. A new title needs one line title<TAB>id; a new version of a title needs none.
      appendFileSync(join(root, 'seeds/doc-ids.tsv'), '浙江省测试条例\tzj-test-regulation\n');
      data = buildDocumentData(lexicon, t2s, root);
      engine = createEngine({ ...PLAN_DATA, documents: { count: data.documents.length, load: () => data } });
    });

    it('the newer version takes the id and is in force; the older is kept, superseded, under <id>-<year>', () => {
      const byId = new Map(data.documents.map((d) => [d.id, d]));
      expect(byId.get('zj-social-assistance')).toMatchObject({ file: NEW_FILE, versionDate: '2026-01-01', versionNote: '2026年1月1日修正', status: 'in_force' });
      expect(byId.get('zj-social-assistance')!.supersededBy).toBeUndefined();
      expect(byId.get('zj-social-assistance-2020')).toMatchObject({ file: OLD_FILE, versionDate: '2020-09-24', status: 'superseded', supersededBy: 'zj-social-assistance' });
      expect(byId.get('zj-test-regulation')).toMatchObject({ title: '浙江省测试条例', status: 'in_force' });
      expect(data.documents.length).toBe(53);
      // Both versions' articles, each with its own text.
      expect(engine.documents!.article('zj-social-assistance:11')!.text).toContain('十个工作日内');
      expect(engine.documents!.article('zj-social-assistance-2020:11')!.text).toContain('十五个工作日内');
      expect(engine.documents!.article('zj-test-regulation:2')!.text).toBe('本条例自2026年3月1日起施行。');
    });

    it('search finds the version in force and never the superseded one unless it is named', async () => {
      const hits = await searchDocuments(engine, '最低生活保障申请 多少个工作日内 调查核实 初审', 10, ['all']);
      const ids = hits.map((h) => h.id);
      expect(ids).toContain('zj-social-assistance:11');
      expect(ids.filter((id) => id.startsWith('zj-social-assistance-2020:'))).toEqual([]);
      const named = await searchDocuments(engine, '最低生活保障申请 多少个工作日内 调查核实 初审', 3, ['zj-social-assistance-2020']);
      expect(named[0]).toMatchObject({ id: 'zj-social-assistance-2020:11', status: 'superseded' });
    });

    it('every surface shows them: /api/documents, the reading view with the superseded version linked to the new one', async () => {
      const app = createApp({ engine });
      const { documents } = (await (await app.request('/api/documents')).json()) as { documents: { id: string; status: string }[] };
      expect(documents.length).toBe(54);
      expect(documents.find((d) => d.id === 'zj-social-assistance-2020')!.status).toBe('superseded');
      const old = await (await app.request('/plan?doc=zj-social-assistance-2020')).text();
      expect(old).toContain('<span class="pill superseded">已被修订</span>');
      expect(old).toContain('<a href="/plan?doc=zj-social-assistance" id="newer-version">《浙江省社会救助条例》（2026年1月1日修正）</a>');
      const added = await (await app.request('/plan?clause=zj-test-regulation:1')).text();
      expect(added).toContain('class="clause article current" id="c-zj-test-regulation:1"');
      // The plan is untouched.
      expect(engine.corpus.clauses.length).toBe(createEngine(PLAN_DATA).corpus.clauses.length);
    });
  });
});
