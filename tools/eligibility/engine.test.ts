import { describe, expect, it } from 'vitest';
import clauses from '../../seeds/clauses.json' with { type: 'json' };
import { ELIGIBILITY_CASES } from './cases.ts';
import { decisiveQuestions } from './decisive-questions.ts';
import { checkEligibility } from './engine.ts';
import { SERVICE_RULES } from './rules/index.ts';
import { canBeEligible } from './rule-schema.ts';

const resultFor = (serviceId: string, profile: Parameters<typeof checkEligibility>[0]) => {
  const result = checkEligibility(profile, clauses).find((r) => r.serviceId === serviceId);
  if (!result) throw new Error(`no result for ${serviceId}`);
  return result;
};

describe('eligibility table (written from the plan text)', () => {
  it.each(ELIGIBILITY_CASES.map((c) => [`${c.service} ${JSON.stringify(c.profile)} → ${c.status}`, c] as const))('%s', (_, c) => {
    const r = resultFor(c.service, c.profile);
    expect(r.status).toBe(c.status);
    expect(r.missing.map((m) => m.field).sort()).toEqual([...(c.missing ?? [])].sort());
    expect(r.citations.map((x) => x.id)).toContain(c.clause);
  });

  it('covers every service, and every outcome each service can produce', () => {
    for (const rule of SERVICE_RULES) {
      const seen = new Set(ELIGIBILITY_CASES.filter((c) => c.service === rule.id).map((c) => c.status));
      const firm = canBeEligible(rule);
      const hasLikelyValues = rule.criteria.some((c) =>
        c.kind === 'anyOf' ? c.of.some((x) => x.kind === 'field' && (x.likely?.length ?? 0) > 0) : c.kind === 'field' && (c.likely?.length ?? 0) > 0,
      );
      const expected = ['need_info', 'not_eligible', firm ? 'eligible' : 'likely_eligible', ...(firm && hasLikelyValues ? ['likely_eligible'] : [])];
      for (const status of expected) expect(seen, `${rule.id} has no ${status} case`).toContain(status);
    }
  });
});

describe('checkEligibility', () => {
  it('reads an unknown fact as unknown, never as "no"', () => {
    for (const r of checkEligibility({}, clauses)) {
      expect(r.status).toBe('need_info');
      expect(r.missing.length).toBeGreaterThan(0);
      expect(r.relevant).toBe(false);
    }
  });

  it('puts what the person can get first and what is ruled out last', () => {
    const order = { eligible: 0, likely_eligible: 1, need_info: 2, not_eligible: 3 };
    const ranks = checkEligibility({ age: 65, disability: 'severe', lowIncome: 'dibao', residence: 'urban' }, clauses).map((r) => order[r.status]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('never gives eligible for a goal or an exploration, only likely_eligible with a caveat that says so', () => {
    const r = resultFor('tekun-minor-age-extension', { lowIncome: 'tekun', age: 16 });
    expect(r.strength).toBe('exploration');
    expect(r.status).toBe('likely_eligible');
    expect(r.caveat).toContain('探索');
    expect(r.caveat).toMatch(/12345/);
    expect(r.caveat).toContain('浙里办');
    const goal = resultFor('veteran-training', { veteran: true });
    expect(goal.reasons.join('')).toContain('目标或方向');
  });

  it('explains each condition in Chinese: met, unmet with what to do instead, and still unknown', () => {
    const r = resultFor('residence-permit-basic-services', { hukou: 'non_local', hasResidencePermit: false });
    expect(r.reasons).toContain('符合：户口不在本地（未落户的常住人口）');
    expect(r.reasons.find((x) => x.startsWith('不符合：持有居住证'))).toContain('申领居住证');
    expect(resultFor('orphan-support', {}).reasons).toEqual(['待确认：孤儿']);
  });

  it('names the part of an "any of" condition that was met', () => {
    const r = resultFor('family-doctor-key-groups', { chronicDisease: true });
    expect(r.reasons[0]).toBe('符合：属于老年人、慢性病患者、残疾人等重点人群（慢性病患者）');
  });

  it('asks each missing fact with a Chinese question', () => {
    const r = resultFor('unemployment-benefit-until-retirement', { employment: 'unemployed', age: 59 });
    expect(r.missing).toEqual([
      { field: 'unemploymentInsured', question: '您以前工作时是否缴纳过失业保险？' },
      { field: 'sex', question: '您的性别是男还是女？（法定退休年龄男女不同）' },
      expect.objectContaining({ field: 'reachedRetirementAge', question: expect.stringContaining('法定退休年龄') }),
    ]);
  });

  it('asks the degree of disability instead of also asking whether there is one', () => {
    const fields = resultFor('inclusive-education-mild-disability', { age: 10 }).missing.map((m) => m.field);
    expect(fields).toEqual(['disability']);
  });

  it('marks as relevant only the services that a given fact already speaks to', () => {
    const results = checkEligibility({ employment: 'unemployed', age: 59 }, clauses);
    const relevant = results.filter((r) => r.relevant).map((r) => r.serviceId);
    expect(relevant).toContain('unemployment-benefit-until-retirement');
    expect(relevant).not.toContain('orphan-support');
  });

  it('does not count a met limit ("not yet retired") as the service concerning the person', () => {
    const r = resultFor('unemployment-benefit-until-retirement', { age: 45 });
    expect(r.status).toBe('need_info');
    expect(r.relevant).toBe(false);
  });

  it('drops a citation the served corpus cannot verify, and a service left with none', () => {
    const corpus = clauses.map((c) => (c.id === '3.1.4' ? { ...c, text: '' } : c));
    const ids = checkEligibility({}, corpus).map((r) => r.serviceId);
    expect(ids).not.toContain('orphan-support');
    expect(ids).toContain('elderly-education');
  });

  it('does not change the profile it is given', () => {
    const profile = Object.freeze({ disability: 'mild' as const, recentlyDischarged: true });
    checkEligibility(profile, clauses);
    expect(profile).toEqual({ disability: 'mild', recentlyDischarged: true });
  });
});

describe('decisiveQuestions', () => {
  it('asks first what decides the most services that concern the person', () => {
    const questions = decisiveQuestions(checkEligibility({ employment: 'unemployed', age: 59 }, clauses));
    expect(questions[0]?.field).toBe('unemploymentInsured');
    expect(questions[0]?.serviceIds).toEqual(
      expect.arrayContaining(['unemployment-insurance-benefit', 'unemployment-benefit-until-retirement', 'unemployment-benefit-past-retirement']),
    );
    expect(new Set(questions.map((q) => q.field)).size).toBe(questions.length);
  });

  it('asks nothing when nothing is known yet (the chat asks the person to describe their situation)', () => {
    expect(decisiveQuestions(checkEligibility({}, clauses))).toEqual([]);
  });

  it('asks nothing more once every relevant result is decided', () => {
    const results = checkEligibility({ orphan: true }, clauses).filter((r) => r.serviceId === 'orphan-support');
    expect(decisiveQuestions(results)).toEqual([]);
  });
});
