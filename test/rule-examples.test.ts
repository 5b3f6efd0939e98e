/**
 * Every rule's documented examples are tests: the bad copy must produce
 * exactly the findings its docs list, at their positions, the good copy none.
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import type { Channel } from '../src/documents/types.js';
import { lintWithRule } from './helpers/rule-tester.js';
import { itemAt } from '../src/text/items.js';

const FILE_FOR_CHANNEL: Record<Channel, string> = { email: 'example.html', web: 'example.md', social: 'example.txt', call: 'example.md' };

describe('documented examples', () => {
  for (const rule of allRules.filter((candidate) => candidate.check)) {
    const channel = rule.meta.docs.channel ?? (rule.meta.channels.includes('web') ? 'web' : itemAt(rule.meta.channels, 0));
    const base = { path: FILE_FOR_CHANNEL[channel], channel, kit: rule.meta.docs.kit ?? '' };
    it(`${rule.meta.id}: the bad example gives the documented findings`, async () => {
      const findings = await lintWithRule(rule, { ...base, text: rule.meta.docs.bad });
      expect(findings.map(({ line, column, endLine, endColumn, message }) => `${line}:${column}-${endLine}:${endColumn} ${message}`)).toEqual(
        rule.meta.docs.findings,
      );
    });
    it(`${rule.meta.id}: the good example passes`, async () => {
      const findings = await lintWithRule(rule, { ...base, text: rule.meta.docs.good });
      expect(findings.map((finding) => finding.message)).toEqual([]);
    });
  }
});
