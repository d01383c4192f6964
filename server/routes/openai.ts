/**
 * POST /v1/chat/completions: the OpenAI Chat Completions protocol over the same answers, so any OpenAI
 * client (and tools built on one) can use the assistant. `model` may be any string. The answer text is in
 * choices[0].message.content followed by its sources; the Answer's citations, status and tool calls ride
 * along at the top level. System messages from the client are not instructions to this assistant.
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { z } from 'zod';
import { answerChat, type ChatMessage } from '../../tools/ask/answer-chat.ts';
import { maskPersonalData } from '../../tools/ask/pii.ts';
import { AppError } from '../../retrieval/errors.ts';
import type { Answer } from '../../tools/schemas/answer.ts';
import { createAnswerDeps } from '../answer-deps.ts';
import { chunkAnswer, utf8EventStream } from '../chunks.ts';
import type { AppEnv } from '../env.ts';
import { MAX_QUESTION_CHARS, OpenAiRequestSchema } from '../requests.ts';
import { readJson } from '../validate.ts';

/** The model name reported when the client sends none. */
const DEFAULT_MODEL = 'zj-plan-extractive';

function textOf(content: z.infer<typeof OpenAiRequestSchema>['messages'][number]['content']): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p) => (p.type === 'text' ? (p.text ?? '') : '')).join('');
  return '';
}

/** The user and assistant turns of an OpenAI request, as the chat pipeline reads them. */
function toConversation(messages: z.infer<typeof OpenAiRequestSchema>['messages']): ChatMessage[] {
  const turns = messages
    .filter((m) => m.role === 'user' || m.role === 'assistant')
    .map((m) => ({ role: m.role as 'user' | 'assistant', content: textOf(m.content) }));
  const last = turns.at(-1);
  if (!last || last.role !== 'user' || !last.content.trim()) throw new AppError('invalid_request', 'messages: the last message must be a non-empty user message');
  if (last.content.length > MAX_QUESTION_CHARS) throw new AppError('invalid_request', `messages: the question is at most ${MAX_QUESTION_CHARS} characters`);
  return turns;
}

/** The answer text followed by a plain list of its sources, for clients that only show content. */
function contentWithSources(answer: Answer): string {
  const parts = [answer.answer];
  // Clients that show only content still need the follow-up question itself (the answer may only point to it).
  if (answer.followUp) parts.push(`请回答：${answer.followUp.question}${answer.followUp.options.length ? `（${answer.followUp.options.join(' / ')}）` : ''}`);
  if (answer.citations.length > 0) {
    parts.push(`参考条款：\n${answer.citations.map((c) => `[${c.n}] ${c.id} ${c.path.join(' › ')}：“${c.quote}”`).join('\n')}`);
  }
  return parts.join('\n\n');
}

function completionId(): string {
  return `chatcmpl-${crypto.randomUUID().replace(/-/g, '').slice(0, 24)}`;
}

/** OpenAI-compatible routes. */
export function openAiRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/chat/completions', async (c) => {
    const req = await readJson(c, OpenAiRequestSchema);
    const messages = toConversation(req.messages);
    const answer = await answerChat({ messages }, createAnswerDeps(c.var.engine, c.env ?? {}));
    const id = completionId();
    const created = Math.floor(Date.now() / 1000);
    // Echoed as OpenAI does, but it is client text like any other: personal data masked.
    const model = req.model ? maskPersonalData(req.model).text : DEFAULT_MODEL;
    const content = contentWithSources(answer);
    const extra = { citations: answer.citations, status: answer.status, toolCalls: answer.toolCalls };
    if (!req.stream) {
      const completionTokens = [...content].length;
      const promptTokens = messages.reduce((n, m) => n + [...m.content].length, 0);
      return c.json({
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
        usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
        ...extra,
      });
    }
    const chunk = (delta: Record<string, unknown>, finish: string | null, more: Record<string, unknown> = {}) =>
      JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }], ...more });
    return utf8EventStream(streamSSE(c, async (stream) => {
      // The openai client's stream helpers need the role in the first delta and a final finish_reason.
      await stream.writeSSE({ data: chunk({ role: 'assistant', content: '' }, null) });
      for (const text of chunkAnswer(content)) await stream.writeSSE({ data: chunk({ content: text }, null) });
      await stream.writeSSE({ data: chunk({}, 'stop', extra) });
      await stream.writeSSE({ data: '[DONE]' });
    }));
  });
  return app;
}
