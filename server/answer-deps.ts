/** Wires the chat's dependencies: the engine, staff corrections and, when configured, a model. */
import type { AnswerDeps } from '../tools/ask/answer-chat.ts';
import type { ArticleRankerModel } from '../tools/ask/article-ranker.ts';
import articleRanker from '../tools/ask/data/article-ranker.json' with { type: 'json' };
import { correctionFor, type CorrectionIndex } from '../tools/ask/corrections.ts';
import { composeWithModel } from '../tools/ask/model-compose.ts';
import type { Engine } from '../retrieval/engine.ts';
import type { Env } from './env.ts';

let warned = false;
/** A configuration mistake said once per process, not per request. */
function warnOnce(message: string): void {
  if (warned) return;
  warned = true;
  console.warn(message);
}

/** Default wait for the model before answering extractively. */
const DEFAULT_MODEL_TIMEOUT_MS = 8000;

/** The chat dependencies for an engine, the runtime's configuration (model only when LLM_BASE_URL is set; the article gate when ARTICLE_GATE is) and the staff corrections this instance holds. */
export function createAnswerDeps(engine: Engine, env: Env, corrections?: CorrectionIndex): AnswerDeps {
  const deps: AnswerDeps = { engine };
  const gate = Number(env.ARTICLE_GATE);
  if (env.ARTICLE_GATE && !(gate > 0 && gate <= 1)) warnOnce(`ARTICLE_GATE=${JSON.stringify(env.ARTICLE_GATE)} is not a number in (0, 1]: the fitted article gate is used`);
  if (env.ARTICLE_GATE && gate > 0 && gate <= 1) deps.articles = { ...(articleRanker as ArticleRankerModel), gate: { ...(articleRanker as ArticleRankerModel).gate, threshold: gate } };
  if (corrections && corrections.corrections.length > 0) deps.corrections = (question) => correctionFor(corrections, question);
  if (env.LLM_BASE_URL) {
    const config = {
      baseUrl: env.LLM_BASE_URL,
      apiKey: env.LLM_API_KEY,
      model: env.LLM_MODEL ?? 'deepseek-chat',
      timeoutMs: Number(env.LLM_TIMEOUT_MS) > 0 ? Number(env.LLM_TIMEOUT_MS) : DEFAULT_MODEL_TIMEOUT_MS,
    };
    deps.model = (question, hits, history) => composeWithModel(question, hits, history, config);
  }
  return deps;
}
