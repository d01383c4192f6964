import { describe, expect, it } from 'vitest';
import { createAnswerDeps } from '../../server/answer-deps.ts';
import { PLAN_DATA } from '../../server/plan-data.ts';
import { createEngine } from '../../retrieval/engine.ts';
import { SMALL_TALK_GREETING, SMALL_TALK_THANKS } from '../wording.ts';
import { answerChat } from './answer-chat.ts';
import { smallTalkReply, withoutSmallTalk } from './smalltalk.ts';

describe('smallTalkReply', () => {
  it.each(['你好', '您好！', '在吗？', 'Hello', '早上好~'])('greets back on %s', (m) => expect(smallTalkReply(m)).toBe(SMALL_TALK_GREETING));
  it.each(['谢谢', '谢谢您！', '好的，明白了', '嗯嗯', 'OK', '收到，再见', '謝謝', '谢谢你们，辛苦了', '感谢您的解答'])('says 不客气 on %s', (m) => expect(smallTalkReply(m)).toBe(SMALL_TALK_THANKS));
  it('greets back when small talk is the first message: nothing yet to say 不客气 for', () => {
    expect(smallTalkReply('好', true)).toBe(SMALL_TALK_GREETING);
    expect(smallTalkReply('谢谢', true)).toBe(SMALL_TALK_GREETING);
  });
  it.each(['不好', '谢谢，那农村的呢', '你好，低保怎么申请', '好的医院有哪些', 'book', ''])('leaves a question or anything else alone: %s', (m) =>
    expect(smallTalkReply(m)).toBeNull(),
  );
});

describe('withoutSmallTalk', () => {
  it.each([
    ['你好，低保怎么申请', '低保怎么申请'],
    ['您好！请问托育机构会增加吗？', '请问托育机构会增加吗？'],
    ['谢谢！那城里的呢', '那城里的呢'],
    ['不好意思，想问一下，县里会建社会福利中心吗', '县里会建社会福利中心吗'],
    ['好的医院有哪些', '好的医院有哪些'],
    ['谢谢', '谢谢'],
    ['尊敬的领导：您好！我想反映一个问题', '尊敬的领导：您好！我想反映一个问题'],
  ])('%s → %s', (m, expected) => expect(withoutSmallTalk(m)).toBe(expected));
});

describe('in the chat', () => {
  const deps = createAnswerDeps(createEngine(PLAN_DATA), {});
  const ask = (...turns: string[]) => answerChat({ messages: turns.map((content, i) => ({ role: i % 2 === 0 ? ('user' as const) : ('assistant' as const), content })) }, deps);

  it('replies to thanks courteously, with no claim and no citation', async () => {
    const a = await ask('托育机构会增加吗', '根据规划，加快建设托幼一体的托育机构[1]。', '谢谢！');
    expect(a).toMatchObject({ status: 'no_match', answer: SMALL_TALK_THANKS, citations: [] });
  });

  it('answers a question after a greeting as the question alone', async () => {
    const [greeted, plain] = await Promise.all([ask('你好，县里会建社会福利中心吗'), ask('县里会建社会福利中心吗')]);
    expect(greeted.status).toBe('answered');
    expect(greeted.answer).toBe(plain.answer);
  });

  it('says 不客气 after a greeting or a clarifying question of ours, which ask nothing of the person (both end in ？)', async () => {
    const greeted = await ask('你好');
    expect((await ask('你好', greeted.answer, '谢谢')).answer).toBe(SMALL_TALK_THANKS);
    expect((await ask('你好', greeted.answer, '你好')).answer).toBe(SMALL_TALK_GREETING);
    expect((await ask('养老', '您想问的是哪一项？', '谢谢你们')).answer).toBe(SMALL_TALK_THANKS);
  });

  it('reads "嗯" after a question of ours as the reply, not as small talk', async () => {
    const a = await ask('我失业了，能领失业金吗？', '您以前工作时是否缴纳过失业保险？', '嗯');
    expect(a.answer).not.toBe(SMALL_TALK_THANKS);
  });
});
