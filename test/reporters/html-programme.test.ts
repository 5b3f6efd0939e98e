/**
 * The programme section of the HTML report, on a hand-made programme whose
 * campaign ids, names, audiences and texts hold markup: the timeline (inline
 * SVG), the offers side by side, the conflicts with both sides' places, the
 * contact pressure — and nothing from the content becomes markup.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import type { LintRun } from '../../src/engine/run.js';
import type { CampaignProfile, ProgrammePlace, ProgrammeReport } from '../../src/programme/types.js';
import { htmlReporter } from '../../src/reporters/html.js';

const HOSTILE = '<script>alert(1)</script>';

function place(path: string, line: number, column: number, text: string): ProgrammePlace {
  return { path, line, column, endLine: line, endColumn: column + text.length, start: 0, end: text.length, channel: 'web', role: 'body', text };
}

function campaign(id: string, overrides: Partial<CampaignProfile>): CampaignProfile {
  return { id, name: null, declared: true, window: null, audiences: [], audienceBasis: null, products: [], offers: [], deliverables: [], ...overrides };
}

/** Where each campaign states its offer, shared by the offer and the conflict's side. */
const SPRING_OFFER_AT = [{ ...place('spring/page.md', 3, 5, `20% off ${HOSTILE}`), deliverable: 'spring/page.md' }];
const PARTNER_OFFER_AT = [{ ...place('partner/post.txt', 1, 1, '30% off'), deliverable: 'partner/post.txt' }];

const SPRING = campaign('spring', {
  name: `Spring ${HOSTILE}`,
  window: { start: '2026-04-20', end: '2026-05-31', basis: 'kit' },
  audiences: ['trial users'],
  offers: [
    {
      kind: 'discount',
      value: '20%',
      display: '20% off',
      basis: 'kit',
      at: SPRING_OFFER_AT,
    },
  ],
  deliverables: [{ name: 'spring/mail.eml', channel: 'email', at: place('spring/mail.eml', 3, 10, 'Spring'), date: '2026-04-21', audiences: [] }],
});
const PARTNER = campaign(`partner${HOSTILE}`, {
  window: { start: '2026-04-22', end: '2026-04-26', basis: 'deliverables' },
  audiences: [`trial users`],
  offers: [
    {
      kind: 'discount',
      value: '30%',
      display: '30% off',
      basis: 'deliverables',
      at: PARTNER_OFFER_AT,
    },
  ],
  deliverables: [
    { name: 'partner/post.txt', channel: 'social', at: place('partner/post.txt', 1, 1, 'Partner'), date: '2026-04-22', audiences: [] },
    { name: 'partner/post2.txt', channel: 'social', at: place('partner/post2.txt', 1, 1, 'Partner'), date: '2026-04-24', audiences: [] },
  ],
});
const UNDATED = campaign('evergreen', { audiences: [] });

const PROGRAMME: ProgrammeReport = {
  complete: true,
  campaigns: [SPRING, PARTNER, UNDATED],
  conflicts: [
    {
      kind: 'discount',
      overlap: { start: '2026-04-22', end: '2026-04-26' },
      audiences: ['trial users'],
      products: [],
      evidence: 'inferred',
      reasons: [`the window of partner${HOSTILE} is inferred from its deliverables' dates`],
      sides: [
        { campaign: 'spring', value: '20%', display: '20% off', at: SPRING_OFFER_AT },
        { campaign: PARTNER.id, value: '30%', display: '30% off', at: PARTNER_OFFER_AT },
      ],
    },
  ],
  pressure: [
    {
      segment: 'trial users',
      period: 'week',
      start: '2026-04-20',
      count: 3,
      limit: 2,
      channels: { email: 1, social: 2 },
      touches: [],
    },
  ],
};

function page(programme: ProgrammeReport | undefined) {
  const run: LintRun = { results: [], campaigns: [], ...(programme ? { programme } : {}), timing: {}, errorCount: 0, warningCount: 0 };
  const text = htmlReporter(run, { cwd: '/project', color: false, quiet: false, version: '9.9.9' });
  const document = parseDocument(text);
  const all = (test: (element: Element) => boolean) => DomUtils.findAll(test, document.children) as Element[];
  // An element a test picked by index or search; none there fails with that message.
  const picked = (element: Element | undefined) => {
    if (!element) throw new Error('the page has no such element');
    return element;
  };
  const textOf = (element: Element | undefined) => DomUtils.textContent(picked(element)).replace(/\s+/g, ' ').trim();
  /** The children of an element a test picked, to search within it. */
  const childrenOf = (element: Element | undefined) => picked(element).children;
  /** A table row as its cells' texts, joined with "|". */
  const cells = (row: Element) =>
    (DomUtils.findAll((element) => element.name === 'td' || element.name === 'th', row.children) as Element[]).map(textOf).join('|');
  return { text, all, textOf, childrenOf, cells };
}

