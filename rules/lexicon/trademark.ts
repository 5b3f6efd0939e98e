import { lexiconHits } from '../../src/lexicon/hits.js';
import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';

/** Trademark signs as they may follow a name: the sign itself, or (TM)/(R) spelt out. */
const SIGN_AFTER = /^\s?(?:™|®|℠|\((?:TM|R|SM)\))/iu;

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
        'every role except subject lines, preheaders and image alt text). Later mentions may go without. --fix adds the sign.',
      kit: 'lexicon:\n  names:\n    - { name: Acme Cloud, trademark: "™" }',
      bad: 'Acme Cloud keeps your files safe. Acme Cloud™ is fast.',
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
      seen.add(name.name);
      const after = context.analysis.units[hit.unit].text.slice(hit.end, hit.end + 5);
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
