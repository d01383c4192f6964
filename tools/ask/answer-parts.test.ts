/** Several questions of one message answered as one Answer in parts (answer-parts.ts). */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../schemas/answer.ts';
import { joinParts } from './answer-parts.ts';

const referral = (text: string): Answer => ({ answer: text, status: 'no_match', citations: [], toolCalls: [], source: 'extractive' });

describe('joinParts', () => {
  it('shows a referral two parts share once, and the second part points to it instead of standing empty', () => {
    const text = '抱歉，规划中没有找到与您的问题直接相关的内容。请拨打12345政务服务热线。';
    const joined = joinParts([
      { question: '扶持拨款是多少', answer: referral(text) },
      { question: '只建舞台和球场合理吗', answer: referral(text) },
    ]);
    const lines = joined.answer.split('\n');
    expect(lines.filter((l) => l === text)).toHaveLength(1);
    expect(lines).toEqual(['关于“扶持拨款是多少”：', text, '关于“只建舞台和球场合理吗”：', '同上文关于“扶持拨款是多少”的答复。']);
  });

  it('keeps a part whose answer differs as it is', () => {
    const joined = joinParts([
      { question: '低保怎么申请', answer: referral('甲。') },
      { question: '特困怎么申请', answer: referral('乙。') },
    ]);
    expect(joined.answer.split('\n')).toEqual(['关于“低保怎么申请”：', '甲。', '关于“特困怎么申请”：', '乙。']);
  });
});
