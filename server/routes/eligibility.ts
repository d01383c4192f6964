/** POST /api/eligibility and GET /api/services: the check_eligibility and list_services tools over HTTP. */
import { Hono } from 'hono';
import { checkEligibilityTool } from '../../tools/check-eligibility.ts';
import { CheckEligibilityInputSchema } from '../../tools/eligibility/index.ts';
import { listServicesTool } from '../../tools/list-services.ts';
import type { AppEnv } from '../env.ts';
import { readJson } from '../validate.ts';

/** Eligibility routes, mounted at /api: the same tool definitions MCP serves. Nothing about the person is stored. */
export function eligibilityRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/eligibility', async (c) => c.json(await checkEligibilityTool.run(await readJson(c, CheckEligibilityInputSchema), { engine: c.var.engine })));
  app.get('/services', async (c) => c.json(await listServicesTool.run({}, { engine: c.var.engine })));
  return app;
}
