/** The verbatim audit staff see as ✓/✗ and the evaluation counts. */
import { describe, expect, it } from 'vitest';
import { citationProblem, quoteIsVerbatim } from './verify-citation.ts';

const CLAUSE = { text: '稳步提高失业保险保障水平。加大职业技能培训力度。', path: ['五、就业', '（一）劳有所得'] };

describe('citationProblem', () => {
  it.each([
    ['a verbatim quote with its path', { id: '5.1', quote: '加大职业技能培训力度。', path: CLAUSE.path }, CLAUSE, null],
    ['a verbatim quote without a path (pasted JSON)', { id: '5.1', quote: '稳步提高失业保险保障水平' }, CLAUSE, null],
    ['a marker with no citation', undefined, CLAUSE, 'missing'],
    ['a clause id that does not exist', { id: '99.9', quote: '稳步提高' }, null, 'unknown_clause'],
    ['a paraphrase', { id: '5.1', quote: '逐步提高失业保险保障水平。' }, CLAUSE, 'not_verbatim'],
    ['an empty quote, which proves nothing', { id: '5.1', quote: '' }, CLAUSE, 'not_verbatim'],
    ['the right quote under the wrong headings', { id: '5.1', quote: '稳步提高', path: ['五、就业'] }, CLAUSE, 'path_mismatch'],
  ] as const)('%s', (_, citation, clause, expected) => {
    expect(citationProblem(citation, clause)).toBe(expected);
  });

  it('quoteIsVerbatim is character for character (full-width and half-width differ)', () => {
    expect(quoteIsVerbatim('保障水平。', CLAUSE.text)).toBe(true);
    expect(quoteIsVerbatim('保障水平.', CLAUSE.text)).toBe(false);
  });
});
