/** The tools on offer, in the order clients list them; shared by the MCP server and the chat. */
import { askTool } from './ask/ask-tool.ts';
import { checkEligibilityTool } from './check-eligibility.ts';
import { getClauseTool } from './get-clause.ts';
import { listDocumentsTool } from './list-documents.ts';
import { listServicesTool } from './list-services.ts';
import { searchPlanTool } from './search-plan.ts';
import type { ToolContext, ToolDefinition } from './tool.ts';

/** The tools a context supports: `ask` needs a chat composer, so it is listed only when one is wired in. */
export function toolsFor(ctx: ToolContext): ToolDefinition[] {
  return [searchPlanTool, getClauseTool, checkEligibilityTool, listServicesTool, listDocumentsTool, ...(ctx.answer ? [askTool] : [])];
}

/** The tool types, for callers that only need the list. */
export type { ToolContext, ToolDefinition } from './tool.ts';
