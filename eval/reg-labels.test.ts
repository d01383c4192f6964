/** Judging an answer's document citations against an item's article label (eval:articles, eval:heldout). */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../retrieval/engine.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import type { Answer } from '../tools/schemas/answer.ts';
import { judgeArticleQuotes, type RegLabel } from './reg-labels.ts';

const library = createEngine(PLAN_DATA).documents!;
const label: RegLabel = { id: 'x', reg_answerable: true, reg_gold: [{ file: library.document('labour-contract-law')!.file, article: '第十九条', fragment: '' }] };
const cite = (n: number, id: string) => {
  const clause = library.article(id)!;
  return { n, id, path: clause.path, quote: clause.sentences[0]!, doc: clause.doc, docTitle: '', versionDate: '', label: clause.label };
};
const answer = (...citations: ReturnType<typeof cite>[]) => ({ answer: '', status: 'no_match', citations, toolCalls: [], source: 'extractive' }) as unknown as Answer;

describe('judgeArticleQuotes', () => {
  it('counts a document named by its notes alone apart from quoted articles', () => {
    const named = judgeArticleQuotes(library, answer(cite(1, 'labour-contract-law:0')), label);
    expect(named).toMatchObject({ cited: [], named: ['labour-contract-law'], namedGold: true, gold: false, quotes: 1, verbatim: 1, superseded: 0 });
    expect(judgeArticleQuotes(library, answer(cite(1, 'work-injury-insurance-regulation:0')), label)).toMatchObject({ cited: [], named: ['work-injury-insurance-regulation'], namedGold: false });
  });

  it('counts a quoted article as cited, and its version note as no named document', () => {
    const quoted = judgeArticleQuotes(library, answer(cite(1, 'labour-contract-law:19'), cite(2, 'labour-contract-law:0')), label);
    expect(quoted).toMatchObject({ cited: ['labour-contract-law:19'], named: [], namedGold: false, gold: true, quotes: 2, verbatim: 2 });
  });
});
