import { CHANNELS } from '../../src/documents/types.js';
import type { RoleLimits } from '../../src/config/types.js';
import type { Segment } from '../../src/documents/types.js';
import type { Rule, RuleContext } from '../../src/engine/types.js';
import type { Unit } from '../../src/nlp/analyze.js';
import { copyPieces, type BrandCopy, pieceName } from '../../src/nlp/brand-copy.js';
import { groupBy } from '../../src/text/group-by.js';
import { firstEndingAfter } from '../../src/text/ranges.js';
import { roleWords } from '../../src/text/role-words.js';
import { ends, itemAt } from '../../src/text/items.js';

interface Mark {
  unit: number;
  /** Unit offset of the "!". */
  offset: number;
  sentence: number;
  /** The segment holding the mark: the text a role limit counts in (a subject line, a button). */
  segment: Segment;
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
        'A role limit, `tone.roles.<role>.exclamations` (per channel under `tone.channels`), counts the marks of each text of ' +
        'that role instead of its sentences: `subject: { exclamations: 0 }` allows no "!" in a subject line, ' +
        '`button: { exclamations: 0 }` none in a button; its extra marks are reported and fixed the same way. ' +
        'A mark followed by a comma, a full stop or a semicolon belongs to a name ("Yahoo!, Jeopardy!.") and one before "=" is ' +
        'an operator ("!="): neither counts. Marks inside URLs, merge tags and code, in customer lines and stage directions, and in quoted speech (unless ' +
        '`tone.judgeQuotes`) do not count.',
      kit: 'tone:\n  exclamations: { sentence: 1, document: 2 }\n  roles:\n    subject: { exclamations: 0 }',
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
    const roles = context.tone.roles ?? {};
    const roleLimit = (mark: Mark): number | undefined => (roles as Partial<Record<string, RoleLimits>>)[mark.segment.role]?.exclamations;
    for (const piece of copyPieces(copy)) {
      const marks = piece.flatMap((unit) => marksOf(copy, unit));
      checkRoles(context, marks, roleLimit);
      if (limits.sentence !== undefined)
        checkSentences(
          context,
          marks.filter((mark) => roleLimit(mark) === undefined),
          limits.sentence,
        );
      if (limits.document !== undefined && marks.length > limits.document) reportPiece(context, piece, marks, limits.document);
    }
  },
};

/** Marks of texts whose role has a limit, counted per text (one subject line, one button). */
function checkRoles(context: RuleContext, marks: readonly Mark[], limitOf: (mark: Mark) => number | undefined): void {
  for (const textMarks of groupBy(marks, (mark) => mark.segment.index).values()) {
    const [first] = textMarks;
    const max = first && limitOf(first);
    if (!first || max === undefined || textMarks.length <= max) continue;
    const what = roleWords(first.segment.role);
    const message =
      max === 0
        ? `No exclamation mark in ${what.a}: the kit allows none there.`
        : `${textMarks.length} exclamation marks in ${what.one}; the kit allows ${max} in ${what.a}.`;
    // Each run of extra marks on its own, so each can be fixed: "Sale! It starts now!" has two.
    for (const run of contiguousRuns(textMarks.slice(max)))
      reportExtra(context, run, max, message, { count: textMarks.length, max, role: first.segment.role }, true);
  }
}

function marksOf(copy: BrandCopy, unit: Unit): Mark[] {
  const marks: Mark[] = [];
  // The masked text hides opaque spans, so a "!" seen there is punctuation of the prose.
  for (let offset = unit.masked.indexOf('!'); offset >= 0; offset = unit.masked.indexOf('!', offset + 1)) {
    if (!copy.isOwnVoice(unit.index, offset, offset + 1) || !endsExclamation(unit.masked, offset)) continue;
    // The sentence holding the mark (a mark between sentences counts with the next one).
    const sentence = firstEndingAfter(copy.analysis.sentences, offset, unit.firstSentence, unit.endSentence);
    marks.push({ unit: unit.index, offset, sentence, segment: copy.analysis.segmentAt(unit.index, offset).segment });
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
    reportExtra(context, sentenceMarks.slice(max), max, `${sentenceMarks.length} exclamation marks in one sentence; the kit allows ${max}.`, {
      count: sentenceMarks.length,
      max,
    });
  }
}

/**
 * Reports the marks past a maximum as one finding, fixable when they stand together. A subject line or a
 * button that loses its last mark ends bare (`ownText`), as such texts do, not with a full stop.
 */
function reportExtra(context: RuleContext, extra: readonly Mark[], max: number, message: string, data: Record<string, string | number>, ownText = false): void {
  const { first, last } = ends(extra);
  const range = context.analysis.toSource(first.unit, first.offset, last.offset + 1);
  const endsText = ownText && last.segment.text.slice(context.analysis.segmentAt(last.unit, last.offset).offset + 1).trim() === '';
  const replacement = max === 0 && !endsText ? replacementForAll(context, first) : '';
  const fix = isContiguous(extra) ? context.fixSource(range.start, range.end, replacement) : undefined;
  context.report({ ...range, message, data, ...(fix ? { fix } : {}) });
}

function reportPiece(context: RuleContext, piece: readonly Unit[], marks: readonly Mark[], max: number): void {
  const past = itemAt(marks, max);
  const what = pieceName(piece);
  context.report({
    ...context.analysis.toSource(past.unit, past.offset, past.offset + 1),
    message: `${marks.length} exclamation marks in this ${what}; the kit allows at most ${max}. Keep them for what matters most.`,
    data: { count: marks.length, max },
  });
}

function contiguousRuns(marks: readonly Mark[]): Mark[][] {
  const runs: Mark[][] = [];
  for (const mark of marks) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && isContiguous([previous, mark])) run.push(mark);
    else runs.push([mark]);
  }
  return runs;
}

function isContiguous(marks: readonly Mark[]): boolean {
  return marks.every((mark, index) => {
    const previous = marks[index - 1];
    return !previous || (mark.unit === previous.unit && mark.offset === previous.offset + 1);
  });
}

/** With no "!" allowed the sentence still needs an end: a full stop, unless "?" already ends it. */
function replacementForAll(context: RuleContext, first: Mark): string {
  const before = itemAt(context.analysis.units, first.unit).text.charAt(first.offset - 1);
  return before === '?' || before === '.' ? '' : '.';
}

export default exclamations;
