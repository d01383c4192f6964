import type { Eligibility } from './eligibility-schema.ts';
import { trialValues } from './field-domains.ts';
import { evaluateCriterion, TRUTH_RANK, unique, type Truth, type Verdict } from './evaluate-criterion.ts';
import { withImpliedFacts } from './implied-facts.ts';
import type { Profile, ProfileField } from './profile.ts';
import { FIELD_QUESTIONS } from './questions.ts';
import { indexClauses, resolveCitations, type ClauseText } from './resolve-citations.ts';
import type { ServiceRule } from './rule-schema.ts';
import { SERVICE_RULES } from './rules/index.ts';
import { CAVEATS, STATUS_ORDER, STRENGTH_NOTES } from './wording.ts';

/** A service judged for a profile, before citations are attached. */
export type Judgement = Pick<Eligibility, 'status' | 'relevant' | 'reasons' | 'missing'>;

/**
 * Judges every service for one profile: which may apply, why, what is still unknown, and the clauses behind it.
 * Pure: the corpus comes in as an argument (only to check quotes and add heading paths) and nothing is stored.
 * Results come best first (eligible, likely_eligible, need_info, not_eligible), in chapter order within each.
 */
export function checkEligibility(
  profile: Profile,
  corpus: readonly ClauseText[],
  rules: readonly ServiceRule[] = SERVICE_RULES,
): Eligibility[] {
  const clauses = indexClauses(corpus);
  const results = rules.flatMap((rule): Eligibility[] => {
    const citations = resolveCitations(rule.citations, clauses);
    if (citations.length === 0) return [];
    const { id: serviceId, name, group, strength } = rule;
    return [{ serviceId, name, group, strength, ...judgeService(rule, profile), citations, caveat: CAVEATS[strength] }];
  });
  return results.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
}

/**
 * Judges one service. All requirements must hold, so the service's truth is the lowest of theirs:
 * a known "no" anywhere rules it out, any unknown leaves it open. A met rule is `eligible` only when the
 * plan words it as a commitment and does not leave who qualifies to the department.
 */
export function judgeService(rule: ServiceRule, profile: Profile): Judgement {
  const { status, verdicts, truth, firm } = evaluate(rule, profile);
  const reasons = verdicts.map((v) => v.reason);
  if (status !== 'not_eligible') {
    if (rule.conditionsElsewhere) reasons.push(`说明：${rule.conditionsElsewhere}`);
    const note = STRENGTH_NOTES[rule.strength];
    if (note) reasons.push(note);
  }
  // A met limit ("not yet retired") says nothing about whether the service is for this person.
  const relevant = verdicts.some((v) => !v.limit && (v.truth === 'yes' || v.truth === 'likely'));
  return { status, relevant, reasons, missing: decidingFacts(rule, profile, candidates(verdicts, truth, firm), status) };
}

function evaluate(rule: ServiceRule, profile: Profile) {
  const p = withImpliedFacts(profile);
  const verdicts = rule.criteria.map((c) => evaluateCriterion(c, p));
  const truth = verdicts.reduce<Truth>((low, v) => (TRUTH_RANK[v.truth] < TRUTH_RANK[low] ? v.truth : low), 'yes');
  // Eligible only when the plan commits, names the group itself and states every requirement in the cited words.
  const firm = rule.strength === 'commitment' && rule.conditionsElsewhere === undefined && verdicts.every((v) => v.traced);
  const status: Eligibility['status'] =
    truth === 'no' ? 'not_eligible' : truth === 'unknown' ? 'need_info' : truth === 'yes' && firm ? 'eligible' : 'likely_eligible';
  return { status, verdicts, truth, firm };
}

/**
 * The unknown fields that could matter. Unknown: the open fields of the requirements still unknown (each could
 * rule the service out, and all must be known to rule it in). Likely: only fields that could still make a firm
 * rule eligible (an "any of" whose met part is only likely). Decided otherwise: none, since known facts stay known.
 */
function candidates(verdicts: readonly Verdict[], truth: Truth, firm: boolean): ProfileField[] {
  const open = truth === 'unknown' ? 'unknown' : truth === 'likely' && firm ? 'likely' : undefined;
  return open ? unique(verdicts.filter((v) => v.truth === open).flatMap((v) => v.open)) : [];
}

/**
 * Of the candidates, the facts that would decide the result: those for which some value gives a different
 * status than another. A fact that matters only together with another unknown one (an "any of" while a
 * separate requirement is still open) waits for the next turn. Should no single fact decide, every
 * candidate is kept, so need_info always says what to ask.
 */
function decidingFacts(
  rule: ServiceRule,
  profile: Profile,
  fields: readonly ProfileField[],
  status: Eligibility['status'],
): Eligibility['missing'] {
  const deciding = fields.filter((field) => {
    const statuses = new Set(trialValues(field, rule).map((v) => evaluate(rule, { ...profile, [field]: v }).status));
    return statuses.size > 1;
  });
  const asked = deciding.length > 0 || status !== 'need_info' ? deciding : fields;
  return withoutSubsumed(asked).map((field) => ({ field, question: FIELD_QUESTIONS[field] }));
}
/** A field whose question is already answered by another listed question: asking the degree of disability also asks whether there is one. */
const SUBSUMED_BY: Partial<Record<ProfileField, ProfileField>> = { hasDisability: 'disability' };

function withoutSubsumed(fields: readonly ProfileField[]): ProfileField[] {
  return fields.filter((f) => {
    const wider = SUBSUMED_BY[f];
    return wider === undefined || !fields.includes(wider);
  });
}
