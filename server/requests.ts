/** HTTP request bodies (zod): the same schemas validate input and, through z.infer, type the handlers. */
import { z } from 'zod';
import { DocsSchema, KSchema, MAX_QUESTION_CHARS, QuerySchema } from '../retrieval/schemas/query.ts';
import { ProfileSchema } from '../tools/eligibility/profile.ts';
import { MAX_MESSAGE_CHARS, MAX_TURNS, MessageSchema } from '../tools/schemas/message.ts';

export { MAX_MESSAGE_CHARS, MAX_QUESTION_CHARS, MAX_TURNS, MessageSchema };


/** POST /api/search. */
export const SearchRequestSchema = z.object({ query: QuerySchema, k: KSchema, docs: DocsSchema }).strict();


/** POST /api/chat: the conversation (last turn from the user), optional streaming and form facts. */
export const ChatRequestSchema = z
  .object({
    messages: z
      .array(MessageSchema)
      .min(1, 'messages must not be empty')
      .max(MAX_TURNS, `at most ${MAX_TURNS} messages`)
      .refine((m) => m.at(-1)?.role === 'user', 'the last message must come from the user')
      .refine((m) => (m.at(-1)?.content.trim().length ?? 0) > 0, 'the last message must not be empty')
      .describe('The conversation so far, oldest first; the last message is the question (a letter of up to ${MAX_MESSAGE_CHARS} characters is read for the questions it asks)'),
    stream: z.boolean().optional().describe('true: answer as a Server-Sent Events stream'),
    profile: ProfileSchema.optional().describe('Facts about the person from a form (every field optional)'),
  })
  .strict();

/** Text of an OpenAI message content: a string or an array of parts (only text parts are read). */
const OpenAiContentSchema = z.union([
  z.string().max(MAX_MESSAGE_CHARS),
  z.array(z.looseObject({ type: z.string(), text: z.string().max(MAX_MESSAGE_CHARS).optional() })).max(20),
  z.null(),
]);

/** POST /v1/chat/completions: the OpenAI Chat Completions request; unknown options are accepted and ignored. */
export const OpenAiRequestSchema = z.looseObject({
  model: z.string().max(200).optional(),
  messages: z
    .array(z.looseObject({ role: z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function']), content: OpenAiContentSchema.optional() }))
    .min(1, 'messages must not be empty')
    .max(MAX_TURNS * 2, `at most ${MAX_TURNS * 2} messages`),
  stream: z.boolean().optional(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullish(),
});
