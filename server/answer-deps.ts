/** Wires the chat's dependencies: the engine, the eligibility tool and, when configured, a model. */
import type { AnswerDeps } from '../retrieval/answer/answer-chat.ts';
import type { Engine } from '../retrieval/engine.ts';
import type { Env } from './env.ts';

/** The chat dependencies for an engine and the runtime's configuration. */
export function createAnswerDeps(engine: Engine, _env: Env): AnswerDeps {
  return { engine };
}
