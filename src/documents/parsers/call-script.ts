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
 * The script is read through its Markdown tree (the remark pipeline of the
 * Markdown reader), line by line over paragraphs (see call-lines). Headings
 * are `heading` segments and give the `section` of what follows. Tables are
 * read cell by cell, each cell a block: a cell that is one quotation (`"…"`,
 * `_“…”_`) is spoken, by the `customer` when its column header or its row's
 * first cell names the other party (`They say`, `Customer`, `Objection`),
 * else by the `agent`; other cells are directions. A paragraph goes on the
 * turn or guidance before it unless a blank line parts them. Fenced code,
 * HTML blocks and comments, tags and images are skipped, as is a possessive
 * after a self-closing component (`<TeamMember … />’s`). An indented block
 * is no code in a call script: guides indent what to say
 * (`    *"Hey [name], thanks for the time."*`), so its lines are read as
 * Markdown of their own. Front matter goes to meta (`campaign` also to the
 * data of spoken segments).
 */
import type { Code, Nodes, Parent, Root, Table as TableNode } from 'mdast';
import { visit } from 'unist-util-visit';
import { hasSpeakerLabels, isCallScriptName } from '../channel.js';
import { readFrontMatter } from '../front-matter.js';
import { SegmentList, type Parser, type ParserOptions, type SegmentExtras } from '../parser.js';
import { LineIndex } from '../positions.js';
import { SegmentTextBuilder } from '../source-map.js';
import type { Link, ParseWarning, Role } from '../types.js';
import { LineReader, type TextLine } from './call-lines.js';
import { appendInline, CLOSE_QUOTES, OPEN_QUOTES, standaloneAside, type InlineContext, type LineRange } from './call-inline.js';
import { directivesIn, findComments } from './comments.js';
import { isBlank, type Range } from './lines.js';
import { nodeRange, parseMarkdownTree } from './markdown-tree.js';
import { dataString } from './social-fields.js';

