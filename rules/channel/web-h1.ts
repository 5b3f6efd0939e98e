import type { Rule, RuleContext } from '../../src/engine/types.js';
import type { Segment } from '../../src/documents/types.js';
import { firstOfRoles } from '../../src/channels/anchors.js';
import { JoinedText } from '../../src/text/joined-text.js';

const webH1: Rule = {
  meta: {
    id: 'channel/web-h1',
    description: 'A page has exactly one H1.',
    severity: 'warn',
    channels: ['web'],
    fixable: false,
    docs: {
      details:
        'With `channels.web.singleH1`, a page needs one top-level heading: search engines and screen readers take it for the ' +
        "page's subject. A page without one is reported on its title (line 1, column 1 when it has none), unless the title " +
        'is a front matter `title:` — static site generators (Jekyll, Hugo, Docusaurus …) render it as the H1. On a page with ' +
        'several H1 headings, every one after the first is reported.',
      kit: 'channels:\n  web:\n    singleH1: true',
      bad: '# Acme Deploy\n\nShip in minutes.\n\n# Pricing\n\nFrom $49 a month.',
      findings: ['5:3-5:10 This page has 2 H1 headings; keep the first and make "Pricing" a lower level.'],
      good: '# Acme Deploy\n\nShip in minutes.\n\n## Pricing\n\nFrom $49 a month.',
    },
  },
  check(context) {
    const { document } = context;
    if (!context.kit.channels.web.singleH1) return;
    const h1s = headingsOfLevelOne(document.segments);
    if (h1s.length === 0) {
      if (hasFrontMatterTitle(context)) return;
      context.report({ ...firstOfRoles(document, ['title']), message: 'This page has no H1; give it one heading that says what the page is about.' });
      return;
    }
    for (const extra of h1s.slice(1)) {
      context.report({ ...extra.toSource(), message: `This page has ${h1s.length} H1 headings; keep the first and make "${extra.text}" a lower level.` });
    }
  },
};

/** Static site generators (Jekyll, Hugo, Docusaurus …) render a front matter `title:` as the page's H1. */
function hasFrontMatterTitle({ document, frontMatter }: RuleContext): boolean {
  return frontMatter !== undefined && document.segments.some((segment) => segment.role === 'title' && segment.map.toSourceStart(0) < frontMatter.bodyStart);
}

/** Each H1 as one text: a heading with a link in it is several segments of one block. */
function headingsOfLevelOne(segments: readonly Segment[]): JoinedText[] {
  const byBlock = new Map<number, Segment[]>();
  for (const segment of segments) {
    if (segment.role !== 'heading' || segment.level !== 1) continue;
    byBlock.set(segment.block, [...(byBlock.get(segment.block) ?? []), segment]);
  }
  return [...byBlock.values()].map((parts) => new JoinedText(parts));
}

export default webH1;
