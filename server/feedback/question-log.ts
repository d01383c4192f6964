/**
 * Writes to the question log (未解决问题): the question of every no_match answer, and of every answer a person
 * rated wrong. Only the question is kept, personal data masked, grouped by its normalized form.
 */
import type { Context } from 'hono';
import { normalizeQuestion } from '../../tools/ask/corrections.ts';
import { maskPersonalData, maskTurns } from '../../tools/ask/pii.ts';
import type { AppEnv } from '../env.ts';
import { logError } from '../logger.ts';
import type { QuestionLogEntry } from './staff-schema.ts';

/** Counts `question` in the log for `reason`; storage trouble is logged, never passed on to the person asking. */
export async function recordQuestion(c: Context<AppEnv>, question: string, reason: QuestionLogEntry['reason']): Promise<void> {
  const store = c.var.store;
  if (!store) return;
  const masked = maskPersonalData(question).text.trim();
  const questionKey = normalizeQuestion(masked, c.var.engine.deps.t2s);
  if (!questionKey) return;
  try {
    await store.recordQuestion({ question: masked, questionKey, reason });
  } catch (err) {
    logError('question log write failed', err);
  }
}

/** After answering: logs the conversation's last user message when the answer was no_match. */
export async function recordUnanswered(
  c: Context<AppEnv>,
  messages: readonly { role: string; content: string }[],
  answer: { status: string },
): Promise<void> {
  if (answer.status !== 'no_match') return;
  // Masked with the turns before it, so the second half of a number split across two messages is masked too.
  const question = maskTurns(messages.filter((m) => m.role === 'user').map((m) => m.content)).at(-1)?.text;
  if (question) await recordQuestion(c, question, 'no_match');
}
