/**
 * Where a finding about a whole document stands. A missing element has no
 * position of its own, so the finding points at the element it belongs
 * with (the subject for a missing preheader, the footer for a missing
 * unsubscribe link), and at line 1, column 1 when the document has none.
 */
import type { Document, Role } from '../documents/types.js';
import { JoinedText, segmentRange, type SourceRange } from '../text/joined-text.js';

const DOCUMENT_START: SourceRange = { start: 0, end: 0 };

/** The first segment with one of `roles` (in the order given), else the document start. */
export function firstOfRoles(document: Document, roles: readonly Role[]): SourceRange {
  for (const role of roles) {
    const found = document.segments.find((segment) => segment.role === role);
    if (found) return segmentRange(found);
  }
  return DOCUMENT_START;
}

/** The last paragraph of the document — an email's footer, where legal lines belong — else the document start. */
export function lastBlock(document: Document): SourceRange {
  const last = document.segments[document.segments.length - 1];
  if (!last) return DOCUMENT_START;
  return new JoinedText(document.segments.filter((segment) => segment.block === last.block)).toSource();
}
