import { z } from 'zod';
import { ClauseIdSchema } from '../../retrieval/schemas/clause.ts';
import { ServiceSchema } from './eligibility-schema.ts';
import { ProfileFieldSchema } from './profile.ts';

/** The Chinese wording that turns a criterion into a reason line. */
const wording = {
  label: z.string().describe('The requirement in Chinese, phrased so that "符合：" / "不符合：" / "待确认：" can precede it'),
  ifNot: z.string().optional().describe('Chinese note added when the criterion is not met (what to do instead)'),
  planWords: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe(
      "The reference: words of the rule's cited quotes that state this requirement (\"重度残疾人\", \"城镇低保、低收入\"). Absent when the requirement is the engine's reading of a sentence that names no one: it is then never shown as met (\"符合\") and the rule is at most likely_eligible. In an anyOf, a part is traced by its own words or the anyOf's",
    ),
  limit: z
    .boolean()
    .optional()
    .describe('True when the requirement only narrows a group named elsewhere (未到退休年龄, 未领养老金): meeting it does not make the service concern the person'),
};

/** A requirement on one enum or boolean Profile field. Values outside yes ∪ likely fail it. */
export const FieldCriterionSchema = z
  .object({
    kind: z.literal('field'),
    field: ProfileFieldSchema,
    yes: z.array(z.union([z.string(), z.boolean()])).describe('Values that meet the requirement'),
    likely: z
      .array(z.union([z.string(), z.boolean()]))
      .optional()
      .describe('Values that probably meet it: the plan\'s group is vaguer than the field (e.g. 困难家庭)'),
    ifLikely: z.string().optional().describe('Chinese note explaining why a "likely" value is only likely'),
    ...wording,
  })
  .describe('A requirement on one Profile field');

/** A requirement on the age, inclusive at both ends. */
export const AgeCriterionSchema = z
  .object({
    kind: z.literal('age'),
    min: z.number().int().optional().describe('Lowest age that meets it (inclusive)'),
    max: z.number().int().optional().describe('Highest age that meets it (inclusive)'),
    ...wording,
  })
  .describe('A requirement on age, in whole years');

/** The facts the engine derives from several fields (see derived-facts.ts). */
export const DerivedFactSchema = z
  .enum(['retirementAgeReached', 'olderWorker'])
  .describe('retirementAgeReached: at or past statutory retirement age; olderWorker: 大龄 as bounded in derived-facts.ts');

/** A requirement on a derived fact. */
export const DerivedCriterionSchema = z
  .object({
    kind: z.literal('derived'),
    fact: DerivedFactSchema,
    is: z.boolean().describe('The value that meets the requirement'),
    ...wording,
  })
  .describe('A requirement on a fact derived from several fields');

/** A single requirement: on a field, on age or on a derived fact. */
export const LeafCriterionSchema = z.discriminatedUnion('kind', [
  FieldCriterionSchema,
  AgeCriterionSchema,
  DerivedCriterionSchema,
]);

/** A requirement met when any one of its parts is met (e.g. 老年人、慢性病患者、残疾人等重点人群). */
export const AnyOfCriterionSchema = z
  .object({
    kind: z.literal('anyOf'),
    of: z.array(LeafCriterionSchema).min(2),
    ...wording,
  })
  .describe('Met when any part is met');

/** One requirement of a service. A service's requirements must all be met. */
export const CriterionSchema = z.discriminatedUnion('kind', [
  FieldCriterionSchema,
  AgeCriterionSchema,
  DerivedCriterionSchema,
  AnyOfCriterionSchema,
]);

/** One requirement of a service. */
export type Criterion = z.infer<typeof CriterionSchema>;

/** One single requirement (not an anyOf). */
export type LeafCriterion = z.infer<typeof LeafCriterionSchema>;

/** A derived fact's name. */
export type DerivedFact = z.infer<typeof DerivedFactSchema>;

/** A citation as written in a rule: the clause id and the verbatim quote; the path comes from the corpus. */
export const RuleCitationSchema = z.object({
  id: ClauseIdSchema,
  quote: z.string().min(1).describe('Verbatim substring of the clause text'),
});

/** A service as data: what ServiceSchema lists, plus the requirements the engine evaluates. */
export const ServiceRuleSchema = ServiceSchema.omit({ citations: true }).extend({
  citations: z.array(RuleCitationSchema).min(1).describe('The first citation is the clause that names the service'),
  criteria: z.array(CriterionSchema).min(1).describe('All must be met'),
  conditionsElsewhere: z
    .string()
    .optional()
    .describe(
      'Chinese note when the plan says "符合条件的" or otherwise leaves who qualifies to the department: a met rule is then only likely_eligible',
    ),
});

/** A service as data. */
export type ServiceRule = z.infer<typeof ServiceRuleSchema>;

/** Whether the plan's cited words state a requirement (an anyOf: itself, or at least one of its parts). */
export function statedByPlan(c: Criterion): boolean {
  return c.planWords !== undefined || (c.kind === 'anyOf' && c.of.some((part) => part.planWords !== undefined));
}

/**
 * Whether a rule's result can read "符合规划所述对象" (eligible): the plan states the measure as in force, names
 * who qualifies itself, and its cited words state every requirement.
 */
export function canBeEligible(rule: ServiceRule): boolean {
  return rule.strength === 'commitment' && rule.conditionsElsewhere === undefined && rule.criteria.every(statedByPlan);
}
