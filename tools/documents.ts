/**
 * The documents the assistant reads, the plan first and the laws and regulations beside it: the list, any clause
 * by id (a plan clause or an article), and search over a chosen set of documents. Shared by HTTP and MCP. Pure.
 */
import { toClause } from '../retrieval/corpus.ts';
import type { Engine } from '../retrieval/engine.ts';
import { PLAN_DOC, type DocumentInfo } from '../retrieval/documents/catalog.ts';
import type { PreparedQuery } from '../retrieval/prepare.ts';
import type { ClauseHit } from '../retrieval/search.ts';
import type { Clause } from '../retrieval/schemas/clause.ts';

/** The plan's title. */
const PLAN_TITLE = '浙江省公共服务“十四五”规划';

/** The plan's entry in the document list: issued by the provincial government's office on 2021-06-25. */
export const PLAN_DOCUMENT = {
  id: PLAN_DOC,
  title: PLAN_TITLE,
  shortTitle: PLAN_TITLE,
  level: '浙江省',
  kind: '规划',
  versionDate: '2021-06-25',
  status: 'in_force',
} as const;

/** A document as listed: the plan or a law/regulation, with its clause count. */
export type ListedDocument = Omit<DocumentInfo, 'file' | 'notes'> & { clauses: number };

/** Every document: the plan first, then the laws and regulations in catalogue order. */
export function listDocuments(engine: Engine): ListedDocument[] {
  const others = engine.documents?.documents ?? [];
  return [
    { ...PLAN_DOCUMENT, clauses: engine.corpus.clauses.length },
    ...others.map(({ file: _file, notes: _notes, ...d }) => d),
  ];
}

/** A clause with what a citation of it shows: its document and, for an article, the document's title and version. */
export type DocClause = Clause & { doc: string; docTitle?: string; versionDate?: string; status?: DocumentInfo['status'] };

/** The public clause of a plan clause or an article, with its document fields. */
function withDoc(engine: Engine, clause: Clause): DocClause {
  const doc = clause.doc ?? PLAN_DOC;
  const base = { ...toClause(clause), doc };
  if (doc === PLAN_DOC) return base;
  const info = engine.documents?.document(doc);
  return info ? { ...base, docTitle: info.title, versionDate: info.versionDate, status: info.status } : base;
}

/** Any clause by id, with its neighbours in its own document; undefined for an unknown id. */
export function findClause(engine: Engine, id: string): (DocClause & { prev: string | null; next: string | null }) | undefined {
  const plan = engine.corpus.get(id);
  if (plan) return { ...withDoc(engine, plan), ...engine.corpus.neighbours(id) };
  const library = engine.documents;
  const article = library?.article(id);
  if (!library || !article) return undefined;
  const { prev, next } = library.corpus.neighbours(id);
  const sameDoc = (other: string | null) => (other && library.article(other)?.doc === article.doc ? other : null);
  return { ...withDoc(engine, article), prev: sameDoc(prev), next: sameDoc(next) };
}

/** The clauses of one document (`plan` by default), or of every document with `all`; undefined for an unknown id. */
export function clausesOf(engine: Engine, doc: string = PLAN_DOC): DocClause[] | undefined {
  const plan = () => engine.corpus.clauses.map((c) => withDoc(engine, c));
  const articles = () => (engine.documents?.corpus.clauses ?? []).map((c) => withDoc(engine, c));
  if (doc === PLAN_DOC) return plan();
  if (doc === 'all') return [...plan(), ...articles()];
  if (!engine.documents?.document(doc)) return undefined;
  return articles().filter((c) => c.doc === doc);
}

/** A search hit with its document fields. */
export type DocHit = ClauseHit & { doc: string; docTitle?: string; versionDate?: string; status?: DocumentInfo['status'] };

/** Which of the requested document ids are unknown (`plan` and `all` are known). */
export function unknownDocs(engine: Engine, docs: readonly string[]): string[] {
  return docs.filter((d) => d !== PLAN_DOC && d !== 'all' && !engine.documents?.document(d));
}

/**
 * Searches the chosen documents. Without `docs`: the plan alone, ranked as always (the plan's retrieval is measured
 * that way). `["all"]`: the plan and every law and regulation in force. Otherwise the plan if listed and the listed
 * documents (a superseded version only when named). The plan's and the documents' scores come from different
 * indexes, so the lists are not merged by score: taken in turn, the plan's best first, k in all.
 */
export async function searchDocuments(engine: Engine, query: string | PreparedQuery, k: number, docs?: readonly string[]): Promise<DocHit[]> {
  const prepared = typeof query === 'string' ? engine.prepare(query) : query;
  const wanted = docs && docs.length ? docs : [PLAN_DOC];
  const all = wanted.includes('all');
  const plan: DocHit[] = all || wanted.includes(PLAN_DOC) ? (await engine.search(prepared, k)).map((h) => ({ ...h, doc: PLAN_DOC })) : [];
  const others = wanted.filter((d) => d !== PLAN_DOC && d !== 'all');
  const articles: DocHit[] = [];
  if ((all || others.length) && engine.documents) {
    for (const h of engine.documents.search(prepared, k, all ? undefined : others)) {
      const info = engine.documents.document(h.doc!)!;
      articles.push({ ...h, doc: info.id, docTitle: info.title, versionDate: info.versionDate, status: info.status });
    }
  }
  if (!plan.length || !articles.length) return [...plan, ...articles].slice(0, k);
  // Both: taken in turn, the plan's first, k in all.
  const hits: DocHit[] = [];
  for (let i = 0; hits.length < k && (i < plan.length || i < articles.length); i++) {
    if (plan[i]) hits.push(plan[i]!);
    if (articles[i] && hits.length < k) hits.push(articles[i]!);
  }
  return hits;
}
