import { describe, expect, it } from 'vitest';
import { olderWorker, retirementAgeReached } from './derived-facts.ts';
import type { Profile } from './profile.ts';

describe('retirementAgeReached', () => {
  it.each([
    // Men: 60 until 2024, rising to 63 by birth month from 2025.
    [{ sex: 'male', age: 59 }, false],
    [{ sex: 'male', age: 60 }, undefined],
    [{ sex: 'male', age: 62 }, undefined],
    [{ sex: 'male', age: 63 }, true],
    // Women: 50 (workers) or 55 (cadres) until 2024, rising to 55 and 58.
    [{ sex: 'female', age: 49 }, false],
    [{ sex: 'female', age: 50 }, undefined],
    [{ sex: 'female', age: 57 }, undefined],
    [{ sex: 'female', age: 58 }, true],
    // Sex unknown: the widest band.
    [{ age: 49 }, false],
    [{ age: 50 }, undefined],
    [{ age: 62 }, undefined],
    [{ age: 63 }, true],
    [{}, undefined],
    // The person's own answer wins (early retirement for special jobs, or a known birth-month schedule).
    [{ sex: 'male', age: 57, reachedRetirementAge: true }, true],
    [{ sex: 'male', age: 61, reachedRetirementAge: false }, false],
  ] as const)('%j → %s', (profile, value) => {
    expect(retirementAgeReached(profile as Profile).value).toBe(value);
  });

  it('asks the sex only where it can settle the answer', () => {
    expect(retirementAgeReached({ age: 55 }).open).toEqual(['sex', 'reachedRetirementAge']);
    expect(retirementAgeReached({ age: 55, sex: 'female' }).open).toEqual(['reachedRetirementAge']);
    expect(retirementAgeReached({}).open).toEqual(['age', 'reachedRetirementAge']);
    expect(retirementAgeReached({ age: 40 }).open).toEqual([]);
  });
});

describe('olderWorker (大龄, bounded by the 4050 convention)', () => {
  it.each([
    [{ sex: 'female', age: 39 }, false],
    [{ sex: 'female', age: 40 }, true],
    [{ sex: 'male', age: 49 }, false],
    [{ sex: 'male', age: 50 }, true],
    [{ age: 39 }, false],
    [{ age: 45 }, undefined],
    [{ age: 50 }, true],
    [{}, undefined],
  ] as const)('%j → %s', (profile, value) => {
    expect(olderWorker(profile as Profile).value).toBe(value);
  });
});
