/**
 * The inline layer of call scripts: copies a range of a line's visible text
 * (see call-lines) into a segment, and in spoken text cuts out stage
 * directions such as `[pause]`, `(wait for answer)`,
 * `[action: pull-up-account]` or `*smile*`.
 *
 * Square brackets in spoken text are either a stage direction or a
 * fill-in placeholder (`Hi [name], this is [rep] from [company]`). A bracket
 * is a direction when it begins with a stage-direction word or a `label:`,
 * or when it is all there is on the line; otherwise it is a placeholder,
 * kept in the text and marked opaque so it is never spell-checked.
 * Parentheses follow the same test but are otherwise plain text, so
 * `(977) 625-2661` stays spoken.
 */
import type { SegmentTextBuilder } from '../source-map.js';
import { piecesIn, sourceRange, type TextLine } from './call-lines.js';
import type { Range } from './lines.js';

/** First words that make a bracketed, parenthesised or starred aside a stage direction. */
const STAGE_WORDS = new Set([
  'pause',
  'pauses',
  'beat',
  'wait',
  'waits',
  'silence',
  'hold',
  'holds',
  'laugh',
  'laughs',
  'laughing',
  'chuckle',
  'chuckles',
  'smile',
  'smiles',
  'smiling',
  'sigh',
  'sighs',
  'nod',
  'nods',
  'action',
  'note',
  'tip',
  'if',
  'when',
  'after',
  'before',
  'then',
  'listen',
  'listens',
  'let',
  'allow',
  'repeat',
  'check',
  'confirm',
  'look',
  'looks',
  'pull',
  'pulls',
  'open',
  'opens',
  'share',
  'shares',
  'click',
  'clicks',
  'read',
  'reads',
  'breathe',
  'transfer',
  'transfers',
  'mute',
  'unmute',
  'hang',
  'continue',
  'stop',
  'skip',
  'optional',
  'slowly',
  'softly',
  'warmly',
  'enthusiastically',
  'upbeat',
  'gesture',
  'gestures',
  'show',
  'shows',
]);

function isStageDirection(content: string): boolean {
  const text = content.trim();
  if (/^[A-Za-z][\w-]*(?: [\w-]+)?:/.test(text)) return true;
  const firstWord = /^[A-Za-z]+/.exec(text)?.[0].toLowerCase();
  return firstWord !== undefined && STAGE_WORDS.has(firstWord);
}

export interface InlineContext {
  /** Spoken text: stage directions are cut out and bracket placeholders marked opaque. */
  spoken: boolean;
  /** Receives the range, in the line's text, of every stage direction cut from spoken text. */
  directions: LineRange[];
}

/** A range of one line's text. */
export interface LineRange extends Range {
  line: TextLine;
}

/** How far a closing bracket is looked for, so long lines stay linear. */
const MAX_INLINE_SPAN = 1000;
export const OPEN_QUOTES = '"“„';
export const CLOSE_QUOTES = '"”';

/**
 * The inner range of a bracketed or parenthesised aside that is all of
 * `text[start, end)` (`[action: Account pulled up]`), if it is one.
 */
export function standaloneAside(text: string, start: number, end: number): Range | undefined {
  const slice = text.slice(start, end);
  const open = start + (slice.length - slice.trimStart().length);
  const close = start + slice.trimEnd().length - 1;
  const closing = text[open] === '[' ? ']' : text[open] === '(' ? ')' : undefined;
  if (closing === undefined || text[close] !== closing || close - open > MAX_INLINE_SPAN) return undefined;
  return text.indexOf(closing, open + 1) === close ? { start: open + 1, end: close } : undefined;
}

/** Appends `line.text[start, end)` to `builder`, mapped to the source. */
export function appendInline(builder: SegmentTextBuilder, context: InlineContext, line: TextLine, start: number, end: number): void {
  new InlineWalker(builder, context, line, start, end).walk();
}

class InlineWalker {
  private position: number;
  private runStart: number;
  /** Where the range's visible text starts and ends, to tell an aside that is all there is. */
  private readonly contentStart: number;
  private readonly contentEnd: number;
  private readonly text: string;

  constructor(
    private readonly builder: SegmentTextBuilder,
    private readonly context: InlineContext,
    private readonly line: TextLine,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.text = line.text;
    this.position = start;
    this.runStart = start;
    const slice = this.text.slice(start, end);
    this.contentStart = start + (slice.length - slice.trimStart().length);
    this.contentEnd = start + slice.trimEnd().length;
  }

