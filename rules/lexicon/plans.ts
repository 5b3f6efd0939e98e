import type { PlanNames } from '../../src/config/types.js';
import { closestMatch } from '../../src/config/wording.js';
import { CHANNELS, type Role } from '../../src/documents/types.js';
import type { Rule, RuleContext } from '../../src/engine/types.js';
import { isCommonWord } from '../../src/lexicon/dictionary.js';
import { brandUnits, textHit } from '../../src/lexicon/phrase-scan.js';
import type { Analysis, Unit } from '../../src/nlp/analyze.js';
import { itemAt } from '../../src/text/items.js';

/** One to three capitalised words: the name a pattern's {Name} stands for ("Premium", "Pro Plus"). */
const NAME = "\\p{Lu}[\\p{L}\\p{N}&+'’-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{N}&+'’-]*){0,2}";
/** Words that start a name in a pattern's place without being part of it ("Our Plus plan", "Each plan"). */
const LEADING_WORDS = new Set([
  'a',
  'an',
  'the',
  'our',
  'your',
  'my',
  'their',
  'his',
  'her',
  'its',
  'this',
  'that',
  'these',
  'those',
  'each',
  'every',
  'any',
  'which',
  'what',
  'one',
  'no',
  'new',
  'current',
  'same',
]);
/** Roles written in title case, where a capital says nothing about a name. */
const TITLE_CASE_ROLES = new Set<Role>(['subject', 'preheader', 'title', 'heading', 'button', 'link']);

const plans: Rule = {
  meta: {
    id: 'lexicon/plans',
    description: 'Copy names only the plans the kit lists.',
    severity: 'error',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        '`lexicon.plans.names` is the closed set of plan names; `namePattern` says how copy names a plan, `{Name}` standing ' +
        'for one to three capitalised words ("{Name} plan", the default, also finds "plans"; add "{Name} tier" or "{Name} ' +
        'edition" as the brand says it). A name in that place that is not a plan is reported, with the nearest plan as a ' +
        'suggestion; a brand name before a plan ("Acme Plus plan") is fine, and leading words such as "our" or "each" are no ' +
        'part of a name. Where a capital may be only a sentence start or title case ("Business plan templates", a heading ' +
        '"Choose The Right Plan"), a common word that is close to no plan is left alone.',
      kit: 'lexicon:\n  plans:\n    names: [Essentials, Plus, Unlimited]\n    namePattern: ["{Name} plan", "{Name} tier"]',
      bad: 'Upgrade to the Premium plan, or stay on the Essential tier.',
      findings: [
        '1:16-1:23 "Premium" is not one of the plans (Essentials, Plus, Unlimited).',
        '1:45-1:54 "Essential" is not one of the plans (Essentials, Plus, Unlimited): did you mean "Essentials"?',
      ],
      good: 'Upgrade to the Unlimited plan, or stay on the Essentials tier.',
    },
  },
  check(context) {
    const { names, namePatterns } = context.kit.lexicon.plans;
    if (names.length === 0) return;
    const patterns = namePatterns.map(patternRegex);
    for (const unit of brandUnits(context.analysis)) {
      for (const regex of patterns) {
        for (const match of unit.masked.matchAll(regex)) checkName(context, unit, match, names);
      }
    }
  },
};

/** The regular expression of a name pattern: its words in any case (the last one also plural), {Name} a capture. */
function patternRegex(pattern: string): RegExp {
  const [before, after] = pattern.split('{Name}').map((part) => part.trim());
  const words = (part: string): string => part.split(/\s+/).filter(Boolean).map(anyCase).join('\\s+');
  const prefix = before ? `${words(before)}\\s+` : '';
  const suffix = after ? `\\s+${words(after)}${/\p{L}$/u.test(after) ? 's?' : ''}` : '';
  return new RegExp(`(?<![\\p{L}\\p{N}])${prefix}(${NAME})${suffix}(?![\\p{L}\\p{N}])`, 'gu');
}

function checkName(context: RuleContext, unit: Unit, match: RegExpMatchArray, plans: PlanNames['names']): void {
  const [whole, captured = ''] = match;
  const capturedStart = (match.index ?? 0) + whole.indexOf(captured);
  const words = [...captured.matchAll(/\S+/gu)].map((word) => ({ text: word[0], start: capturedStart + (word.index ?? 0) }));
  while (words[0] && LEADING_WORDS.has(words[0].text.toLowerCase())) words.shift();
  const [first] = words;
  const last = words.at(-1);
  if (!first || !last) return;
  const known = new Set(plans.map((plan) => plan.toLowerCase()));
  // A plan after a brand or product name ("Acme Plus plan") is that plan.
  for (let first = 0; first < words.length; first++) {
    if (
      known.has(
        words
          .slice(first)
          .map((word) => word.text)
          .join(' ')
          .toLowerCase(),
      )
    )
      return;
  }
  // A protected name alone is the brand's, not a plan's ("any Acme plan").
  if (
    brandNames(context).has(
      words
        .map((word) => word.text)
        .join(' ')
        .toLowerCase(),
    )
  )
    return;
  const start = first.start;
  const end = last.start + last.text.length;
  const name = unit.masked.slice(start, end);
  if (!isProse(context.analysis, unit, start, end)) return;
  const nearest = closestMatch(name, plans) ?? closestMatch(last.text, plans);
  if (nearest === undefined && mayBeOrdinaryWords(context.analysis, unit, start, name)) return;
  const hit = textHit(context.analysis, unit, start, end);
  const list = plans.join(', ');
  context.report({
    start: hit.sourceStart,
    end: hit.sourceEnd,
    segment: hit.segment,
    message: `"${hit.text}" is not one of the plans (${list})${nearest === undefined ? '.' : `: did you mean "${nearest}"?`}`,
    ...(nearest === undefined ? {} : { suggestion: nearest }),
  });
}

function brandNames(context: RuleContext): Set<string> {
  return new Set(context.kit.lexicon.names.flatMap((name) => [name.name, ...name.allow]).map((name) => name.toLowerCase()));
}

/** The words are prose: not a URL, a merge tag or code the mask hid. */
function isProse(analysis: Analysis, unit: Unit, start: number, end: number): boolean {
  return unit.masked.slice(start, end) === unit.text.slice(start, end) && analysis.wordAt(unit.index, start) !== undefined;
}

/** Common words whose capitals may only be a sentence start or title case ("Business plan", "Choose The Right Plan"). */
function mayBeOrdinaryWords(analysis: Analysis, unit: Unit, start: number, name: string): boolean {
  if (!name.split(/\s+/u).every((word) => isCommonWord(word.toLowerCase()))) return false;
  if (TITLE_CASE_ROLES.has(unit.role)) return true;
  const word = analysis.wordAt(unit.index, start);
  return word === undefined || word.index === itemAt(analysis.sentences, word.sentence).firstWord;
}

/** A pattern word in any case: the flag `i` would let {Name}'s capitals match lower case too. */
function anyCase(word: string): string {
  return [...word]
    .map((char) => (char.toLowerCase() !== char.toUpperCase() ? `[${char.toLowerCase()}${char.toUpperCase()}]` : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
}

export default plans;
