import { z } from 'zod';

/**
 * Longest message accepted: a letter (real letters to the hotline run 600–2,000 characters), not a document. A
 * search query stays shorter (MAX_QUESTION_CHARS); the request body limit (64 KiB) still bounds the whole request.
 */
export const MAX_MESSAGE_CHARS = 4000;

/** Most turns of a conversation kept (the question and the turns before it). */
export const MAX_TURNS = 20;

/** One turn of a conversation. */
export const MessageSchema = z
  .object({
    role: z.enum(['user', 'assistant']).describe('Who said it'),
    content: z.string().max(MAX_MESSAGE_CHARS, `a message is at most ${MAX_MESSAGE_CHARS} characters`).describe('What was said'),
  })
  .strict();

/** A turn of a conversation. */
export type Message = z.infer<typeof MessageSchema>;
