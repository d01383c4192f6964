/** The document picker atop the reading view (/plan, /plan?doc=): every document, grouped, the current one selected. */
import { html } from 'hono/html';
import { PLAN_DOC } from '../../retrieval/documents/catalog.ts';
import type { ListedDocument } from '../../tools/documents.ts';
import { DOCUMENT_STATUS_TEXT } from '../../tools/wording.ts';

/** The picker's groups, in this order: the plan, then the province's rules, then the national ones. */
const GROUPS: { label: string; has: (d: ListedDocument) => boolean }[] = [
  { label: '规划', has: (d) => d.id === PLAN_DOC },
  { label: '浙江省地方性法规', has: (d) => d.id !== PLAN_DOC && d.level === '浙江省' },
  { label: '国家法律、行政法规', has: (d) => d.id !== PLAN_DOC && d.level !== '浙江省' },
];

/** A document's name in the picker: a superseded version says so and gives its date. */
function pickerName(d: ListedDocument): string {
  return d.status === 'superseded' ? `${d.title}（${d.versionDate}版，${DOCUMENT_STATUS_TEXT.superseded}）` : d.title;
}

/** A form that opens any document's reading view; a plain GET form, so it works without JavaScript. */
export function documentPicker(documents: readonly ListedDocument[], current: string) {
  return html`<form class="doc-picker card" method="get" action="/plan">
<label for="doc-select">选择文件（规划、法规）</label>
<div class="row"><select id="doc-select" name="doc">${GROUPS.map(
    (g) => html`<optgroup label="${g.label}">${documents.filter(g.has).map((d) => html`<option value="${d.id}"${d.id === current ? ' selected' : ''}>${pickerName(d)}</option>`)}</optgroup>`,
  )}</select>
<button type="submit" class="btn small">打开</button></div>
</form>`;
}
