/**
 * The parts of a call script that call rules look at. A turn is one
 * `agent` segment: the parser gives each labelled turn its own segment, with
 * stage directions cut out into `direction` segments, so a turn's words are
 * the spoken words only.
 */
import type { Document, Segment } from '../../documents/types.js';

export function agentTurns(document: Document): Segment[] {
  return document.segments.filter((segment) => segment.role === 'agent');
}

/**
 * The opening of the call: the agent turns of the script's first section
 * (up to the second heading), or, in a script without headings, its first
 * `turnsWithoutSections` agent turns.
 */
export function openingTurns(document: Document, turnsWithoutSections: number): Segment[] {
  const turns = agentTurns(document);
  const [first] = turns;
  if (!first) return [];
  const hasSections = document.segments.some((segment) => segment.role === 'heading');
  if (!hasSections) return turns.slice(0, turnsWithoutSections);
  const firstSection = first.section;
  const opening: Segment[] = [];
  for (const turn of turns) {
    if (turn.section !== firstSection) break;
    opening.push(turn);
  }
  return opening;
}

const CLOSING_SECTION = /\b(?:clos(?:e|ing)|wrap(?:[- ]?up)?|next steps?|end(?:ing)?|call to action)\b/i;

/** The close of the call: the agent turns of a closing section ("Close", "Wrap-up", "Next steps"), else the last agent turn. */
export function closingTurns(document: Document): Segment[] {
  const turns = agentTurns(document);
  const inClosingSection = turns.filter((turn) => turn.section !== undefined && CLOSING_SECTION.test(turn.section));
  return inClosingSection.length > 0 ? inClosingSection : turns.slice(-1);
}
