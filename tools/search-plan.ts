/** search_plan: the clauses of the plan that best match a question, with the sentences that matched. */
import { z } from 'zod';
import { forSearch } from './ask/pii.ts';
import { ClauseIdSchema, ClauseSchema } from '../retrieval/schemas/clause.ts';
import { AppError } from '../retrieval/errors.ts';
import { DocsSchema, KSchema, QuerySchema } from '../retrieval/schemas/query.ts';
import { searchDocuments, unknownDocs } from './documents.ts';
import { defineTool } from './tool.ts';
import { PLAN_CAVEAT, searchNothingFound } from './wording.ts';


/** Quotes shown per clause in the readable text; the full text follows, so more would only repeat it. */
const TEXT_QUOTES = 3;

const SearchResultSchema = z.object({
  id: ClauseIdSchema,
  doc: z.string().describe('The document: "plan", or a law/regulation id (list_documents)'),
  docTitle: z.string().optional().describe('For an article: the document\'s official title, e.g. "浙江省社会救助条例"; name it when quoting'),
  versionDate: z.string().optional().describe('For an article: the date of this version (YYYY-MM-DD); the version in force governs'),
  label: z.string().optional().describe('For an article: its label as written, e.g. "第十一条"'),
  path: ClauseSchema.shape.path,
  quotes: z
    .array(z.string())
    .describe('The sentences of this clause that matched, best first, each a verbatim substring of `text`: quote these, do not paraphrase them as quotes'),
  text: ClauseSchema.shape.text,
  score: z.number().describe('Relevance (BM25 of the best sentence; an article\'s put on the plan\'s scale when both are searched); comparable only within one result list'),
});

/** The search_plan tool. */
export const searchPlanTool = defineTool({
  name: 'search_plan',
  title: '检索规划条款 Search the plan',
  description: [
    'Search 《浙江省公共服务“十四五”规划》 (Zhejiang public-services plan 2021–2025) for the clauses relevant to a question.',
    'Call it first for any question about public services in Zhejiang: education, employment, social insurance, healthcare, elderly and child care, housing, disability, social assistance (低保/特困), veterans, culture, sports, and their 2025 targets.',
    'Phrase the query in Chinese for best results — a question or a few keywords (e.g. "失业保险金怎么领", "养老服务 床位", "随迁子女 入学"). Everyday words are expanded to the plan\'s vocabulary (失业金 → 失业保险, 低保户 → 最低生活保障); English works for common phrases.',
    'Returns up to k clauses, best first, each with its clause id, heading path, the matching sentences verbatim (`quotes`) and the full clause text. An empty list means no document searched covers the question: say so and refer the person to the 12345 hotline or 浙里办.',
    'Cite by clause id and quote verbatim. The plan states goals and directions to 2025, not statutory entitlements: never promise a benefit from it. Use get_clause to read a clause or its neighbours in full.',
    'By default it searches the plan and every law and regulation in force in one list, best first: an article comes before a plan clause only when it matches clearly better. The laws and regulations set the conditions, procedures, offices, time limits and amounts the plan leaves to "有关部门的规定"; pass docs ["plan"] for the plan alone, or document ids from list_documents for those documents; name the document and its version date when you quote an article.',
  ].join('\n'),
  inputSchema: z.strictObject({
    query: QuerySchema.describe('The question or keywords, preferably in Chinese, e.g. "灵活就业人员怎么参加社保"'),
    k: KSchema,
    docs: DocsSchema,
  }),
  outputSchema: z.object({
    query: z.string().describe('The query as searched'),
    results: z.array(SearchResultSchema).describe('Matching clauses and articles, best first; empty when no document searched covers the question'),
  }),
  async run({ query: raw, k, docs }, { engine }) {
    const unknown = unknownDocs(engine, docs ?? []);
    if (unknown.length) throw new AppError('invalid_request', `docs: no document ${unknown.map((d) => `"${d.slice(0, 80)}"`).join(', ')} (list_documents lists them)`);
    // Pasted personal data is neither searched for nor echoed back.
    const { shown: query, searched } = forSearch(raw);
    const hits = await searchDocuments(engine, searched, k, docs);
    return {
      query,
      results: hits.map((h) => ({
        id: h.id,
        doc: h.doc,
        ...(h.docTitle ? { docTitle: h.docTitle, versionDate: h.versionDate, label: h.label } : {}),
        path: h.path,
        quotes: h.sentences.map((s) => s.text),
        text: h.text,
        score: Number(h.score.toFixed(4)),
      })),
    };
  },
  toText({ query, results }) {
    if (results.length === 0) {
      return searchNothingFound(query);
    }
    const blocks = results.map((r, i) =>
      [
        r.docTitle ? `[${i + 1}] 《${r.docTitle}》（${r.versionDate}版）${r.label}｜${r.id}｜${r.path.slice(1).join(' › ')}` : `[${i + 1}] 条款 ${r.id}｜${r.path.join(' › ')}`,
        `匹配原句：${r.quotes.slice(0, TEXT_QUOTES).map((q) => `「${q}」`).join('')}`,
        `全文：${r.text}`,
      ].join('\n'),
    );
    return [...blocks, PLAN_CAVEAT].join('\n\n');
  },
});
