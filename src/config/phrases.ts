/**
 * Kit phrases that can never match. brandlint finds a kit phrase word by
 * word in the text readers give it — markup, entities and merge tags taken
 * out — so a phrase of punctuation only, or one that spells markup or a
 * merge tag, is never found; neither is one whose words are kept apart by
 * more punctuation than the matcher steps over. Such a phrase is a warning,
 * not an error: the kit still works, it just checks less than it says.
 */
import { atomsOf, isJoinableGap } from '../lexicon/atoms.js';
import type { KitProblem } from './errors.js';
import type { RawKit } from './expand.js';
import type { KitSource } from './source.js';
import { subject, type KitPath } from './wording.js';

/** `*` stands for any list index or map key; a path ending at a list stands for each of its strings. */
type PhrasePlace = readonly string[];

/** Where the overridable sections hold phrases, from the section down. */
const SECTION_PHRASES: readonly PhrasePlace[] = [
  ['lexicon', 'names', '*'],
  ['lexicon', 'names', '*', 'name'],
  ['lexicon', 'names', '*', 'allow'],
  ['lexicon', 'terms', '*', 'insteadOf'],
  ['lexicon', 'terms', '*', 'exceptions'],
  ['lexicon', 'segments', '*'],
  ['lexicon', 'segments', '*', 'insteadOf'],
  ['lexicon', 'banned', '*'],
  ['lexicon', 'banned', '*', 'phrase'],
  ['lexicon', 'competitors', '*'],
  ['lexicon', 'competitors', '*', 'name'],
  ['lexicon', 'competitors', '*', 'aliases'],
  ['tone', 'hedges'],
  ['tone', 'channels', '*', 'hedges'],
  ['messaging', 'pillars', '*', 'phrases'],
  ['messaging', 'ctas'],
  ['messaging', 'claims', 'forbidden', '*'],
  ['messaging', 'claims', 'forbidden', '*', 'phrase'],
  ['messaging', 'requiredText', '*', 'text'],
  ['channels', 'email', 'vagueLinkText'],
  ['channels', 'call', 'recordingDisclosure'],
  ['channels', 'call', 'forbidden'],
];

const CAMPAIGN_PHRASES: readonly PhrasePlace[] = [
  ['campaigns', '*', 'truth', 'cta'],
  ['campaigns', '*', 'expect', '*', 'ctas'],
];

/** Places read by the phrase scan of the playbook (see phrase-scan.ts), where an ellipsis stands for a few words. */
const GAP_PLACES = new Set([
  'messaging.pillars.*.phrases',
  'messaging.ctas',
  'messaging.claims.forbidden.*',
  'messaging.claims.forbidden.*.phrase',
  'channels.call.recordingDisclosure',
  'channels.call.forbidden',
  'campaigns.*.truth.cta',
  'campaigns.*.expect.*.ctas',
]);
const ELLIPSIS = /\s*(?:…|\.\.\.)\s*/u;

/** Markup, character references and merge tags, which readers take out of the text before any phrase is looked for. */
const NOT_IN_TEXT: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /<\/?[a-z][^>]*>/i, what: 'markup' },
  { pattern: /&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i, what: 'a character reference' },
  { pattern: /\{\{.*\}\}|\{%.*%\}|\*\|.*\|\*|%%.*%%/, what: 'a merge tag' },
];

/** The longest run of punctuation between two words that the matcher still reads as the phrase's own (see matcher.ts). */
const LONGEST_OWN_GAP = 4;

export function phraseWarnings(source: KitSource, raw: RawKit): KitProblem[] {
  const places = [...SECTION_PHRASES, ...CAMPAIGN_PHRASES, ...SECTION_PHRASES.map((place): PhrasePlace => ['overrides', '*', ...place])];
  const warnings: KitProblem[] = [];
  for (const place of places) {
    const gaps = GAP_PLACES.has(place.filter((step, index) => !(place[0] === 'overrides' && index < 2)).join('.'));
    for (const { path, phrase } of phrasesAt(raw, place)) {
      const reason = gaps ? gappedUnmatchable(phrase) : unmatchable(phrase);
      if (reason) warnings.push(source.problem(path, `${subject(path)} ${reason}`));
    }
  }
  return warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Why brandlint can never find `phrase` (a part of `whole`, between its ellipses) in a text, or undefined when it can. */
export function unmatchable(phrase: string, whole = phrase): string | undefined {
  const atoms = atomsOf(phrase);
  if (atoms.length === 0)
    return phrase === whole
      ? `can never match: ${JSON.stringify(phrase)} has no letters or digits, and phrases are matched word by word`
      : `can never match: a part of ${JSON.stringify(whole)} between its ellipses, ${JSON.stringify(phrase.trim())}, has no letters or digits`;
  const hidden = NOT_IN_TEXT.find(({ pattern }) => pattern.test(phrase));
  if (hidden) return `can never match: ${JSON.stringify(whole)} holds ${hidden.what}, which brandlint takes out of the text before matching`;
  for (const [index, atom] of atoms.entries()) {
    const previous = atoms[index - 1];
    if (!previous) continue;
    const gap = phrase.slice(previous.end, atom.start);
    if (!isJoinableGap(gap) && gap.length > LONGEST_OWN_GAP)
      return `can never match: the words ${JSON.stringify(previous.text)} and ${JSON.stringify(atom.text)} are kept apart by ${JSON.stringify(gap)}, more than a phrase's own punctuation (${LONGEST_OWN_GAP} characters) may be`;
  }
  return undefined;
}

/** Like `unmatchable`, for a phrase whose ellipses stand for a few words: each part between them must be found. */
function gappedUnmatchable(phrase: string): string | undefined {
  const parts = phrase.split(ELLIPSIS).filter((part) => part.trim() !== '');
  if (parts.length === 0) return unmatchable(phrase);
  return parts.map((part) => unmatchable(part, phrase)).find((reason) => reason !== undefined);
}

function phrasesAt(data: unknown, place: PhrasePlace): { path: KitPath; phrase: string }[] {
  let nodes: { path: KitPath; value: unknown }[] = [{ path: [], value: data }];
  for (const step of place) {
    nodes = nodes.flatMap(({ path, value }) => {
      if (step !== '*') return isMap(value) && step in value ? [{ path: [...path, step], value: value[step] }] : [];
      if (Array.isArray(value)) return value.map((item, index) => ({ path: [...path, index], value: item }));
      return isMap(value) ? Object.entries(value).map(([key, item]) => ({ path: [...path, key], value: item })) : [];
    });
  }
  return nodes.flatMap(({ path, value }) => {
    if (typeof value === 'string') return [{ path, phrase: value }];
    if (Array.isArray(value)) return value.flatMap((item, index) => (typeof item === 'string' ? [{ path: [...path, index], phrase: item }] : []));
    return [];
  });
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
