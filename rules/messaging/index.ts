import type { Rule } from '../../src/engine/types.js';
import boilerplate from './boilerplate.js';
import claims from './claims.js';
import cta from './cta.js';
import disclaimers from './disclaimers.js';
import pillars from './pillars.js';
import requiredText from './required-text.js';
import tagline from './tagline.js';

export const messagingRules: Rule[] = [tagline, boilerplate, pillars, claims, disclaimers, cta, requiredText];
