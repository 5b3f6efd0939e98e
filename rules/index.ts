/**
 * Every rule brandlint ships, by family. A rule is found by its id:
 * `tone/sentence-length` lives in rules/tone/sentence-length.ts.
 */
import type { Rule } from '../src/engine/types.js';
import { channelRules } from './channel/index.js';
import { driftRules } from './drift/index.js';
import { lexiconRules } from './lexicon/index.js';
import { messagingRules } from './messaging/index.js';
import { programmeRules } from './programme/index.js';
import { toneRules } from './tone/index.js';

export const allRules: readonly Rule[] = [...lexiconRules, ...toneRules, ...messagingRules, ...channelRules, ...driftRules, ...programmeRules];

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.meta.id === id);
}
