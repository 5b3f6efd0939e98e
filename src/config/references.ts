/**
 * What only the whole kit can tell, once `extends` is applied: every name
 * the kit refers to exists. Campaign audiences and contact limits name
 * segments of `lexicon.segments`, the one vocabulary every team uses for
 * customers; campaigns' `truth.pillars` and `expect.<channel>.pillars` name
 * pillars of `messaging.pillars`. A problem points at the kit file that
 * wrote the name.
 */
import type { KitProblem } from './errors.js';
import { segmentName } from './segments.js';
import type { KitSource } from './source.js';
import type { BrandKit, PreferredTerm } from './types.js';
import { describeValue, didYouMean, listWords, subject, type KitPath } from './wording.js';

export function vocabularyProblems(kit: BrandKit, sources: readonly KitSource[]): KitProblem[] {
  const problems: KitProblem[] = [];
  for (const campaign of kit.campaigns) {
    for (const audience of campaign.audiences) {
      const reason = unknownSegment(kit.lexicon.segments, audience);
      if (!reason) continue;
      const at = locate(sources, ['campaigns', campaign.id, 'audiences'], (list) => (Array.isArray(list) ? list.indexOf(audience) : -1));
      if (at) problems.push(at.source.problem(at.path, `${subject(at.path)} ${reason}`));
    }
  }
  for (const segment of Object.keys(kit.programme.contactLimits.segments)) {
    const reason = unknownSegment(kit.lexicon.segments, segment);
    if (!reason) continue;
    const at = locate(sources, ['programme', 'contactLimits', 'segments'], (map) => (isMap(map) && segment in map ? segment : -1));
    if (at) problems.push(at.source.problem(at.path, `${subject(at.path)} ${reason}`, 'key'));
  }
  problems.push(...pillarProblems(kit, sources));
  return problems;
}

/** Pillar ids the campaigns name that `messaging.pillars` does not define. */
function pillarProblems(kit: BrandKit, sources: readonly KitSource[]): KitProblem[] {
  const ids = kit.messaging.pillars.map((pillar) => pillar.id);
  const problems: KitProblem[] = [];
  const check = (path: KitPath, named: readonly string[]): void => {
    for (const id of new Set(named)) {
      if (ids.includes(id)) continue;
      const at = locate(sources, path, (list) => (Array.isArray(list) ? list.indexOf(id) : -1));
      const advice =
        ids.length === 0 ? '; messaging.pillars defines no pillars' : didYouMean(id, ids) || `; the pillars are ${listWords(ids.map((known) => `"${known}"`))}`;
      if (at)
        problems.push(
          at.source.problem(at.path, `${subject(at.path)} names the pillar ${describeValue(id)}, which messaging.pillars does not define${advice}`),
        );
    }
  };
  for (const campaign of kit.campaigns) {
    check(['campaigns', campaign.id, 'truth', 'pillars'], campaign.truth.pillars ?? []);
    for (const [channel, expectation] of Object.entries(campaign.expect))
      check(['campaigns', campaign.id, 'expect', channel, 'pillars'], expectation?.pillars ?? []);
  }
  return problems;
}

/** Why a name is not a segment of the vocabulary, or undefined when it is one. */
function unknownSegment(segments: readonly PreferredTerm[], name: string): string | undefined {
  const found = segmentName(segments, name);
  switch (found.kind) {
    case 'segment':
      return undefined;
    case 'replaced':
      return `names the audience ${describeValue(name)}, which lexicon.segments replaces: write "${found.use}"`;
    case 'unknown':
      if (segments.length === 0) return `names the audience ${describeValue(name)}, but lexicon.segments defines no segments: add "${name}" there`;
      return `names the audience ${describeValue(name)}, which is not in lexicon.segments${found.closest ? ` — did you mean "${found.closest}"?` : `; add it there or use one of its segments`}`;
  }
}

/** The first kit file (the user's first) that writes the entry `step` finds under `path`. */
function locate(sources: readonly KitSource[], path: KitPath, step: (value: unknown) => string | number): { source: KitSource; path: KitPath } | undefined {
  for (const source of sources) {
    const value = path.reduce<unknown>((node, key) => (isMap(node) ? node[key] : undefined), source.data);
    const found = step(value);
    if (found !== -1) return { source, path: [...path, found] };
  }
  return undefined;
}

function isMap(value: unknown): value is Record<string | number, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
