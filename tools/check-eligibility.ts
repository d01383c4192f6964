/** check_eligibility: which of the plan's person-facing services may apply to a person, from the facts they gave. */
import {
  CheckEligibilityInputSchema,
  CheckEligibilityOutputSchema,
  checkEligibility,
  decisiveQuestions,
  type Eligibility,
} from './eligibility/index.ts';
import { defineTool } from './tool.ts';
import { ELIGIBILITY_NOTHING_YET, ELIGIBILITY_STATUS_LABEL, PLAN_CAVEAT, eligibilityAskNext, eligibilityRestLine } from './wording.ts';

/** Status words as a person reads them, the same as the web page's. */
const STATUS_LABELS: Readonly<Record<Eligibility['status'], string>> = ELIGIBILITY_STATUS_LABEL;

/** The check_eligibility tool. */
export const checkEligibilityTool = defineTool({
  name: 'check_eligibility',
  title: '服务事项资格初判 Check eligibility',
  description: [
    'Judge which person-facing services named in 《浙江省公共服务“十四五”规划》 may apply to one person (unemployment insurance, dibao/低保, disability subsidies, schooling for migrant children, public rental housing, veterans\' services, …).',
    'Call it when the person describes their situation and asks what they can get or whether they qualify. Put only the facts you know into `profile`; leave the rest out — an absent field is unknown, never "no". Map everyday words to fields: 外地户口/没落户 → hukou "non_local", 低保户 → lowIncome "dibao", 失业了 → employment "unemployed", 残疾证 → disability. Unknown fields are rejected.',
    'Returns every service best first (eligible, likely_eligible, need_info, not_eligible), each with reasons in Chinese, the `missing` facts with a Chinese question to ask, and citations (clause id, heading path, verbatim quote); `questions` are the most decisive follow-ups — ask the person the first one or two, then call again.',
    'Results are inferences from a plan that states goals and directions to 2025, not statutory conditions: relay each result\'s caveat and refer the person to the department, the 12345 hotline or 浙里办 to apply.',
  ].join('\n'),
  inputSchema: CheckEligibilityInputSchema,
  outputSchema: CheckEligibilityOutputSchema,
  async run({ profile }, { engine }) {
    const results = checkEligibility(profile, engine.corpus.clauses);
    return { results, questions: decisiveQuestions(results) };
  },
  toText({ results, questions = [] }) {
    // In full: what may apply, and the open services the person's facts already touch; the rest as counts.
    const shown = results.filter((r) => r.status === 'eligible' || r.status === 'likely_eligible' || (r.status === 'need_info' && r.relevant));
    const blocks = shown.map((r, i) =>
      [
        `${i + 1}. ${r.name}｜${STATUS_LABELS[r.status]}`,
        ...r.reasons.map((reason) => `   · ${reason}`),
        ...r.missing.map((m) => `   ? ${m.question}`),
        `   依据：${r.citations.map((c) => `条款 ${c.id}「${c.quote}」`).join('；')}`,
      ].join('\n'),
    );
    const rest = results.length - shown.length;
    const open = results.filter((r) => r.status === 'need_info' && !r.relevant).length;
    return [
      shown.length ? blocks.join('\n\n') : ELIGIBILITY_NOTHING_YET,
      ...(rest ? [eligibilityRestLine(rest, open)] : []),
      ...(questions.length ? [eligibilityAskNext(questions.slice(0, 3).map((q) => q.question))] : []),
      PLAN_CAVEAT,
    ].join('\n\n');
  },
});
