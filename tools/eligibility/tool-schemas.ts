import { z } from 'zod';
import { DecisiveQuestionSchema, EligibilitySchema, ServiceSchema } from './eligibility-schema.ts';
import { ProfileSchema } from './profile.ts';

/** Input of POST /api/eligibility and the MCP tool check_eligibility. */
export const CheckEligibilityInputSchema = z
  .strictObject({ profile: ProfileSchema })
  .describe('A person\'s situation; give only the facts you know, leave the rest out');

/** Output of POST /api/eligibility and check_eligibility: results best first, and the questions worth asking next. */
export const CheckEligibilityOutputSchema = z.object({
  results: z.array(EligibilitySchema).describe('Every service, best first: eligible, likely_eligible, need_info, not_eligible'),
  questions: z
    .array(DecisiveQuestionSchema)
    .optional()
    .describe('Follow-up questions that would decide the open results that concern the person, most decisive first'),
});

/** Output of GET /api/services and the MCP tool list_services. */
export const ListServicesOutputSchema = z.object({
  services: z.array(ServiceSchema).describe('Every service the eligibility engine knows, in the plan\'s chapter order'),
});
