import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import clauses from '../../seeds/clauses.json' with { type: 'json' };
import { EligibilitySchema, ServiceSchema } from './eligibility-schema.ts';
import { checkEligibility } from './engine.ts';
import { PROFILE_FIELDS, ProfileSchema } from './profile.ts';
import { FIELD_QUESTIONS } from './questions.ts';
import { ServiceRuleSchema } from './rule-schema.ts';
import { SERVICE_RULES } from './rules/index.ts';
import { listServices } from './services.ts';
import { CheckEligibilityInputSchema, CheckEligibilityOutputSchema, ListServicesOutputSchema } from './tool-schemas.ts';

const CONTRACT_FIELDS = [
  'age', 'hukou', 'hasResidencePermit', 'employment', 'unemploymentInsured', 'receivingPension', 'disability', 'lowIncome',
  'veteran', 'orphan', 'studentType', 'collegeGraduate', 'residence', 'housingDifficulty', 'chronicDisease', 'planningPregnancy',
];

describe('ProfileSchema', () => {
  it('has every field of the public contract, each optional and described', () => {
    for (const f of CONTRACT_FIELDS) expect(PROFILE_FIELDS).toContain(f);
    expect(ProfileSchema.parse({})).toEqual({});
    const json = z.toJSONSchema(ProfileSchema) as { properties: Record<string, { description?: string }>; required?: string[] };
    expect(json.required ?? []).toEqual([]);
    for (const f of PROFILE_FIELDS) expect(json.properties[f]?.description, f).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('accepts a full contract profile', () => {
    const full = {
      age: 59, hukou: 'non_local', hasResidencePermit: true, employment: 'unemployed', unemploymentInsured: true, receivingPension: false,
      disability: 'mild', lowIncome: 'dibao_edge', veteran: false, orphan: false, studentType: 'none', collegeGraduate: false,
      residence: 'urban', housingDifficulty: true, chronicDisease: true, planningPregnancy: false,
    };
    expect(ProfileSchema.parse(full)).toEqual(full);
  });

  it.each([
    ['an unknown field', { hukuo: 'local' }],
    ['an unknown field next to valid ones', { age: 30, income: 1000 }],
    ['age as a string', { age: '59' }],
    ['a fractional age', { age: 59.5 }],
    ['a negative age', { age: -1 }],
    ['an unknown hukou', { hukou: 'beijing' }],
    ['a yes/no fact as a string', { veteran: 'yes' }],
    ['a yes/no fact as a number', { orphan: 1 }],
    ['an unknown disability degree', { disability: 'total' }],
    ['an unknown assistance status', { lowIncome: 'poor' }],
    ['null for a field', { age: null }],
  ])('rejects %s', (_, input) => {
    expect(ProfileSchema.safeParse(input).success).toBe(false);
  });

  it('rejects extra keys in the tool input too', () => {
    expect(CheckEligibilityInputSchema.safeParse({ profile: {}, extra: 1 }).success).toBe(false);
    expect(CheckEligibilityInputSchema.safeParse({ profile: { age: 30 } }).success).toBe(true);
  });

  it('gives every field a Chinese question', () => {
    for (const f of PROFILE_FIELDS) expect(FIELD_QUESTIONS[f]).toMatch(/[\u4e00-\u9fa5].*？/);
  });
});

describe('service rules', () => {
  it('are valid data with unique kebab-case ids', () => {
    for (const rule of SERVICE_RULES) ServiceRuleSchema.parse(rule);
    const ids = SERVICE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });

  it('only name values the Profile field can take', () => {
    for (const rule of SERVICE_RULES) {
      for (const c of rule.criteria.flatMap((x) => (x.kind === 'anyOf' ? x.of : [x]))) {
        if (c.kind !== 'field') continue;
        for (const v of [...c.yes, ...(c.likely ?? [])]) {
          expect(ProfileSchema.safeParse({ [c.field]: v }).success, `${rule.id}: ${c.field}=${String(v)}`).toBe(true);
        }
      }
    }
  });

  it('give a goal or an exploration wording only to rules that say so', () => {
    for (const rule of SERVICE_RULES.filter((r) => r.strength === 'exploration')) {
      expect(rule.citations.some((c) => c.quote.includes('探索'))).toBe(true);
    }
  });
});

describe('output schemas', () => {
  it('describe what the engine returns', () => {
    const results = checkEligibility({ age: 16, lowIncome: 'tekun', hukou: 'non_local' }, clauses);
    CheckEligibilityOutputSchema.parse({ results });
    for (const r of results) EligibilitySchema.parse(r);
    ListServicesOutputSchema.parse({ services: listServices(clauses) });
    for (const s of listServices(clauses)) ServiceSchema.parse(s);
  });

  it('convert to JSON Schema for MCP tool definitions', () => {
    expect(() => z.toJSONSchema(CheckEligibilityInputSchema)).not.toThrow();
    expect(() => z.toJSONSchema(CheckEligibilityOutputSchema)).not.toThrow();
    expect(() => z.toJSONSchema(ListServicesOutputSchema)).not.toThrow();
  });
});
