import { CHANNELS } from '../../src/documents/types.js';
import type { Rule, RuleContext } from '../../src/engine/types.js';
import type { Unit } from '../../src/nlp/analyze.js';
import { copyPieces, type BrandCopy } from '../../src/nlp/brand-copy.js';
import { groupBy } from '../../src/text/group-by.js';
import { firstEndingAfter } from '../../src/text/ranges.js';

interface Mark {
  unit: number;
  /** Unit offset of the "!". */
  offset: number;
  sentence: number;
}

const exclamations: Rule = {
  meta: {
    id: 'tone/exclamations',
    description: "Exclamation marks within the kit's maximum per sentence and per document.",
    severity: 'warn',
    channels: CHANNELS,
    fixable: true,
    docs: {
      details:
        'Counts the "!" of brand copy against `tone.exclamations.sentence` and `tone.exclamations.document` (for a social ' +
        'calendar: each post). A sentence over its maximum is reported at its extra marks, which --fix removes (or turns into a ' +
        'full stop when the maximum is 0); a document over its maximum is reported once, at the first mark past the maximum. ' +
        'A mark followed by a comma, a full stop or a semicolon belongs to a name ("Yahoo!, Jeopardy!.") and one before "=" is ' +
        'an operator ("!="): neither counts. Marks inside URLs, merge tags and code, in customer lines and stage directions, and in quoted speech (unless ' +
        '`tone.judgeQuotes`) do not count.',
      kit: 'tone:\n  exclamations: { sentence: 1, document: 2 }',
      bad: 'Big news!!! Our sale starts today! Save now! Do not miss it!',
      findings: [
        '1:10-1:12 3 exclamation marks in one sentence; the kit allows 1.',
        '1:11-1:12 6 exclamation marks in this document; the kit allows at most 2. Keep them for what matters most.',
      ],
      good: 'Big news! Our sale starts today. Save now.',
    },
  },
  check(context) {
    const limits = context.tone.exclamations;
    if (!limits) return;
    const copy = context.brandCopy;
    for (const piece of copyPieces(copy)) {
      const marks = piece.flatMap((unit) => marksOf(copy, unit));
      if (limits.sentence !== undefined) checkSentences(context, marks, limits.sentence);
      if (limits.document !== undefined && marks.length > limits.document) reportPiece(context, piece, marks, limits.document);
    }
  },
};

function marksOf(copy: BrandCopy, unit: Unit): Mark[] {
  const marks: Mark[] = [];
  // The masked text hides opaque spans, so a "!" seen there is punctuation of the prose.
  for (let offset = unit.masked.indexOf('!'); offset >= 0; offset = unit.masked.indexOf('!', offset + 1)) {
    if (!copy.isOwnVoice(unit.index, offset, offset + 1) || !endsExclamation(unit.masked, offset)) continue;
    // The sentence holding the mark (a mark between sentences counts with the next one).
    const sentence = firstEndingAfter(copy.analysis.sentences, offset, unit.firstSentence, unit.endSentence);
    marks.push({ unit: unit.index, offset, sentence });
  }
  return marks;
}

/** A "!" before a comma, full stop or semicolon is part of a name ("Yahoo!, Jeopardy!."); before "=", an operator. */
function endsExclamation(text: string, offset: number): boolean {
  return !/[,.;=]/.test(text[offset + 1] ?? '');
}

function checkSentences(context: RuleContext, marks: readonly Mark[], max: number): void {
  for (const sentenceMarks of groupBy(marks, (mark) => mark.sentence).values()) {
    if (sentenceMarks.length <= max) continue;
    const extra = sentenceMarks.slice(max);
    const first = extra[0];
    const last = extra[extra.length - 1];
    const range = context.analysis.toSource(first.unit, first.offset, last.offset + 1);
    const fix = isContiguous(extra) ? context.fixSource(range.start, range.end, max === 0 ? replacementForAll(context, first) : '') : undefined;
    context.report({
      ...range,
      message: `${sentenceMarks.length} exclamation marks in one sentence; the kit allows ${max}.`,
      data: { count: sentenceMarks.length, max },
      ...(fix ? { fix } : {}),
    });
  }
}

function reportPiece(context: RuleContext, piece: readonly Unit[], marks: readonly Mark[], max: number): void {
  const past = marks[max];
  const what = piece[0].role === 'post' ? 'post' : 'document';
  context.report({
    ...context.analysis.toSource(past.unit, past.offset, past.offset + 1),
    message: `${marks.length} exclamation marks in this ${what}; the kit allows at most ${max}. Keep them for what matters most.`,
    data: { count: marks.length, max },
  });
}

function isContiguous(marks: readonly Mark[]): boolean {
  return marks.every((mark, index) => index === 0 || (mark.unit === marks[index - 1].unit && mark.offset === marks[index - 1].offset + 1));
}

/** With no "!" allowed the sentence still needs an end: a full stop, unless "?" already ends it. */
function replacementForAll(context: RuleContext, first: Mark): string {
  const before = context.analysis.units[first.unit].text[first.offset - 1];
  return before === '?' || before === '.' ? '' : '.';
}

export default exclamations;
