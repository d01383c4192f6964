/** The generated artefacts of the answer pipeline are current: rebuilding them gives the committed files. */
import { describe, expect, it } from 'vitest';
import generalIdf from '../data/general-idf.json' with { type: 'json' };
import decisionModel from '../data/decision-model.json' with { type: 'json' };
import offices from '../data/offices.json' with { type: 'json' };
import { buildGeneralIdfTable } from './build-general-idf.ts';
import { buildOfficeTable } from './build-offices.ts';
import { fitDecisionModel } from './fit-decision-model.ts';

describe('answer pipeline artefacts', () => {
  it('general-idf.json is current (npm run build:general-idf)', () => {
    expect(buildGeneralIdfTable()).toEqual(generalIdf);
  });

  it('decision-model.json is current (npm run build:decision-model), and its cross-validated accuracy is reported', async () => {
    const fitted = await fitDecisionModel();
    expect(fitted.weights).toEqual(decisionModel.weights);
    expect(fitted.bias).toBe(decisionModel.bias);
    expect(fitted.crossValidated).toEqual(decisionModel.crossValidated);
    // Always answering would score the share of answerable questions (~0.84) and refer nothing.
    expect(fitted.crossValidated.accuracy).toBeGreaterThan(0.9);
    expect(fitted.crossValidated.referAccuracy).toBeGreaterThan(0.8);
  });

  it('offices.json is current (npm run build:offices)', () => {
    expect(buildOfficeTable()).toEqual(offices);
  });
});
