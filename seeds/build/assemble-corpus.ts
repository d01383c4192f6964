/** Assembles the clause tree from the seed, the outline and the placement table (pure, validated). */
import type { CorpusClause } from '../../retrieval/schemas/clause.ts';
import { headingText, uniqueUnits } from './split-seed.ts';

/** One heading of the outline. */
export interface OutlineNode {
  id: string;
  heading: string;
  inferred: boolean;
}

/** Reads outline.tsv: `id<TAB>inferred(0|1)<TAB>heading`, # comments. */
export function parseOutline(tsv: string): OutlineNode[] {
  return dataLines(tsv).map((line) => {
    const [id, inferred, heading] = line.split('\t');
    if (!id || !heading || (inferred !== '0' && inferred !== '1')) throw new Error(`outline.tsv: bad line "${line}"`);
    return { id, heading, inferred: inferred === '1' };
  });
}

/** Reads placement.tsv: `clauseId<TAB>sentence`, # comments. */
export function parsePlacement(tsv: string): { id: string; sentence: string }[] {
  return dataLines(tsv).map((line) => {
    const tab = line.indexOf('\t');
    if (tab < 1) throw new Error(`placement.tsv: bad line "${line}"`);
    return { id: line.slice(0, tab), sentence: line.slice(tab + 1) };
  });
}

function dataLines(tsv: string): string[] {
  return tsv.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

/** Builds the clauses in document order; throws on any fidelity violation. */
export function assembleCorpus(input: { seed: string; outline: string; placement: string }): CorpusClause[] {
  const units = uniqueUnits(input.seed);
  const outline = parseOutline(input.outline);
  const placement = parsePlacement(input.placement);
  const problems: string[] = [];

  const seedHeadings = new Set(units.filter((u) => u.heading).map((u) => headingText(u.text)));
  for (const node of outline) {
    if (!node.inferred && !seedHeadings.has(node.heading)) problems.push(`heading not in seed: ${node.heading}`);
  }
  const outlineHeadings = new Set(outline.filter((n) => !n.inferred).map((n) => n.heading));
  for (const h of seedHeadings) if (!outlineHeadings.has(h)) problems.push(`seed heading missing from outline: ${h}`);

  const byId = new Map(outline.map((n) => [n.id, n]));
  const isLeaf = (id: string) => !outline.some((n) => n.id.startsWith(`${id}.`));
  const body = new Set(units.filter((u) => !u.heading).map((u) => u.text));
  const placedAt = new Map<string, string>();
  const sentences = new Map<string, string[]>();
  for (const { id, sentence } of placement) {
    if (!byId.has(id) || !isLeaf(id)) problems.push(`placement names no clause: ${id}`);
    if (!body.has(sentence)) problems.push(`placed text is not a seed sentence: ${sentence}`);
    const earlier = placedAt.get(sentence);
    if (earlier) problems.push(`sentence placed twice (${earlier}, ${id}): ${sentence}`);
    placedAt.set(sentence, id);
    sentences.set(id, [...(sentences.get(id) ?? []), sentence]);
  }
  for (const text of body) if (!placedAt.has(text)) problems.push(`seed sentence not placed: ${text}`);
  if (problems.length > 0) throw new Error(`corpus is not faithful to the seed:\n${problems.join('\n')}`);

  return outline
    .filter((n) => isLeaf(n.id))
    .map((leaf) => {
      const chain = ancestors(leaf.id)
        .map((id) => byId.get(id))
        .filter((n): n is OutlineNode => n !== undefined);
      const own = sentences.get(leaf.id) ?? [];
      return {
        id: leaf.id,
        path: chain.map((n) => n.heading),
        pathInferred: chain.map((n) => n.inferred),
        text: own.join(''),
        sentences: own,
      };
    });
}

/** "4.1.2" → ["4", "4.1", "4.1.2"]. */
function ancestors(id: string): string[] {
  const parts = id.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}
