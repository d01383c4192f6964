/** get_clause: one clause of the plan by id, with the ids of the clauses before and after it. */
import { z } from 'zod';
import { AppError } from '../retrieval/errors.ts';
import { findClause } from './documents.ts';
import { ClauseIdSchema, ClauseSchema } from '../retrieval/schemas/clause.ts';
import { defineTool } from './tool.ts';
import { MISSING_CLAUSE_TEXT } from './wording.ts';

/** The get_clause tool. */
export const getClauseTool = defineTool({
  name: 'get_clause',
  title: '读取规划条款 Read a clause',
  description: [
    'Read one clause of 《浙江省公共服务“十四五”规划》 in full by its id (e.g. "4.1.2"), or one article of a law or regulation by "<document id>:<article number>" (e.g. "zj-social-assistance:11" for 《浙江省社会救助条例》第十一条), as returned by search_plan.',
    'Call it to quote a clause exactly, to see its heading path, or to read the neighbouring clauses (`prev`/`next`) for context.',
    'Returns the clause id, its heading chain (chapter › section › item, as written in the plan), the body verbatim, and the ids of the previous and next clauses in document order.',
    'An unknown id is an error: search with search_plan instead of guessing ids. The plan states goals to 2025, not entitlements.',
  ].join('\n'),
  inputSchema: z.strictObject({ id: ClauseIdSchema }),
  outputSchema: ClauseSchema.extend({
    doc: z.string().describe('The document: "plan", or a law/regulation id (list_documents)'),
    docTitle: z.string().optional().describe('For an article: the document\'s official title; name it when quoting'),
    versionDate: z.string().optional().describe('For an article: the date of this version (YYYY-MM-DD); the version in force governs'),
    status: z.enum(['in_force', 'superseded']).optional().describe('For an article: whether its version is the one in force in this collection'),
    prev: ClauseIdSchema.nullable().describe('Id of the clause before this one in its document; null at the start'),
    next: ClauseIdSchema.nullable().describe('Id of the clause after this one in its document; null at the end'),
  }),
  async run({ id }, { engine }) {
    const clause = findClause(engine, id);
    if (!clause) throw new AppError('clause_not_found', `id: ${id}`);
    return clause;
  },
  toText(c) {
    return [
      c.docTitle
        ? `《${c.docTitle}》（${c.versionDate}版${c.status === 'superseded' ? '，已被修订' : ''}）${c.label}｜${c.id}｜${c.path.slice(1).join(' › ')}`
        : `条款 ${c.id}｜${c.path.join(' › ')}`,
      c.text || MISSING_CLAUSE_TEXT,
      `上一条：${c.prev ?? '无'}；下一条：${c.next ?? '无'}`,
    ].join('\n\n');
  },
});
