/**
 * Rule documentation generated from rule metadata: one Markdown page per
 * rule under docs/rules/, and the rule table in the README between
 * `<!-- rules:start -->` and `<!-- rules:end -->`. `npm run docs` writes
 * them; a test fails when they are stale.
 */
import type { RuleMeta } from '../engine/types.js';

/** A rule module, or its catalog entry: the pages need only the metadata. */
type Described = { meta: RuleMeta };

export function rulePagePath(rule: Described): string {
  return `docs/rules/${rule.meta.id}.md`;
}

export function rulePage(rule: Described): string {
  const { meta } = rule;
  const lines = [
    `# ${meta.id}`,
    '',
    `${meta.description}`,
    '',
    `- Default severity: \`${meta.severity}\``,
    `- Channels: ${meta.channels.map((channel) => `\`${channel}\``).join(', ')}`,
    `- Fixable: ${meta.fixable ? 'yes (`--fix`)' : 'no'}`,
    '',
    meta.docs.details,
    '',
  ];
  if (meta.docs.kit) lines.push('## Brand kit', '', '```yaml', meta.docs.kit, '```', '');
  const fence = meta.docs.channel === 'email' ? 'html' : 'text';
  lines.push('## Bad', '', `\`\`\`${fence}`, meta.docs.bad, '```', '', 'Reported:', '', '```text', ...meta.docs.findings, '```', '');
  lines.push('## Good', '', `\`\`\`${fence}`, meta.docs.good, '```', '');
  if (meta.options)
    lines.push(
      '## Options',
      '',
      'Set with `rules: { ' + meta.id + ': [severity, options] }`. JSON Schema:',
      '',
      '```json',
      JSON.stringify(meta.options, null, 2),
      '```',
      '',
    );
  return lines.join('\n');
}

export function ruleTable(rules: readonly Described[]): string {
  const rows = rules.map((rule) => {
    const { meta } = rule;
    return `| [\`${meta.id}\`](${rulePagePath(rule)}) | ${meta.description.replace(/\|/g, '\\|')} | ${meta.severity} | ${meta.fixable ? '✓' : ''} |`;
  });
  return ['| Rule | What it checks | Default | Fix |', '|---|---|---|---|', ...rows].join('\n');
}

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

/** The README with its rule table replaced by a fresh one. */
export function withRuleTable(readme: string, rules: readonly Described[]): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return readme;
  return `${readme.slice(0, start + START.length)}\n${ruleTable(rules)}\n${readme.slice(end)}`;
}
