/** The shared figure detector. */
import { describe, expect, it } from 'vitest';
import { PLAN_CAVEAT, PLAN_PERIOD } from '../wording.ts';
import { figuresIn, hasFigure, supportsFigure, unsupportedFigures } from './figures.ts';

describe('figuresIn', () => {
  it('finds Arabic figures with decimals and percent, folding full width, ignoring [n] markers', () => {
    expect(figuresIn('筛查率达到85%[1]，打造1.5小时服务圈[2]，１０％')).toEqual(['85%', '1.5', '10%']);
  });
  it('finds Chinese-numeral quantities but not articles', () => {
    expect(figuresIn('三分之二以上用于民生')).toEqual(['三分之二']);
    expect(figuresIn('重度残疾（一般为残疾等级一、二级）')).toEqual(['一、二级']);
    expect(figuresIn('每月两千元，百分之九十')).toEqual(['两千元', '百分之九十']);
    expect(figuresIn('想再问您一个问题，一项服务')).toEqual([]);
  });
  it("reads the caveat's plan period as fixed wording, and only that exact phrase", () => {
    expect(PLAN_CAVEAT).toContain(PLAN_PERIOD);
    expect(figuresIn(PLAN_CAVEAT)).toEqual(['12345']);
    expect(figuresIn(`规划是${PLAN_PERIOD}的目标，到2025年达到90%`)).toEqual(['2025', '90%']);
    expect(figuresIn('“十四五”时期（2021-2026年）')).toEqual(['2021', '2026']);
  });
});

describe('supportsFigure', () => {
  it('matches whole numbers only', () => {
    expect(supportsFigure('扶持创业人员3万人', '3')).toBe(true);
    expect(supportsFigure('扶持创业人员25万人', '5')).toBe(false);
    expect(supportsFigure('达到12.5%', '2.5')).toBe(false);
    expect(supportsFigure('力争创建1—2个', '1')).toBe(true);
  });
  it('lists what the source lacks, allowing referral numbers', () => {
    expect(unsupportedFigures('每月1800元，拨打12345[1]', '稳步提高失业保险保障水平', new Set(['12345']))).toEqual(['1800']);
  });
});

describe('a law named with its version', () => {
  it('does not count the version date right after the title, and counts any other date', () => {
    expect(figuresIn('具体规定见《浙江省社会救助条例》（2020年9月24日修正[3]）第十一条')).toEqual([]);
    expect(figuresIn('《浙江省社会救助条例》于2020年9月24日修正')).toEqual(['2020', '9', '24']);
    expect(figuresIn('（2020年9月24日修正）')).toEqual(['2020', '9', '24']);
  });
  it('does not count a version named by an ordinal amendment (第三次修正), as versionNoteOf writes it', () => {
    expect(figuresIn('具体规定见《中华人民共和国老年人权益保障法》（2018年12月29日第三次修正[5]）第十五条')).toEqual([]);
    expect(figuresIn('2018年12月29日第三次修正')).toEqual(['2018', '12', '29']);
  });

  it('hasFigure (remembered) answers as figuresIn does, asked again, past its memory and for a long text', () => {
    const texts = ['每人每月500元', '提供养老服务', '三分之二', '一个问题', `${'养老'.repeat(200)}5元`, '养老'.repeat(200)];
    for (let i = 0; i < 9000; i++) texts.push(i % 2 ? `第${i}项` : `服务${'好'.repeat(i % 7)}`);
    for (const round of [1, 2]) for (const t of texts) expect(hasFigure(t), `${t} (${round})`).toBe(figuresIn(t).length > 0);
  });
});
