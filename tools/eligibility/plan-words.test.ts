/**
 * Only as strong as the plan: every requirement is traced to words of its rule's cited quotes (`planWords`, like a
 * parameter with its reference), a result reads "符合规划所述对象" only when every requirement is, and "符合" never
 * stands before a requirement the cited text does not state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import clauses from '../../seeds/clauses.json' with { type: 'json' };
import { ENGINE_READING_WORDING } from '../wording.ts';
import { checkEligibility, judgeService } from './engine.ts';
import { FIELD_DOMAINS } from './field-domains.ts';
import { PROFILE_FIELDS, ProfileSchema } from './profile.ts';
import { canBeEligible, type Criterion, type ServiceRule } from './rule-schema.ts';
import { SERVICE_RULES } from './rules/index.ts';

/** Every requirement of a rule with its words: the criteria and the parts of each anyOf. */
const requirements = (rule: ServiceRule) => rule.criteria.flatMap((c): Criterion[] => (c.kind === 'anyOf' ? [c, ...c.of] : [c]));
const quotesOf = (rule: ServiceRule) => rule.citations.map((c) => c.quote);

describe('plan words', () => {
  const traced = SERVICE_RULES.flatMap((rule) =>
    requirements(rule).flatMap((c) => (c.planWords ?? []).map((word) => [rule.id, c.label, word, rule] as const)),
  );

  it.each(traced)('%s: "%s" is stated by the cited words "%s"', (_id, _label, word, rule) => {
    expect(quotesOf(rule).some((q) => q.includes(word)), quotesOf(rule).join(' / ')).toBe(true);
  });

  it.each(SERVICE_RULES.filter(canBeEligible).map((r) => [r.id, r] as const))(
    '%s can read "符合规划所述对象": its cited sentence names the group of every requirement',
    (_id, rule) => {
      for (const c of rule.criteria) {
        const words = c.planWords ?? (c.kind === 'anyOf' ? c.of.flatMap((p) => p.planWords ?? []) : []);
        expect(words.length, `${rule.id}: ${c.label}`).toBeGreaterThan(0);
        for (const w of words) expect(quotesOf(rule).some((q) => q.includes(w)), `${rule.id}: ${w}`).toBe(true);
      }
    },
  );

  it('reads a sentence that names no one (康复辅助器具社区租赁) as the engine\'s reading, never as 符合', () => {
    const rental = SERVICE_RULES.find((r) => r.id === 'assistive-device-rental')!;
    expect(canBeEligible(rental)).toBe(false);
    const judged = judgeService(rental, { hasDisability: true });
    expect(judged.status).toBe('likely_eligible');
    expect(judged.reasons.some((r) => r.startsWith('符合') || r.startsWith('可能符合'))).toBe(false);
    expect(judged.reasons.join('')).toContain(ENGINE_READING_WORDING.note);
  });

  it('still says 符合 for a group the sentence names (重度残疾人护理补贴)', () => {
    const rule = SERVICE_RULES.find((r) => r.id === 'severe-disability-care-subsidy')!;
    const judged = judgeService(rule, { disability: 'severe' });
    expect(judged.status).toBe('eligible');
    expect(judged.reasons[0]).toMatch(/^符合：重度残疾/);
  });

  it('gives eligible, and writes 符合, only where the cited words state it (random whole and partial people)', () => {
    const value = (f: (typeof PROFILE_FIELDS)[number]) => (f === 'age' ? fc.integer({ min: 0, max: 100 }) : fc.constantFrom(...FIELD_DOMAINS[f]));
    const someone = fc.record(Object.fromEntries(PROFILE_FIELDS.map((f) => [f, value(f)])), { requiredKeys: [] }).map((p) => ProfileSchema.parse(p));
    fc.assert(
      fc.property(someone, (profile) => {
        for (const r of checkEligibility(profile, clauses)) {
          const rule = SERVICE_RULES.find((x) => x.id === r.serviceId)!;
          if (r.status === 'eligible') expect(canBeEligible(rule), r.serviceId).toBe(true);
          for (const reason of r.reasons) {
            const m = /^(?:可能)?符合：(.*)$/.exec(reason);
            if (!m) continue;
            const said = m[1]!;
            // The requirement the line speaks of: the longest label it starts with.
            const c = requirements(rule)
              .filter((x) => said.startsWith(x.label))
              .sort((a, b) => b.label.length - a.label.length)[0];
            expect(c, `${rule.id}: ${reason}`).toBeDefined();
            // A met "any of" is stated when it has words, or the part named in brackets has.
            const stated =
              c!.planWords !== undefined || (c!.kind === 'anyOf' && c!.of.some((p) => p.planWords !== undefined && said.startsWith(`${c!.label}（${p.label}）`)));
            expect(stated, `${rule.id}: ${reason}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
