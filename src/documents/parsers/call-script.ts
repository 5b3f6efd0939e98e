/**
 * Call scripts in plain text or Markdown.
 *
 * A script with speaker labels (`AGENT:`, `**Rep:**`, `- Customer:`,
 * `Agent (Sam):`; the labels come from the kit, case-insensitive) is read
 * turn by turn. A turn runs from its label over the following non-blank
 * lines and is its own block: its spoken text is one `agent` or `customer`
 * segment without the label (`speaker` keeps the label as written), and the
 * stage directions cut out of it (`[pause]`, `(wait for answer)`, `*smile*`)
 * follow it as `direction` segments of the same block, so the spoken words
 * stay one sentence around the direction. Unlabelled text outside turns is
 * guidance for the agent and reads as `direction`.
 *
 * A call guide without any speaker labels (a sales handbook page) marks
 * what to say as quotations: italic quotes (`_"…"_`, `*"…"*`), lines led by
 * a quotation (`- "Who else would find this valuable?"`, `Ask: "…"`), and
 * italic lines indented as a block. Those are `agent` segments; everything
 * else is `direction`. A voicemail or IVR script (by its file name) with
 * neither labels nor quotations is the message itself: its prose is
 * `agent`, except `Note:`-style lines.
 *
 * An aside on a line of its own right after a turn (`[action: Account
 * pulled up]`) is a direction block of its own, not part of the turn, and so
 * is a line led by `Note:`, `Tip:`, `Guidance:` or `Coach:`. In a labelled
 * script, an unlabelled line that is a `Label:` and then quotations only
 * (`Prompt 1 (Welcome): "Thanks for calling Acme."`, `- Main menu: "…"`) is
 * a prompt the caller hears: the quotations are `agent`, the label a
 * direction.
 *
 * Markdown headings are `heading` segments and give the `section` of what
 * follows. Tables are read cell by cell, each cell a block: a cell that is
 * one quotation (`"…"`, `_“…”_`) is spoken, by the `customer` when its
 * column header or its row's first cell names the other party (`They say`,
 * `Customer`, `Objection`), else by the `agent`; other cells are
 * directions. Code blocks, HTML
 * comments and tags are skipped, as is a possessive after a self-closing
 * component (`<TeamMember … />’s`); front matter goes to meta (`campaign`
 * also to the data of spoken segments).
 */
import { hasSpeakerLabels, isCallScriptName } from '../channel.js';
import { readFrontMatter } from '../front-matter.js';
import { SegmentList, type Parser, type ParserOptions, type SegmentExtras } from '../parser.js';
import { LineIndex } from '../positions.js';
import { SegmentTextBuilder } from '../source-map.js';
import type { Link, ParseWarning, Role } from '../types.js';
import { directivesIn, findComments } from './comments.js';
import { appendInline, CLOSE_QUOTES, OPEN_QUOTES, standaloneAside, type InlineContext } from './call-inline.js';
import { dataString } from './social-fields.js';
import { isBlank, overlapping, splitLines, textOutside, type Range, type SourceLine } from './lines.js';

