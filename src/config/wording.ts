/**
 * How kit problems name places and values: `"tone.exclamations.document"`,
 * `got "two"`, `did you mean "lexicon"?`.
 */
import { distance } from 'fastest-levenshtein';

/** A place in a kit: map keys and list indexes from the root. */
export type KitPath = readonly (string | number)[];

const PLAIN_KEY = /^[A-Za-z_$][\w$/-]*$/;
const LONGEST_SHOWN_STRING = 60;

/** The dotted form of a path: `lexicon.terms[0].use`, `campaigns["spring sale"].truth`. */
export function dottedPath(path: KitPath): string {
  return path
    .map((step, index) => {
      if (typeof step === 'number') return `[${step}]`;
      if (!PLAIN_KEY.test(step)) return `[${JSON.stringify(step)}]`;
      return index === 0 ? step : `.${step}`;
    })
    .join('');
}

/** The subject of a sentence about `path`: `"tone.sentenceLength"`, `option "max" of rule "tone/sentence-length"`, `the kit`. */
export function subject(path: KitPath): string {
  if (path.length === 0) return 'the kit';
  const { within, inRules } = splitRules(path);
  const [, id, slot, ...rest] = inRules;
  if (typeof id === 'string') {
    const where = within.length > 0 ? ` in "${dottedPath(within)}"` : '';
    if (slot === undefined) return `rule "${id}"${where}`;
    if (slot === 0) return `the severity of rule "${id}"${where}`;
    if (rest.length === 0) return `the options of rule "${id}"${where}`;
    return `option "${dottedPath(rest)}" of rule "${id}"${where}`;
  }
  return `"${dottedPath(path)}"`;
}

/**
 * A path into rule settings split where they start: the kit's own `rules`,
 * or an override's (`overrides[2].rules`); `inRules` is empty elsewhere.
 */
export function splitRules(path: KitPath): { within: KitPath; inRules: KitPath } {
  const start = path[0] === 'rules' ? 0 : path[0] === 'overrides' && typeof path[1] === 'number' && path[2] === 'rules' ? 2 : -1;
  return start === -1 ? { within: path, inRules: [] } : { within: path.slice(0, start), inRules: path.slice(start) };
}

/** A value as the user wrote it: strings quoted (and shortened), lists and maps by kind. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value !== 'string') return String(value);
  const shown = value.length > LONGEST_SHOWN_STRING ? `${value.slice(0, LONGEST_SHOWN_STRING - 1)}…` : value;
  return JSON.stringify(shown);
}

/** `a, b and c`. */
export function listWords(words: readonly string[], conjunction = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

/**
 * The candidate closest to `word`, when it is close enough to be what the
 * user meant: case, `-`, `_` and spaces are ignored, and at most one edit in
 * four characters is allowed (at least one).
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const wanted = normalise(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const normalised = normalise(candidate);
    const edits = distance(wanted, normalised);
    const allowed = Math.max(1, Math.floor(Math.max(wanted.length, normalised.length) / 4));
    // A longer or shorter spelling of the same word ("warning" for "warn") is close too.
    const sameStem = Math.min(wanted.length, normalised.length) >= 3 && (wanted.startsWith(normalised) || normalised.startsWith(wanted));
    if ((edits <= allowed || sameStem) && edits < bestDistance) {
      best = candidate;
      bestDistance = edits;
    }
  }
  return best;
}

/** ` — did you mean "x"?` when a close candidate exists, else ''. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closestMatch(word, candidates);
  return match === undefined ? '' : ` — did you mean "${match}"?`;
}

function normalise(word: string): string {
  return word.toLowerCase().replace(/[-_\s]/g, '');
}
