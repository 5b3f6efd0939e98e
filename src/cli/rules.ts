/**
 * `brandlint rules [id]`: the rule list, or one rule's documentation.
 */
import { RULE_CATALOG, ruleEntry } from '../../rules/registry.js';
import type { RuleEntry } from '../engine/types.js';
import { UsageError } from '../engine/usage-error.js';
import type { Io } from './io.js';

export function runRules(id: string | undefined, io: Io): number {
  if (!id) {
    const width = Math.max(...RULE_CATALOG.map((rule) => rule.meta.id.length));
    const rows = RULE_CATALOG.map(
      (rule) => `${rule.meta.id.padEnd(width)}  ${rule.meta.severity.padEnd(5)}  ${rule.meta.fixable ? 'fix' : '   '}  ${rule.meta.description}`,
    );
    io.stdout(`${rows.join('\n')}\n\n${RULE_CATALOG.length} rules. \`brandlint rules <id>\` shows one rule's documentation.\n`);
    return 0;
  }
  const rule = ruleEntry(id);
  if (!rule) {
    const family = RULE_CATALOG.filter((candidate) => candidate.meta.id.startsWith(`${id.split('/')[0]}/`)).map((candidate) => candidate.meta.id);
    throw new UsageError(`Unknown rule "${id}".${family.length > 0 ? ` Rules of that family: ${family.join(', ')}.` : ' `brandlint rules` lists them.'}`);
  }
  io.stdout(ruleDoc(rule));
  return 0;
}

export function ruleDoc(rule: RuleEntry): string {
  const { meta } = rule;
  const lines = [
    `${meta.id} — ${meta.description}`,
    '',
    `Default severity: ${meta.severity}. Channels: ${meta.channels.join(', ')}. ${meta.fixable ? 'Fixable with --fix.' : 'Not fixable.'}`,
    '',
    meta.docs.details,
    '',
  ];
  if (meta.docs.kit) lines.push('Kit:', indent(meta.docs.kit), '');
  lines.push('Bad:', indent(meta.docs.bad), '', 'Reported:', indent(meta.docs.findings.join('\n')), '', 'Good:', indent(meta.docs.good), '');
  if (meta.options) lines.push('Options (JSON Schema):', indent(JSON.stringify(meta.options, null, 2)), '');
  return `${lines.join('\n')}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
