/**
 * Issue 23, rows 1, 2 and 6: personal data in every disguise. One table of what must be masked (numbers
 * spelled in financial capitals, with ○ for zero, in other scripts' digits, split by | * ~ or runs of dots;
 * names and home addresses a person gives) and what must stay (ordinary numerals, places named in a question);
 * then the same texts through every place they are echoed or stored: /api/search, the feedback table, the
 * question log (/api/unanswered) and the log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../../server/feedback/sqlite-store.ts';
import { setLogSink } from '../../server/logger.ts';
import { maskPersonalData, maskTurns } from '../../tools/ask/pii.ts';
import { testApp } from './support.ts';

const JSON_TYPE = { 'content-type': 'application/json' };

/** [the text, the kinds masked, a fragment that must not survive] */
const MASKED: [string, string[], string][] = [
  // Numbers in disguise (an ID of region 330106, born 1990-01-01, sequence 123, check digit 4 is valid).
  ['身份证參參零壹零陆壹玖玖零零壹零壹壹贰叁肆', ['身份证号'], '壹壹贰叁肆'],
  ['身份证叁叁零壹零陆壹玖玖零零壹零壹壹贰叁肆', ['身份证号'], '壹壹贰叁肆'],
  ['身份证参参零壹零陆壹玖玖零零壹零壹壹贰叁肆', ['身份证号'], '壹壹贰叁肆'],
  ['身份证33○1○6199○○1○11234', ['身份证号'], '11234'],
  ['身份证三三〇一〇六一九九〇〇一〇一一二三四', ['身份证号'], '一二三四'],
  ['身份证𝟑𝟑𝟎𝟏𝟎𝟔𝟏𝟗𝟗𝟎𝟎𝟏𝟎𝟏𝟏𝟐𝟑𝟒', ['身份证号'], '𝟏𝟐𝟑𝟒'],
  ['身份证٣٣٠١٠٦١٩٩٠٠١٠١١٢٣٤', ['身份证号'], '٢٣٤'],
  ['身份证३३०१०६१९९००१०११२३४', ['身份证号'], '२३४'],
  ['身份证①③⓪①⓪⑥', [], ''],
  ['手机1|3|8|1|2|3|4|5|6|7|8', ['手机号'], '5|6|7'],
  ['手机138*1234*5678', ['手机号'], '5678'],
  ['手机138~1234~5678', ['手机号'], '5678'],
  ['手机138.....1234.....5678', ['手机号'], '5678'],
  ['手机138……1234……5678', ['手机号'], '5678'],
  ['手机 138 | 1234 | 5678', ['手机号'], '5678'],
  ['手机幺叁捌壹贰叁肆伍陆柒捌', ['手机号'], '伍陆柒捌'],
  ['电话𝟭𝟯𝟴𝟭𝟮𝟯𝟰𝟱𝟲𝟳𝟴', ['手机号'], '𝟱𝟲𝟳𝟴'],
  ['卡号6222*0212*3456*7894', ['银行卡号'], '7894'],
  ['号码1\u202e38123\u202c45678', ['手机号'], '45678'],
  // Names a person gives of themselves or their family.
  ['我叫王秀英，住在余杭区良渚街道玉鸟路2幢3单元501，想问低保怎么申请', ['姓名', '住址'], '王秀英'],
  ['我叫张三今年六十五了，能领养老金吗', ['姓名'], '张三'],
  ['我的名字是李建国，失业了怎么办', ['姓名'], '李建国'],
  ['姓名：陈小红，申请公租房', ['姓名'], '陈小红'],
  ['本人王秀英，今年七十', ['姓名'], '王秀英'],
  ['我妈叫李桂兰，低保怎么申请', ['姓名'], '李桂兰'],
  ['我老公叫赵大伟，他残疾了', ['姓名'], '赵大伟'],
  // Home addresses.
  ['家住西湖区文三路100号，附近有养老院吗', ['住址'], '文三路100号'],
  ['我住在阳光小区5栋1202室', ['住址'], '1202室'],
  ['地址：拱墅区米市巷街道朝晖路88号3幢2单元301室', ['住址'], '朝晖路'],
  ['住址是上城区解放路12号', ['住址'], '解放路12号'],
  ['玉鸟路2幢3单元501的老人能申请助餐吗', ['住址'], '3单元501'],
  ['我家在桃源村五组', ['住址'], '五组'],
];

