/**
 * Everyday phrasings (相似问法) of clauses as their own Orama index: the built-in ones from
 * seeds/phrasings.tsv (indexed at build time) and a runtime overlay of extra ones (staff corrections add a
 * question as a phrasing of a clause). A phrasing only ever raises its clause's score; it is never quoted:
 * answers quote the plan's own sentences.
 */
import { create, insert, load, save, type AnyOrama, type RawData } from '@orama/orama';
import type { T2sTable } from './normalize.ts';
import { segment, type Lexicon } from './segment.ts';
import { createScorer, type Scorer } from './scorer.ts';
import type { Term } from './terms.ts';
import { createTokenizer } from './tokenizer.ts';

/** An everyday phrasing of a clause, or a staff correction's question. */
export interface PhrasingRow {
  clauseId: string;
  text: string;
}

/** The built artefact (retrieval/data/phrasings.json): the rows and the saved Orama index over them. */
export interface PhrasingData {
  rows: PhrasingRow[];
  index: RawData;
}

/** The best phrasing of one clause that matched a query. */
export interface PhrasingHit {
  clauseId: string;
  text: string;
  /** Orama BM25 of the phrasing times its coverage (see `search`). */
  score: number;
  /** A staff correction's phrasing (`setExtra`), not a built-in one. */
  staff?: true;
}

/** The phrasing index with its overlay. */
export interface Phrasings {
  /** How many phrasings are indexed (built-in and extra). */
  size(): number;
  /** The best matching phrasing per clause for a query's tokens, as their terms (terms.ts), which it reads and fills. */
  search(terms: readonly Term[]): PhrasingHit[];
  /** Replaces the extra phrasings; returns false (and does nothing) when the set is unchanged. */
  setExtra(rows: readonly PhrasingRow[]): boolean;
}

/**
 * A phrasing counts only when the question says at least this share of its words and bigrams: a shared
 * character or two with one of ~400 short questions is chance, not a rewording.
 */
const MIN_COVERAGE = 0.5;
/** The phrasing index's one field. */
const PHRASING_FIELDS = { phrasing: 1 };
/** Phrasings scored per query before keeping the best per clause. */
const PHRASING_POOL = 40;

/** Parses `clauseId<TAB>phrasing` lines; `#` comments and blank lines are ignored. */
export function parsePhrasingsTsv(tsv: string): PhrasingRow[] {
  const rows: PhrasingRow[] = [];
  for (const line of tsv.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [clauseId, text] = line.split('\t');
    if (!clauseId?.trim() || !text?.trim()) throw new Error(`phrasings: bad line "${line}"`);
    rows.push({ clauseId: clauseId.trim(), text: text.trim() });
  }
  return rows;
}

function createEmptyIndex(): AnyOrama {
  return create({ schema: { phrasing: 'string' } as const, components: { tokenizer: createTokenizer() }, sort: { enabled: false } }) as AnyOrama;
}

/** Orama answers synchronously with a synchronous tokenizer and no hooks; anything else is a bug here. */
function sync<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error('phrasings: Orama answered asynchronously');
  return value;
}

/** Phrasings are questions: segmented as queries are (question words dropped), so both sides match alike. */
const phrasingTokens = (text: string, lexicon: Lexicon, t2s: T2sTable) => segment(text, lexicon, t2s, true);

function insertRows(db: AnyOrama, rows: readonly PhrasingRow[], prefix: string, lexicon: Lexicon, t2s: T2sTable): void {
  const perClause = new Map<string, number>();
  for (const row of rows) {
    const n = perClause.get(row.clauseId) ?? 0;
    perClause.set(row.clauseId, n + 1);
    sync(insert(db, { id: `${row.clauseId}#${prefix}${n}`, phrasing: phrasingTokens(row.text, lexicon, t2s).join(' ') }));
  }
}

/** Builds the phrasing artefact (build time). */
export function buildPhrasingData(rows: PhrasingRow[], lexicon: Lexicon, t2s: T2sTable): PhrasingData {
  const db = createEmptyIndex();
  insertRows(db, rows, 'p', lexicon, t2s);
  return { rows, index: save(db) };
}

/** One indexed phrasing: its clause, its text, its distinct words and bigrams, its place in the coverage index. */
interface PhrasingDoc {
  clauseId: string;
  text: string;
  words: string[];
  slot: number;
  staff?: true;
}

/** Which phrasings have each word, to count how many of a phrasing's words a question says. */
interface CoverageIndex {
  /** The slots of the phrasings that have `word`, or null. */
  slotsOf(word: string): Int32Array | null;
  /** Per phrasing slot, how many of its words the question says: filled by the caller, zeroed by `reset`. */
  said: Uint16Array;
  reset(): void;
  /** Whether any phrasing has at least `share` of its words in `said`. */
  any(share: number): boolean;
}

/**
 * Numbers the phrasings and lists, per word, the phrasings that have it. Counting a question's words then reads
 * one short list per distinct token instead of walking the words of each of the 40 best phrasings against a set
 * of the question's tokens (half of a phrasing search, most of it cache misses when the server has been idle).
 */
