/**
 * Atoms: the maximal runs of letters and digits in a text, with the gaps
 * between them. Phrases and text are both cut into atoms, so "purchaser"
 * is never "purchase" and "Acme-Cloud" lines up with "Acme Cloud".
 */
import { itemAt } from '../text/items.js';
export interface Atom {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const ATOM = /[\p{L}\p{N}\p{M}]+/gu;

export function atomsOf(text: string): Atom[] {
  const atoms: Atom[] = [];
  for (const match of text.matchAll(ATOM)) {
    atoms.push({ text: match[0], lower: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length });
  }
  return atoms;
}

/** Gaps that may stand inside a phrase: white space, a hyphen or dash, an apostrophe, a slash. */
const JOINABLE_GAP = /^(?:[ \t\r\n\u00a0]{1,4}|[ ]?[-\u2010\u2011][ ]?|['\u2019]|\/)$/u;

export function isJoinableGap(gap: string): boolean {
  return JOINABLE_GAP.test(gap);
}

/** A gap reduced to its kind: ' ' for white space, '-' for hyphens, "'" for apostrophes, '/' for a slash. */
export function gapKind(gap: string): string {
  if (/^[\s\u00a0]+$/u.test(gap)) return ' ';
  if (/[-\u2010\u2011]/u.test(gap)) return '-';
  if (/['\u2019]/u.test(gap)) return "'";
  return gap;
}

/** The phrase's own gap kinds, e.g. "e-mail" → ['-'], "log in" → [' ']. */
export function gapKindsOf(text: string, atoms: readonly Atom[]): string[] {
  const kinds: string[] = [];
  for (let index = 1; index < atoms.length; index++) kinds.push(gapKind(gapBefore(text, atoms, index)));
  return kinds;
}

/** The text between the atom at `index` (1 or more) and the one before it. */
export function gapBefore(text: string, atoms: readonly Atom[], index: number): string {
  return text.slice(itemAt(atoms, index - 1).end, itemAt(atoms, index).start);
}
