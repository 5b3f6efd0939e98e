import { CHANNELS } from '../../src/documents/types.js';
import type { Rule, RuleContext } from '../../src/engine/types.js';
import { matchCase } from '../../src/lexicon/inflect.js';
import type { Analysis, Word } from '../../src/nlp/analyze.js';
import { type BrandCopy } from '../../src/nlp/brand-copy.js';
import { followingWord } from '../../src/nlp/word-index.js';
import { adjacent, normalizeToken, textOfWords, WordPhrases, type WordPhraseMatch } from '../../src/nlp/word-phrases.js';
import { ends } from '../../src/text/items.js';

/**
 * How a contraction may be used:
 * - negation: "do not" ↔ "don't", anywhere but before "only" ("is not only … but");
 * - clause: "you are" ↔ "you're", only before another word ("who you are." stays);
 * - perfect: "we have" ↔ "we've", only before a participle ("we have a plan" stays).
 */
type Kind = 'negation' | 'clause' | 'perfect';

interface Contraction {
  expanded: string;
  contracted: string;
  kind: Kind;
  /** The expansion before "been"/"got" ("it's been" → "it has been"). */
  perfectExpansion?: string;
}

const NEGATIONS = ['do', 'does', 'did', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'would', 'should', 'could', 'must'];
const CONTRACTIONS: readonly Contraction[] = [
  ...NEGATIONS.map((verb): Contraction => ({ expanded: `${verb} not`, contracted: `${verb}n't`, kind: 'negation' })),
  { expanded: 'will not', contracted: "won't", kind: 'negation' },
  { expanded: 'cannot', contracted: "can't", kind: 'negation' },
  ...['you', 'we', 'they'].map((pronoun): Contraction => ({ expanded: `${pronoun} are`, contracted: `${pronoun}'re`, kind: 'clause' })),
  { expanded: 'I am', contracted: "I'm", kind: 'clause' },
  ...['it', 'that', 'there', 'here', 'he', 'she'].map((word): Contraction => ({
    expanded: `${word} is`,
    contracted: `${word}'s`,
    kind: 'clause',
    perfectExpansion: `${word} has`,
  })),
  ...['I', 'you', 'we', 'they'].flatMap((pronoun): Contraction[] => [
    { expanded: `${pronoun} will`, contracted: `${pronoun}'ll`, kind: 'clause' },
    { expanded: `${pronoun} have`, contracted: `${pronoun}'ve`, kind: 'perfect' },
  ]),
];

const SUBJECTS = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it', 'there']);
const PARTICIPLE = /^(?:been|got|gotten|had|done|made|seen|sent|built|won|taken|given|\p{L}+ed)$/iu;

const contractions: Rule = {
  meta: {
    id: 'tone/contractions',
    description: 'Contractions as the kit wants them: preferred ("don\'t"), avoided ("do not"), or either.',
    severity: 'warn',
    channels: CHANNELS,
    fixable: true,
    docs: {
      details:
        'With `tone.contractions: prefer`, "do not", "you are", "we will" … are reported and --fix contracts them ("do not" → ' +
        '"don\'t"), keeping the case and the apostrophe style of the document (’ when it already uses it). Forms that cannot be ' +
        'contracted there are left alone: at the end of a clause ("who you are."), "have" as a main verb ("we have a plan"), and ' +
        '"not only". With `avoid`, contractions are reported and expanded ("won\'t" → "will not"; "it\'s been" → "it has been"). ' +
        'With `either` the rule does nothing. Customer lines, stage directions and quoted speech (unless `tone.judgeQuotes`) are ' +
        'not judged.',
      kit: 'tone:\n  contractions: prefer',
      bad: 'Do not worry: you are covered, and we will refund you.',
      findings: [
        '1:1-1:7 Write "Don\'t" instead of "Do not".',
        '1:15-1:22 Write "you\'re" instead of "you are".',
        '1:36-1:43 Write "we\'ll" instead of "we will".',
      ],
      good: "Don't worry: you're covered, and we'll refund you. That's who we are.",
    },
  },
  check(context) {
    const policy = context.tone.contractions;
    if (policy !== 'prefer' && policy !== 'avoid') return;
    const copy = context.brandCopy;
    if (policy === 'prefer') preferContractions(context, copy);
    else avoidContractions(context, copy);
  },
};

const expandedPhrases = new WordPhrases<Contraction>();
const byContracted = new Map<string, Contraction>();
for (const contraction of CONTRACTIONS) {
  expandedPhrases.add(contraction.expanded, contraction);
  byContracted.set(contraction.contracted.toLowerCase(), contraction);
}

function preferContractions(context: RuleContext, copy: BrandCopy): void {
  const { analysis } = context;
  const apostrophe = analysis.units.some((unit) => unit.text.includes('’')) ? '’' : "'";
  const contractible = (match: WordPhraseMatch<Contraction>): boolean => canContract(match.payload, nextWord(analysis, ends(match.words).last));
  for (const { payload: contraction, words } of expandedPhrases.find(analysis, copy.words, contractible)) {
    const written = textOfWords(analysis, words);
    const replacement = matchCase(contraction.contracted, written).replace(/'/g, apostrophe);
    report(context, words, `Write "${replacement}" instead of "${written}".`, replacement);
  }
}

function avoidContractions(context: RuleContext, copy: BrandCopy): void {
  const { analysis } = context;
  for (const word of copy.words) {
    const contraction = byContracted.get(normalizeToken(word.text));
    if (!contraction) continue;
    const next = nextWord(analysis, word);
    const expanded = contraction.perfectExpansion && next && /^(?:been|got)$/i.test(next.text) ? contraction.perfectExpansion : contraction.expanded;
    const replacement = matchCase(expanded, word.text);
    if (contraction.kind === 'negation' && next && SUBJECTS.has(next.lower)) {
      // "Won't you join?" cannot become "Will not you join?": the "not" moves after the subject.
      const verb = replacement.replace(/\s*not$/i, '');
      context.report({
        start: word.sourceStart,
        end: word.sourceEnd,
        segment: word.segment,
        message: `Avoid the contraction "${word.text}": write "${verb} ${next.text} not …".`,
      });
      continue;
    }
    report(context, [word], `Write "${replacement}" instead of "${word.text}".`, replacement);
  }
}

/** Verbs whose negation contracts better than the clause: "you won't", not "you'll not". */
const NEGATES_AS_ONE = /\b(?:will|would|should|could|have|has|had)$/i;

function canContract({ kind, expanded }: Contraction, next: Word | undefined): boolean {
  if (kind === 'negation') return next?.lower !== 'only';
  if (kind === 'clause') return next !== undefined && !(next.lower === 'not' && NEGATES_AS_ONE.test(expanded));
  return next !== undefined && PARTICIPLE.test(next.text);
}

/** The word right after `word` in its sentence, with only white space between them. */
function nextWord(analysis: Analysis, word: Word): Word | undefined {
  const next = followingWord(analysis, word);
  return next && !next.opaque && adjacent(analysis, word, next) ? next : undefined;
}

function report(context: RuleContext, words: readonly Word[], message: string, replacement: string): void {
  const { first, last } = ends(words);
  const start = first.sourceStart;
  const end = last.sourceEnd;
  const fix = context.fixSource(start, end, replacement);
  context.report({ start, end, segment: first.segment, message, suggestion: replacement, ...(fix ? { fix } : {}) });
}

export default contractions;
