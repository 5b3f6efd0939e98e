import { lexiconHits } from '../../src/lexicon/hits.js';
import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';

/** Trademark signs as they may follow a name: the sign itself, or (TM)/(R) spelt out. */
const SIGN_AFTER = /^\s?(?:™|®|℠|\((?:TM|R|SM)\))/iu;
/** A company's legal name ("Acme Ltd", "© 2026 Acme") in an address or copyright line: no brand mention, and never marked. */
const LEGAL_ENTITY_AFTER = /^,?\s(?:Ltd|Limited|Inc|Incorporated|LLC|LLP|GmbH|plc|Corp|Corporation|AG|SA|S\.A|BV|B\.V|Pty|SAS|SRL)\b/u;
const COPYRIGHT_BEFORE = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?$/iu;

const trademark: Rule = {
  meta: {
    id: 'lexicon/trademark',
    description: 'The first mention of a trademarked name in a document carries its trademark sign.',
    severity: 'warn',
    channels: CHANNELS,
    fixable: true,
    docs: {
      details:
        'A name with `trademark: "™"` (or "®") must carry the sign at its first mention in each document. Which channels and ' +
        'segment roles count is set by `lexicon.trademark.channels` and `lexicon.trademark.roles` (by default every channel, and ' +
        "every role except subject lines, preheaders and image alt text). Later mentions may go without. The company's legal name " +
        'in an address or copyright line ("Acme Cloud Ltd, 1 Market St", "© 2026 Acme Cloud") is no mention. --fix adds the sign.',
      kit: 'lexicon:\n  names:\n    - { name: Acme Cloud, trademark: "™" }',
      bad: 'Acme Cloud keeps your files safe. Acme Cloud™ is fast.',
      findings: ['1:1-1:11 The first mention of "Acme Cloud" in this document needs its trademark sign: write "Acme Cloud™".'],
      good: 'Acme Cloud™ keeps your files safe. Acme Cloud is fast.',
    },
  },
  check(context) {
    const policy = context.kit.lexicon.trademark;
    if (!policy.channels.includes(context.document.channel)) return;
    const seen = new Set<string>();
    for (const hit of lexiconHits(context, 'name')) {
      const name = hit.entry.name;
      if (!name.trademark || seen.has(name.name) || !policy.roles.includes(hit.role)) continue;
      const text = context.analysis.units[hit.unit].text;
      const after = text.slice(hit.end, hit.end + 16);
      if (LEGAL_ENTITY_AFTER.test(after) || COPYRIGHT_BEFORE.test(text.slice(Math.max(0, hit.start - 16), hit.start))) continue;
      seen.add(name.name);
      if (SIGN_AFTER.test(after)) continue;
      const fix = context.fixSource(hit.sourceEnd, hit.sourceEnd, name.trademark);
      context.report({
        start: hit.sourceStart,
        end: hit.sourceEnd,
        segment: hit.segment,
        message: `The first mention of "${name.name}" in this document needs its trademark sign: write "${name.name}${name.trademark}".`,
        suggestion: `${name.name}${name.trademark}`,
        ...(fix ? { fix } : {}),
      });
    }
  },
};

export default trademark;
