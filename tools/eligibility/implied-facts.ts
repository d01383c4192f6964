import type { Profile } from './profile.ts';

/**
 * Fills in fields that another field already settles, so rules need not repeat the logic:
 * a degree of disability says whether the person has one, "no disability" says the degree is none,
 * a recent discharge makes a veteran and a non-veteran was not recently discharged.
 * Only certain implications: nothing is guessed, and a field the person gave is never overwritten.
 */
export function withImpliedFacts(profile: Profile): Profile {
  const p = { ...profile };
  if (p.hasDisability === undefined && p.disability !== undefined) p.hasDisability = p.disability !== 'none';
  if (p.disability === undefined && p.hasDisability === false) p.disability = 'none';
  if (p.veteran === undefined && p.recentlyDischarged === true) p.veteran = true;
  if (p.recentlyDischarged === undefined && p.veteran === false) p.recentlyDischarged = false;
  return p;
}
