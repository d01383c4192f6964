/** list_documents: the plan and the laws and regulations beside it, with their ids, versions and status. */
import { z } from 'zod';
import { DocumentInfoSchema } from '../retrieval/documents/catalog.ts';
import { listDocuments } from './documents.ts';
import { defineTool } from './tool.ts';

const ListedDocumentSchema = DocumentInfoSchema.omit({ file: true, notes: true }).extend({
  id: z.string().describe('Document id: "plan", or a law/regulation id; article ids are "<id>:<article number>"'),
  kind: z.string().describe('"规划" (the plan), "地方性法规", "法律" or "行政法规"'),
  clauses: z.number().int().describe('How many clauses (plan) or articles (条) the document has'),
});

/** The list_documents tool. */
export const listDocumentsTool = defineTool({
  name: 'list_documents',
  title: '文件清单 List documents',
  description: [
    'List the documents this server answers from: 《浙江省公共服务“十四五”规划》 (id "plan") and the Zhejiang regulations and national laws and regulations on the same public services (social assistance, elderly care, disability, legal aid, residence, education, social insurance, labour, veterans, culture, sport, minors, families, health).',
    'Call it to find a document id for search_plan\'s `docs` or for get_clause ids ("<document id>:<article number>"); it takes no input.',
    'Returns each document with its id, official title, level (浙江省 / 国家), kind, version date, status (in_force: the newest version in this collection; superseded: an older version, with supersededBy) and article count.',
    'Quote a law or regulation with its title and version date and say that the version in force governs; never quote a superseded version as the rule in force.',
  ].join('\n'),
  inputSchema: z.strictObject({}),
  outputSchema: z.object({ documents: z.array(ListedDocumentSchema).describe('The plan first, then the laws and regulations') }),
  async run(_input, { engine }) {
    return { documents: listDocuments(engine) };
  },
  toText({ documents }) {
    return documents
      .map((d) => `${d.id}｜《${d.title}》｜${d.level}${d.kind}｜${d.versionDate}${d.status === 'superseded' ? `｜已被修订（现行：${d.supersededBy}）` : ''}｜${d.clauses}条`)
      .join('\n');
  },
});
