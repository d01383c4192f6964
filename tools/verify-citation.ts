/**
 * The verbatim audit of one citation against the clause it names: the check staff see as ✓/✗ and the
 * evaluation counts. Pure and dependency-free so the browser bundle imports the same function.
 */

/** What is wrong with a citation, or null when it holds. */
export type CitationProblem = 'missing' | 'unknown_clause' | 'not_verbatim' | 'path_mismatch';

/** Whether a quote occurs, character for character, in a clause's text (an empty quote proves nothing). */
export function quoteIsVerbatim(quote: string, text: string): boolean {
  return quote.length > 0 && text.includes(quote);
}

/**
 * Checks a citation (undefined: a marker with no citation) against its clause (null: no such clause):
 * the clause exists, the quote is verbatim in its text, and the heading path, when given, is the clause's.
 */
export function citationProblem(
  citation: { id: string; quote: string; path?: readonly string[] } | undefined,
  clause: { text: string; path: readonly string[] } | null | undefined,
): CitationProblem | null {
  if (!citation) return 'missing';
  if (!clause) return 'unknown_clause';
  if (!quoteIsVerbatim(citation.quote, clause.text)) return 'not_verbatim';
  if (citation.path && citation.path.join('\u0000') !== clause.path.join('\u0000')) return 'path_mismatch';
  return null;
}