export const parseCallScript: Parser = (input) => {
  const { source, options } = input;
  const frontMatter = readFrontMatter(source);
  const bodyStart = frontMatter?.bodyStart ?? 0;
  const comments = findComments(source, bodyStart);
  const directives = directivesIn(comments, new LineIndex(source));
  const campaign = dataString(frontMatter?.data.campaign);
  const body = source.slice(bodyStart);
  const labelled = hasSpeakerLabels(body, options, 1);
  const reader = new CallScriptReader(source, {
    labels: speakerLabels(options),
    labelled,
    spokenProse: !labelled && isCallScriptName(input.path) && !/["“„]/.test(body),
    comments,
    spokenData: campaign === undefined ? undefined : { campaign },
  });
  reader.read(splitLines(source, bodyStart));
  const warnings: ParseWarning[] = frontMatter?.error
    ? [{ message: `front matter: ${frontMatter.error.message}`, start: frontMatter.error.offset, end: frontMatter.error.offset }]
    : [];
  return { segments: reader.list.segments, links: reader.links, directives, meta: frontMatter?.data ?? {}, warnings };
};

interface ReaderSettings {
  labels: Map<string, Role>;
  /** The script uses speaker labels; otherwise quotations mark the spoken lines. */
  labelled: boolean;
  /** A voicemail or IVR script with neither labels nor quotations: its prose is the message itself. */
  spokenProse: boolean;
  comments: Range[];
  spokenData?: Record<string, string>;
}

interface Turn {
  kind: 'turn';
  role: Role;
  speaker: string;
  builder: SegmentTextBuilder;
  directions: Range[];
  /**
   * Asides on lines of their own after the turn's last spoken line
   * (`[action: Account pulled up]`): directions of the turn when it goes on,
   * blocks of their own when it ends there.
   */
  trailingAsides: Range[];
  block: number;
  lastLine: SourceLine;
}

interface Guidance {
  kind: 'guidance';
  role: Role;
  builder: SegmentTextBuilder;
  /** Stage directions cut from spoken prose. */
  directions: Range[];
  block: number;
  lastLine: SourceLine;
}

/** The table being read: the cues of its header cells by column (none for a quotation), once the header row is read. */
interface Table {
  headers?: (string | undefined)[];
}

interface Heading extends Range {
  level: number;
}

interface SpokenSpan extends Range {
  innerStart: number;
  innerEnd: number;
}

interface CuedSpan extends SpokenSpan {
  role: Role;
}

const HEADING_START = /^[ \t]{0,3}(#{1,6})(?:[ \t]+|$)/;
/** Lines longer than this are not searched for spoken quotations (keeps the search linear on huge lines). */
const MAX_QUOTED_LINE = 4000;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const LINE_PREFIX = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?/;
const LIST_ITEM = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d+[.)])[ \t]+/;
const SPEAKER_LABEL =
  /^([ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)?)(\*\*|__|\*|_)?([A-Za-z][A-Za-z .'-]{0,30}?)[ \t]*(\([^()\n]{1,40}\))?[ \t]*(?:\*\*|__|\*|_)?[ \t]*:(?:[ \t]*(?:\*\*|__|\*|_)(?=\s|$))?[ \t]*/d;
/** The row under a Markdown table's header: `|---|:--:|`. */
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const EMPHASIS_SPAN = /(?<![\w*_\\])(\*\*|\*|__|_)(?![\s*_])(.+?)(?<![\s\\*_])\1(?![\w*_])/g;
/** A line of coaching for the agent, never part of a turn: `Note:`, `**Tip:**`, `Guidance:`, `Coach:`. */
const GUIDANCE_LABEL = /^(?:\*\*|__|\*|_)?(?:notes?|tips?|guidance|coach)(?:\*\*|__|\*|_)?[ \t]*:/i;
/** A table cell that is one quotation, straight or curly, optionally in italics. */
const QUOTED_CELL = /^([ \t]*([*_]?)["“„])([^"“”„]*[\p{L}\p{N}][^"“”„]*)["”]\2[ \t]*$/u;

function speakerLabels(options: ParserOptions): Map<string, Role> {
  const labels = new Map<string, Role>();
  for (const label of options.customerLabels) labels.set(label.toLowerCase(), 'customer');
  for (const label of options.agentLabels) labels.set(label.toLowerCase(), 'agent');
  return labels;
}

class CallScriptReader {
  readonly list = new SegmentList();
  readonly links: Link[] = [];
  private unit: Turn | Guidance | undefined;
  private section: string | undefined;
  private fence: string | undefined;
  private table: Table | undefined;

  constructor(
    private readonly source: string,
    private readonly settings: ReaderSettings,
  ) {}

  read(lines: readonly SourceLine[]): void {
    lines.forEach((line, index) => this.readLine(line, lines[index + 1]));
    this.closeUnit();
  }

  private readLine(line: SourceLine, next: SourceLine | undefined): void {
    if (this.fence !== undefined) {
      if (line.text.trim().startsWith(this.fence)) this.fence = undefined;
      return;
    }
    if (this.isCommentOnly(line)) return;
    if (!line.text.includes('|')) this.table = undefined;
    if (this.table === undefined && line.text.includes('|') && next !== undefined && isTableDelimiter(next)) {
      this.closeUnit();
      this.table = {};
    }
    if (this.table) {
      if (!isTableDelimiter(line)) this.addTableRow(this.table, line);
      return;
    }
    const fence = FENCE.exec(line.text);
    const heading = headingOf(line);
    if (fence || heading || !/[\p{L}\p{N}]/u.test(line.text)) {
      this.closeUnit();
      if (fence) this.fence = fence[1];
      if (heading) this.addHeading(heading);
    } else if (this.settings.labelled) this.readLabelledLine(line);
    else this.readGuideLine(line);
  }

  /** Each cell with text is a block of its own: a quotation is spoken (a talk track), anything else a direction. */
  private addTableRow(table: Table, line: SourceLine): void {
    const cells = tableCells(this.source, line);
    const quotations = cells.map((cell) => quotedCell(this.source, cell));
    const cues = cells.map((cell, column) => (quotations[column] ? undefined : this.source.slice(cell.start, cell.end)));
    cells.forEach((cell, column) => {
      const quotation = quotations[column];
      if (quotation)
        this.addSpoken(quotation.start, quotation.end, this.tableSpeaker(table.headers?.[column], column > 0 ? cues[0] : undefined), this.list.nextBlock());
      else if (/[\p{L}\p{N}]/u.test(this.source.slice(cell.start, cell.end))) this.addDirection(cell, this.list.nextBlock());
    });
    table.headers ??= cues;
  }

  /** A quotation in a table is the agent's line unless its column header or its row's first cell names the other party. */
  private tableSpeaker(header: string | undefined, rowCue: string | undefined): Role {
    const namesOtherParty = (cue: string | undefined, row: boolean) => cue !== undefined && tableCueRole(cue, this.settings.labels, row) === 'customer';
    return namesOtherParty(header, false) || namesOtherParty(rowCue, true) ? 'customer' : 'agent';
  }

  private isCommentOnly(line: SourceLine): boolean {
    const inLine = overlapping(this.settings.comments, line.start, line.end);
    return inLine.length > 0 && isBlank(textOutside(this.source, line.start, line.end, inLine));
  }

  private addHeading(heading: Heading): void {
    const builder = new SegmentTextBuilder();
    appendInline(builder, this.inline(false, []), heading.start, heading.end);
    const segment = this.list.add(builder, 'heading', { level: heading.level }, this.list.nextBlock());
    if (segment) this.section = segment.text;
  }

  private readLabelledLine(line: SourceLine): void {
    const label = this.speakerLabel(line);
    if (label) {
      this.closeUnit();
      const turn: Turn = {
        kind: 'turn',
        role: label.role,
        speaker: label.speaker,
        builder: new SegmentTextBuilder(),
        directions: [],
        trailingAsides: [],
        block: this.list.nextBlock(),
        lastLine: line,
      };
      this.unit = turn;
      this.appendSpoken(turn, label.contentStart, line.end);
    } else if (GUIDANCE_LABEL.test(this.source.slice(this.contentStart(line), line.end))) {
      this.closeUnit();
      this.appendGuidanceLine(line);
    } else if (this.unit?.kind === 'turn') this.continueTurn(this.unit, line);
    else this.readCuedOrGuidanceLine(line);
  }

  private continueTurn(turn: Turn, line: SourceLine): void {
    const start = this.contentStart(line);
    const aside = standaloneAside(this.source, start, line.end);
    if (aside) {
      turn.trailingAsides.push(aside);
      return;
    }
    turn.directions.push(...turn.trailingAsides.splice(0));
    this.continueUnit(turn, line);
    this.appendSpoken(turn, start, line.end);
  }

  private speakerLabel(line: SourceLine): { role: Role; speaker: string; contentStart: number } | undefined {
    const match = SPEAKER_LABEL.exec(line.text);
    const role = match && this.settings.labels.get(match[3].trim().toLowerCase());
    if (!match || !role) return undefined;
    const indices = match.indices!;
    const speakerEnd = (indices[4] ?? indices[3])[1];
    return { role, speaker: line.text.slice(indices[3][0], speakerEnd), contentStart: line.start + match[0].length };
  }

  /** Spoken text of one line of a turn; a quotation wrapping the whole line is unwrapped. */
  private appendSpoken(turn: Turn, start: number, end: number): void {
    const inner = this.unwrapQuotation(start, end);
    appendInline(turn.builder, this.inline(true, turn.directions), inner.start, inner.end);
  }

  private unwrapQuotation(start: number, end: number): Range {
    const text = this.source.slice(start, end).trimEnd();
    const wrapped = /^(\*\*|\*|__|_)?(["“„])(.*)(["”])\1$/su.exec(text);
    if (!wrapped) return { start, end };
    const marker = (wrapped[1] ?? '').length;
    return { start: start + marker + 1, end: start + text.length - marker - 1 };
  }

  /** A line of a call guide: quotations in it are spoken, the rest is guidance. */
  private readGuideLine(line: SourceLine): void {
    const start = this.contentStart(line);
    if (line.text.length > MAX_QUOTED_LINE) {
      this.appendGuidanceLine(line);
      return;
    }
    const cued = cuedQuotations(this.source, start, line.end);
    const spans =
      cued.length > 0
        ? cued
        : findSpokenSpans(this.source, start, line.end, /^(?: {4}|\t)/.test(line.text)).map((span) => ({ ...span, role: 'agent' as const }));
    if (spans.length === 0) this.appendGuidanceLine(line);
    else this.addQuotedLine(start, line.end, spans);
  }

  /**
   * An unlabelled line of a labelled script: quotations cued as what the
   * other party says or what to answer (`If they say: "…" → Say: "…"`), or
   * prompts the caller hears (`Prompt 1 (Welcome): "…"`), are spoken; the
   * rest is guidance.
   */
  private readCuedOrGuidanceLine(line: SourceLine): void {
    const start = this.contentStart(line);
    const spans = line.text.length > MAX_QUOTED_LINE ? [] : cuedOrPromptQuotations(this.source, start, line.end);
    if (spans.length === 0) this.appendGuidanceLine(line);
    else this.addQuotedLine(start, line.end, spans);
  }

  private addQuotedLine(start: number, end: number, spans: readonly CuedSpan[]): void {
    this.closeUnit();
    const block = this.list.nextBlock();
    let position = start;
    for (const span of spans) {
      this.addGuidancePiece(position, span.start, block);
      this.addSpoken(span.innerStart, span.innerEnd, span.role, block);
      position = span.end;
    }
    this.addGuidancePiece(position, end, block);
  }

  private addSpoken(start: number, end: number, role: Role, block: number): void {
    const builder = new SegmentTextBuilder();
    const directions: Range[] = [];
    appendInline(builder, this.inline(true, directions), start, end);
    this.list.add(builder, role, this.extras(role === 'agent' ? this.settings.spokenData : undefined), block);
    for (const direction of directions) this.addDirection(direction, block);
  }

  /** Guidance around a quotation, without the dashes, commas and connectives that only led into it. */
  private addGuidancePiece(start: number, end: number, block: number): void {
    while (start < end && /[\s,;–—-]/.test(this.source[start])) start++;
    while (end > start && /[\s,;:–—-]/.test(this.source[end - 1])) end--;
    if (end <= start || /^(?:or|and)$/i.test(this.source.slice(start, end))) return;
    const builder = new SegmentTextBuilder();
    appendInline(builder, this.inline(false, []), start, end);
    this.list.add(builder, 'direction', this.extras(), block);
  }

  /** Guidance prose (or the message of a spoken-prose script): lines join into one segment; each list item starts its own. */
  private appendGuidanceLine(line: SourceLine): void {
    const start = this.contentStart(line);
    const role: Role = this.settings.spokenProse && !GUIDANCE_LABEL.test(this.source.slice(start, line.end)) ? 'agent' : 'direction';
    if (this.unit?.kind === 'guidance' && this.unit.role === role && !LIST_ITEM.test(line.text)) this.continueUnit(this.unit, line);
    else {
      this.closeUnit();
      this.unit = { kind: 'guidance', role, builder: new SegmentTextBuilder(), directions: [], block: this.list.nextBlock(), lastLine: line };
    }
    appendInline(this.unit.builder, this.inline(role === 'agent', this.unit.directions), start, line.end);
  }

  /** Joins the next line to a unit with the line break as written. */
  private continueUnit(unit: Turn | Guidance, line: SourceLine): void {
    const previous = unit.lastLine;
    unit.builder.verbatim(this.source.slice(previous.end, previous.next), previous.end);
    unit.lastLine = line;
  }

  private closeUnit(): void {
    const unit = this.unit;
    this.unit = undefined;
    if (!unit) return;
    this.list.add(unit.builder, unit.role, this.unitExtras(unit), unit.block);
    for (const direction of unit.directions) this.addDirection(direction, unit.block);
    if (unit.kind === 'turn') for (const aside of unit.trailingAsides) this.addDirection(aside, this.list.nextBlock());
  }

  private unitExtras(unit: Turn | Guidance): SegmentExtras {
    if (unit.kind === 'turn') return { ...this.extras(this.settings.spokenData), speaker: unit.speaker };
    return this.extras(unit.role === 'agent' ? this.settings.spokenData : undefined);
  }

  private addDirection(range: Range, block: number): void {
    const builder = new SegmentTextBuilder();
    appendInline(builder, this.inline(false, []), range.start, range.end);
    this.list.add(builder, 'direction', this.extras(), block);
  }

  private extras(data?: Record<string, string>): SegmentExtras {
    const extras: SegmentExtras = {};
    if (this.section !== undefined) extras.section = this.section;
    if (data) extras.data = { ...data };
    return extras;
  }

  private contentStart(line: SourceLine): number {
    return line.start + LINE_PREFIX.exec(line.text)![0].length;
  }

  private inline(spoken: boolean, directions: Range[]): InlineContext {
    return { source: this.source, cuts: this.settings.comments, spoken, directions, links: this.links };
  }
}

function isTableDelimiter(line: SourceLine): boolean {
  return line.text.includes('|') && TABLE_DELIMITER.test(line.text);
}

/**
 * The cells of a table row, split at unescaped pipes. What stands before a
 * leading pipe or after a trailing one is no cell, so that columns line up
 * with the header.
 */
function tableCells(source: string, line: SourceLine): Range[] {
  const cells: Range[] = [];
  let cellStart = line.start;
  for (let index = line.start; index <= line.end; index++) {
    if (index < line.end && (source[index] !== '|' || source[index - 1] === '\\')) continue;
    cells.push({ start: cellStart, end: index });
    cellStart = index + 1;
  }
  if (/^\s*\|/.test(line.text)) cells.shift();
  const last = cells[cells.length - 1];
  if (last && /[^\\]\|\s*$/.test(line.text) && isBlank(source.slice(last.start, last.end))) cells.pop();
  return cells;
}

/** The words inside a cell that is one quotation. */
function quotedCell(source: string, cell: Range): Range | undefined {
  const match = QUOTED_CELL.exec(source.slice(cell.start, cell.end));
  if (!match) return undefined;
  const start = cell.start + match[1].length;
  return { start, end: start + match[3].length };
}

/**
 * Who a table header or row cue names as the speaker: a speaker label
 * (`Customer`, `Rep`) or a cue (`They say`, `Objection`, `What to say`).
 * A row named for a kind of objection (`Price objection`) is the situation
 * the agent answers, not the other party speaking.
 */
function tableCueRole(cue: string, labels: Map<string, Role>, row: boolean): Role | undefined {
  const words = cue
    .replace(/[*_`]/g, '')
    .replace(/[\s:]+$/, '')
    .trim();
  const label = labels.get(words.toLowerCase());
  if (label) return label;
  if (row && /\s+objections?$/i.test(words)) return undefined;
  return /^objections$/i.test(words) ? 'customer' : cueRole(words);
}

/** An ATX heading: its level and the range of its text, without a closing run of `#`. */
function headingOf(line: SourceLine): Heading | undefined {
  const match = HEADING_START.exec(line.text);
  if (!match) return undefined;
  let end = line.text.trimEnd().length;
  const closing = /[ \t]#+$/.exec(line.text.slice(match[0].length, end));
  if (closing) end = match[0].length + closing.index;
  return { level: match[1].length, start: line.start + match[0].length, end: line.start + Math.max(match[0].length, end) };
}

/**
 * Spoken quotations in a line of a call guide, in order: italic quotes
 * anywhere in the line (bold quotes name buttons and screens more often
 * than they are speech); else quotations that lead the line or follow a
 * `Label:` or a dash, with any quotations listed after them; else the whole
 * line when it is italic and indented as a block.
 */
function findSpokenSpans(source: string, start: number, end: number, indented: boolean): SpokenSpan[] {
  const italics = emphasisSpans(source, start, end).filter((span) => span.innerStart - span.start === 1);
  const italicQuotes = italics.filter((span) => OPEN_QUOTES.includes(source[span.innerStart]));
  if (italicQuotes.length > 0) return italicQuotes.map((span) => stripQuotes(source, span));
  const led = ledQuotations(source, start, end);
  if (led.length > 0) return led;
  if (!indented) return [];
  const whole = italics.find((span) => span.start === start && span.end === trimmedEnd(source, start, end));
  return whole ? [stripQuotes(source, whole)] : [];
}

function emphasisSpans(source: string, start: number, end: number): SpokenSpan[] {
  return [...source.slice(start, end).matchAll(EMPHASIS_SPAN)].map((match) => {
    const spanStart = start + match.index;
    const marker = match[1].length;
    return { start: spanStart, end: spanStart + match[0].length, innerStart: spanStart + marker, innerEnd: spanStart + match[0].length - marker };
  });
}

function stripQuotes(source: string, span: SpokenSpan): SpokenSpan {
  const innerStart = OPEN_QUOTES.includes(source[span.innerStart]) ? span.innerStart + 1 : span.innerStart;
  const innerEnd = span.innerEnd > innerStart && CLOSE_QUOTES.includes(source[span.innerEnd - 1]) ? span.innerEnd - 1 : span.innerEnd;
  return { ...span, innerStart, innerEnd };
}

/** Lead-ins of what the other party says in objection handling: "If they say", "Prospect:", "Objection". */
const CUSTOMER_CUE = /(?:^|\s)(?:(?:if|when)\s+)?(?:they|the\s+\w+|prospect|customer|caller|client)\s+(?:says?|asks?|objects?|replies)$|(?:^|\s)objection$/i;
/** Lead-ins of the agent's answer: "→ Say", "Then say", "Response", "You:". */
const AGENT_CUE = /(?:^|\s)(?:(?:then|you)\s+)?(?:say|respond|response|reply|answer|rebuttal)$|^(?:you|then)$/i;

/**
 * Quotations each led by a cue naming who speaks (`If they say: "…" →
 * Say: "…"`), or none when a quotation in the line has no such cue.
 */
function cuedQuotations(source: string, start: number, end: number): CuedSpan[] {
  const spans: CuedSpan[] = [];
  let position = start;
  for (let open = indexOfAny(source, OPEN_QUOTES, position, end); open >= 0; open = indexOfAny(source, OPEN_QUOTES, position, end)) {
    const close = indexOfAny(source, CLOSE_QUOTES, open + 1, end);
    if (close < 0) break;
    const role = cueRole(source.slice(position, open));
    if (!role) return [];
    spans.push({ start: open, end: close + 1, innerStart: open + 1, innerEnd: close, role });
    position = close + 1;
  }
  return spans;
}

function cuedOrPromptQuotations(source: string, start: number, end: number): CuedSpan[] {
  const cued = cuedQuotations(source, start, end);
  return cued.length > 0 ? cued : promptQuotations(source, start, end);
}

/**
 * A prompt line of an IVR or voicemail script (`Prompt 1 (Welcome): "…"`,
 * `- Main menu: _"…"_`): quotations that fill the rest of the line after a
 * `Label:` are what the caller hears from the brand.
 */
function promptQuotations(source: string, start: number, end: number): CuedSpan[] {
  const spans = findSpokenSpans(source, start, end, false);
  if (spans.length === 0) return [];
  const label = source.slice(start, spans[0].start).replace(/[*_]/g, '').trim();
  const rest = source.slice(spans[spans.length - 1].end, end);
  if (!/\p{L}.*:$/u.test(label) || !isBlank(rest)) return [];
  return spans.map((span) => ({ ...span, role: 'agent' }));
}

function cueRole(leadIn: string): Role | undefined {
  const cue = leadIn
    .replace(/[*_]/g, '')
    .replace(/[\s:→>–—-]+$/u, '')
    .replace(/^[\s,;.→>–—-]+/u, '')
    .trim();
  if (CUSTOMER_CUE.test(cue)) return 'customer';
  return AGENT_CUE.test(cue) ? 'agent' : undefined;
}

function ledQuotations(source: string, start: number, end: number): SpokenSpan[] {
  let open = indexOfAny(source, OPEN_QUOTES, start, end);
  if (open < 0) return [];
  const leadIn = source.slice(start, open).trim();
  if (leadIn !== '' && !/[:–—-]$/.test(leadIn)) return [];
  const spans: SpokenSpan[] = [];
  for (;;) {
    const close = indexOfAny(source, CLOSE_QUOTES, open + 1, end);
    if (close < 0) return spans;
    spans.push({ start: open, end: close + 1, innerStart: open + 1, innerEnd: close });
    const next = /^[\s,;]*(?:(?:or|and)\s+)?/.exec(source.slice(close + 1, end))![0].length + close + 1;
    if (next >= end || !OPEN_QUOTES.includes(source[next])) return spans;
    open = next;
  }
}

function indexOfAny(source: string, chars: string, from: number, end: number): number {
  for (let index = from; index < end; index++) if (chars.includes(source[index])) return index;
  return -1;
}

function trimmedEnd(source: string, start: number, end: number): number {
  while (end > start && /\s/.test(source[end - 1])) end--;
  return end;
}
