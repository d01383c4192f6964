/**
 * The eligibility engine: the plan's person-facing services as rules with citations.
 *
 * Stable exports (server/ and the MCP tools build on these):
 * - `ProfileSchema`, `Profile`            what a person tells us; every field optional, unknown fields rejected
 * - `EligibilitySchema`, `Eligibility`    one service judged for one profile (status, reasons, missing, citations, caveat)
 * - `ServiceSchema`, `Service`            one service as listed by GET /api/services
 * - `CheckEligibilityInputSchema`, `CheckEligibilityOutputSchema`, `ListServicesOutputSchema`   request/response shapes
 * - `SERVICE_RULES`                       the services as data (conditions, clause ids, verbatim quotes, wording strength)
 * - `listServices(corpus)`                every service with citations checked against the corpus
 * - `checkEligibility(profile, corpus)`   every service judged, best first; pure, stores nothing
 * - `decisiveQuestions(results)`          the follow-up questions for the chat to ask, most decisive first
 * - `extractProfile(text)`                facts stated in everyday Chinese ("我59岁，失业了", "低保户", "没落户")
 * - `readStatedFacts(turns)`             the same with whose facts they are, conflicts to ask about, the person asked about
 * - `speaksOfOwnSituation(text)`         whether stated facts may be used for the speaker (README, "Reading stated facts")
 * - `whoseSituation(turns)`              the chat's gate: the facts of turns that state a situation, never a group a
 *                                        general question names (that group comes back as `named`, to offer the check)
 * `corpus` is the clause array (seeds/clauses.json, or `createCorpus(...).clauses`): only id, path and text are read.
 *
 * Typical chat turn: `const stated = readStatedFacts(userMessages)`; ask about `stated.conflicts` first; for subject
 * 'self' `const profile = { ...stated.profile, ...explicitProfile }`, for 'other' use `stated.others.at(-1).profile`;
 * then `const results = checkEligibility(profile, corpus)` and `decisiveQuestions(results)` for what to ask next.
 */
export { decisiveQuestions } from './decisive-questions.ts';
export {
  DecisiveQuestionSchema,
  EligibilitySchema,
  MissingFactSchema,
  ServiceCitationSchema,
  ServiceSchema,
  StatusSchema,
  StrengthSchema,
  type DecisiveQuestion,
  type Eligibility,
  type Service,
} from './eligibility-schema.ts';
export { checkEligibility, judgeService } from './engine.ts';
export {
  extractProfile,
  readStatedFacts,
  speaksOfOwnSituation,
  type OtherPersonFacts,
  type StatedFacts,
} from './extract-profile.ts';
export { PROFILE_FIELDS, ProfileFieldSchema, ProfileSchema, type Profile, type ProfileField } from './profile.ts';
export { FIELD_QUESTIONS } from './questions.ts';
export { asksEligibility, isCheckRequest, whoseSituation, type Situation, type SituationTurn } from './whose-situation.ts';
export type { ClauseText } from './resolve-citations.ts';
export { ServiceRuleSchema, type ServiceRule } from './rule-schema.ts';
export { SERVICE_RULES } from './rules/index.ts';
export { listServices } from './services.ts';
export { CheckEligibilityInputSchema, CheckEligibilityOutputSchema, ListServicesOutputSchema } from './tool-schemas.ts';
