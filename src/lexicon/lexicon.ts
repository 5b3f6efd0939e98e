/**
 * The kit's lexicon compiled once into one matcher, and the scan of a
 * document against it. Every lexicon rule reads the same scan: names,
 * terms, segment vocabulary, banned phrases and competitors compete for the
 * same text, and the longest match wins ("Acme Cloud Enterprise" over "Acme
 * Cloud"; a protected name over a term inside it).
 */
import type { BannedPhrase, BrandKit, Competitor, PreferredTerm, ProtectedName } from '../config/types.js';
import { isBrandRole, type Role } from '../documents/types.js';
import type { Analysis, Unit } from '../nlp/analyze.js';
import type { TextHit } from '../nlp/text-hit.js';
import { Coverage, firstNonOverlapping } from '../text/ranges.js';
import { isGluedIntoIdentifier } from '../text/identifiers.js';
import { atomsOf, gapBefore, type Atom } from './atoms.js';
import { compromise } from '../libraries.js';
import { isCommonWord } from './dictionary.js';
import { formsOf, inflectedPairs } from './inflect.js';
import { PhraseMatcher, TypoIndex } from './matcher.js';

export type NameForm = 'canonical' | 'plural' | 'joined' | 'split' | 'allowed';

export type LexiconEntry =
  /** `spelling`: how this form is written correctly (the name, its plural, an allowed spelling). */
  | { kind: 'name'; name: ProtectedName; form: NameForm; spelling: string }
  | { kind: 'term'; family: 'terms' | 'segments'; term: PreferredTerm; form: string; replacement: string }
  | { kind: 'banned'; banned: BannedPhrase }
  | { kind: 'competitor'; competitor: Competitor; spelling: string }
  /** A phrase in which a term's word is fine ("cash register"): it keeps the term from matching there, and is no hit itself. */
  | { kind: 'exception'; term: PreferredTerm };

export interface LexiconHit extends TextHit {
  entry: LexiconEntry;
  role: Role;
  /** For names: how the text differs from the canonical spelling. */
  nearMiss?: 'case' | 'spacing' | 'typo';
}

export interface CompiledLexicon {
  matcher: PhraseMatcher<LexiconEntry>;
  typos: TypoIndex<{ name: ProtectedName; atom: number }>;
  /** Banned entries given as regular expressions: one scan each. */
  patterns: { banned: BannedPhrase; regex: RegExp }[];
}

/** Builds the kit's lexicon matcher; a run builds it once (see CompiledKit). */
export function compileLexicon(kit: BrandKit): CompiledLexicon {
  const matcher = new PhraseMatcher<LexiconEntry>();
  const typos = new TypoIndex<{ name: ProtectedName; atom: number }>();
  const { lexicon } = kit;
  for (const name of lexicon.names) {
    matcher.add(name.name, { kind: 'name', name, form: 'canonical', spelling: name.name }, 'any');
    const plural = pluralOfName(name.name);
    if (plural) matcher.add(plural, { kind: 'name', name, form: 'plural', spelling: plural }, 'any');
    for (const allowed of name.allow) matcher.add(allowed, { kind: 'name', name, form: 'allowed', spelling: allowed }, 'any');
    if (!name.nearMisses) continue;
    const atoms = atomsOf(name.name);
    if (atoms.length > 1) for (const joined of joinsOf(atoms)) matcher.add(joined, { kind: 'name', name, form: 'joined', spelling: name.name });
    else for (const split of splitsOf(name.name)) matcher.add(split, { kind: 'name', name, form: 'split', spelling: name.name }, 'any');
    atoms.forEach((atom, index) => {
      if (atom.lower.length >= 4) typos.add(atom.lower, { name, atom: index });
    });
  }
  for (const family of ['terms', 'segments'] as const) {
    for (const term of lexicon[family]) {
      for (const wrong of term.insteadOf) {
        for (const [form, replacement] of inflectedPairs(wrong, term.use, term.forms, term.inflect)) {
          matcher.add(form, { kind: 'term', family, term, form, replacement });
        }
      }
      for (const exception of term.exceptions) {
        for (const [form] of inflectedPairs(exception, exception, {}, term.inflect)) matcher.add(form, { kind: 'exception', term });
      }
    }
  }
  const patterns: CompiledLexicon['patterns'] = [];
  for (const banned of lexicon.banned) {
    if (banned.phrase) {
      for (const [form] of inflectedPairs(banned.phrase, banned.phrase, {}, true)) matcher.add(form, { kind: 'banned', banned });
    } else if (banned.pattern) {
      patterns.push({ banned, regex: new RegExp(banned.pattern, 'giu') });
    }
  }
  for (const competitor of lexicon.competitors) {
    for (const spelling of [competitor.name, ...competitor.aliases]) matcher.add(spelling, { kind: 'competitor', competitor, spelling }, 'any');
  }
  return { matcher, typos, patterns };
}

