/**
 * The inline layer of call scripts: copies a range of a line into a segment
 * without its Markdown markup (emphasis markers, link syntax, tags,
 * comments), and in spoken text cuts out stage directions such as
 * `[pause]`, `(wait for answer)`, `[action: pull-up-account]` or `*smile*`.
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
import { findMergeTags } from '../opaque.js';
import type { Link } from '../types.js';
import { isSelfClosingComponent, possessiveLength } from './components.js';
import { overlapping, type Range } from './lines.js';

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
  source: string;
  /** Sorted, non-overlapping source ranges to leave out wherever they occur (HTML comments). */
  cuts: readonly Range[];
  /** Spoken text: stage directions are cut out and bracket placeholders marked opaque. */
  spoken: boolean;
  /** Receives the inner range of every stage direction cut from spoken text. */
  directions: Range[];
  links: Link[];
}

/** How far a closing bracket, quote or marker is looked for, so long lines stay linear. */
const MAX_INLINE_SPAN = 1000;
const TAG = /<\/?[A-Za-z][^<>\n]{0,1000}>/y;
const IMAGE = /!\[[^\]\n]{0,1000}\]\([^)\n]{0,1000}\)/y;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
export const OPEN_QUOTES = '"“„';
export const CLOSE_QUOTES = '"”';

/**
 * The inner range of a bracketed or parenthesised aside that is all of
 * `source[start, end)` (`[action: Account pulled up]`), if it is one.
 */
export function standaloneAside(source: string, start: number, end: number): Range | undefined {
  const text = source.slice(start, end);
  const open = start + (text.length - text.trimStart().length);
  const close = start + text.trimEnd().length - 1;
  const closing = source[open] === '[' ? ']' : source[open] === '(' ? ')' : undefined;
  if (closing === undefined || source[close] !== closing || close - open > MAX_INLINE_SPAN) return undefined;
  return source.indexOf(closing, open + 1) === close ? { start: open + 1, end: close } : undefined;
}

/** Appends `source[start, end)` to `builder` as readable text. */
export function appendInline(builder: SegmentTextBuilder, context: InlineContext, start: number, end: number): void {
  new InlineWalker(builder, context, start, end).walk();
}

class InlineWalker {
  private position: number;
  private runStart: number;
  /** Where the range's visible text starts and ends, to tell an aside that is all there is. */
  private readonly contentStart: number;
  private readonly contentEnd: number;

  constructor(
    private readonly builder: SegmentTextBuilder,
    private readonly context: InlineContext,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.position = start;
    this.runStart = start;
    const text = context.source.slice(start, end);
    this.contentStart = start + (text.length - text.trimStart().length);
    this.contentEnd = start + text.trimEnd().length;
  }

  walk(): void {
    const { source } = this.context;
    // Merge tags are copied whole: the asterisks of *|FNAME|* are not emphasis.
    const mergeTags = findMergeTags(source.slice(this.start, this.end)).map((tag) => ({ start: tag.start + this.start, end: tag.end + this.start }));
    while (this.position < this.end) {
      const [cut] = overlapping(this.context.cuts, this.position, this.position + 1);
      const tag = mergeTags.find((candidate) => candidate.start === this.position);
      const char = source[this.position];
      if (tag) this.position = tag.end;
      else if (cut) this.skip(Math.min(cut.end, this.end), true);
      else if (char === '\\' && ASCII_PUNCTUATION.test(source[this.position + 1] ?? '')) this.skip(this.position + 1, false);
      else if (char === '`') this.codeSpan();
      else if (char === '<' || char === '!') this.markupOrText(char === '<' ? TAG : IMAGE);
      else if (char === '[') this.bracket();
      else if (char === '(' && this.context.spoken) this.parenthesis();
      else if ((char === '*' || char === '_' || char === '~') && this.emphasisRun() > 0) this.emphasis();
      else if (this.context.spoken && this.quoteHugsEmphasis()) this.skip(this.position + 1, false);
      else this.position++;
    }
    this.flush();
  }

  /** An HTML/JSX tag (with the possessive after a self-closing one) or a Markdown image is left out; a lone `<` or `!` is text. */
  private markupOrText(pattern: RegExp): void {
    pattern.lastIndex = this.position;
    const match = pattern.exec(this.context.source);
    if (!match || match.index + match[0].length > this.end) {
      this.position++;
      return;
    }
    const markupEnd = this.position + match[0].length;
    const component = pattern === TAG && isSelfClosingComponent(match[0]);
    this.skip(Math.min(this.end, markupEnd + (component ? possessiveLength(this.context.source, markupEnd) : 0)), true);
  }

  private flush(): void {
    if (this.position > this.runStart) this.builder.verbatim(this.context.source.slice(this.runStart, this.position), this.runStart);
    this.runStart = this.position;
  }

  /** Leaves out `[position, to)`; where a visible thing was cut, keeps the words around it apart but not doubly spaced. */
  private skip(to: number, visible: boolean): void {
    this.flush();
    const cutStart = this.position;
    this.position = to;
    if (visible) this.mendSpacing(cutStart, to);
    this.runStart = this.position;
  }

