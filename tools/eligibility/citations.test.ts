import { describe, expect, it } from 'vitest';
import { unsupportedFigures } from '../ask/figures.ts';
import clauses from '../../seeds/clauses.json' with { type: 'json' };
import { checkEligibility } from './engine.ts';
import { SERVICE_RULES } from './rules/index.ts';
import { listServices } from './services.ts';

const byId = new Map(clauses.map((c) => [c.id, c]));

describe('citations', () => {
  const cited = SERVICE_RULES.flatMap((rule) => rule.citations.map((c) => [rule.id, c.id, c.quote] as const));

  it.each(cited)('%s cites %s verbatim: %s', (_, id, quote) => {
    const clause = byId.get(id);
    expect(clause, `clause ${id} exists`).toBeDefined();
    expect(clause!.text).toContain(quote);
  });

  it('lists every service with its citations and the clauses\' heading paths', () => {
    const services = listServices(clauses);
    expect(services.map((s) => s.id)).toEqual(SERVICE_RULES.map((r) => r.id));
    for (const s of services) {
      for (const c of s.citations) expect(c.path).toEqual(byId.get(c.id)!.path);
    }
  });

  it('gives every result at least one verbatim citation', () => {
    for (const r of checkEligibility({ age: 70, lowIncome: 'dibao', disability: 'severe' }, clauses)) {
      expect(r.citations.length).toBeGreaterThan(0);
      for (const c of r.citations) expect(byId.get(c.id)!.text).toContain(c.quote);
    }
  });

  it('names no service with a figure its first citation lacks (the chat cites the name with that quote)', () => {
    for (const r of SERVICE_RULES) expect(unsupportedFigures(r.name, r.citations[0]!.quote), r.id).toEqual([]);
  });
});