/**
 * A name's words run together, wholly or in part: "Acme Cloud" → "AcmeCloud";
 * "Spokeway E-Bike" → "SpokewayEBike", "Spokeway EBike", "SpokewayE Bike".
 * Names of up to five words (beyond that the forms multiply for nothing).
 */
function joinsOf(atoms: readonly Atom[]): string[] {
  if (atoms.length > 5) return [atoms.map((atom) => atom.text).join('')];
  const joins: string[] = [];
  for (let mask = 1; mask < 1 << (atoms.length - 1); mask++) {
    joins.push(atoms.map((atom, index) => (index === 0 ? '' : mask & (1 << (index - 1)) ? '' : ' ') + atom.text).join(''));
  }
  return joins;
}

/** The name with its last word in the plural ("Acme Clouds"), when that word has a plural. */
function pluralOfName(name: string): string | undefined {
  const last = atomsOf(name).at(-1);
  if (!last || !/^\p{L}+$/u.test(last.text)) return undefined;
  const plural = formsOf(last.text).plural;
  return plural && plural !== last.text ? name.slice(0, last.start) + plural + name.slice(last.end) : undefined;
}

/** Ways a one-word name gets split: "Mailchimp" → "Mail chimp"; only with both halves of 3+ letters. */
function splitsOf(name: string): string[] {
  if (!/^[\p{L}\p{N}]{6,}$/u.test(name)) return [];
  const splits: string[] = [];
  for (let index = 3; index <= name.length - 3; index++) splits.push(`${name.slice(0, index)} ${name.slice(index)}`);
  return splits;
}

/** The lexicon hits of a document's brand copy; a run scans each document once and every lexicon rule reads the scan. */
export function scanLexicon(analysis: Analysis, lexicon: CompiledLexicon): LexiconHit[] {
  return analysis.units.filter((unit) => isBrandRole(unit.role)).flatMap((unit) => scanUnit(analysis, unit, lexicon));
}