export const parseCallScript: Parser = (input) => {
  const { source, options } = input;
  const frontMatter = readFrontMatter(source);
  const bodyStart = frontMatter?.bodyStart ?? 0;
  const directives = directivesIn(findComments(source, bodyStart), new LineIndex(source));
  const campaign = dataString(frontMatter?.data.campaign);
  const body = source.slice(bodyStart);
  const labelled = hasSpeakerLabels(body, options, 1);
  const warnings: ParseWarning[] = frontMatter?.error
    ? [{ message: `front matter: ${frontMatter.error.message}`, start: frontMatter.error.offset, end: frontMatter.error.offset }]
    : [];
  const { tree } = parseMarkdownTree(source, 'markdown', warnings);
  const reader = new CallScriptReader(source, tree, {
    labels: speakerLabels(options),
    labelled,
    spokenProse: !labelled && isCallScriptName(input.path) && !/["“„]/.test(body),
    spokenData: campaign === undefined ? undefined : { campaign },
  });
  reader.read(tree.children, 0, false);
  reader.finish();
  return { segments: reader.list.segments, links: reader.links, directives, meta: frontMatter?.data ?? {}, warnings };
};

interface ReaderSettings {
  labels: Map<string, Role>;
  /** The script uses speaker labels; otherwise quotations mark the spoken lines. */
  labelled: boolean;
  /** A voicemail or IVR script with neither labels nor quotations: its prose is the message itself. */
  spokenProse: boolean;
  spokenData?: Record<string, string>;
}

interface Turn {
  kind: 'turn';
  role: Role;
  speaker: string;
  builder: SegmentTextBuilder;
  directions: LineRange[];
  /**
   * Asides on lines of their own after the turn's last spoken line
   * (`[action: Account pulled up]`): directions of the turn when it goes on,
   * blocks of their own when it ends there.
   */
  trailingAsides: LineRange[];
  block: number;
  lastLine: TextLine;
}

interface Guidance {
  kind: 'guidance';
  role: Role;
  builder: SegmentTextBuilder;
  /** Stage directions cut from spoken prose. */
  directions: LineRange[];
  block: number;
  lastLine: TextLine;
}

interface SpokenSpan extends Range {
  innerStart: number;
  innerEnd: number;
}

interface CuedSpan extends SpokenSpan {
  role: Role;
}

/** Lines longer than this are not searched for spoken quotations (keeps the search linear on huge lines). */
const MAX_QUOTED_LINE = 4000;
/** A speaker label opening a line: `Agent:`, `Agent (Sam):`; emphasis and list markers are not in the line's text. */
const SPEAKER_LABEL = /^([A-Za-z][A-Za-z .'-]{0,30}?)[ \t]*(\([^()\n]{1,40}\))?[ \t]*:[ \t]*/d;
/** A line of coaching for the agent, never part of a turn: `Note:`, `Tip:`, `Guidance:`, `Coach:`. */
const GUIDANCE_LABEL = /^(?:notes?|tips?|guidance|coach)[ \t]*:/i;
/** A table cell that is one quotation, straight or curly. */
const QUOTED_CELL = /^([ \t]*["“„])([^"“”„]*[\p{L}\p{N}][^"“”„]*)["”][ \t]*$/u;
/** A blank line between two paragraphs: what goes before ends there. */
const BLANK_LINE = /(?:\r\n|\r|\n)[ \t>]*(?:\r\n|\r|\n)/;

function speakerLabels(options: ParserOptions): Map<string, Role> {
  const labels = new Map<string, Role>();
  for (const label of options.customerLabels) labels.set(label.toLowerCase(), 'customer');
  for (const label of options.agentLabels) labels.set(label.toLowerCase(), 'agent');
  return labels;
}

class CallScriptReader {
  readonly list = new SegmentList();
  readonly links: Link[] = [];
  private readonly lines: LineReader;
  private unit: Turn | Guidance | undefined;
  private section: string | undefined;

  constructor(
    private readonly source: string,
    tree: Root,
    private readonly settings: ReaderSettings,
  ) {
    const definitions = new Map<string, string>();
    visit(tree, 'definition', (definition) => {
      if (!definitions.has(definition.identifier)) definitions.set(definition.identifier, definition.url);
    });
    this.lines = new LineReader(source, this.links, definitions);
  }

  /** Reads block nodes; `base` is added to their offsets (an indented block parsed on its own). */
  read(nodes: readonly Nodes[], base: number, indented: boolean): void {
    for (const node of nodes) this.readBlock(node, base, indented);
  }

  finish(): void {
    this.closeUnit();
  }

  private readBlock(node: Nodes, base: number, indented: boolean): void {
    switch (node.type) {
      case 'paragraph':
        return this.readParagraph(this.lines.read(node, base, { indented }));
      case 'heading':
        this.closeUnit();
        return this.addHeading(this.lines.read(node, base), node.depth);
      case 'table':
        this.closeUnit();
        return this.readTable(node, base);
      case 'listItem':
        return node.children.forEach((child, index) => {
          if (index === 0 && child.type === 'paragraph') this.readParagraph(this.lines.read(child, base, { listItem: true, indented }));
          else this.readBlock(child, base, indented);
        });
      case 'list':
      case 'blockquote':
        return this.read(node.children, base, indented);
      case 'code':
        return this.readCode(node, base);
      case 'html':
        // A comment between two lines of a turn does not end it.
        if (!/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) this.closeUnit();
        return;
      case 'thematicBreak':
        return this.closeUnit();
      default:
        if ('children' in node && node.type !== 'footnoteDefinition') this.read((node as Parent).children as Nodes[], base, indented);
    }
  }

  /** Fenced code is skipped; an indented block is read line by line as Markdown of its own. */
  private readCode(node: Code, base: number): void {
    this.closeUnit();
    const [nodeStart, nodeEnd] = nodeRange(node);
    const start = nodeStart + base;
    const end = nodeEnd + base;
    if (/^[ \t]*(?:`|~)/.test(this.source.slice(start, end))) return;
    const valueLines = node.value.split(/\r\n|\r|\n/);
    let lineStart = start;
    for (const valueLine of valueLines) {
      const lineEnd = lineEndAt(this.source, lineStart, end);
      const sourceLine = this.source.slice(lineStart, lineEnd);
      if (valueLine.trim() !== '' && sourceLine.endsWith(valueLine)) {
        const offset = lineEnd - valueLine.length;
        this.read(parseMarkdownTree(valueLine, 'markdown', []).tree.children, offset, true);
      }
      lineStart = nextLineStart(this.source, lineEnd);
    }
  }

  private readParagraph(lines: TextLine[]): void {
    const first = lines[0];
    if (!first) return;
    if (this.unit && BLANK_LINE.test(this.source.slice(this.unit.lastLine.end, first.start))) this.closeUnit();
    for (const line of lines) {
      if (!/[\p{L}\p{N}]/u.test(line.text)) this.closeUnit();
      else if (this.settings.labelled) this.readLabelledLine(line);
      else this.readGuideLine(line);
    }
  }

  /** Each cell with text is a block of its own: a quotation is spoken (a talk track), anything else a direction. */
  private readTable(table: TableNode, base: number): void {
    let headers: (string | undefined)[] | undefined;
    for (const row of table.children) {
      const cells = row.children.map((cell) => this.lines.read(cell, base)[0]);
      const quotations = cells.map((cell) => cell && quotedCell(cell.text));
      const cues = cells.map((cell, column) => (quotations[column] ? undefined : (cell?.text ?? '')));
      cells.forEach((cell, column) => {
        const quotation = quotations[column];
        if (!cell) return;
        if (quotation)
          this.addSpoken(cell, quotation.start, quotation.end, this.tableSpeaker(headers?.[column], column > 0 ? cues[0] : undefined), this.list.nextBlock());
        else if (/[\p{L}\p{N}]/u.test(cell.text)) this.addDirection({ line: cell, start: 0, end: cell.text.length }, this.list.nextBlock());
      });
      headers ??= cues;
    }
  }

  /** A quotation in a table is the agent's line unless its column header or its row's first cell names the other party. */
  private tableSpeaker(header: string | undefined, rowCue: string | undefined): Role {
    const namesOtherParty = (cue: string | undefined, row: boolean) => cue !== undefined && tableCueRole(cue, this.settings.labels, row) === 'customer';
    return namesOtherParty(header, false) || namesOtherParty(rowCue, true) ? 'customer' : 'agent';
  }

  private addHeading(lines: TextLine[], level: number): void {
    const builder = new SegmentTextBuilder();
    lines.forEach((line, index) => {
      if (index > 0) this.appendLineBreak(builder, lines[index - 1]!);
      appendInline(builder, this.inline(false, []), line, 0, line.text.length);
    });
    const segment = this.list.add(builder, 'heading', { level }, this.list.nextBlock());
    if (segment) this.section = segment.text;
  }

  private readLabelledLine(line: TextLine): void {
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
      this.appendSpoken(turn, line, label.contentStart);
    } else if (GUIDANCE_LABEL.test(line.text)) {
      this.closeUnit();
      this.appendGuidanceLine(line);
    } else if (this.unit?.kind === 'turn') this.continueTurn(this.unit, line);
    else this.readCuedOrGuidanceLine(line);
  }

  private continueTurn(turn: Turn, line: TextLine): void {
    const aside = standaloneAside(line.text, 0, line.text.length);
    if (aside) {
      turn.trailingAsides.push({ line, ...aside });
      return;
    }
    turn.directions.push(...turn.trailingAsides.splice(0));
    this.continueUnit(turn, line);
    this.appendSpoken(turn, line, 0);
  }

  private speakerLabel(line: TextLine): { role: Role; speaker: string; contentStart: number } | undefined {
    const match = SPEAKER_LABEL.exec(line.text);
    const role = match && this.settings.labels.get(match[1]!.trim().toLowerCase());
    if (!match || !role) return undefined;
    const indices = match.indices!;
    const speakerEnd = (indices[2] ?? indices[1]!)[1];
    return { role, speaker: line.text.slice(0, speakerEnd), contentStart: match[0].length };
  }

  /** Spoken text of one line of a turn from `start`; a quotation wrapping the rest of the line is unwrapped. */
  private appendSpoken(turn: Turn, line: TextLine, start: number): void {
    const text = line.text.slice(start).trimEnd();
    const wrapped = text.length >= 2 && OPEN_QUOTES.includes(text[0]!) && CLOSE_QUOTES.includes(text[text.length - 1]!);
    const [from, to] = wrapped ? [start + 1, start + text.length - 1] : [start, line.text.length];
    appendInline(turn.builder, this.inline(true, turn.directions), line, from, to);
  }

  /** A line of a call guide: quotations in it are spoken, the rest is guidance. */
  private readGuideLine(line: TextLine): void {
    if (line.text.length > MAX_QUOTED_LINE) {
      this.appendGuidanceLine(line);
      return;
    }
    const cued = cuedQuotations(line.text, 0, line.text.length);
    const spans = cued.length > 0 ? cued : findSpokenSpans(line).map((span) => ({ ...span, role: 'agent' as const }));
    if (spans.length === 0) this.appendGuidanceLine(line);
    else this.addQuotedLine(line, spans);
  }

  /**
   * An unlabelled line of a labelled script: quotations cued as what the
   * other party says or what to answer (`If they say: "…" → Say: "…"`), or
   * prompts the caller hears (`Prompt 1 (Welcome): "…"`), are spoken; the
   * rest is guidance.
   */
  private readCuedOrGuidanceLine(line: TextLine): void {
    const spans = line.text.length > MAX_QUOTED_LINE ? [] : cuedOrPromptQuotations(line);
    if (spans.length === 0) this.appendGuidanceLine(line);
    else this.addQuotedLine(line, spans);
  }

  private addQuotedLine(line: TextLine, spans: readonly CuedSpan[]): void {
    this.closeUnit();
    const block = this.list.nextBlock();
    let position = 0;
    for (const span of spans) {
      this.addGuidancePiece(line, position, span.start, block);
      this.addSpoken(line, span.innerStart, span.innerEnd, span.role, block);
      position = span.end;
    }
    this.addGuidancePiece(line, position, line.text.length, block);
  }

  private addSpoken(line: TextLine, start: number, end: number, role: Role, block: number): void {
    const builder = new SegmentTextBuilder();
    const directions: LineRange[] = [];
    appendInline(builder, this.inline(true, directions), line, start, end);
    this.list.add(builder, role, this.extras(role === 'agent' ? this.settings.spokenData : undefined), block);
    for (const direction of directions) this.addDirection(direction, block);
  }

  /** Guidance around a quotation, without the dashes, commas and connectives that only led into it. */
  private addGuidancePiece(line: TextLine, start: number, end: number, block: number): void {
    const { text } = line;
    while (start < end && /[\s,;–—-]/.test(text[start]!)) start++;
    while (end > start && /[\s,;:–—-]/.test(text[end - 1]!)) end--;
    if (end <= start || /^(?:or|and)$/i.test(text.slice(start, end))) return;
    this.addDirection({ line, start, end }, block);
  }

  /** Guidance prose (or the message of a spoken-prose script): lines join into one segment; each list item starts its own. */
  private appendGuidanceLine(line: TextLine): void {
    const role: Role = this.settings.spokenProse && !GUIDANCE_LABEL.test(line.text) ? 'agent' : 'direction';
    if (this.unit?.kind === 'guidance' && this.unit.role === role && !line.listItem) this.continueUnit(this.unit, line);
    else {
      this.closeUnit();
      this.unit = { kind: 'guidance', role, builder: new SegmentTextBuilder(), directions: [], block: this.list.nextBlock(), lastLine: line };
    }
    appendInline(this.unit.builder, this.inline(role === 'agent', this.unit.directions), line, 0, line.text.length);
  }

  /** Joins the next line to a unit with the line break as written. */
  private continueUnit(unit: Turn | Guidance, line: TextLine): void {
    this.appendLineBreak(unit.builder, unit.lastLine);
    unit.lastLine = line;
  }

  private appendLineBreak(builder: SegmentTextBuilder, previous: TextLine): void {
    const lineBreak = /^[ \t\\]*(?:\r\n|\r|\n)/.exec(this.source.slice(previous.end, previous.breakEnd));
    if (lineBreak) builder.verbatim(lineBreak[0], previous.end);
    else builder.synthetic('\n', previous.end);
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

  private addDirection(range: LineRange, block: number): void {
    const builder = new SegmentTextBuilder();
    appendInline(builder, this.inline(false, []), range.line, range.start, range.end);
    this.list.add(builder, 'direction', this.extras(), block);
  }

  private extras(data?: Record<string, string>): SegmentExtras {
    const extras: SegmentExtras = {};
    if (this.section !== undefined) extras.section = this.section;
    if (data) extras.data = { ...data };
    return extras;
  }

  private inline(spoken: boolean, directions: LineRange[]): InlineContext {
    return { spoken, directions };
  }
}

/** The end of the line that starts at `start` (before its line break), within `end`. */
function lineEndAt(source: string, start: number, end: number): number {
  let index = start;
  while (index < end && source[index] !== '\n' && source[index] !== '\r') index++;
  return index;
}

function nextLineStart(source: string, lineEnd: number): number {
  return source.startsWith('\r\n', lineEnd) ? lineEnd + 2 : lineEnd + 1;
}

/** The words inside a cell that is one quotation. */
function quotedCell(text: string): Range | undefined {
  const match = QUOTED_CELL.exec(text);
  if (!match) return undefined;
  const start = match[1]!.length;
  return { start, end: start + match[2]!.length };
}

/**
 * Who a table header or row cue names as the speaker: a speaker label
 * (`Customer`, `Rep`) or a cue (`They say`, `Objection`, `What to say`).
 * A row named for a kind of objection (`Price objection`) is the situation
 * the agent answers, not the other party speaking.
 */
function tableCueRole(cue: string, labels: Map<string, Role>, row: boolean): Role | undefined {
  const words = cue.replace(/[\s:]+$/, '').trim();
  const label = labels.get(words.toLowerCase());
  if (label) return label;
  if (row && /\s+objections?$/i.test(words)) return undefined;
  return /^objections$/i.test(words) ? 'customer' : cueRole(words);
}

/**
 * Spoken quotations in a line of a call guide, in order: italic quotes
 * anywhere in the line (bold quotes name buttons and screens more often
 * than they are speech); else quotations that lead the line or follow a
 * `Label:` or a dash, with any quotations listed after them; else the whole
 * line when it is italic and indented as a block.
 */
function findSpokenSpans(line: TextLine): SpokenSpan[] {
  const { text } = line;
  const italics = line.emphasis.filter((span) => span.kind === 'emphasis').map((span) => ({ ...span, innerStart: span.start, innerEnd: span.end }));
  const italicQuotes = italics.filter((span) => OPEN_QUOTES.includes(text[span.innerStart] ?? ''));
  if (italicQuotes.length > 0) return italicQuotes.map((span) => stripQuotes(text, span));
  const led = ledQuotations(text, 0, text.length);
  if (led.length > 0) return led;
  if (!line.indented) return [];
  const whole = italics.find((span) => span.start === 0 && span.end === text.trimEnd().length);
  return whole ? [stripQuotes(text, whole)] : [];
}

function stripQuotes(text: string, span: SpokenSpan): SpokenSpan {
  const innerStart = OPEN_QUOTES.includes(text[span.innerStart] ?? '') ? span.innerStart + 1 : span.innerStart;
  const innerEnd = span.innerEnd > innerStart && CLOSE_QUOTES.includes(text[span.innerEnd - 1] ?? '') ? span.innerEnd - 1 : span.innerEnd;
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

function cuedOrPromptQuotations(line: TextLine): CuedSpan[] {
  const cued = cuedQuotations(line.text, 0, line.text.length);
  return cued.length > 0 ? cued : promptQuotations(line);
}

/**
 * A prompt line of an IVR or voicemail script (`Prompt 1 (Welcome): "…"`,
 * `- Main menu: _"…"_`): quotations that fill the rest of the line after a
 * `Label:` are what the caller hears from the brand.
 */
function promptQuotations(line: TextLine): CuedSpan[] {
  const spans = findSpokenSpans({ ...line, indented: false });
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) return [];
  const label = line.text.slice(0, first.start).trim();
  if (!/\p{L}.*:$/u.test(label) || !isBlank(line.text.slice(last.end))) return [];
  return spans.map((span) => ({ ...span, role: 'agent' }));
}

function cueRole(leadIn: string): Role | undefined {
  const cue = leadIn
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
    const quote = source[next];
    if (next >= end || quote === undefined || !OPEN_QUOTES.includes(quote)) return spans;
    open = next;
  }
}

function indexOfAny(source: string, chars: string, from: number, end: number): number {
  for (let index = from; index < end; index++) {
    const char = source[index];
    if (char !== undefined && chars.includes(char)) return index;
  }
  return -1;
}
