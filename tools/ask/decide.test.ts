/** Answer or refer (decide.ts, fitted by build/fit-decision-model.ts): direct questions the plan answers are never referred. */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../retrieval/engine.ts';
import { PLAN_DATA } from '../../server/plan-data.ts';
import { answerChat } from './answer-chat.ts';
import { decisionFeatures, namesHeading } from './decide.ts';
import { createGeneralIdf, type GeneralIdfTable } from './general-idf.ts';
import { analyzeQuestion } from './question.ts';
import generalIdfTable from './data/general-idf.json' with { type: 'json' };

const engine = createEngine(PLAN_DATA);
const ask = (text: string) => answerChat({ messages: [{ role: 'user', content: text }] }, { engine, eligibility: false });

describe('a question the plan answers directly is answered, with the sentence that answers it', () => {
  // Issue 20's examples (written for the issue, not taken from an eval set), and the sentence each must cite.
  const rows: [string, string][] = [
    ['县里会建社会福利中心吗', '社会福利中心'],
    ['村里能收寄快递吗', '快递'],
    ['托育机构会增加吗', '托育机构'],
    ['法律援助打什么电话', '12348'],
    ['家门口有没有托育点', '托育'],
  ];
  it.each(rows)('%s', async (question, cited) => {
    const a = await ask(question);
    expect(a.status).toBe('answered');
    expect(a.citations[0]?.quote).toContain(cited);
  });
});

const idf = createGeneralIdf(generalIdfTable as GeneralIdfTable);

describe('a plan heading sent back as a question (a clarifying option) is answered', () => {
  const heading = async (text: string) => {
    const q = analyzeQuestion(text, undefined, engine, idf);
    return namesHeading(q, await engine.search(q.prepared, 8));
  };
  it('as typed, or with the "方面的安排" clarify.ts adds to a short one; not a question that only contains it', async () => {
    expect(await heading('丰富优质养老服务供给')).toBe(true);
    expect((await ask('丰富优质养老服务供给')).status).toBe('answered');
    expect(await heading('养老保险方面的安排')).toBe(true);
    expect(await heading('养老保险每月多少钱')).toBe(false);
    expect(await heading('丰富优质养老服务供给吗在哪里')).toBe(false);
  });
});

describe('features', () => {
  const features = async (text: string) => {
    const q = analyzeQuestion(text, undefined, engine, idf);
    return decisionFeatures(q, await engine.search(q.prepared, 8), engine);
  };

  it('words of nearness and A-not-A forms are not uncovered topic words (家门口 is absent from the plan, yet names no topic)', async () => {
    const near = await features('家门口有没有托育点');
    const plain = await features('有托育点吗');
    expect(near.absentMax).toBe(0);
    expect(near.coverTop).toBeCloseTo(plain.coverTop, 5);
  });
});

describe('asking what will be provided (asksIntent)', () => {
  const intent = async (text: string) => {
    const q = analyzeQuestion(text, undefined, engine, idf);
    return decisionFeatures(q, await engine.search(q.prepared, 8), engine).asksIntent;
  };
  // Written for this test: a modal of asking or of duty before a provision verb, and a wish told as …就好了.
  it.each(['街道能否设立一个养老服务站？', '图书馆是否能够延长开放时间', '政府应该多建几个公园', '要是村里也有卫生室就好了'])('%s asks it', async (text) => {
    expect(await intent(text)).toBe(1);
  });
  it.each(['能否申请低保', '我应该去哪里办社保卡'])('%s does not', async (text) => {
    expect(await intent(text)).toBe(0);
  });
});

describe('whether one pays at all is a yes/no question, not an amount', () => {
  const features = async (text: string) => {
    const q = analyzeQuestion(text, undefined, engine, idf);
    return decisionFeatures(q, await engine.search(q.prepared, 8), engine);
  };
  // Written for this test.
  it.each(['家庭医生签约要自己掏钱吗', '老年大学上课收费吗'])('%s', async (text) => {
    const x = await features(text);
    expect(x.asksAmount).toBe(0);
    expect(x.asksSpecific).toBe(0);
  });
  it('how much one pays is an amount', async () => {
    expect((await features('老年大学上课收费多少钱')).asksAmount).toBe(1);
  });
});