function createCoverageIndex(docs: Iterable<PhrasingDoc>): CoverageIndex {
  const lists = new Map<string, number[]>();
  let slots = 0;
  const lengths: number[] = [];
  for (const doc of docs) {
    doc.slot = slots++;
    lengths.push(doc.words.length);
    for (const w of doc.words) {
      const list = lists.get(w);
      if (list) list.push(doc.slot);
      else lists.set(w, [doc.slot]);
    }
  }
  const byWord = new Map([...lists].map(([w, list]) => [w, Int32Array.from(list)]));
  const said = new Uint16Array(slots);
  const words = Uint16Array.from(lengths);
  return {
    slotsOf: (word) => byWord.get(word) ?? null,
    said,
    reset: () => said.fill(0),
    any(share) {
      for (let s = 0; s < said.length; s++) if (said[s]! > 0 && said[s]! / words[s]! >= share) return true;
      return false;
    },
  };
}

/** Loads the built phrasings (none when the artefact is absent) with an empty overlay. */
export function createPhrasings(data: PhrasingData | undefined, lexicon: Lexicon, t2s: T2sTable): Phrasings {
  const builtIn = data?.rows ?? [];
  let extra: PhrasingRow[] = [];
  let extraKey = '';
  // Doc id → clause, text and the words and bigrams of the phrasing, each once.
  const docs = new Map<string, PhrasingDoc>();
  const describe = (rows: readonly PhrasingRow[], prefix: string) => {
    const perClause = new Map<string, number>();
    for (const row of rows) {
      const n = perClause.get(row.clauseId) ?? 0;
      perClause.set(row.clauseId, n + 1);
      const tokens = phrasingTokens(row.text, lexicon, t2s);
      const words = tokens.filter((t) => t.length > 1);
      const doc: PhrasingDoc = { clauseId: row.clauseId, text: row.text, words: [...new Set(words.length ? words : tokens)], slot: -1 };
      if (prefix === 'x') doc.staff = true;
      docs.set(`${row.clauseId}#${prefix}${n}`, doc);
    }
  };
  let coverage: CoverageIndex | undefined;
  // The phrasing each of the scorer's internal ids stands for, so a search reads an array, not a map of ids.
  let docAt: (PhrasingDoc | undefined)[] | undefined;
  const docsByInternalId = (s: Scorer) => Array.from({ length: s.size + 1 }, (_, id) => (id === 0 ? undefined : docs.get(s.externalId(id))));
  // Orama's load keeps references into the raw data and inserts mutate them: the overlay loads a copy.
  const base = (copy: boolean) => {
    const db = createEmptyIndex();
    if (data) load(db, copy ? structuredClone(data.index) : data.index);
    return db;
  };
  describe(builtIn, 'p');
  // Loaded on the first search, not at start-up: a request that searches nothing pays nothing for it.
  let scorer: Scorer | null | undefined = builtIn.length ? undefined : null;
  // Which build of the index (and coverage) the terms' phrasing data must come from; bumped by setExtra.
  let generation = 0;
  let question = 0;

  return {
    size: () => docs.size,
    search(terms) {
      if (scorer === undefined) scorer = createScorer(base(false), PHRASING_FIELDS);
      if (!scorer || terms.length === 0) return [];
      coverage ??= createCoverageIndex(docs.values());
      docAt ??= docsByInternalId(scorer);
      // Each distinct word once: a term counted for this question is skipped (`counted`).
      question++;
      const { said } = coverage;
      coverage.reset();
      for (const term of terms) {
        if (term.generation !== generation) {
          term.generation = generation;
          term.phrasing = undefined;
          term.coverage = coverage.slotsOf(term.token);
        }
        const slots = term.coverage;
        if (!slots || term.counted === question) continue;
        term.counted = question;
        for (let i = 0; i < slots.length; i++) said[slots[i]!]!++;
      }
      // A phrasing counts only when the question says half its words: when none does, ranking them changes nothing.
      if (!coverage.any(MIN_COVERAGE)) return [];
      const lists = terms.map((term) => (term.phrasing === undefined ? (term.phrasing = scorer!.postings(term.token)) : term.phrasing));
      const best = new Map<string, PhrasingHit>();
      const { count, ids, scores } = scorer.topOf(lists, PHRASING_POOL);
      for (let i = 0; i < count; i++) {
        const doc = docAt[ids[i]!];
        if (!doc) continue;
        const share = said[doc.slot]! / doc.words.length;
        if (share < MIN_COVERAGE) continue;
        const score = scores[i]! * share;
        if (score > (best.get(doc.clauseId)?.score ?? 0)) best.set(doc.clauseId, doc.staff ? { clauseId: doc.clauseId, text: doc.text, score, staff: true } : { clauseId: doc.clauseId, text: doc.text, score });
      }
      return [...best.values()];
    },
    setExtra(rows) {
      // In a canonical order: the same set in any order is the same index, so the same scores and ties.
      const next = rows
        .map((r) => ({ clauseId: r.clauseId, text: r.text.trim() }))
        .filter((r) => r.text !== '')
        .sort((a, b) => (a.clauseId === b.clauseId ? (a.text < b.text ? -1 : a.text > b.text ? 1 : 0) : a.clauseId < b.clauseId ? -1 : 1));
      const key = JSON.stringify(next);
      if (key === extraKey) return false;
      // Rebuilt from the saved built-in index rather than edited in place: the same set of phrasings
      // always gives the same index, so scores never depend on the order corrections came and went.
      for (const id of [...docs.keys()]) if (id.includes('#x')) docs.delete(id);
      extra = next;
      extraKey = key;
      describe(extra, 'x');
      coverage = undefined;
      docAt = undefined;
      generation++;
      if (builtIn.length === 0 && extra.length === 0) {
        scorer = null;
        return true;
      }
      const db = base(true);
      insertRows(db, extra, 'x', lexicon, t2s);
      scorer = createScorer(db, PHRASING_FIELDS);
      return true;
    },
  };
}
