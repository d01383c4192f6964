import type { ServiceRule } from '../rule-schema.ts';
import { DISABILITY_AND_FAMILY_RULES } from './disability.ts';
import { EARLY_CHILDHOOD_RULES } from './early-childhood.ts';
import { EDUCATION_RULES } from './education.ts';
import { ELDERLY_RULES } from './elderly.ts';
import { EMPLOYMENT_RULES } from './employment.ts';
import { EQUAL_ACCESS_RULES } from './equal-access.ts';
import { HEALTH_RULES } from './health.ts';
import { HOUSING_RULES } from './housing.ts';
import { LEGAL_AID_RULES } from './legal-aid.ts';
import { SOCIAL_ASSISTANCE_RULES } from './social-assistance.ts';
import { VETERANS_RULES } from './veterans.ts';

/** Every service the engine knows, in the plan's chapter order. */
export const SERVICE_RULES: readonly ServiceRule[] = [
  ...EQUAL_ACCESS_RULES,
  ...EARLY_CHILDHOOD_RULES,
  ...EDUCATION_RULES,
  ...EMPLOYMENT_RULES,
  ...HOUSING_RULES,
  ...HEALTH_RULES,
  ...ELDERLY_RULES,
  ...SOCIAL_ASSISTANCE_RULES,
  ...DISABILITY_AND_FAMILY_RULES,
  ...VETERANS_RULES,
  ...LEGAL_AID_RULES,
];
