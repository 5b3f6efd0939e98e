import { describe, expect, it } from 'vitest';
import { documentedProgrammeExamplesPass, lintProgrammeFolder, summarise, writeCampaignExample } from '../../test/helpers/programme-tester.js';
import contactPressure from './contact-pressure.js';

documentedProgrammeExamplesPass(contactPressure);

const KIT =
  'lexicon:\n  segments: [trial users, small business]\ncampaigns:\n' +
  '  spring-sale:\n    files: ["spring/**"]\n    audiences: [trial users]\n' +
  '  webinar:\n    files: ["webinar/**"]\n    audiences: [trial users, small business]\n' +
  'programme:\n  contactLimits:\n    perWeek: 4\n    segments:\n      trial users: { perWeek: 3 }\n';

const email = (date: string, subject: string): string =>
  `Date: ${date}\nSubject: ${subject}\nContent-Type: text/plain\n\nHello. Read more at https://acme.com.\n`;

async function findings(files: Record<string, string>, kitYaml = KIT): Promise<string[]> {
  const example = Object.entries(files)
    .map(([path, text]) => `==> ${path} <==\n${text}`)
    .join('\n\n');
  return (await lintProgrammeFolder(contactPressure, writeCampaignExample(example, kitYaml))).map(summarise);
}

describe('programme/contact-pressure', () => {
  it('counts emails and posts of several campaigns per segment and week, and reports each message beyond the limit', async () => {
    const found = await findings({
      'spring/launch.eml': email('Tue, 21 Apr 2026 09:00:00 -0400', 'Spring is here'),
      'spring/calendar.csv': 'date,platform,text\n2026-04-22,x,Spring: 20% off.\n2026-04-24,linkedin,Spring: 20% off for teams.\n2026-04-27,x,Next week.',
      'webinar/invite.eml': email('Thu, 23 Apr 2026 10:00:00 -0400', 'Join our webinar'),
      'webinar/page.md': '---\ndate: 2026-04-22\n---\n# Webinar\n\nA page is visited, not sent.',
    });
    expect(found).toEqual([
      'spring/calendar.csv:3:21-3:47 4 messages reach trial users in the week of April 20, 2026 (2 emails, 2 posts); the kit allows 3 a week. This is the 4th; the others: spring/launch.eml:2:10, spring/calendar.csv:2:14, webinar/invite.eml:2:10.',
    ]);
  });

  it('applies the limit for every segment where a segment has none of its own, and day limits', async () => {
    const kitYaml = KIT.replace('    perWeek: 4\n', '    perWeek: 4\n    perDay: 1\n');
    const found = await findings(
      {
        'webinar/calendar.csv':
          'date,platform,audience,text\n2026-04-20,x,small business,One.\n2026-04-20,x,small business,Two.\n2026-04-21,x,small business,Three.\n2026-04-22,x,small business,Four.\n2026-04-23,x,small business,Five.',
      },
      kitYaml,
    );
    expect(found).toEqual([
      'webinar/calendar.csv:3:29-3:33 2 messages reach small business on April 20, 2026 (2 posts); the kit allows 1 a day. This is the 2nd; the others: webinar/calendar.csv:2:29.',
      'webinar/calendar.csv:6:29-6:34 5 messages reach small business in the week of April 20, 2026 (5 posts); the kit allows 4 a week. This is the 5th; the others: webinar/calendar.csv:2:29, webinar/calendar.csv:3:29, webinar/calendar.csv:4:29, webinar/calendar.csv:5:29.',
    ]);
  });

  it('starts weeks on Sunday when the kit says so', async () => {
    const kitYaml = KIT.replace('    perWeek: 4\n', '    perWeek: 4\n    weekStart: sunday\n');
    const rows = ['2026-04-18', '2026-04-19', '2026-04-20', '2026-04-21'].map((date, index) => `${date},x,Post ${index + 1}.`).join('\n');
    const found = await findings({ 'spring/calendar.csv': `date,platform,text\n${rows}` }, kitYaml);
    expect(found).toEqual([]);
  });

  it('counts nothing without a date, without an audience, or of a channel the kit does not count', async () => {
    const noAudience = 'campaigns:\n  spring-sale:\n    files: ["spring/**"]\nprogramme:\n  contactLimits: { perDay: 1 }\n';
    expect(await findings({ 'spring/calendar.csv': 'date,platform,text\n2026-04-20,x,One.\n2026-04-20,x,Two.' }, noAudience)).toEqual([]);
    expect(await findings({ 'spring/calendar.csv': 'platform,text\nx,One.\nx,Two.\nx,Three.\nx,Four.' })).toEqual([]);
    const emailOnly = KIT.replace('    perWeek: 4\n', '    perWeek: 4\n    channels: [email]\n');
    const rows = ['20', '21', '22', '23'].map((day) => `2026-04-${day},x,Post.`).join('\n');
    expect(await findings({ 'spring/calendar.csv': `date,platform,text\n${rows}` }, emailOnly)).toEqual([]);
  });
});
