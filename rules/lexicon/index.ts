import type { Rule } from '../../src/engine/types.js';
import banned from './banned.js';
import competitors from './competitors.js';
import names from './names.js';
import plans from './plans.js';
import segments from './segments.js';
import terms from './terms.js';
import trademark from './trademark.js';

export const lexiconRules: Rule[] = [names, trademark, terms, segments, banned, competitors, plans];
