import type { Service } from './eligibility-schema.ts';
import { indexClauses, resolveCitations, type ClauseText } from './resolve-citations.ts';
import type { ServiceRule } from './rule-schema.ts';
import { SERVICE_RULES } from './rules/index.ts';

/** Every service the engine knows, for /api/services and list_services; a service with no verifiable citation is left out. */
export function listServices(corpus: readonly ClauseText[], rules: readonly ServiceRule[] = SERVICE_RULES): Service[] {
  const clauses = indexClauses(corpus);
  return rules.flatMap(({ id, name, group, description, strength, citations }) => {
    const resolved = resolveCitations(citations, clauses);
    return resolved.length > 0 ? [{ id, name, group, description, strength, citations: resolved }] : [];
  });
}
