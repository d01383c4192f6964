import { createEngine } from './retrieval/engine.ts';
import { PLAN_DATA } from './server/plan-data.ts';
import { analyzeQuestion } from './tools/ask/question.ts';
import { bestArticle, type ArticleRankerModel } from './tools/ask/article-ranker.ts';
import { createGeneralIdf } from './tools/ask/general-idf.ts';
import gi from './tools/ask/data/general-idf.json' with { type: 'json' };
import m from './tools/ask/data/article-ranker.json' with { type: 'json' };
const engine = createEngine(PLAN_DATA);
for (const t of process.argv.slice(2)) { const q = analyzeQuestion(t, undefined, engine, createGeneralIdf(gi as any)); const hits = await engine.search(q.prepared, 8); const b = bestArticle(q, engine, hits, m as ArticleRankerModel); console.log(t, q.asked, b?.candidate.article.id, b?.confidence.toFixed(3), b?.candidate.article.text.slice(0,60)); }
