import type { Clause } from '../../retrieval/schemas/clause.ts';
import type { Eligibility } from './eligibility-schema.ts';
import type { ServiceRule } from './rule-schema.ts';

/** The part of a clause the engine reads: enough to check a quote and show where it comes from. */
export type ClauseText = Pick<Clause, 'id' | 'path' | 'text'>;

/** Clauses by id, built once per call so that a corpus of any size is read once. */
export function indexClauses(corpus: readonly ClauseText[]): ReadonlyMap<string, ClauseText> {
  return new Map(corpus.map((c) => [c.id, c]));
}

/**
 * A rule's citations checked against the corpus the caller serves, with the heading path added.
 * A quote that is not a verbatim substring of its clause is dropped rather than shown as the plan's words;
 * the citations test fails on any such quote in the shipped rules.
 */
export function resolveCitations(
  citations: ServiceRule['citations'],
  clauses: ReadonlyMap<string, ClauseText>,
): Eligibility['citations'] {
  return citations.flatMap(({ id, quote }) => {
    const clause = clauses.get(id);
    return clause && clause.text.includes(quote) ? [{ id, path: clause.path, quote }] : [];
  });
}
