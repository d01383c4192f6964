import { z } from 'zod';
import { CitationSchema } from '../schemas/citation.ts';
import { ProfileFieldSchema } from './profile.ts';

/** How the engine judges one service for one profile. */
export const StatusSchema = z
  .enum(['eligible', 'likely_eligible', 'not_eligible', 'need_info'])
  .describe(
    'eligible: the plan commits to this service for a group the person is in; likely_eligible: the person seems to be in the group but the plan states a goal or exploration, or leaves the exact conditions to the department; not_eligible: a known fact rules it out; need_info: a fact that would decide it is unknown (see missing)',
  );

/** How strongly the plan words a service. */
export const StrengthSchema = z
  .enum(['commitment', 'goal', 'exploration'])
  .describe(
    'The plan\'s wording: commitment = stated as a measure in force (落实、实施、免除、发放、免费开展); goal = a target or direction (到2025年…达到、逐步、推动、健全、完善); exploration = 探索, not yet promised',
  );

/** A clause a service rests on: the clause id, its heading path and a verbatim quote. */
export const ServiceCitationSchema = CitationSchema.omit({ n: true }).describe(
  'A clause of the plan that the service rests on; quote is a verbatim substring of the clause text',
);

/** A fact the engine still needs, with the question that asks for it. */
export const MissingFactSchema = z
  .object({
    field: ProfileFieldSchema,
    question: z.string().describe('A Chinese question to ask the person for this fact'),
  })
  .describe('A fact that would decide the result, and how to ask for it');

/** One service judged for one profile. */
export const EligibilitySchema = z
  .object({
    serviceId: z.string().describe('Stable service id (kebab-case), as listed by /api/services'),
    name: z.string().describe('Service name in Chinese'),
    group: z.string().describe('The plan\'s domain this service belongs to, in Chinese (e.g. 就业创业)'),
    status: StatusSchema,
    strength: StrengthSchema,
    relevant: z
      .boolean()
      .describe('True when a fact given already places the person in the group the service is for (a met limit such as 未到退休年龄 does not count), so the service plausibly concerns them'),
    reasons: z.array(z.string()).describe('Why, in Chinese: one line per condition met, unmet or unknown, then notes'),
    missing: z
      .array(MissingFactSchema)
      .describe('Only the facts that would decide the result (empty when nothing the person could add would change it)'),
    citations: z.array(ServiceCitationSchema).min(1).describe('The clauses the service rests on, with verbatim quotes'),
    caveat: z
      .string()
      .describe('In Chinese: the plan states goals and directions to 2025, not statutory conditions; confirm with the department, the 12345 hotline or 浙里办'),
  })
  .describe('The eligibility of one person for one service named in the plan');

/** The eligibility of one person for one service. */
export type Eligibility = z.infer<typeof EligibilitySchema>;

/** A service the engine knows, as listed by /api/services and list_services. */
export const ServiceSchema = z
  .object({
    id: z.string().describe('Stable service id (kebab-case)'),
    name: z.string().describe('Service name in Chinese'),
    group: z.string().describe('The plan\'s domain, in Chinese (e.g. 就业创业, 社会救助)'),
    description: z.string().describe('Who it is for and what the plan says, in one Chinese sentence'),
    strength: StrengthSchema,
    citations: z.array(ServiceCitationSchema).min(1).describe('The clauses the service rests on, with verbatim quotes'),
  })
  .describe('A person-facing service named in the plan');

/** A service the engine knows. */
export type Service = z.infer<typeof ServiceSchema>;

/** A follow-up question for the chat, with the services whose result it would decide. */
export const DecisiveQuestionSchema = z
  .object({
    field: ProfileFieldSchema,
    question: z.string().describe('The Chinese question to ask'),
    serviceIds: z.array(z.string()).describe('Services whose result the answer would decide'),
  })
  .describe('A question worth asking next');

/** A follow-up question for the chat. */
export type DecisiveQuestion = z.infer<typeof DecisiveQuestionSchema>;
