/** The committed article ranker is the one its build fits today (npm run build:article-ranker). */
import { describe, expect, it } from 'vitest';
import articleRanker from '../data/article-ranker.json' with { type: 'json' };
import { fitArticleRanker } from './fit-article-ranker.ts';

describe('generated article ranker', () => {
  it('article-ranker.json is current (npm run build:article-ranker): same inputs, weights, thresholds (article and document gates) and grouped cross-validated figures', async () => {
    const fitted = JSON.parse(JSON.stringify(await fitArticleRanker())) as typeof articleRanker;
    // The inputs' hashes first: a changed label file, index or decision model says so before the weights do.
    expect(fitted.fittedOn).toEqual(articleRanker.fittedOn);
    expect(fitted.ranker).toEqual(articleRanker.ranker);
    expect(fitted.gate).toEqual(articleRanker.gate);
    expect(fitted.crossValidated).toEqual(articleRanker.crossValidated);
    expect(fitted.document).toEqual(articleRanker.document);
    expect(fitted.documentCrossValidated).toEqual(articleRanker.documentCrossValidated);
    expect(fitted.searchRecall).toEqual(articleRanker.searchRecall);
  }, 240_000);
});