describe('html report: the programme', () => {
  const { text, all, textOf, childrenOf, cells } = page(PROGRAMME);
  const [section] = all((element) => element.attribs.id === 'programme');

  it('has a section and a link to it', () => {
    expect(section).toBeDefined();
    expect(all((element) => element.name === 'a' && element.attribs.href === '#programme')).toHaveLength(1);
  });

  it('draws the windows on a timeline: solid from the kit, pale and dashed when inferred, a dot per sending day', () => {
    const [svg] = all((element) => element.name === 'svg');
    const bars = DomUtils.findAll((element) => element.name === 'rect', childrenOf(svg)) as Element[];
    expect(bars.map((bar) => [bar.attribs.fill, bar.attribs['stroke-dasharray'] ?? null])).toEqual([
      ['#2948b8', null],
      ['#c9d3f5', '4 3'],
    ]);
    expect(DomUtils.findAll((element) => element.name === 'circle', childrenOf(svg))).toHaveLength(3);
    expect(textOf(svg)).toContain('no dates');
    expect(textOf(svg)).toContain('4/20');
  });

  it('sets the offers side by side, with window, audiences and where each comes from', () => {
    const [table] = all((element) => element.name === 'table' && element.attribs.class === 'offers');
    const rows = DomUtils.findAll((element) => element.name === 'tr', childrenOf(table)) as Element[];
    expect(rows.map(cells)).toEqual([
      'Campaign|Window|Audiences|discount|code|price|trial',
      `Spring ${HOSTILE} spring|April 20 – May 31, 2026|trial users|20% off kit|–|–|–`,
      `partner${HOSTILE}|April 22 – 26, 2026 inferred|trial users|30% off|–|–|–`,
      'evergreen|no dates|everyone|–|–|–|–',
    ]);
  });

  it('lists each conflict with both sides and their places, a warning when inferred', () => {
    const [conflict] = all((element) => (element.attribs.class ?? '').startsWith('conflict conflict-'));
    expect(conflict?.attribs.class).toBe('conflict conflict-warning');
    const [heading] = DomUtils.findAll((element) => element.name === 'p', childrenOf(conflict)) as Element[];
    expect(textOf(heading)).toBe(
      `discount: trial users, April 22 – 26, 2026Inferred: the window of partner${HOSTILE} is inferred from its deliverables' dates.`,
    );
    const sides = DomUtils.findAll((element) => element.attribs.class === 'side', childrenOf(conflict)) as Element[];
    const items = (side: Element) => (DomUtils.findAll((element) => element.name === 'li', side.children) as Element[]).map(textOf);
    expect(sides.map(items)).toEqual([[`spring/page.md:3:5 20% off ${HOSTILE}`], ['partner/post.txt:1:1 30% off']]);
    expect(sides.map((side) => textOf(DomUtils.findOne((element) => element.name === 'strong', side.children)!))).toEqual(['20% off', '30% off']);
  });

  it('tables the contact pressure', () => {
    const [table] = all((element) => element.name === 'table' && element.attribs.class === 'pressure');
    const rows = DomUtils.findAll((element) => element.name === 'tr', childrenOf(table)) as Element[];
    expect(rows.map(cells)).toEqual(['Segment|When|Messages|By channel|Allowed', 'trial users|week of April 20, 2026|3|1 email, 2 posts|2']);
  });

  it('lets no content become markup', () => {
    expect(all((element) => element.name === 'script')).toHaveLength(1);
    expect(text).not.toContain(HOSTILE);
  });

  it('leaves the section out without a programme, or with one campaign and no pressure', () => {
    expect(page(undefined).text).not.toContain('id="programme"');
    expect(page({ ...PROGRAMME, campaigns: [SPRING], conflicts: [], pressure: [] }).text).not.toContain('id="programme"');
  });
});
