import { z } from 'zod';
import { DERIVED_AGE_EDGES } from './derived-facts.ts';
import { PROFILE_FIELDS, ProfileSchema, type ProfileField } from './profile.ts';
import type { ServiceRule } from './rule-schema.ts';

/** A value a Profile field can take. */
export type FieldValue = string | number | boolean;

/** Every value a field can take, read from ProfileSchema: enum options, true/false, or each whole age in range. */
function valuesOf(field: ProfileField): readonly FieldValue[] {
  const inner = ProfileSchema.shape[field].unwrap();
  if (inner instanceof z.ZodEnum) return inner.options;
  if (inner instanceof z.ZodBoolean) return [true, false];
  if (inner instanceof z.ZodNumber) {
    const { minValue, maxValue } = inner;
    if (minValue === null || maxValue === null) throw new Error(`${field} needs bounds to be enumerated`);
    return Array.from({ length: maxValue - minValue + 1 }, (_, i) => minValue + i);
  }
  throw new Error(`${field}: no domain for this type`);
}

/** The values of every Profile field. */
export const FIELD_DOMAINS: Readonly<Record<ProfileField, readonly FieldValue[]>> = Object.fromEntries(
  PROFILE_FIELDS.map((f) => [f, valuesOf(f)]),
) as Record<ProfileField, readonly FieldValue[]>;

const AGE_TRIALS = new WeakMap<ServiceRule, readonly number[]>();

/**
 * The values worth trying for a field to see whether it would change a rule's result. Every value for enums
 * and booleans; for age, one age per stretch over which the rule cannot change (its own limits and the edges
 * of the derived facts), instead of all 131 ages.
 */
export function trialValues(field: ProfileField, rule: ServiceRule): readonly FieldValue[] {
  if (field !== 'age') return FIELD_DOMAINS[field];
  let ages = AGE_TRIALS.get(rule);
  if (!ages) {
    const parts = rule.criteria.flatMap((c) => (c.kind === 'anyOf' ? c.of : [c]));
    const edges = parts.flatMap((c): readonly (number | undefined)[] =>
      c.kind === 'age' ? [c.min, c.max === undefined ? undefined : c.max + 1] : c.kind === 'derived' ? DERIVED_AGE_EDGES : [],
    );
    ages = [...new Set([0, ...edges.filter((e) => e !== undefined)])].sort((a, b) => a - b);
    AGE_TRIALS.set(rule, ages);
  }
  return ages;
}