/** Texts that hold no personal data, however much they look like it. */
const KEPT = [
  '余杭区有几家养老院', '我住在杭州，能申请公租房吗', '三岁的孩子能上托育机构吗', '两个孩子有什么补贴', '一二三四级残疾有什么区别',
  '参保人员怎么办理', '我参加了城乡居民医保', '参参加加', '解放路上的社区卫生服务中心几点开门', '中山路100号是什么单位',
  '本人高龄，能申请居家养老服务吗', '本人想问一下低保标准', '我是低保户', '我叫了救护车，费用谁出', '第3单元讲的是什么',
  '2021|2022|2023|2024年的目标', '12345热线', '每千人口3张床位', '到2025年', '60周岁以上', '1.5万元', '第十四个五年规划',
];

describe('the masking table', () => {
  it.each(MASKED)('masks %s', (text, kinds, fragment) => {
    const masked = maskPersonalData(text);
    expect(masked.found.sort()).toEqual([...kinds].sort());
    if (fragment) expect(masked.text).not.toContain(fragment);
  });

  it.each(KEPT)('keeps %s', (text) => {
    expect(maskPersonalData(text)).toEqual({ text, found: [] });
  });

  it('drops bidi overrides and other invisible format characters from what is kept', () => {
    expect(maskPersonalData('低保\u202e怎么\u2066申请\u200b？').text).toBe('低保怎么申请？');
  });

  it('masks a number split across two turns in both', () => {
    const [first, second] = maskTurns(['我的身份证号是330106', '19900101123X']);
    expect(first!.text).toBe('我的身份证号是［已隐去身份证号］');
    expect(second!.text).toBe('［已隐去身份证号］');
    const [a, b] = maskTurns(['手机138 1234', '5678，低保怎么办']);
    expect(a!.text).not.toContain('1234');
    expect(b!.text).toBe('［已隐去手机号］，低保怎么办');
  });

  it('does not join numbers of two turns into one that fails its check', () => {
    expect(maskTurns(['2021年', '2022年']).map((m) => m.text)).toEqual(['2021年', '2022年']);
  });
});

describe('every place a text is echoed or stored', () => {
  let store: SqliteStore;
  let app: ReturnType<typeof testApp>;
  const logged: string[] = [];
  let restore: ReturnType<typeof setLogSink>;
  const env = { STAFF_TOKEN: 'staff-token-for-masking' };
  beforeAll(async () => {
    store = await openSqliteStore(':memory:');
    app = testApp({ feedback: store });
    restore = setLogSink((line) => logged.push(line));
  });
  afterAll(() => {
    store.close();
    setLogSink(restore);
  });
  const post = (path: string, body: unknown) => app.request(path, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify(body) }, env);
  const masked = MASKED.filter(([, kinds]) => kinds.length > 0);

  it.each(masked)('/api/search does not echo %s', async (text, _kinds, fragment) => {
    const body = (await (await post('/api/search', { query: text })).json()) as { query: string };
    expect(body.query).toContain('［已隐去');
    expect(body.query).not.toContain(fragment);
  });

  it('the feedback table, the question log and /api/unanswered hold none of it', async () => {
    for (const [text] of masked) {
      expect((await post('/api/feedback', { rating: 'wrong_answer', question: text, answer: '答', comment: text })).status).toBe(201);
    }
    const staff = { authorization: `Bearer ${env.STAFF_TOKEN}` };
    const feedback = await (await app.request('/api/feedback?limit=200', { headers: staff }, env)).text();
    const unanswered = await (await app.request('/api/unanswered?limit=200', { headers: staff }, env)).text();
    for (const [text, , fragment] of masked) {
      expect(feedback, text).not.toContain(fragment);
      expect(unanswered, text).not.toContain(fragment);
    }
    expect(logged.join('\n')).not.toContain('王秀英');
  });

  it('a number split across turns reaches the question log masked', async () => {
    const messages = [
      { role: 'user', content: '我的身份证号是3301061990' },
      { role: 'assistant', content: '请不要提供身份证号。' },
      { role: 'user', content: '0101123X 火星上的养老院怎么申请' },
    ];
    const answer = (await (await post('/api/chat', { messages })).json()) as { status: string };
    const staff = { authorization: `Bearer ${env.STAFF_TOKEN}` };
    const unanswered = await (await app.request('/api/unanswered?limit=200', { headers: staff }, env)).text();
    expect(answer.status).toBe('no_match');
    expect(unanswered).toContain('火星');
    expect(unanswered).not.toContain('0101123X');
  });
});
