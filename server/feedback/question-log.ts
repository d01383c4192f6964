/**
 * Writes to the question log (未解决问题): the question of every no_match answer, and of every answer a person
 * rated wrong. Only the question is kept, personal data masked, grouped by its normalized form; one client counts
 * once per question (a hash of its address and the question is kept beside it), so a flood of ratings from one
 * client cannot lift a question to the top of the list.
 */
import type { Context } from 'hono';
import { normalizeQuestion } from '../../tools/ask/corrections.ts';
import { maskPersonalData, maskTurns } from '../../tools/ask/pii.ts';
import { smallTalkReply } from '../../tools/ask/smalltalk.ts';
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
    const rater = c.var.clientKey === undefined ? undefined : await raterOf(c.var.clientKey, questionKey);
    await store.recordQuestion({ question: masked, questionKey, reason, rater });
  } catch (err) {
    logError('question log write failed', err);
  }
}

/**
 * Who counts for a question, as stored: a SHA-256 of the client's key and the question, so the table holds no
 * address and one client's rows for two questions cannot be linked.
 */
async function raterOf(clientKey: string, questionKey: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${clientKey}\n${questionKey}`));
  return [...new Uint8Array(digest).subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** After answering: logs the question answered (the last user message, or the question read from it in context) when the answer was no_match. */
export async function recordUnanswered(
  c: Context<AppEnv>,
  messages: readonly { role: string; content: string }[],
  answer: { status: string; resolvedQuestion?: string },
): Promise<void> {
  if (answer.status !== 'no_match') return;
  // "那城里的呢" tells staff nothing; a letter's story is not theirs to read: the question answered is logged,
  // else the last message masked with the turns before it (the second half of a number split across two messages).
  const question = answer.resolvedQuestion ?? maskTurns(messages.filter((m) => m.role === 'user').map((m) => m.content)).at(-1)?.text;
  // A greeting or a thanks alone is answered courteously and is nobody's open question.
  if (question && !smallTalkReply(question)) await recordQuestion(c, question, 'no_match');
}