function scanUnit(analysis: Analysis, unit: Unit, lexicon: CompiledLexicon): LexiconHit[] {
  const text = unit.masked;
  const atoms = atomsOf(text);
  const raw = lexicon.matcher.scan(text, atoms);
  const exceptions = raw.filter((match) => match.payload.kind === 'exception');
  const tagsAt = lazyPartsOfSpeech(text);
  // A match that is only common words (a name such as "Unlimited" written "unlimited") is dropped before
  // the longest match is chosen, so it does not hide the kit's own term or banned entry for those words.
  const candidates = raw.filter(
    (match) =>
      match.payload.kind !== 'exception' &&
      keepMatch(text, match.start, match.end, match.payload, unit.role) &&
      !isExcepted(match, exceptions) &&
      isWantedPartOfSpeech(match, tagsAt),
  );
  const resolved = longestFirst(candidates, text.length);
  const exact: LexiconHit[] = resolved.map((match) => toHit(analysis, unit, match.start, match.end, match.payload));
  for (const hit of exact) if (hit.entry.kind === 'name') hit.nearMiss = nameDifference(hit.text, hit.entry);
  const { typos, replaced } = findTypos(analysis, unit, atoms, exact, lexicon);
  const hits = withoutIdentifierNearMisses(analysis, unit, [...exact.filter((hit) => !replaced.has(hit)), ...typos]);
  if (lexicon.patterns.length > 0) {
    // A pattern is reported where no other banned entry is, a name or term there notwithstanding.
    const coverage = new Coverage<LexiconHit>(text.length);
    for (const hit of hits) if (hit.entry.kind === 'banned') coverage.add(hit);
    for (const { banned, regex } of lexicon.patterns) {
      regex.lastIndex = 0;
      for (const match of text.matchAll(regex)) {
        if (match[0].length === 0 || !coverage.isFree(match.index, match.index + match[0].length)) continue;
        const hit = toHit(analysis, unit, match.index, match.index + match[0].length, { kind: 'banned', banned });
        hits.push(hit);
        coverage.add(hit);
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Non-overlapping matches, the longest first; at equal length, names first, then the earlier entry. */
function longestFirst<T extends { start: number; end: number; payload: LexiconEntry }>(matches: T[], textLength: number): T[] {
  const rank = (entry: LexiconEntry): number => (entry.kind === 'name' ? 0 : 1);
  const ordered = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a.payload) - rank(b.payload) || a.start - b.start);
  return firstNonOverlapping(ordered, textLength);
}

function keepMatch(text: string, start: number, end: number, entry: LexiconEntry, role: Role): boolean {
  if (entry.kind === 'name') return keepName(text, start, end, entry);
  if (entry.kind === 'competitor') return !isProseOfCommonWords(text, start, end, entry.spelling) && !insideLongerProperNoun(text, start, role);
  return true;
}

/**
 * A competitor's name that a capitalised word runs into is part of a longer
 * proper noun: "our Fair Trade Coffee collection" does not name Trade Coffee.
 * Headings and titles capitalise every word, so there the word proves nothing.
 */
function insideLongerProperNoun(text: string, start: number, role: Role): boolean {
  if (role === 'heading' || role === 'title' || role === 'subject') return false;
  const before = /(\p{Lu}[\p{L}\p{N}'\u2019]*) $/u.exec(text.slice(Math.max(0, start - 40), start));
  return before !== null && !atSentenceStart(text, start - before[0].length);
}

interface LexiconMatch {
  start: number;
  end: number;
  payload: LexiconEntry;
}

/** A term's match inside one of its exceptions ("register" in "cash register"). */
function isExcepted(match: LexiconMatch, exceptions: readonly LexiconMatch[]): boolean {
  const { payload } = match;
  if (payload.kind !== 'term' || payload.term.exceptions.length === 0) return false;
  return exceptions.some(
    (exception) =>
      exception.payload.kind === 'exception' && exception.payload.term === payload.term && exception.start <= match.start && match.end <= exception.end,
  );
}

const POS_TAGS = { verb: 'Verb', noun: 'Noun', adjective: 'Adjective' } as const;

/** A term with a part of speech matches only where the word is used as one ("purchase a plan", not "every purchase"). */
function isWantedPartOfSpeech(match: LexiconMatch, tagsAt: (offset: number) => readonly string[]): boolean {
  const { payload } = match;
  if (payload.kind !== 'term' || !payload.term.partOfSpeech) return true;
  return tagsAt(match.start).includes(POS_TAGS[payload.term.partOfSpeech]);
}

interface TaggedTerm {
  offset: { start: number };
  tags: string[];
}

/** The part-of-speech tags of the word at an offset of `text`; compromise tags the text on first use only. */
function lazyPartsOfSpeech(text: string): (offset: number) => readonly string[] {
  let tags: Map<number, string[]> | undefined;
  return (offset) => {
    tags ??= new Map(
      (compromise()(text).json({ offset: true }) as { terms: TaggedTerm[] }[]).flatMap((sentence) =>
        sentence.terms.map((term) => [term.offset.start, term.tags] as const),
      ),
    );
    return tags.get(offset) ?? [];
  };
}

/**
 * A name made of common English words, written in prose case, is those
 * words: "three minutes" and "Three steps" (at a sentence start) are not the
 * network Three, "orange juice" is not Orange.
 */
function isProseOfCommonWords(text: string, start: number, end: number, spelling: string): boolean {
  const written = text.slice(start, end);
  const proseCase = written === written.toLowerCase() || (atSentenceStart(text, start) && written.slice(1) === written.slice(1).toLowerCase());
  return proseCase && atomsOf(spelling).every((atom) => isCommonWord(atom.lower));
}

/**
 * A name match in other case is only reported when it cannot be ordinary
 * prose: a lower-case "flow" for a product called Flow is the word flow,
 * and so is a split "sales force" for Salesforce.
 */
function keepName(text: string, start: number, end: number, entry: Extract<LexiconEntry, { kind: 'name' }>): boolean {
  const written = text.slice(start, end);
  if (entry.form === 'canonical' || entry.form === 'plural' || entry.form === 'allowed') {
    return sameSpelling(written, entry.spelling) || !isProseOfCommonWords(text, start, end, entry.spelling);
  }
  if (entry.form === 'split') return written !== written.toLowerCase();
  return true;
}

/** Characters that glue a word into an identifier: "grpc-gateway", "nodejs/node", "jaybe@jekyll", "linkerd_proxy". */
const IDENTIFIER_GLUE = /[-_/@#.]/u;

/**
 * A near-miss of a name that is part of a package, repository or account
 * identifier ("grpc-gateway", "nodejs/node#123"), or the text of a link that
 * spells out its own address ("[nodejs](https://github.com/nodejs)"), names
 * that identifier, not the brand: its spelling is not the copywriter's to change.
 * Nor is a term inside an identifier or a file name ("test-https-localaddress.js")
 * or a quoted argument of a call (`process.binding('url')`).
 */
function withoutIdentifierNearMisses(analysis: Analysis, unit: Unit, hits: LexiconHit[]): LexiconHit[] {
  return hits.filter((hit) => {
    if (hit.entry.kind === 'term')
      return !isGluedIntoIdentifier(unit.masked, hit.start, hit.end, IDENTIFIER_GLUE) && !isCodeArgument(unit.masked, hit.start, hit.end);
    return !hit.nearMiss || !(isGluedIntoIdentifier(unit.masked, hit.start, hit.end, IDENTIFIER_GLUE) || spellsOutLink(analysis, unit, hit));
  });
}

/** A quoted argument of a call in code written as prose: `process.binding('url')`. */
function isCodeArgument(text: string, start: number, end: number): boolean {
  return /[\p{L}\p{N}_]\(\s*["'`]?$/u.test(text.slice(Math.max(0, start - 4), start)) && /^["'`]?\s*\)/u.test(text.slice(end, end + 4));
}

function spellsOutLink(analysis: Analysis, unit: Unit, hit: LexiconHit): boolean {
  const { segment } = analysis.segmentAt(unit.index, hit.start);
  return segment.href !== undefined && segment.text.trim() === hit.text && segment.href.includes(hit.text);
}

function atSentenceStart(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  return before.trim() === '' || /(?:[.!?:]["'\u201d\u2019)]?|\n)\s*$/u.test(before.slice(-12));
}

/** Equal but for the apostrophe: word processors turn "Carl's" into "Carl’s" as you type. */
function sameSpelling(written: string, spelling: string): boolean {
  const straight = (text: string): string => text.replace(/[\u2018\u2019\u02bc]/gu, "'");
  return straight(written) === straight(spelling);
}

function nameDifference(written: string, entry: Extract<LexiconEntry, { kind: 'name' }>): LexiconHit['nearMiss'] {
  if (entry.form === 'allowed' || sameSpelling(written, entry.spelling)) return undefined;
  if (entry.form === 'joined' || entry.form === 'split') return 'spacing';
  return written.toLowerCase() === entry.spelling.toLowerCase() ? 'case' : 'spacing';
}

/**
 * Words one edit away from a word of a protected name, where the rest of
 * the name stands around them exactly: "Acme Clod" for "Acme Cloud".
 * A real English word only counts when written in the name's case ("Acme
 * Could" is a typo, "Acme could help" is a sentence). Returns the typos
 * and the exact names they replace.
 */
function findTypos(
  analysis: Analysis,
  unit: Unit,
  atoms: Atom[],
  hits: readonly LexiconHit[],
  lexicon: CompiledLexicon,
): { typos: LexiconHit[]; replaced: Set<LexiconHit> } {
  const found: LexiconHit[] = [];
  const coverage = new Coverage<LexiconHit>(unit.masked.length);
  for (const hit of hits) coverage.add(hit);
  // A typo spanning a shorter exact name ("Acme Clod" over the name "Acme") replaces it.
  const isInnerName = (hit: LexiconHit, start: number, end: number): boolean =>
    hit.entry.kind === 'name' && !hit.nearMiss && start <= hit.start && hit.end <= end;
  const taken = (start: number, end: number): boolean => coverage.overlapping(start, end).some((hit) => !isInnerName(hit, start, end));
  const replaced = new Set<LexiconHit>();
  for (const [index, atom] of atoms.entries()) {
    if (atom.lower.length < 4) continue;
    const candidates = lexicon.typos.near(atom.lower);
    if (candidates.length === 0 || taken(atom.start, atom.end)) continue;
    for (const { payload } of candidates) {
      const nameAtoms = atomsOf(payload.name.name);
      const first = index - payload.atom;
      const last = first + nameAtoms.length - 1;
      const firstAtom = atoms[first];
      const lastAtom = atoms[last];
      const typoAtom = nameAtoms[payload.atom];
      if (!firstAtom || !lastAtom || !typoAtom) continue;
      const rest = nameAtoms.every((nameAtom, offset) => offset === payload.atom || atoms[first + offset]?.lower === nameAtom.lower);
      if (!rest || !gapsJoin(unit.masked, atoms, first, last)) continue;
      // "Linkerd2" is a version or edition of the name, not a misspelling of it.
      if (atom.lower.replace(/\d+$/u, '') === typoAtom.lower) continue;
      if (isCommonWord(atom.lower) && !sameInitialCase(atom.text, typoAtom.text)) continue;
      if (nameAtoms.length === 1 && (isCommonWord(atom.lower) || atom.lower.charAt(0) !== typoAtom.lower.charAt(0))) continue;
      const start = firstAtom.start;
      const end = lastAtom.end;
      if (taken(start, end)) continue;
      const hit = toHit(analysis, unit, start, end, { kind: 'name', name: payload.name, form: 'canonical', spelling: payload.name.name });
      hit.nearMiss = 'typo';
      for (const inner of coverage.overlapping(start, end)) replaced.add(inner);
      found.push(hit);
      coverage.add(hit);
      break;
    }
  }
  return { typos: found, replaced };
}

function sameInitialCase(a: string, b: string): boolean {
  const upper = (text: string): boolean => {
    const initial = text.charAt(0);
    return initial === initial.toUpperCase() && initial !== initial.toLowerCase();
  };
  return upper(a) === upper(b);
}

function gapsJoin(text: string, atoms: Atom[], first: number, last: number): boolean {
  for (let index = first + 1; index <= last; index++) {
    if (!/^[\s\u00a0-]{1,3}$/u.test(gapBefore(text, atoms, index))) return false;
  }
  return true;
}

function toHit(analysis: Analysis, unit: Unit, start: number, end: number, entry: LexiconEntry): LexiconHit {
  const range = analysis.toSource(unit.index, start, end);
  return {
    entry,
    unit: unit.index,
    start,
    end,
    text: unit.text.slice(start, end),
    sourceStart: range.start,
    sourceEnd: range.end,
    segment: range.segment,
    role: analysis.segmentAt(unit.index, start).segment.role,
  };
}
