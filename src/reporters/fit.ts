/** Text for a terminal column: made printable, and cut to `width` characters with an ellipsis marking the cut. */
import { printable } from './printable.js';

export function fit(raw: string, width: number): string {
  const text = printable(raw);
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
