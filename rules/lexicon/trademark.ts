import { lexiconHits } from '../../src/lexicon/hits.js';
import type { TrademarkPolicy } from '../../src/config/types.js';
import { CHANNELS, isBrandRole, type Segment } from '../../src/documents/types.js';
import type { Rule, RuleContext } from '../../src/engine/types.js';
import { roleWords } from '../../src/text/role-words.js';
import { itemAt } from '../../src/text/items.js';

/** Trademark signs as they may follow a name: the sign itself, or (TM)/(R) spelt out. */
const SIGN_AFTER = /^\s?(?:™|®|℠|\((?:TM|R|SM)\))/iu;
/** A company's legal name ("Acme Ltd", "© 2026 Acme") in an address or copyright line: no brand mention, and never marked. */
const LEGAL_ENTITY_AFTER = /^,?\s(?:Ltd|Limited|Inc|Incorporated|LLC|LLP|GmbH|plc|Corp|Corporation|AG|SA|S\.A|BV|B\.V|Pty|SAS|SRL)\b/u;
const COPYRIGHT_BEFORE = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?$/iu;
const SIGN = /[™®℠]/gu;

const trademark: Rule = {
  meta: {
    id: 'lexicon/trademark',
    description: 'The first mention of a trademarked name in a document carries its trademark sign, and no sign stands where the kit forbids it.',
    severity: 'warn',
    channels: CHANNELS,
    fixable: true,
    docs: {
      details:
        'A name with `trademark: "™"` (or "®") must carry the sign at its first mention in each document. Which channels and ' +
        'segment roles count is set by `lexicon.trademark.channels` and `lexicon.trademark.roles` (by default every channel, and ' +
        "every role except subject lines, preheaders and image alt text). Later mentions may go without. The company's legal name " +
        'in an address or copyright line ("Acme Cloud Ltd, 1 Market St", "© 2026 Acme Cloud") is no mention. --fix adds the sign. ' +
        '`lexicon.trademark.forbidIn` lists where no sign (™, ®, ℠) may stand, whatever name it follows: every text of its ' +
        '`channels` (social posts, say) and the texts of its `roles` in any channel (subject lines); there a first mention ' +
        'needs no sign, and each sign is reported, and removed by --fix.',
      kit: 'lexicon:\n  names:\n    - { name: Acme Cloud, trademark: "™" }',
      bad: 'Acme Cloud keeps your files safe. Acme Cloud™ is fast.',
      findings: ['1:1-1:11 The first mention of "Acme Cloud" in this document needs its trademark sign: write "Acme Cloud™".'],
      good: 'Acme Cloud™ keeps your files safe. Acme Cloud is fast.',
    },
  },
  check(context) {
    const policy = context.kit.lexicon.trademark;
    reportForbiddenSigns(context, policy.forbidIn);
    if (!policy.channels.includes(context.document.channel) || policy.forbidIn.channels.includes(context.document.channel)) return;
    const seen = new Set<string>();
    for (const hit of lexiconHits(context, 'name')) {
      const name = hit.entry.name;
      if (!name.trademark || seen.has(name.name) || !policy.roles.includes(hit.role) || policy.forbidIn.roles.includes(hit.role)) continue;
      const text = itemAt(context.analysis.units, hit.unit).text;
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

/** Every trademark sign in the brand's texts of a channel or role where the kit forbids them. */
function reportForbiddenSigns(context: RuleContext, forbidIn: TrademarkPolicy['forbidIn']): void {
  const channel = context.document.channel;
  const wholeChannel = forbidIn.channels.includes(channel);
  if (!wholeChannel && forbidIn.roles.length === 0) return;
  for (const segment of context.document.segments) {
    if (!isBrandRole(segment.role) || !(wholeChannel || forbidIn.roles.includes(segment.role))) continue;
    for (const match of segment.text.matchAll(SIGN)) {
      if (insideCode(segment, match.index)) continue;
      const range = segment.map.toSource(match.index, match.index + match[0].length);
      const where = wholeChannel ? `${channel} copy` : roleWords(segment.role).a;
      const fix = context.fixSource(range.start, range.end, '');
      context.report({
        ...range,
        segment: segment.index,
        message: `No trademark sign in ${where}: remove "${match[0]}".`,
        ...(fix ? { fix } : {}),
      });
    }
  }
}

/** A sign inside a URL, a merge tag or code is not the copy's. */
function insideCode(segment: Segment, offset: number): boolean {
  return segment.opaque.some((span) => span.kind !== 'emoji' && span.start <= offset && offset < span.end);
}

export default trademark;
