import type { Rule } from '../../src/engine/types.js';
import address from './address.js';
import allCaps from './all-caps.js';
import contractions from './contractions.js';
import emoji from './emoji.js';
import exclamations from './exclamations.js';
import hedges from './hedges.js';
import inclusive from './inclusive.js';
import jargon from './jargon.js';
import passive from './passive.js';
import profanity from './profanity.js';
import readingGrade from './reading-grade.js';
import roleLength from './role-length.js';
import sentenceLength from './sentence-length.js';
import spelling from './spelling.js';

export const toneRules: Rule[] = [
  readingGrade,
  sentenceLength,
  passive,
  hedges,
  jargon,
  inclusive,
  profanity,
  exclamations,
  allCaps,
  contractions,
  address,
  emoji,
  spelling,
  roleLength,
];
