import type { RequiredText } from '../../src/config/types.js';
import { firstOfRoles, lastBlock } from '../../src/channels/anchors.js';
import { isBrandRole, type Document, type Role, type Segment } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import { JoinedText, segmentRange, type SourceRange } from '../../src/text/joined-text.js';
import { comparableWords, comparableWordsAt } from '../../src/text/similarity.js';
import { itemAt } from '../../src/text/items.js';

/** How many paragraphs make the start or the end of a document. */
const EDGE_BLOCKS = 3;
const SECTION = /^section: (.+)$/;

const requiredText: Rule = {
  meta: {
    id: 'messaging/required-text',
    description: 'Text the kit requires (offer terms, the boilerplate) appears, where the kit says.',
    severity: 'error',
    channels: ['email', 'web', 'social', 'call'],
    fixable: false,
    docs: {
      details:
        "Each entry of `messaging.requiredText` whose `channels` include the document's (all channels when it names none) must " +
        'appear in the brand copy — compared word by word, in any case, punctuation aside; with a list, any one wording will do. ' +
        '`where` narrows the place: `start` or `end` (the first or last three paragraphs), `section: <heading>` (under a heading ' +
        'that contains those words, up to the next heading of the same or a higher level), or a segment role (`subject`, ' +
        '`preheader`, `agent` …). A missing text is a finding about the whole document: it points at the place the text belongs — ' +
        "the last paragraph for `end`, the section's heading, the first segment of the role or paragraph for `start` — or at line 1, " +
        'column 1. Text that is there but elsewhere is reported where it stands. Customer lines and stage directions never count. ' +
        'For some files only (offer pages, the blog), set the entry in an override.',
      kit: 'messaging:\n  requiredText:\n    - text: "Offer ends May 31. Terms apply."\n      where: end',
      bad: '# Spring sale\n\nOffer ends May 31. Terms apply.\n\nGet 20% off every plan.\n\nStart today.\n\nSee you soon.',
      findings: ['3:1-3:31 This required text must stand at the end of the document: "Offer ends May 31. Terms apply.".'],
      good: '# Spring sale\n\nGet 20% off every plan.\n\nStart today.\n\nOffer ends May 31, terms apply.',
    },
  },
  check(context) {
    const { document } = context;
    const entries = context.kit.messaging.requiredText.filter((entry) => entry.channels.length === 0 || entry.channels.includes(document.channel));
    if (entries.length === 0) return;
    const copy = new JoinedText(document.segments.filter((segment) => isBrandRole(segment.role)));
    const words = comparableWordsAt(copy.text);
    for (const entry of entries) {
      const place = placeOf(document, entry);
      const found = entry.text.map((wording) => findWords(words, comparableWords(wording))).filter((range) => range !== undefined);
      const segmentsOf = (range: [number, number]) =>
        copy.segments.filter((_segment, position) => overlaps(copy, position, range)).map((segment) => segment.index);
      if (found.some((range) => segmentsOf(range).every((index) => place.holds(index)))) continue;
      const elsewhere = found[0];
      const wanted = entry.message ?? `Add the required text "${entry.text[0]}"${entry.text.length > 1 ? ' (or another approved wording)' : ''}${place.words}.`;
      if (elsewhere) {
        context.report({ ...copy.toSource(elsewhere[0], elsewhere[1]), message: `This required text must stand ${place.words.trim()}: "${entry.text[0]}".` });
      } else context.report({ ...place.anchor, message: wanted });
    }
  },
};

interface Place {
  /** Whether a segment of the document is in the place. */
  holds: (segment: number) => boolean;
  /** " at the end of the document", " under the heading …", or "" for anywhere. */
  words: string;
  /** Where a finding about the missing text points. */
  anchor: SourceRange;
}

function placeOf(document: Document, entry: RequiredText): Place {
  const { where } = entry;
  const segments = document.segments;
  const start: SourceRange = { start: 0, end: 0 };
  if (where === 'anywhere') return { holds: () => true, words: '', anchor: start };
  if (where === 'start' || where === 'end') {
    const blocks = [...new Set(segments.map((segment) => segment.block))];
    const edge = new Set(where === 'start' ? blocks.slice(0, EDGE_BLOCKS) : blocks.slice(-EDGE_BLOCKS));
    const [first] = segments;
    const anchor = where === 'end' ? lastBlock(document) : first ? segmentRange(first) : start;
    return {
      holds: (index) => {
        const segment = segments[index];
        return segment !== undefined && edge.has(segment.block);
      },
      words: where === 'end' ? ' at the end of the document' : ' at the start of the document',
      anchor,
    };
  }
  const section = SECTION.exec(where);
  if (section) return sectionPlace(segments, (section[1] ?? '').trim());
  const role = where as Role;
  return { holds: (index) => segments[index]?.role === role, words: ` in the ${role}`, anchor: firstOfRoles(document, [role]) };
}

/** The segments under the first heading that contains `name`, up to the next heading of the same or a higher level. */
function sectionPlace(segments: readonly Segment[], name: string): Place {
  const wanted = comparableWords(name);
  const words = ` under the heading "${name}"`;
  const heading = segments.find((segment) => segment.role === 'heading' && findWords(comparableWordsAt(segment.text), wanted) !== undefined);
  if (!heading) {
    const inSection = (segment: Segment) => segment.section !== undefined && findWords(comparableWordsAt(segment.section), wanted) !== undefined;
    const first = segments.find(inSection);
    return {
      holds: (index) => segments[index] !== undefined && inSection(segments[index]),
      words: ` in the section "${name}"`,
      anchor: first ? segmentRange(first) : { start: 0, end: 0 },
    };
  }
  const next = segments.find((segment) => segment.index > heading.index && segment.role === 'heading' && (segment.level ?? 1) <= (heading.level ?? 1));
  const end = next?.index ?? segments.length;
  return { holds: (index) => index > heading.index && index < end, words, anchor: segmentRange(heading) };
}

type Word = ReturnType<typeof comparableWordsAt>[number];

/** The text range of the first run of `words` that reads `wanted`. */
function findWords(words: readonly Word[], wanted: readonly string[]): [number, number] | undefined {
  if (wanted.length === 0) return undefined;
  for (let first = 0; first + wanted.length <= words.length; first++) {
    const run = words.slice(first, first + wanted.length);
    const [start, end] = [run[0], run.at(-1)];
    if (start && end && wanted.every((word, offset) => run[offset]?.word === word)) return [start.start, end.end];
  }
  return undefined;
}

/** Whether the joined segment at `position` overlaps `[start, end)` of the joined text. */
function overlaps(copy: JoinedText, position: number, [start, end]: [number, number]): boolean {
  const segmentStart = copy.offsetOf(position);
  const segmentEnd = segmentStart + itemAt(copy.segments, position).text.length;
  return segmentStart < end && start < segmentEnd;
}

export default requiredText;
