import { createEngine } from './retrieval/engine.ts';
import { PLAN_DATA } from './server/plan-data.ts';
import { analyzeQuestion } from './tools/ask/question.ts';
import { resolveConversation } from './tools/ask/conversation.ts';
import { createGeneralIdf } from './tools/ask/general-idf.ts';
import { bestArticle, gateFeatures, rankCandidates, articleCandidates, type ArticleRankerModel } from './tools/ask/article-ranker.ts';
import gi from './tools/ask/data/general-idf.json' with { type: 'json' };
import m from './tools/ask/data/article-ranker.json' with { type: 'json' };
const engine = createEngine(PLAN_DATA); const idf = createGeneralIdf(gi as any);
const turns = process.argv.slice(2);
for (const r of resolveConversation(turns, (t) => analyzeQuestion(t, undefined, engine, idf))) {
  const q = analyzeQuestion(r.text, undefined, engine, idf); const hits = await engine.search(q.prepared, 8);
  const ranked = rankCandidates(articleCandidates(q, engine), (m as any).ranker);
  console.log(r.text, q.asked, q.focus.map(g=>g[0]), JSON.stringify(gateFeatures(q, ranked, engine, hits)), bestArticle(q, engine, hits, m as ArticleRankerModel)?.confidence);
}