  private mendSpacing(cutStart: number, cutEnd: number): void {
    const { source } = this.context;
    if (this.builder.endsWithSpace()) {
      while (this.position < this.end && (source[this.position] === ' ' || source[this.position] === '\t')) this.position++;
    } else if (/[\p{L}\p{N}]/u.test(source[this.position] ?? '') && this.position < this.end) {
      this.builder.synthetic(' ', cutStart, cutEnd);
    }
  }

  private codeSpan(): void {
    const { source } = this.context;
    const ticks = /`+/y;
    ticks.lastIndex = this.position;
    const fence = ticks.exec(source)![0];
    const searchFrom = this.position + fence.length;
    const found = source.slice(searchFrom, Math.min(this.end, searchFrom + MAX_INLINE_SPAN)).indexOf(fence);
    const close = found < 0 ? -1 : searchFrom + found;
    if (close < 0) {
      this.position += fence.length;
      return;
    }
    this.skip(this.position + fence.length, false);
    const codeStart = this.builder.textLength;
    this.position = close;
    this.flush();
    this.builder.markOpaque('code', codeStart, this.builder.textLength);
    this.skip(close + fence.length, false);
  }

  /** `[text](href)` is a link (its text kept); otherwise a stage direction or a placeholder. */
  private bracket(): void {
    const { source } = this.context;
    const close = this.closing(']');
    if (close < 0) {
      this.position++;
      return;
    }
    const hrefClose = source[close + 1] === '(' ? this.closing(')', close + 1) : -1;
    if (hrefClose >= 0) {
      this.link(close, hrefClose);
      return;
    }
    if (!this.context.spoken) {
      this.position = close + 1;
      return;
    }
    if (this.isDirection(close)) {
      this.direction(close);
      return;
    }
    this.flush();
    const placeholderStart = this.builder.textLength;
    this.position = close + 1;
    this.flush();
    this.builder.markOpaque('merge-tag', placeholderStart, this.builder.textLength);
  }

  private link(textEnd: number, hrefEnd: number): void {
    const { source } = this.context;
    const linkStart = this.position;
    this.skip(this.position + 1, false);
    new InlineWalker(this.builder, this.context, this.position, textEnd).walk();
    this.context.links.push({ href: source.slice(textEnd + 2, hrefEnd).trim(), start: linkStart, end: hrefEnd + 1 });
    this.position = hrefEnd + 1;
    this.runStart = this.position;
  }

  private parenthesis(): void {
    const close = this.closing(')');
    if (close >= 0 && this.isDirection(close)) this.direction(close);
    else this.position++;
  }

  /** A run of emphasis markers at a word boundary (`*`, `**`, `_`, `__`, `~~`); 0 when the characters are literal. */
  private emphasisRun(): number {
    const { source } = this.context;
    const char = source[this.position];
    let length = 0;
    while (source[this.position + length] === char && length < 3) length++;
    if (char === '~' && length !== 2) return 0;
    const before = this.position > this.start ? source[this.position - 1] : ' ';
    const after = this.position + length < this.end ? source[this.position + length] : ' ';
    const word = /[\p{L}\p{N}]/u;
    if (char === '_' && word.test(before) && word.test(after)) return 0;
    const opens = !/\s/.test(after);
    const closes = !/\s/.test(before);
    return opens || closes ? length : 0;
  }

  /**
   * A quotation mark right inside emphasis (`_"Hi, this is Sam"_`) marks the
   * line as something to say; it is not spoken, so it is left out.
   */
  private quoteHugsEmphasis(): boolean {
    const { source } = this.context;
    const char = source[this.position];
    const before = this.position > this.start ? source[this.position - 1] : '';
    const after = this.position + 1 < this.end ? source[this.position + 1] : '';
    return (OPEN_QUOTES.includes(char) && (before === '*' || before === '_')) || (CLOSE_QUOTES.includes(char) && (after === '*' || after === '_'));
  }

  /** Emphasis markers are dropped; in spoken text a starred stage direction (`*smile*`) is cut out. */
  private emphasis(): void {
    const { source } = this.context;
    const length = this.emphasisRun();
    if (this.context.spoken && length === 1 && source[this.position] === '*') {
      const close = this.closing('*');
      if (close > this.position + 1 && isStageDirection(source.slice(this.position + 1, close))) {
        this.direction(close);
        return;
      }
    }
    this.skip(this.position + length, false);
  }

  private isDirection(close: number): boolean {
    const { source } = this.context;
    const inner = source.slice(this.position + 1, close);
    const aloneInRange = this.position === this.contentStart && close + 1 === this.contentEnd;
    return isStageDirection(inner) || aloneInRange;
  }

  /** Cuts the aside that runs from the current position to `close` and records its inner text. */
  private direction(close: number): void {
    this.context.directions.push({ start: this.position + 1, end: close });
    this.skip(close + 1, true);
  }

  /** The offset of the first `char` after `from`, within the range and MAX_INLINE_SPAN, or -1. */
  private closing(char: string, from = this.position): number {
    const { source } = this.context;
    const limit = Math.min(this.end, from + 1 + MAX_INLINE_SPAN);
    for (let index = from + 1; index < limit; index++) if (source[index] === char) return index;
    return -1;
  }
}
