import { DERIVED_FACTS } from './derived-facts.ts';
import type { Profile, ProfileField } from './profile.ts';
import type { Criterion, LeafCriterion } from './rule-schema.ts';
import { ENGINE_READING } from './wording.ts';

/**
 * The value of one requirement for one profile. Ordered no < unknown < likely < yes, so that "all of"
 * is the minimum and "any of" the maximum; an unknown fact stays unknown and is never read as "no".
 */
export type Truth = 'no' | 'unknown' | 'likely' | 'yes';

/** The order of Truth values, lowest first. */
export const TRUTH_RANK: Readonly<Record<Truth, number>> = { no: 0, unknown: 1, likely: 2, yes: 3 };

/**
 * A requirement's value, the unknown fields that could still change it, a Chinese reason line, whether it only
 * narrows a group, and whether the plan's cited words state it (`planWords`; for an anyOf, the part that decides).
 */
export type Verdict = { truth: Truth; open: ProfileField[]; reason: string; limit: boolean; traced: boolean };

/** Evaluates one requirement of a service against a profile (implied facts already filled in). */
export function evaluateCriterion(criterion: Criterion, profile: Profile): Verdict {
  if (criterion.kind !== 'anyOf') return evaluateLeaf(criterion, profile);
  const parts = criterion.of.map((part) => ({ part, verdict: evaluateLeaf(part, profile) }));
  const best = parts.reduce((a, b) => (TRUTH_RANK[b.verdict.truth] > TRUTH_RANK[a.verdict.truth] ? b : a));
  const truth = best.verdict.truth;
  // Once a part is met nothing can change the result; otherwise any unknown part could raise it.
  const open = truth === 'yes' ? [] : unique(parts.filter((x) => x.verdict.truth === 'unknown').flatMap((x) => x.verdict.open));
  const detail = truth === 'yes' || truth === 'likely' ? best.part.label : undefined;
  // The met part is stated by the plan when it, or the whole group, has words in the cited quotes.
  const traced = criterion.planWords !== undefined || (truth === 'yes' || truth === 'likely' ? best.verdict.traced : parts.every((x) => x.verdict.traced));
  const reason = reasonLine(truth, criterion, traced, detail, truth === 'likely' ? likelyNote(best.part) : undefined);
  return { truth, open, reason, limit: criterion.limit === true, traced };
}

function evaluateLeaf(c: LeafCriterion, p: Profile): Verdict {
  const { truth, open } = leafTruth(c, p);
  const traced = c.planWords !== undefined;
  return { truth, open, reason: reasonLine(truth, c, traced, undefined, likelyNote(c)), limit: c.limit === true, traced };
}

function leafTruth(c: LeafCriterion, p: Profile): { truth: Truth; open: ProfileField[] } {
  switch (c.kind) {
    case 'field': {
      const value = p[c.field];
      if (value === undefined) return { truth: 'unknown', open: [c.field] };
      // Rules list values as data (string | boolean); the field's own type is checked by the rules test.
      if ((c.yes as readonly unknown[]).includes(value)) return { truth: 'yes', open: [] };
      if ((c.likely as readonly unknown[] | undefined)?.includes(value)) return { truth: 'likely', open: [] };
      return { truth: 'no', open: [] };
    }
    case 'age': {
      if (p.age === undefined) return { truth: 'unknown', open: ['age'] };
      const inRange = (c.min === undefined || p.age >= c.min) && (c.max === undefined || p.age <= c.max);
      return { truth: inRange ? 'yes' : 'no', open: [] };
    }
    case 'derived': {
      const { value, open } = DERIVED_FACTS[c.fact](p);
      if (value === undefined) return { truth: 'unknown', open };
      return { truth: value === c.is ? 'yes' : 'no', open: [] };
    }
  }
}

function likelyNote(c: LeafCriterion): string | undefined {
  return c.kind === 'field' ? c.ifLikely : undefined;
}

function reasonLine(truth: Truth, c: Criterion, traced: boolean, detail?: string, ifLikely?: string): string {
  const label = detail && detail !== c.label ? `${c.label}（${detail}）` : c.label;
  // A requirement the cited words do not state is the engine's reading, never "符合" in the plan's name.
  if (!traced && truth !== 'unknown') return `${truth === 'no' ? ENGINE_READING.notMet : ENGINE_READING.met}${label}（${ENGINE_READING.note}）`;
  switch (truth) {
    case 'yes':
      return `符合：${label}`;
    case 'likely':
      return `可能符合：${label}${ifLikely ? `。${ifLikely}` : ''}`;
    case 'no':
      return `不符合：${label}${c.ifNot ? `。${c.ifNot}` : ''}`;
    case 'unknown':
      return `待确认：${label}`;
  }
}

/** The items of a list without repeats, first occurrence kept. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
