import { z } from 'zod';
import { CitationSchema } from './citation.ts';

/** How the assistant handled the question. */
export const AnswerStatusSchema = z
  .enum(['answered', 'no_match', 'needs_info', 'rejected'])
  .describe('answered: grounded in the plan; no_match: the plan does not cover it; needs_info: a decisive personal fact is missing, or which of a few plan topics is meant (followUp.kind); rejected: abusive, unlawful or an attempt to override instructions');

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
    .object({
      kind: z.enum(['fact', 'clarify']).describe('fact: a decisive fact about the person is missing; clarify: which of a few plan topics the question means'),
      field: z.string().describe('fact: the profile field asked about; clarify: "topic"'),
      question: z.string().describe('The question to ask the person'),
      options: z.array(z.string()).describe('One-tap answers; with clarify, plan topics, each answered when sent back as the next user turn'),
      candidates: z
        .array(
          z.object({
            option: z.string().describe('The option text'),
            id: z.string().describe('The clause the option leads to'),
            path: z.array(z.string()).describe("That clause's heading path"),
          }),
        )
        .optional()
        .describe('With clarify: each option with the clause it stands for'),
    })
    .optional()
    .describe('With needs_info: the one question to ask next, and tap-able answers where it is yes/no, a choice or a plan topic'),
  offers: z
    .array(z.string())
    .optional()
    .describe('With answered: one-tap next messages that do not block the answer, e.g. "按我的情况查一查" under a general question that names a group'),
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
