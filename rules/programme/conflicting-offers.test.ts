import { describe, expect, it } from 'vitest';
import { documentedProgrammeExamplesPass, lintProgrammeFolder, summarise, writeCampaignExample } from '../../test/helpers/programme-tester.js';
import conflictingOffers from './conflicting-offers.js';

documentedProgrammeExamplesPass(conflictingOffers);

const kit = (spring: string, partner: string): string =>
  'lexicon:\n  segments: [trial users, small business]\ncampaigns:\n' +
  `  spring-sale:\n    name: Spring Sale\n    files: ["spring/**"]\n${spring}` +
  `  partner-week:\n    files: ["partner/**"]\n${partner}`;

const declared = kit(
  '    audiences: [trial users]\n    window: { start: 2026-04-20, end: 2026-05-31 }\n',
  '    audiences: [trial users]\n    window: { start: 2026-04-20, end: 2026-04-26 }\n',
);

async function findings(files: Record<string, string>, kitYaml: string): Promise<string[]> {
  const example = Object.entries(files)
    .map(([path, text]) => `==> ${path} <==\n${text}`)
    .join('\n\n');
  const found = await lintProgrammeFolder(conflictingOffers, writeCampaignExample(example, kitYaml));
  return found.map((finding) => `${finding.severity} ${summarise(finding)}`);
}

