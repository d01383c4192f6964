/** Wires the chat's dependencies: the engine, the eligibility tool and, when configured, a model. */
import type { AnswerDeps, EligibilityPort } from '../tools/ask/answer-chat.ts';
import { composeWithModel } from '../tools/ask/model-compose.ts';
import type { Engine } from '../retrieval/engine.ts';
import { checkEligibilityTool } from '../tools/check-eligibility.ts';
import { extractProfile, ProfileSchema } from '../tools/eligibility/index.ts';
import type { Env } from './env.ts';

/** Default wait for the model before answering extractively. */
const DEFAULT_MODEL_TIMEOUT_MS = 8000;

/**
 * The eligibility engine as the chat calls it: through the same tool definition as MCP's check_eligibility.
 * A profile that fails the schema is not guessed at: the tool is simply not consulted.
 */
function eligibilityPort(engine: Engine): EligibilityPort {
  return {
    extract: (text) => extractProfile(text),
    check: async (profile) => {
      const parsed = ProfileSchema.safeParse(profile);
      return parsed.success ? (await checkEligibilityTool.run({ profile: parsed.data }, { engine })).results : [];
    },
  };
}

/** The chat dependencies for an engine and the runtime's configuration (model only when LLM_BASE_URL is set). */
export function createAnswerDeps(engine: Engine, env: Env): AnswerDeps {
  const deps: AnswerDeps = { engine, eligibility: eligibilityPort(engine) };
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
