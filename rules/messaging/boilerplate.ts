import { diffArrays } from 'diff';
import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import { brandUnits, textHit } from '../../src/lexicon/phrase-scan.js';
import { comparableWords, sameWording } from '../../src/text/similarity.js';

type Change = { op: 'equal' | 'removed' | 'added'; text: string };

/** Changes named in the message; the full diff is in the finding's data. */
const CHANGES_IN_MESSAGE = 4;

const boilerplate: Rule = {
  meta: {
    id: 'messaging/boilerplate',
    description: 'The boilerplate ("About us" paragraph) is used word for word.',
    severity: 'error',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'A paragraph whose words are close to `messaging.boilerplate` — a word-level similarity (twice the words in common ÷ ' +
        'the words of both, in any case, punctuation aside) from `threshold` on, default 0.7 — but that does not read exactly ' +
        'like it is reported on the whole paragraph. The message names the words removed and added; in machine formats the ' +
        "finding's `data` holds the full word diff (`diff`: equal/removed/added runs, `removed`, `added`) and the similarity. " +
        'Paragraphs that are not the boilerplate at all are left alone.',
      kit: 'messaging:\n  boilerplate: "Acme builds tools that help small teams ship faster. Founded in 2012, Acme serves 40,000 customers."',
      bad: 'Acme builds tools that help teams ship faster. Founded in 2012, Acme serves 50,000 customers.',
      findings: ['1:1-1:94 This paragraph alters the boilerplate (removed "small", removed "40,000", added "50,000"); use the boilerplate word for word.'],
      good: 'Acme builds tools that help small teams ship faster. Founded in 2012, Acme serves 40,000 customers.',
    },
  },
  check(context) {
    const setting = context.kit.messaging.boilerplate;
    if (!setting) return;
    const expectedWords = comparableWords(setting.text);
    if (expectedWords.length === 0) return;
    for (const unit of brandUnits(context.analysis)) {
      const text = unit.text.trim();
      const words = comparableWords(text);
      if (!comparableLength(words, expectedWords) || sameWording(text, setting.text)) continue;
      const similarity = diceSimilarity(words, expectedWords);
      if (similarity < setting.threshold) continue;
      const changes = wordDiff(setting.text, text);
      const leading = unit.text.length - unit.text.trimStart().length;
      const hit = textHit(context.analysis, unit, leading, leading + text.length);
      context.report({
        start: hit.sourceStart,
        end: hit.sourceEnd,
        segment: hit.segment,
        message: `This paragraph alters the boilerplate (${describeChanges(changes)}); use the boilerplate word for word.`,
        suggestion: setting.text,
        data: {
          similarity: Math.round(similarity * 100) / 100,
          diff: changes,
          removed: changes.filter((change) => change.op === 'removed').map((change) => change.text),
          added: changes.filter((change) => change.op === 'added').map((change) => change.text),
        },
      });
    }
  },
};

/** A paragraph with under half or over twice the boilerplate's words is not the boilerplate, altered or not. */
function comparableLength(actual: string[], expected: string[]): boolean {
  return actual.length >= expected.length / 2 && actual.length <= expected.length * 2;
}

/** Words in common (in order) × 2 ÷ words in both texts. */
function diceSimilarity(actual: string[], expected: string[]): number {
  const common = diffArrays(expected, actual)
    .filter((part) => !part.added && !part.removed)
    .reduce((sum, part) => sum + part.value.length, 0);
  return (2 * common) / (actual.length + expected.length);
}

/** The diff of the texts' white-space separated words, as written (punctuation and case included). */
function wordDiff(expected: string, actual: string): Change[] {
  const tokens = (text: string): string[] => text.split(/\s+/u).filter((token) => token !== '');
  return diffArrays(tokens(expected), tokens(actual)).map((part) => ({
    op: part.added ? 'added' : part.removed ? 'removed' : 'equal',
    text: part.value.join(' '),
  }));
}

function describeChanges(changes: Change[]): string {
  const edits = changes.filter((change) => change.op !== 'equal');
  const named = edits.slice(0, CHANGES_IN_MESSAGE).map((change) => `${change.op} "${change.text}"`);
  const more = edits.length > CHANGES_IN_MESSAGE ? `, and ${edits.length - CHANGES_IN_MESSAGE} more changes` : '';
  return named.join(', ') + more;
}

export default boilerplate;