  walk(): void {
    const { spoken } = this.context;
    const cuts = piecesIn(this.line, this.start, this.end).filter((piece) => piece.cut);
    let nextCut = 0;
    while (this.position < this.end) {
      const cut = cuts[nextCut];
      if (cut && cut.at <= this.position) {
        nextCut++;
        this.skip(this.position, { start: cut.start, end: cut.end });
        continue;
      }
      const char = this.text[this.position];
      const emphasis = spoken ? this.stageEmphasis() : undefined;
      if (emphasis) this.direction(emphasis.start, emphasis.end, emphasis.end);
      else if (spoken && char === '[') this.bracket();
      else if (spoken && char === '(') this.parenthesis();
      else if (spoken && this.quoteHugsEmphasis()) this.skip(this.position + 1);
      else this.position++;
    }
    this.flush();
  }

  private flush(): void {
    if (this.position > this.runStart) this.emit(this.runStart, this.position);
    this.runStart = this.position;
  }

  /** Copies `text[from, to)` piece by piece: verbatim where it reads as the source, inline code opaque. */
  private emit(from: number, to: number): void {
    for (const piece of piecesIn(this.line, from, to)) {
      if (piece.cut) continue;
      const a = Math.max(from, piece.at) - piece.at;
      const b = Math.min(to, piece.at + piece.text.length) - piece.at;
      const codeStart = this.builder.textLength;
      if (piece.verbatim) this.builder.verbatim(piece.text.slice(a, b), piece.start + a);
      else this.builder.replaced(piece.text.slice(a, b), piece.start, piece.end);
      if (piece.code) this.builder.markOpaque('code', codeStart, this.builder.textLength);
    }
  }

  /** Leaves out `[position, to)`; where a visible thing was cut (`cut`, its source), keeps the words around it apart but not doubly spaced. */
  private skip(to: number, cut?: Range): void {
    this.flush();
    this.position = to;
    if (cut) this.mendSpacing(cut);
    this.runStart = this.position;
  }

  private mendSpacing(cut: Range): void {
    const { text } = this;
    if (this.builder.endsWithSpace()) {
      while (this.position < this.end && (text[this.position] === ' ' || text[this.position] === '\t')) this.position++;
    } else if (this.position < this.end && /[\p{L}\p{N}]/u.test(text[this.position] ?? '')) {
      this.builder.synthetic(' ', cut.start, cut.end);
    }
  }

  /** A bracket is a stage direction or a placeholder. */
  private bracket(): void {
    const close = this.closing(']');
    if (close < 0) {
      this.position++;
      return;
    }
    if (this.isDirection(close)) {
      this.direction(this.position + 1, close, close + 1);
      return;
    }
    this.flush();
    const placeholderStart = this.builder.textLength;
    this.position = close + 1;
    this.flush();
    this.builder.markOpaque('merge-tag', placeholderStart, this.builder.textLength);
  }

  private parenthesis(): void {
    const close = this.closing(')');
    if (close >= 0 && this.isDirection(close)) this.direction(this.position + 1, close, close + 1);
    else this.position++;
  }

  /** A starred aside that opens here (`*smile*`, not `_…_` or bold) and reads as a stage direction. */
  private stageEmphasis(): Range | undefined {
    const emphasis = this.line.emphasis.find((span) => span.start === this.position && span.kind === 'emphasis' && span.marker === '*');
    return emphasis && emphasis.end <= this.end && isStageDirection(this.text.slice(emphasis.start, emphasis.end)) ? emphasis : undefined;
  }

  /**
   * A quotation mark right inside emphasis (`_"Hi, this is Sam"_`) marks the
   * line as something to say; it is not spoken, so it is left out.
   */
  private quoteHugsEmphasis(): boolean {
    const char = this.text[this.position] ?? '';
    const at = this.position;
    return (
      (OPEN_QUOTES.includes(char) && this.line.emphasis.some((span) => span.start === at)) ||
      (CLOSE_QUOTES.includes(char) && this.line.emphasis.some((span) => span.end === at + 1))
    );
  }

  private isDirection(close: number): boolean {
    const inner = this.text.slice(this.position + 1, close);
    const aloneInRange = this.position === this.contentStart && close + 1 === this.contentEnd;
    return isStageDirection(inner) || aloneInRange;
  }

  /** Cuts the aside from the current position to `after`, recording its inner text `[innerStart, innerEnd)`. */
  private direction(innerStart: number, innerEnd: number, after: number): void {
    this.context.directions.push({ line: this.line, start: innerStart, end: innerEnd });
    this.skip(after, sourceRange(this.line, this.position, after));
  }

  /** The offset of the first `char` after the current position, within the range and MAX_INLINE_SPAN, or -1. */
  private closing(char: string): number {
    const limit = Math.min(this.end, this.position + 1 + MAX_INLINE_SPAN);
    for (let index = this.position + 1; index < limit; index++) if (this.text[index] === char) return index;
    return -1;
  }
}
