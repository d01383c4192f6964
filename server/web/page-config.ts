/**
 * What the citizen page's script needs from the server, handed over in a JSON data block so every limit
 * and form question has one home on the server: the script reads it instead of keeping copies. This module
 * holds only the block's id and shape (no imports that run), so the browser bundle stays free of zod.
 */
import type { FormField } from './eligibility-fields.ts';

/** The id of the data block in the chat page. */
export const CHAT_CONFIG_ID = 'chat-config';

/** The chat page's settings. */
export interface ChatConfig {
  /** Longest question /api/chat accepts. */
  maxQuestionChars: number;
  /** Most messages /api/chat accepts (a turn is a question and its answer: two messages). */
  maxTurns: number;
  /** Longest feedback comment /api/feedback keeps. */
  maxCommentChars: number;
  /** Longest answer text /api/feedback keeps, and what the conversation sends back as history. */
  maxAnswerChars: number;
  /** The eligibility form's questions. */
  fields: FormField[];
  /** One-tap answers for every field the engine may ask about, by field. */
  choices: Partial<Record<string, [string, string][]>>;
}

/** JSON safe inside <script type="application/json">: "<" escaped so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
