/**
 * /v1: the OpenAI Chat Completions protocol over the same answers, so any OpenAI client (and tools built on
 * one) can use the assistant. `model` may be any string. The answer text is in choices[0].message.content
 * followed by its sources; the Answer's citations, status and tool calls ride along at the top level. System
 * messages from the client are not instructions to this assistant. GET /v1/models lists the one model, for
 * clients (Open WebUI, Cherry Studio, LobeChat) that list models before they chat.
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { z } from 'zod';
import { answerChat, type ChatMessage } from '../../tools/ask/answer-chat.ts';
import { maskPersonalData } from '../../tools/ask/pii.ts';
import { AppError } from '../../retrieval/errors.ts';
import type { Answer } from '../../tools/schemas/answer.ts';
import { RESOLVED_PREFIX, sourceName } from '../../tools/wording.ts';
import { createAnswerDeps } from '../answer-deps.ts';
import { chunkAnswer, utf8EventStream } from '../chunks.ts';
import type { AppEnv } from '../env.ts';
import { recordUnanswered } from '../feedback/question-log.ts';
import { MAX_MESSAGE_CHARS, OpenAiRequestSchema } from '../requests.ts';
import { readJson } from '../validate.ts';

/** The model name reported when the client sends none, and the one model /v1/models lists. */
const DEFAULT_MODEL = 'zj-plan-extractive';

/** The /v1/models entry. `created` is fixed (the plan's publication, 2021-06) so the listing never changes between calls. */
const MODEL_CARD = { id: DEFAULT_MODEL, object: 'model', created: 1622505600, owned_by: 'zj-public-services-assistant' } as const;

/** Token counts in characters: the extractive engine has no tokenizer, and a Chinese character is about one token. */
function usageOf(messages: ChatMessage[], content: string) {
  const prompt = messages.reduce((n, m) => n + [...m.content].length, 0);
  const completion = [...content].length;
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

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
  if (last.content.length > MAX_MESSAGE_CHARS) throw new AppError('invalid_request', `messages: the question is at most ${MAX_MESSAGE_CHARS} characters`);
  return turns;
}

/** The answer text followed by a plain list of its sources, for clients that only show content. */
function contentWithSources(answer: Answer): string {
  // Which question was answered, when the last message was read in its conversation or found in a letter.
  const parts = [...(answer.resolvedQuestion ? [`${RESOLVED_PREFIX}${answer.resolvedQuestion}`] : []), answer.answer];
  // Clients that show only content still need the follow-up question itself (the answer may only point to it).
  if (answer.followUp) parts.push(`请回答：${answer.followUp.question}${answer.followUp.options.length ? `（${answer.followUp.options.join(' / ')}）` : ''}`);
  if (answer.citations.length > 0) {
    // A plan clause by id and headings; an article by its law or regulation, label and version (its path starts with the title).
    const source = (c: Answer['citations'][number]) => (c.docTitle ? [sourceName(c), ...c.path.slice(1)] : [c.id, c.path.join(' › ')]).join(' ');
    parts.push(`参考条款：\n${answer.citations.map((c) => `[${c.n}] ${source(c)}：“${c.quote}”`).join('\n')}`);
  }
  return parts.join('\n\n');
}

function completionId(): string {
  return `chatcmpl-${crypto.randomUUID().replace(/-/g, '').slice(0, 24)}`;
}

/** OpenAI-compatible routes. */
export function openAiRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/models', (c) => c.json({ object: 'list', data: [MODEL_CARD] }));
  app.get('/models/:id', (c) => {
    if (c.req.param('id') !== DEFAULT_MODEL) throw new AppError('not_found');
    return c.json(MODEL_CARD);
  });
  app.post('/chat/completions', async (c) => {
    const req = await readJson(c, OpenAiRequestSchema);
    const messages = toConversation(req.messages);
    const answer = await answerChat({ messages }, createAnswerDeps(c.var.engine, c.env ?? {}, c.var.corrections));
    await recordUnanswered(c, messages, answer);
    const id = completionId();
    const created = Math.floor(Date.now() / 1000);
    // Echoed as OpenAI does, but it is client text like any other: personal data masked.
    const model = req.model ? maskPersonalData(req.model).text : DEFAULT_MODEL;
    const content = contentWithSources(answer);
    const extra = { citations: answer.citations, status: answer.status, toolCalls: answer.toolCalls };
    const usage = usageOf(messages, content);
    if (!req.stream) {
      return c.json({
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
        usage,
        ...extra,
      });
    }
    // As OpenAI does with stream_options.include_usage: `usage: null` on every chunk, then one chunk with no
    // choices that carries the usage, just before [DONE].
    const includeUsage = req.stream_options?.include_usage === true;
    const base = { id, object: 'chat.completion.chunk', created, model };
    const chunk = (delta: Record<string, unknown>, finish: string | null, more: Record<string, unknown> = {}) =>
      JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }], ...(includeUsage ? { usage: null } : {}), ...more });
    return utf8EventStream(streamSSE(c, async (stream) => {
      // The openai client's stream helpers need the role in the first delta and a final finish_reason.
      await stream.writeSSE({ data: chunk({ role: 'assistant', content: '' }, null) });
      for (const text of chunkAnswer(content)) await stream.writeSSE({ data: chunk({ content: text }, null) });
      await stream.writeSSE({ data: chunk({}, 'stop', extra) });
      if (includeUsage) await stream.writeSSE({ data: JSON.stringify({ ...base, choices: [], usage }) });
      await stream.writeSSE({ data: '[DONE]' });
    }));
  });
  return app;
}
