import type { Profile, ProfileField } from './profile.ts';
import type { DerivedFact } from './rule-schema.ts';

/** A derived fact's value (undefined = unknown) and, when unknown, the fields that could settle it, most useful first. */
export type DerivedValue = { value: boolean | undefined; open: ProfileField[] };

/**
 * Statutory retirement age (法定退休年龄), as [earliest, latest] over everyone of that sex, in whole years.
 * Until 2024: men 60, women workers 50, women cadres 55. The NPC decision of 2024 raises it gradually from
 * 1 January 2025 by birth month: men to 63, women workers to 55, women cadres to 58. So an age below the
 * earliest value is surely before retirement and an age at or above the latest is surely past it; in
 * between it depends on birth month and (for women) job category, which we do not ask: we ask the person
 * whether they have reached it (reachedRetirementAge) instead of guessing.
 * Early retirement for special jobs or illness is not modelled: a person in that case answers
 * reachedRetirementAge, which always takes precedence.
 */
const RETIREMENT_BAND = { male: [60, 63], female: [50, 58], unknown: [50, 63] } as const;

/**
 * 大龄 (older worker): the plan does not define it. The employment-policy convention "4050" (women from 40,
 * men from 50) is used only as a lower bound, to rule out people nobody would call 大龄; the rule that uses
 * it stays likely_eligible, because the department decides the actual condition.
 */
const OLDER_WORKER_FLOOR = { male: 50, female: 40, unknown: [40, 50] } as const;

/** The ages at which a derived fact can change value (a fact is constant between consecutive edges). */
export const DERIVED_AGE_EDGES: readonly number[] = [
  ...Object.values(RETIREMENT_BAND).flat(),
  ...Object.values(OLDER_WORKER_FLOOR).flat(),
];

/** Whether the person has reached statutory retirement age: their own answer first, then age and sex. */
export function retirementAgeReached(p: Profile): DerivedValue {
  if (p.reachedRetirementAge !== undefined) return { value: p.reachedRetirementAge, open: [] };
  if (p.age === undefined) return { value: undefined, open: ['age', 'reachedRetirementAge'] };
  const [earliest, latest] = RETIREMENT_BAND[p.sex ?? 'unknown'];
  if (p.age < earliest) return { value: false, open: [] };
  if (p.age >= latest) return { value: true, open: [] };
  // Inside the band for everyone of any sex from 50 to 62, knowing the sex decides it for part of the band
  // (a man under 60 is before, a woman of 58 or more is past), so sex is worth asking when unknown.
  return { value: undefined, open: p.sex === undefined ? ['sex', 'reachedRetirementAge'] : ['reachedRetirementAge'] };
}

/** Whether the person is 大龄 as bounded above. */
export function olderWorker(p: Profile): DerivedValue {
  if (p.age === undefined) return { value: undefined, open: ['age'] };
  if (p.sex !== undefined) return { value: p.age >= OLDER_WORKER_FLOOR[p.sex], open: [] };
  const [lowest, highest] = OLDER_WORKER_FLOOR.unknown;
  if (p.age < lowest) return { value: false, open: [] };
  if (p.age >= highest) return { value: true, open: [] };
  return { value: undefined, open: ['sex'] };
}

/** Every derived fact by name. */
export const DERIVED_FACTS: Readonly<Record<DerivedFact, (p: Profile) => DerivedValue>> = {
  retirementAgeReached,
  olderWorker,
};
