/** The memoised scorer gives exactly what Orama's own search() gives over the same index and tokens. */
import { search } from '@orama/orama';
import { describe, expect, it } from 'vitest';
import { loadQuestions, QUESTION_SETS } from '../eval/questions.ts';
import { PLAN_DATA } from '../server/plan-data.ts';
import { createEngine } from './engine.ts';
import { loadIndex } from './orama-index.ts';
import { createScorer, createTopOf, type Postings } from './scorer.ts';
import { SENTENCE_FIELDS } from './search.ts';

const engine = createEngine(PLAN_DATA);
const db = loadIndex(PLAN_DATA.index);
const boost = SENTENCE_FIELDS;
const questions = Object.values(QUESTION_SETS).flatMap((file) => loadQuestions(file).map((q) => q.question));

describe('scorer', () => {
  it('ranks every eval question\'s sentences with the very ids and scores of Orama search(), twice (memo warm)', () => {
    const scorer = createScorer(db, boost);
    for (let round = 0; round < 2; round++) {
      for (const question of questions) {
        const { tokens } = engine.prepare(question);
        if (tokens.length === 0) continue;
        const stock = search(db, { term: tokens.join(' '), properties: ['body', 'heading'], boost: { heading: SENTENCE_FIELDS.heading }, limit: 120, threshold: 1 });
        if (stock instanceof Promise) throw new Error('Orama answered asynchronously');
        expect(scorer.rank(tokens, 120), question).toEqual(stock.hits.map((h) => [h.id, h.score]));
      }
    }
    expect(questions.length).toBeGreaterThan(250);
  });

  it('gives the head of that ranking for any limit, ties and all (the phrasing pool is 40)', () => {
    const scorer = createScorer(db, boost);
    for (const question of questions) {
      const { tokens } = engine.prepare(question);
      if (tokens.length === 0) continue;
      const stock = search(db, { term: tokens.join(' '), properties: ['body', 'heading'], boost: { heading: SENTENCE_FIELDS.heading }, limit: 1000, threshold: 1 });
      if (stock instanceof Promise) throw new Error('Orama answered asynchronously');
      const all = stock.hits.map((h) => [h.id, h.score]);
      for (const limit of [1, 7, 40, 1000]) expect(scorer.rank(tokens, limit), `${question} (${limit})`).toEqual(all.slice(0, limit));
    }
  });

  it('top() gives the same ranking as internal ids, in buffers the next call reuses', () => {
    const scorer = createScorer(db, boost);
    const tokens = engine.prepare('失业了能领多久的失业金').tokens;
    const pairs = scorer.rank(tokens, 40);
    const top = scorer.top(tokens, 40);
    expect(Array.from({ length: top.count }, (_, i) => [scorer.externalId(top.ids[i]!), top.scores[i]!])).toEqual(pairs);
    expect(scorer.top(['不存在的词语'], 40).count).toBe(0);
    expect(pairs.length).toBe(40);
  });

  it('ranks the same after many tokens the index lacks (it keeps no memory of them: terms.ts bounds its own)', () => {
    const scorer = createScorer(db, boost);
    const tokens = engine.prepare('养老服务补贴').tokens;
    const before = scorer.rank(tokens, 10);
    // Many distinct strings the index lacks.
    for (let i = 0; i < 12_000; i++) scorer.rank([`未知词${i}`], 10);
    expect(scorer.rank(tokens, 10)).toEqual(before);
  });

  it('finds nothing for tokens the index does not hold', () => {
    expect(createScorer(db, boost).rank(['不存在的词语', 'zzz'], 10)).toEqual([]);
  });

  it('createTopOf: a repeated list summed once times its count, and a grouped field spread to its members, rank as the plain sum', () => {
    // 40 documents in 8 groups of 5; random positive scores; tokens repeated; field 1 lists groups.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const size = 40;
    const start = Int32Array.from({ length: 9 }, (_, g) => g * 5);
    const members = Int32Array.from({ length: size }, (_, i) => i + 1);
    const list = (bodyIds: number[], groups: number[]): { grouped: Postings; plain: Postings } => {
      const body = bodyIds.flatMap((id) => [id, 0.5 + random()]);
      const heads = groups.map((g) => [g, 0.1 + random()] as const);
      const expanded = heads.flatMap(([g, v]) => Array.from(members.subarray(start[g]!, start[g + 1]!)).flatMap((id) => [id, v]));
      const make = (second: number[]) => Float64Array.from([3, 3 + body.length, 3 + body.length + second.length, ...body, ...second]);
      return { grouped: make(heads.flat()), plain: make(expanded) };
    };
    const a = list([1, 4, 9, 22, 23, 40], [0, 4]);
    const b = list([2, 4, 30], [4, 7]);
    const c = list([5, 6, 7, 8, 9, 10, 11, 38], []);
    const plainTop = createTopOf(size, 2);
    const fastTop = createTopOf(size, 2, { repeatsOnce: true, grouped: { field: 1, start, members } });
    const allowed = new Uint8Array(size + 1).fill(1);
    allowed[4] = 0;
    for (const filter of [undefined, allowed]) {
      const read = (top: ReturnType<typeof plainTop>) => Array.from({ length: top.count }, (_, i) => [top.ids[i]!, top.scores[i]!] as const);
      const plain = read(plainTop([a.plain, b.plain, a.plain, null, c.plain, a.plain], 12, filter));
      const fast = read(fastTop([a.grouped, b.grouped, a.grouped, null, c.grouped, a.grouped], 12, filter));
      expect(fast.map(([id]) => id)).toEqual(plain.map(([id]) => id));
      fast.forEach(([, score], i) => expect(score).toBeCloseTo(plain[i]![1], 12));
      expect(fast.some(([id]) => id === 4)).toBe(filter === undefined);
    }
  });
});

