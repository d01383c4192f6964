/** The clause corpus in memory: lookup by id, document order, neighbours, sentence table. */
import type { Clause, CorpusClause } from './schemas/clause.ts';

/** One sentence of a clause, the unit the index scores. */
export interface Sentence {
  /** `${clauseId}#${n}`, n from 0. */
  sid: string;
  clauseId: string;
  /** Position within the clause, from 0 (the `n` of the sid). */
  index: number;
  text: string;
}

/** Read-only view of the reconstructed plan. */
export interface Corpus {
  clauses: readonly CorpusClause[];
  sentences: readonly Sentence[];
  get(id: string): CorpusClause | undefined;
  /** A clause's position in `clauses`, -1 for an unknown id. */
  indexOf(id: string): number;
  /** A sentence by its id (`clauseId#n`). */
  sentence(sid: string): Sentence | undefined;
  neighbours(id: string): { prev: string | null; next: string | null };
}

/** Strips the build-only `sentences` field: the public Clause shape, with its document ("plan" unless it is an article's). */
export function toClause(c: Clause): Clause {
  const clause: Clause = { id: c.id, path: c.path, pathInferred: c.pathInferred, text: c.text, doc: c.doc ?? 'plan' };
  if (c.label !== undefined) clause.label = c.label;
  return clause;
}

/** Wraps the built clause list. */
export function createCorpus(clauses: readonly CorpusClause[]): Corpus {
  const byId = new Map(clauses.map((c, i) => [c.id, i]));
  const sentences = clauses.flatMap((c) => c.sentences.map((text, index) => ({ sid: `${c.id}#${index}`, clauseId: c.id, index, text })));
  const bySid = new Map(sentences.map((s) => [s.sid, s]));
  return {
    clauses,
    sentences,
    sentence: (sid) => bySid.get(sid),
    get: (id) => {
      const i = byId.get(id);
      return i === undefined ? undefined : clauses[i];
    },
    indexOf: (id) => byId.get(id) ?? -1,
    neighbours: (id) => {
      const i = byId.get(id);
      if (i === undefined) return { prev: null, next: null };
      return { prev: clauses[i - 1]?.id ?? null, next: clauses[i + 1]?.id ?? null };
    },
  };
}
