import type { Rule } from '../../src/engine/types.js';
import conflictingOffers from './conflicting-offers.js';
import contactPressure from './contact-pressure.js';
import segments from './segments.js';

export const programmeRules: Rule[] = [conflictingOffers, contactPressure, segments];