describe('createTopOf over the documents (one summing pass, then one pass keeping the best in a heap)', () => {
  it('gives, for every eval question, under every filter and limit, the very ids and scores of summing each posting and sorting every total', async () => {
    const { createCorpus } = await import('./corpus.ts');
    const { articleSentences } = await import('./documents/legal-text.ts');
    const { createCompactScorer } = await import('./documents/compact-index.ts');
    const data = PLAN_DATA.documents!.load();
    const corpus = createCorpus(data.articles.map((a) => ({ ...a, pathInferred: a.path.map(() => false), sentences: articleSentences(a.text) })));
    const size = corpus.sentences.length;
    const articleOf = Int32Array.from(corpus.sentences, (s) => corpus.indexOf(s.clauseId));
    const scorer = createCompactScorer(data.index, corpus.sentences.map((s) => s.sid), articleOf, SENTENCE_FIELDS);
    // The reference: the sums createTopOf makes (field by field, each distinct list once times its count, a heading
    // posting added to every sentence of its article after the bodies), every total sorted.
    const reference = (lists: (Postings | null)[], allowed?: Uint8Array) => {
      const distinct = [...new Set(lists.filter((p): p is Postings => p !== null))];
      const times = distinct.map((p) => lists.filter((q) => q === p).length);
      const body = new Float64Array(size + 1);
      const heading = new Float64Array(data.articles.length);
      distinct.forEach((p, t) => {
        for (let i = p[0]!; i < p[1]!; i += 2) body[p[i]!] = body[p[i]!]! + times[t]! * p[i + 1]!;
      });
      distinct.forEach((p, t) => {
        for (let i = p[1]!; i < p[2]!; i += 2) heading[p[i]!] = heading[p[i]!]! + times[t]! * p[i + 1]!;
      });
      const all: [number, number][] = [];
      for (let id = 1; id <= size; id++) {
        const total = heading[articleOf[id - 1]!] ? body[id]! + heading[articleOf[id - 1]!]! : body[id]!;
        if (total > 0 && (!allowed || allowed[id])) all.push([id, total]);
      }
      return all.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    };
    const someDocs = new Uint8Array(size + 1);
    corpus.sentences.forEach((s, i) => (someDocs[i + 1] = s.clauseId.startsWith('social-insurance-law:') || s.clauseId.startsWith('zj-') ? 1 : 0));
    for (const question of questions) {
      const lists = engine.prepare(question).tokens.map((t) => scorer.postings(t));
      for (const [allowed, top] of [[undefined, scorer.topOf], [someDocs, scorer.filtered(someDocs).topOf]] as const) {
        const sorted = reference(lists, allowed);
        for (const limit of [1, 120, 10_000]) {
          const got = top(lists, limit);
          expect(Array.from({ length: got.count }, (_, i) => [got.ids[i]!, got.scores[i]!]), `${question} (${limit})`).toEqual(sorted.slice(0, limit));
        }
      }
    }
  });
});
