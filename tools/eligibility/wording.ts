/** The eligibility engine's wording (kept in tools/wording.ts, the one home of what a person reads) and its result order. */
import type { Eligibility, Service } from './eligibility-schema.ts';
import { ELIGIBILITY_CAVEATS, ENGINE_READING_WORDING, STRENGTH_NOTES as NOTES } from '../wording.ts';

type Strength = Service['strength'];

/** The caveat every result carries, by the strength of the plan's wording. */
export const CAVEATS: Readonly<Record<Strength, string>> = ELIGIBILITY_CAVEATS;

/** The reason line that explains why a goal or an exploration is at most likely_eligible. */
export const STRENGTH_NOTES: Readonly<Record<Strength, string | undefined>> = NOTES;

/** Results shown best first: what the person can get, then what may apply, then what needs facts, then the rest. */
export const STATUS_ORDER: Readonly<Record<Eligibility['status'], number>> = {
  eligible: 0,
  likely_eligible: 1,
  need_info: 2,
  not_eligible: 3,
};

/** How a requirement the plan's cited words do not state is shown: as the engine's reading, with the note. */
export const ENGINE_READING: Readonly<{ met: string; notMet: string; note: string }> = ENGINE_READING_WORDING;
