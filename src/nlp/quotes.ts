/**
 * Quoted speech: the spans of a text between matching quotation marks, marks
 * included. Curly pairs (“…”, ‘…’), guillemets («…») and straight quotes
 * paired in order. A single quote opens or closes only at a word boundary,
 * so the apostrophes of "don't" and "customers’" never start a quotation.
 * A mark that never closes quotes nothing.
 */
export interface Span {
  start: number;
  end: number;
}

interface QuoteKind {
  open: string;
  close: string;
  /** Single quotes double as apostrophes, so they must stand at a word boundary. */
  boundary: boolean;
}

const KINDS: readonly QuoteKind[] = [
  { open: '“', close: '”', boundary: false },
  { open: '«', close: '»', boundary: false },
  { open: '"', close: '"', boundary: false },
  { open: '‘', close: '’', boundary: true },
  { open: "'", close: "'", boundary: true },
];

export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let index = 0;
  while (index < text.length) {
    const kind = KINDS.find((candidate) => candidate.open === text[index] && opensAt(text, index, candidate));
    const end = kind ? closingIndex(text, index + 1, kind) : -1;
    if (end < 0) {
      index++;
      continue;
    }
    spans.push({ start: index, end: end + 1 });
    index = end + 1;
  }
  return spans;
}

export function isInsideSpans(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => span.start <= start && end <= span.end);
}

function opensAt(text: string, index: number, kind: QuoteKind): boolean {
  if (!kind.boundary) return true;
  return !isLetterOrDigit(text[index - 1]) && isLetterOrDigit(text[index + 1]);
}

function closingIndex(text: string, from: number, kind: QuoteKind): number {
  for (let index = from; index < text.length; index++) {
    if (text[index] !== kind.close) continue;
    if (!kind.boundary || (!isWhitespace(text[index - 1]) && !isLetterOrDigit(text[index + 1]))) return index;
  }
  return -1;
}

function isLetterOrDigit(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

function isWhitespace(character: string | undefined): boolean {
  return character !== undefined && /\s/.test(character);
}
