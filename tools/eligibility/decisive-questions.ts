import type { DecisiveQuestion, Eligibility } from './eligibility-schema.ts';

/**
 * The follow-up questions for the chat: the missing facts of the results that already concern the person
 * (`relevant`), once each, the fact that would decide the most services first (ties keep the order of the
 * results, which is best first). With nothing known yet every service is open, and 37 questions help no one:
 * the list is then empty and the chat should ask the person to describe their situation instead.
 */
export function decisiveQuestions(results: readonly Eligibility[]): DecisiveQuestion[] {
  const byField = new Map<string, DecisiveQuestion>();
  for (const r of results) {
    if (!r.relevant) continue;
    for (const { field, question } of r.missing) {
      const q = byField.get(field) ?? { field, question, serviceIds: [] };
      q.serviceIds.push(r.serviceId);
      byField.set(field, q);
    }
  }
  // Array.prototype.sort is stable, so equal counts keep first-seen order.
  return [...byField.values()].sort((a, b) => b.serviceIds.length - a.serviceIds.length);
}
