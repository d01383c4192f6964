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
  offers: z
    .array(z.string())
    .optional()
    .describe('With answered: one-tap next messages that do not block the answer, e.g. "按我的情况查一查" under a general question that names a group'),
  notices: z.array(z.string()).optional().describe('Advice shown beside the answer, e.g. personal data was masked'),
  source: z.enum(['extractive', 'llm']).optional().describe('Which composer produced the answer'),
});

/** An answer. */
export type Answer = z.infer<typeof AnswerSchema>;
/** A tool call record. */
export type ToolCall = z.infer<typeof ToolCallSchema>;
/** Answer status. */
export type AnswerStatus = z.infer<typeof AnswerStatusSchema>;
