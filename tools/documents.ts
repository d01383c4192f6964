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
 * How much better, on a common scale, an article must match than a plan clause to be listed before it: the plan is
 * the assistant's first document, and its ~290 sentences are written about public services, while the ~7,500
 * sentences of the laws match many of a question's characters by chance (a definitions article, a catch-all
 * article on 县级以上人民政府). Fitted by `npx tsx eval/run-search.ts --fit` on the train side of the real items
 * (plan clauses and articles found in the first 5) with folds grouped by source site; the curated dev set must keep
 * every plan clause first. Figures: eval/README.md ("The default search over every document").
 */
export const PLAN_PREFERENCE = 16;

/** How a search over the plan and the articles is merged (the fit, eval/run-search.ts, tries other preferences). */
export interface MergeOptions {
  /** An article's score on the plan's scale is divided by this; default PLAN_PREFERENCE. */
  planPreference?: number;
}

/**
 * Searches the chosen documents. Without `docs` (or `["all"]`): the plan and every law and regulation in force.
 * Otherwise the plan if listed and the listed documents (a superseded version only when named). The plan's and the
 * articles' BM25 scores come from different indexes (290 sentences against ~7,500: one word has two IDFs), so an
 * article's score is put on the plan's scale, times the plan's score ceiling for the query over the articles'
 * (search.ts `scoreCeiling`), and divided by PLAN_PREFERENCE; then one list, best first. A plan clause keeps its
 * own score (after the learned re-ranking, e^(value − best) × the best score: the plan's second clause on is listed
 * after a good article unless the ranker finds it close to the first), so the plan's order and scores are those of
 * the plan alone. Compared with taking the two lists in turn, this finds more gold clauses and articles in the first
 * five on the training items (eval/run-search.ts).
 */
export async function searchDocuments(engine: Engine, query: string | PreparedQuery, k: number, docs?: readonly string[], options: MergeOptions = {}): Promise<DocHit[]> {
  const prepared = typeof query === 'string' ? engine.prepare(query) : query;
  const all = !docs || docs.length === 0 || docs.includes('all');
  const plan: DocHit[] = all || docs.includes(PLAN_DOC) ? (await engine.search(prepared, k)).map((h) => ({ ...h, doc: PLAN_DOC })) : [];
  const others = all ? [] : docs.filter((d) => d !== PLAN_DOC);
  const library = all || others.length ? engine.documents : null;
  if (!library) return plan;
  const found = library.search(prepared, k, all ? undefined : others);
  if (!found.length) return plan;
  // Only the plan's ceiling rescales: a search of the articles alone keeps their own scores.
  const scale = plan.length ? engine.ceiling(prepared) / (library.ceiling(prepared) * (options.planPreference ?? PLAN_PREFERENCE)) : 1;
  const articles: DocHit[] = found.map((h) => {
    const info = library.document(h.doc!)!;
    return { ...h, score: h.score * scale, doc: info.id, docTitle: info.title, versionDate: info.versionDate, status: info.status };
  });
  if (!plan.length) return articles;
  // Both lists are best first: merged, the plan's first on a tie.
  const hits: DocHit[] = [];
  let i = 0;
  let j = 0;
  while (hits.length < k && (i < plan.length || j < articles.length)) {
    if (j >= articles.length || (i < plan.length && plan[i]!.score >= articles[j]!.score)) hits.push(plan[i++]!);
    else hits.push(articles[j++]!);
  }
  return hits;
}
