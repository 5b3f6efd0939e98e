import type { Rule } from '../../src/engine/types.js';
import consensus from './consensus.js';
import requiredCta from './required-cta.js';
import sourceOfTruth from './source-of-truth.js';
import variants from './variants.js';

export const driftRules: Rule[] = [sourceOfTruth, consensus, variants, requiredCta];