describe('programme/conflicting-offers', () => {
  it('reports both sides of a different discount to the same segment in the same week, at each place, as an error when the kit declares it all', async () => {
    expect(
      await findings(
        {
          'spring/email.html': '<title>Spring: 20% off</title>\n<p>Get 20% off any plan, today.</p>',
          'spring/landing.md': '# Spring sale\n\nSave 20% on every plan.',
          'partner/post.txt': 'Partner week: 30% off any plan.',
        },
        declared,
      ),
    ).toEqual([
      'error partner/post.txt:1:15-1:22 Says "30% off" for partner-week, but spring-sale (Spring Sale) offers 20% off to trial users while both run (April 20 – 26, 2026): spring/email.html:1:16, spring/email.html:2:8, spring/landing.md:3:1. Make one offer, or keep the campaigns apart.',
      'error spring/email.html:1:16-1:23 Says "20% off" for spring-sale (Spring Sale), but partner-week offers 30% off to trial users while both run (April 20 – 26, 2026): partner/post.txt:1:15. Make one offer, or keep the campaigns apart.',
      'error spring/email.html:2:8-2:15 Says "20% off" for spring-sale (Spring Sale), but partner-week offers 30% off to trial users while both run (April 20 – 26, 2026): partner/post.txt:1:15. Make one offer, or keep the campaigns apart.',
      'error spring/landing.md:3:1-3:9 Says "Save 20%" for spring-sale (Spring Sale), but partner-week offers 30% off to trial users while both run (April 20 – 26, 2026): partner/post.txt:1:15. Make one offer, or keep the campaigns apart.',
    ]);
  });

  it('reports two different codes for the same product when the campaigns speak to different segments', async () => {
    const byProduct = kit(
      '    audiences: [trial users]\n    window: { start: 2026-04-20, end: 2026-05-31 }\n    truth: { products: [Acme Cloud] }\n',
      '    audiences: [small business]\n    window: { start: 2026-05-01, end: 2026-05-10 }\n    truth: { products: [Acme Cloud] }\n',
    );
    expect(
      await findings({ 'spring/landing.md': 'Use code SPRING20 at checkout.', 'partner/landing.md': 'Use code PARTNER30 at checkout.' }, byProduct),
    ).toEqual([
      'error partner/landing.md:1:10-1:19 Says "PARTNER30" for partner-week, but spring-sale (Spring Sale) gives the code SPRING20 on Acme Cloud while both run (May 1 – 10, 2026): spring/landing.md:1:10. Make one offer, or keep the campaigns apart.',
      'error spring/landing.md:1:10-1:18 Says "SPRING20" for spring-sale (Spring Sale), but partner-week gives the code PARTNER30 on Acme Cloud while both run (May 1 – 10, 2026): partner/landing.md:1:10. Make one offer, or keep the campaigns apart.',
    ]);
  });

  it('only warns, saying so, when a window is inferred from dates in the deliverables', async () => {
    const inferred = kit('    audiences: [trial users]\n    window: { start: 2026-04-20, end: 2026-05-31 }\n', '    audiences: [trial users]\n');
    expect(
      await findings(
        {
          'spring/landing.md': 'Save 20% on every plan.',
          'partner/calendar.csv': 'date,platform,text\n2026-04-22,x,Partner week: 30% off any plan.\n2026-04-24,x,Partner week ends soon.',
        },
        inferred,
      ),
    ).toEqual([
      'warning partner/calendar.csv:2:28-2:35 Says "30% off" for partner-week, but spring-sale (Spring Sale) offers 20% off to trial users while both run (April 22 – 24, 2026): spring/landing.md:1:1. Make one offer, or keep the campaigns apart. Inferred: the window of partner-week is inferred from its deliverables\' dates.',
      'warning spring/landing.md:1:1-1:9 Says "Save 20%" for spring-sale (Spring Sale), but partner-week offers 30% off to trial users while both run (April 22 – 24, 2026): partner/calendar.csv:2:28. Make one offer, or keep the campaigns apart. Inferred: the window of partner-week is inferred from its deliverables\' dates.',
    ]);
  });

  it('warns when a campaign names no audience: it reaches everyone', async () => {
    const noAudience = kit(
      '    window: { start: 2026-04-20, end: 2026-05-31 }\n',
      '    audiences: [small business]\n    window: { start: 2026-04-20, end: 2026-04-26 }\n',
    );
    const found = await findings({ 'spring/landing.md': 'Save 20% on every plan.', 'partner/post.txt': 'Partner week: 30% off.' }, noAudience);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(
      /^warning partner\/post.txt:1:15-1:22 .* to the same customers while both run .* Inferred: spring-sale \(Spring Sale\) names no audience, so it reaches everyone\.$/,
    );
  });

  it.each([
    [
      'the windows do not overlap',
      kit(
        '    audiences: [trial users]\n    window: { start: 2026-04-01, end: 2026-04-19 }\n',
        '    audiences: [trial users]\n    window: { start: 2026-04-20, end: 2026-04-26 }\n',
      ),
    ],
    [
      'the segments differ and no product is shared',
      kit(
        '    audiences: [trial users]\n    window: { start: 2026-04-20, end: 2026-05-31 }\n',
        '    audiences: [small business]\n    window: { start: 2026-04-20, end: 2026-04-26 }\n',
      ),
    ],
    [
      'a campaign has no dates at all',
      kit('    audiences: [trial users]\n', '    audiences: [trial users]\n    window: { start: 2026-04-20, end: 2026-04-26 }\n'),
    ],
  ])('stays silent when %s', async (_case, kitYaml) => {
    expect(await findings({ 'spring/landing.md': 'Save 20% on every plan.', 'partner/post.txt': 'Partner week: 30% off.' }, kitYaml)).toEqual([]);
  });

  it('leaves out deliverables sent outside the overlap, and posts meant for another segment', async () => {
    expect(
      await findings(
        {
          'spring/calendar.csv':
            'date,platform,audience,text\n2026-04-10,x,trial users,Early spring: 20% off.\n2026-04-21,x,small business,Spring for teams: 20% off.\n2026-04-22,x,trial users,Spring: 20% off for you.',
          'partner/post.txt': 'Partner week: 30% off.',
        },
        kit(
          '    audiences: [trial users, small business]\n    window: { start: 2026-04-01, end: 2026-05-31 }\n',
          '    audiences: [trial users]\n    window: { start: 2026-04-20, end: 2026-04-26 }\n',
        ),
      ),
    ).toEqual([
      'error partner/post.txt:1:15-1:22 Says "30% off" for partner-week, but spring-sale (Spring Sale) offers 20% off to trial users while both run (April 20 – 26, 2026): spring/calendar.csv:4:34. Make one offer, or keep the campaigns apart.',
      'error spring/calendar.csv:4:34-4:41 Says "20% off" for spring-sale (Spring Sale), but partner-week offers 30% off to trial users while both run (April 20 – 26, 2026): partner/post.txt:1:15. Make one offer, or keep the campaigns apart.',
    ]);
  });

  it('finds no conflict in the same offer written differently, and honours inline directives', async () => {
    expect(await findings({ 'spring/landing.md': 'Save twenty percent.', 'partner/post.txt': 'Partner week: 20% off.' }, declared)).toEqual([]);
    expect(
      await findings(
        { 'spring/landing.md': '<!-- brandlint-disable programme/conflicting-offers -->\nSave 20% today.', 'partner/post.txt': 'Partner week: 30% off.' },
        declared,
      ),
    ).toEqual([
      'error partner/post.txt:1:15-1:22 Says "30% off" for partner-week, but spring-sale (Spring Sale) offers 20% off to trial users while both run (April 20 – 26, 2026): spring/landing.md:2:1. Make one offer, or keep the campaigns apart.',
    ]);
  });
});
