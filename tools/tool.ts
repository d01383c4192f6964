/**
 * The shape of one tool, shared by the MCP server and the chat: zod schemas are the single source of the
 * input/output JSON Schemas and, through z.infer, of the handler's types.
 */
import type { z } from 'zod';
import type { ChatRequest } from './ask/answer-chat.ts';
import type { Engine } from '../retrieval/engine.ts';
import type { Answer } from './schemas/answer.ts';

/** What a tool may use; `answer` is present only where a chat composer is wired in. */
export interface ToolContext {
  engine: Engine;
  answer?: (request: ChatRequest) => Promise<Answer>;
}

/** A tool: name (snake_case verb_object), prompts for a model, zod schemas, the handler and its readable text. */
export interface ToolDefinition<I extends z.ZodObject = z.ZodObject, O extends z.ZodObject = z.ZodObject> {
  name: string;
  title: string;
  /** Read by a model choosing tools: when to call, how to phrase the input, what comes back. */
  description: string;
  inputSchema: I;
  outputSchema: O;
  run(input: z.infer<I>, ctx: ToolContext): Promise<z.infer<O>>;
  /** The result as readable text (Chinese), for clients that show `content` rather than `structuredContent`. */
  toText(output: z.infer<O>): string;
}

/** Declares a tool with its types inferred from the schemas. */
export function defineTool<I extends z.ZodObject, O extends z.ZodObject>(tool: ToolDefinition<I, O>): ToolDefinition<I, O> {
  return tool;
}
