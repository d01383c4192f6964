/** One citation per sentence: renderDraft never numbers one sentence of one clause twice. */
import { describe, expect, it } from 'vitest';
import type { ClauseHit } from '../../retrieval/search.ts';
import { renderDraft, sameSentence, type AnswerDraft, type Point } from './compose.ts';

const hit = (id: string): ClauseHit => ({ id, path: ['章', '节'], pathInferred: [false, false], text: '', score: 1, sentences: [] });
const point = (id: string, sentence: string): Point => ({ text: sentence.replace(/。$/, ''), sentence, hit: hit(id), score: 1 });

describe('citation numbers', () => {
  it('reuses the number of a sentence already cited (end punctuation aside) and numbers new ones after', () => {
    const draft: AnswerDraft = {
      missing: null,
      lead: point('5.1.1', '促进高校毕业生等重点群体充分就业。'),
      support: [],
      extra: {
        lines: ['结合您说的情况：', '· 甲：可能适用[+0]', '· 乙：可能适用[+1]', '· 丙：可能适用[+2]'],
        citations: [
          { id: '5.1.1', path: [], quote: '促进高校毕业生等重点群体充分就业' },
          { id: '5.2.1', path: [], quote: '每年发放创业担保贷款' },
          { id: '5.2.1', path: [], quote: '每年发放创业担保贷款' },
        ],
      },
      followUp: null,
      office: null,
    };
    const { answer, citations } = renderDraft(draft);
    expect(citations.map((c) => [c.n, c.id])).toEqual([
      [1, '5.1.1'],
      [2, '5.2.1'],
    ]);
    expect(answer).toContain('· 甲：可能适用[1]');
    expect(answer).toContain('· 乙：可能适用[2]');
    expect(answer).toContain('· 丙：可能适用[2]');
  });

  it('keeps a different sentence of the same clause, and the same words of another clause, under their own numbers', () => {
    const draft: AnswerDraft = {
      missing: null,
      lead: point('11.1.2', '开展康复辅助器具社区租赁服务。'),
      support: [],
      extra: {
        lines: ['· 甲[+0]', '· 乙[+1]'],
        citations: [
          { id: '11.1.2', path: [], quote: '健全重度残疾人照护服务制度' },
          { id: '4.1.4', path: [], quote: '开展康复辅助器具社区租赁服务' },
        ],
      },
      followUp: null,
      office: null,
    };
    expect(renderDraft(draft).citations.map((c) => c.n)).toEqual([1, 2, 3]);
  });

  it('treats a part of a cited sentence as that sentence', () => {
    expect(sameSentence('实施高质量助残工程，完善残疾人基本保障制度。', '完善残疾人基本保障制度')).toBe(true);
    expect(sameSentence('完善残疾人基本保障制度', '实施高质量助残工程，完善残疾人基本保障制度')).toBe(false);
  });
});
