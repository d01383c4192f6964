import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import clauses from '../../seeds/clauses.json' with { type: 'json' };
import { retirementAgeReached } from './derived-facts.ts';
import { EligibilitySchema } from './eligibility-schema.ts';
import { checkEligibility, judgeService } from './engine.ts';
import { FIELD_DOMAINS } from './field-domains.ts';
import { SERVICE_RULES } from './rules/index.ts';
import { PROFILE_FIELDS, ProfileSchema, type Profile, type ProfileField } from './profile.ts';

/** Ages near every threshold the rules use, so that random profiles land on the edges often. */
const EDGE_AGES = [0, 15, 16, 17, 18, 39, 40, 49, 50, 55, 57, 58, 59, 60, 62, 63, 64, 79, 80];

const valueOf = (field: ProfileField) =>
  field === 'age' ? fc.oneof(fc.constantFrom(...EDGE_AGES), fc.integer({ min: 0, max: 110 })) : fc.constantFrom(...FIELD_DOMAINS[field]);

/**
 * A whole, consistent person: every field known. Facts the engine links are made to agree, as they do for a
 * real person: the degree of disability and whether there is one; a recent discharge and being a veteran;
 * "reached retirement age" and an age/sex that already settles it. (Contradictory facts are not "adding a
 * fact": they describe two different people.)
 */
const person = fc.record(Object.fromEntries(PROFILE_FIELDS.map((f) => [f, valueOf(f)]))).map((raw) => {
  const p = ProfileSchema.parse(raw);
  p.hasDisability = p.disability !== 'none';
  if (p.recentlyDischarged) p.veteran = true;
  const settled = retirementAgeReached({ age: p.age, sex: p.sex }).value;
  if (settled !== undefined) p.reachedRetirementAge = settled;
  return p;
});

const pick = (p: Profile, fields: readonly ProfileField[]): Profile =>
  Object.fromEntries(fields.filter((f) => p[f] !== undefined).map((f) => [f, p[f]]));

/** A person, and two views of them: `known` and `more`, where `more` knows every fact `known` does and some more. */
const twoViews = person.chain((p) =>
  fc.tuple(fc.subarray([...PROFILE_FIELDS]), fc.subarray([...PROFILE_FIELDS])).map(([a, b]) => {
    const more = b;
    const known = a.filter((f) => more.includes(f));
    return { known: pick(p, known), more: pick(p, more), added: more.filter((f) => !known.includes(f)) };
  }),
);

describe('properties of checkEligibility', () => {
  it('adding a fact never changes a decided result unless that fact was listed as missing', () => {
    fc.assert(
      fc.property(twoViews, ({ known, more, added }) => {
        const after = new Map(checkEligibility(more, clauses).map((r) => [r.serviceId, r.status]));
        for (const r of checkEligibility(known, clauses)) {
          if (r.status === 'need_info') continue;
          const listed = r.missing.some((m) => added.includes(m.field));
          if (!listed) expect(after.get(r.serviceId), `${r.serviceId} ${JSON.stringify(known)} + ${added}`).toBe(r.status);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('lists as missing only facts it does not have, and only facts that would decide the result', () => {
    fc.assert(
      fc.property(twoViews, ({ known }) => {
        for (const r of checkEligibility(known, clauses)) {
          if (r.status === 'need_info') expect(r.missing.length).toBeGreaterThan(0);
          for (const { field } of r.missing) {
            expect(known[field]).toBeUndefined();
            // Some value of the fact must lead to a different status than another value does.
            const rule = SERVICE_RULES.find((x) => x.id === r.serviceId)!;
            const values = field === 'age' ? EDGE_AGES : FIELD_DOMAINS[field];
            const statuses = new Set(values.map((v) => judgeService(rule, { ...known, [field]: v }).status));
            expect(statuses.size, `${r.serviceId}: ${field} decides nothing for ${JSON.stringify(known)}`).toBeGreaterThan(1);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and every result matches the published schema', () => {
    fc.assert(
      fc.property(twoViews, ({ known }) => {
        const first = checkEligibility(known, clauses);
        expect(checkEligibility(known, clauses)).toEqual(first);
        expect(first).toHaveLength(SERVICE_RULES.length);
        for (const r of first) EligibilitySchema.parse(r);
      }),
      { numRuns: 100 },
    );
  });
});
