import { segmentName } from '../../src/config/segments.js';
import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import { audiencesWritten } from '../../src/programme/audiences.js';

const segments: Rule = {
  meta: {
    id: 'programme/segments',
    description: "Deliverables name their audience with the kit's segment vocabulary, so every campaign speaks of the same customers the same way.",
    severity: 'warn',
    channels: CHANNELS,
    fixable: true,
    docs: {
      details:
        'Conflicting offers and contact pressure are worked out per audience segment, so every campaign must name its ' +
        'audiences with the one vocabulary of `lexicon.segments`. A deliverable names its audience in a content calendar’s ' +
        'audience column (`audience`, `segment`, `target_audience` …) or in its front matter (`audience:`, `audiences:`, ' +
        '`segment:`); a name the vocabulary replaces is reported with the name to use (fixable), and a name it does not know ' +
        'with its segments to choose from. A kit without `lexicon.segments` has no vocabulary to check against. The ' +
        'audiences a campaign declares in the kit (`campaigns.<id>.audiences`) are checked when the kit is loaded.',
      kit: 'lexicon:\n  segments:\n    - trial users\n    - { use: small business, insteadOf: [SMB] }',
      bad: '---\ntitle: Spring sale\naudience: SMB\n---\n\nGet 20% off this spring.',
      findings: ['3:11-3:14 Name the audience "small business", as the kit\'s segments do, not "SMB".'],
      good: '---\ntitle: Spring sale\naudience: small business\n---\n\nGet 20% off this spring.',
    },
  },
  check(context) {
    const vocabulary = context.kit.lexicon.segments;
    if (vocabulary.length === 0) return;
    const posts = context.document.segments.filter((segment) => segment.role === 'post' && segment.data?.audience !== undefined);
    const written = posts.length > 0 ? posts.flatMap((post) => audiencesWritten(context.document, post)) : audiencesWritten(context.document);
    for (const { name, start, end } of written) {
      if (start === undefined || end === undefined) continue;
      const found = segmentName(vocabulary, name);
      if (found.kind === 'segment') continue;
      if (found.kind === 'replaced') {
        const fix = isPlainName(found.use) && context.document.source.slice(start, end) === name ? { start, end, text: found.use } : undefined;
        context.report({
          start,
          end,
          message: `Name the audience "${found.use}", as the kit's segments do, not "${name}".`,
          suggestion: found.use,
          ...(fix ? { fix } : {}),
        });
        continue;
      }
      const known = vocabulary.map((entry) => `"${entry.use}"`).join(', ');
      context.report({
        start,
        end,
        message: `The kit defines no audience "${name}"${found.closest ? ` — did you mean "${found.closest}"?` : '.'} Its segments: ${known}.`,
        ...(found.closest ? { suggestion: found.closest } : {}),
      });
    }
  },
};

/** A name that reads the same in any calendar cell or front matter value, quoted or not. */
function isPlainName(name: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N} .&/+-]*$/u.test(name);
}

export default segments;
