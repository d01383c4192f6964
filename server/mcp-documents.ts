/**
 * MCP resources per document: `plan://documents` lists the plan and every law and regulation with their URIs, and
 * `plan://documents/{id}` is one document whole (tools/document-text.ts). An article alone is `plan://clause/{id}`
 * with an article id ("zj-social-assistance:11"), as get_clause reads it.
 */
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { AppError } from '../retrieval/errors.ts';
import { documentText, documentUri } from '../tools/document-text.ts';
import { listDocuments } from '../tools/documents.ts';
import type { ToolContext } from '../tools/index.ts';
import { DOCUMENT_STATUS_TEXT } from '../tools/wording.ts';
import { toMcpError } from './errors.ts';

/** Most values a completion may return (the MCP spec's limit). */
const MAX_COMPLETIONS = 100;

/** Registers the document list and the per-document template. */
export function registerDocumentResources(server: McpServer, ctx: ToolContext): void {
  const { engine } = ctx;
  server.registerResource(
    'documents',
    'plan://documents',
    {
      title: '文件清单 Documents',
      description: 'The plan and every law and regulation beside it: id, title, version date, status and the URI of its full text',
      mimeType: 'text/markdown',
    },
    (uri) => {
      const lines = ['# 文件清单', '', '每份文件的全文：plan://documents/{id}；单条：plan://clause/{条款 id}。', ''];
      for (const d of listDocuments(engine)) {
        const status = d.status === 'superseded' ? `${DOCUMENT_STATUS_TEXT.superseded}，${DOCUMENT_STATUS_TEXT.newer}${d.supersededBy}` : DOCUMENT_STATUS_TEXT.in_force;
        lines.push(`- 《${d.title}》｜${d.level}${d.kind}｜${d.versionDate}｜${status}｜${d.clauses}条｜${documentUri(d.id)}`);
      }
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text: lines.join('\n') }] };
    },
  );
  server.registerResource(
    'document',
    new ResourceTemplate('plan://documents/{id}', {
      list: () => ({
        resources: listDocuments(engine).map((d) => ({
          uri: documentUri(d.id),
          name: d.id,
          title: `${d.title}（${d.versionDate}${d.status === 'superseded' ? `，${DOCUMENT_STATUS_TEXT.superseded}` : ''}）`,
          mimeType: 'text/markdown',
        })),
      }),
      complete: { id: (value) => listDocuments(engine).map((d) => d.id).filter((id) => id.startsWith(value)).slice(0, MAX_COMPLETIONS) },
    }),
    {
      title: '文件全文 Document',
      description: 'One document whole: title, level, version, status (in force or superseded), its notes on adoption and amendments, then every article verbatim under its chapters with its clause id',
      mimeType: 'text/markdown',
    },
    (uri, { id }) => {
      const text = documentText(engine, String(id));
      if (text === undefined) throw toMcpError(new AppError('not_found', `no document "${String(id).slice(0, 80)}" (plan://documents lists them)`));
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text }] };
    },
  );
}
