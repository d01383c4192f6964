/** POST /api/chat: a cited Answer as JSON, or with "stream": true as Server-Sent Events. */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { answerChat } from '../../tools/ask/answer-chat.ts';
import { createAnswerDeps } from '../answer-deps.ts';
import { chunkAnswer, utf8EventStream } from '../chunks.ts';
import type { AppEnv } from '../env.ts';
import { recordUnanswered } from '../feedback/question-log.ts';
import { ChatRequestSchema } from '../requests.ts';
import { readJson } from '../validate.ts';

/**
 * Chat route. The stream sends `delta` events ({"text"}) while the answer is written out, then one
 * `answer` event carrying the whole Answer (status, citations, tool calls) — the last event.
 */
export function chatRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/', async (c) => {
    const req = await readJson(c, ChatRequestSchema);
    const answer = await answerChat({ messages: req.messages, profile: req.profile }, createAnswerDeps(c.var.engine, c.env ?? {}, c.var.corrections));
    await recordUnanswered(c, req.messages, answer);
    if (!req.stream) return c.json(answer);
    return utf8EventStream(streamSSE(c, async (stream) => {
      for (const text of chunkAnswer(answer.answer)) await stream.writeSSE({ event: 'delta', data: JSON.stringify({ text }) });
      await stream.writeSSE({ event: 'answer', data: JSON.stringify(answer) });
    }));
  });
  return app;
}
