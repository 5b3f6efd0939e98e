/** `brandlint extract --facts FILE`: the facts of one document, one per line. */
import type { DocumentData } from '../engine/document-data.js';
import type { Fact } from '../facts/types.js';
import { printable } from './printable.js';

export function formatFacts({ document, lines }: DocumentData, facts: readonly Fact[]): string {
  const rows = facts.map((fact) => {
    const from = lines.position(fact.start);
    const to = lines.position(fact.end);
    const where = `${from.line}:${from.column}-${to.line}:${to.column}`;
    return `  ${fact.kind.padEnd(9)} ${where.padEnd(17)} ${fact.value.padEnd(28)} ${JSON.stringify(fact.text)}`;
  });
  const output = [`${document.path}  channel: ${document.channel}, ${facts.length} ${facts.length === 1 ? 'fact' : 'facts'}`, ...rows];
  return `${output.map(printable).join('\n')}\n`;
}
