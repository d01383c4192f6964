import { z } from 'zod';
import { CitationSchema } from './citation.ts';

/** How the assistant handled the question. */
export const AnswerStatusSchema = z
  .enum(['answered', 'no_match', 'needs_info', 'rejected'])
  .describe('answered: grounded in the plan; no_match: the plan does not cover it; needs_info: a decisive personal fact is missing; rejected: abusive, unlawful or an attempt to override instructions');

/** A tool call the assistant made while answering (e.g. the eligibility engine). */
export const ToolCallSchema = z.object({
  name: z.string().describe('Tool name, as registered for MCP'),
  arguments: z.record(z.string(), z.unknown()).describe('The arguments it was called with'),
  result: z.unknown().describe('What the tool returned'),
});

/** The answer of /api/chat and the MCP ask tool. */
export const AnswerSchema = z.object({
  answer: z.string().describe('Chinese prose; each claim from the plan carries a marker [n] matching a citation'),
  status: AnswerStatusSchema,
  citations: z.array(CitationSchema).describe('Numbered citations, each quote verbatim from the cited clause'),
  toolCalls: z.array(ToolCallSchema).describe('Tools called while answering, with their results'),
  followUp: z
    .object({ field: z.string(), question: z.string(), options: z.array(z.string()) })
    .optional()
    .describe('With needs_info: the one question to ask next, and tap-able answers where it is yes/no or a choice'),
  notices: z.array(z.string()).optional().describe('Advice shown beside the answer, e.g. personal data was masked'),
  source: z.enum(['extractive', 'llm']).optional().describe('Which composer produced the answer'),
  resolvedQuestion: z
    .string()
    .optional()
    .describe('The question answered, when it is not the last message as typed: a follow-up read in its conversation ("那城里的呢" → "城里的孩子上学有补助吗"), or the questions found in a letter, joined by "；"'),
});

/** An answer. */
export type Answer = z.infer<typeof AnswerSchema>;
/** A tool call record. */
export type ToolCall = z.infer<typeof ToolCallSchema>;
/** Answer status. */
export type AnswerStatus = z.infer<typeof AnswerStatusSchema>;
