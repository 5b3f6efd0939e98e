import { describe, expect, it } from 'vitest';
import { profileFolder, writeCampaignExample } from '../helpers/programme-tester.js';

const KIT =
  'lexicon:\n  segments:\n    - trial users\n    - { use: small business, insteadOf: [SMB] }\ncampaigns:\n' +
  '  spring:\n    files: ["spring/**"]\n    year: 2026\n    audiences: [Trial Users]\n    window: { start: 2026-04-20 }\n    truth: { discount: 20, end: 2026-05-31, products: [Acme Cloud] }\n' +
  '  webinar:\n    files: ["webinar/**"]\n';

async function profiles(files: Record<string, string | Uint8Array>, ruleIds: string[] = []) {
  const example = Object.entries(files)
    .map(([path, text]) => `==> ${path} <==\n${typeof text === 'string' ? text : ''}`)
    .join('\n\n');
  return (await profileFolder(writeCampaignExample(example, KIT), ruleIds)).profiles;
}

describe('campaign profiles', () => {
  it('takes the window from the kit (window, else truth), audiences as the vocabulary names them, and the offer with its places', async () => {
    const [spring] = await profiles({ 'spring/page.md': '# Spring\n\nSave 20% on every plan until May 31.' });
    expect(spring).toMatchObject({
      id: 'spring',
      window: { start: '2026-04-20', end: '2026-05-31', basis: 'kit' },
      audiences: ['trial users'],
      audienceBasis: 'kit',
      products: ['Acme Cloud'],
      offers: [
        {
          kind: 'discount',
          value: '20%',
          display: '20% off',
          basis: 'kit',
          at: [{ path: 'spring/page.md', line: 3, column: 1, endLine: 3, endColumn: 9, text: 'Save 20%', role: 'body', deliverable: 'spring/page.md' }],
        },
      ],
    });
  });

  it('infers a window from send dates — calendar rows, front matter, .eml Date headers — and offer dates, and says so', async () => {
    const [webinar] = await profiles({
      'webinar/calendar.csv': '\uFEFFdate,platform,audience,text\r\n05/06/2026,x,SMB,Join us.\r\n2026-05-11 09:00,x,,Tomorrow.\r\n',
      'webinar/invite.eml': 'Date: Tue, 05 May 2026 09:00:00 -0400\nSubject: Join us\nContent-Type: text/plain\n\nRegister by May 12, 2026.\n',
      'webinar/call.md': '---\nsend_date: 2026-05-07\naudiences: [trial users, partners]\n---\n\nAGENT: Hello, this is Sam from Acme.\n',
      'webinar/page.md': '# Webinar\n\nJoin us.',
    });
    expect(webinar?.window).toEqual({ start: '2026-05-05', end: '2026-05-12', basis: 'deliverables' });
    expect(webinar?.audienceBasis).toBe('deliverables');
    expect(webinar?.audiences).toEqual(['small business', 'trial users', 'partners']);
    expect(webinar?.deliverables.map(({ name, date, audiences, at }) => [name, date, audiences, `${at.line}:${at.column}`])).toEqual([
      ['webinar/calendar.csv:2', '2026-05-06', ['small business'], '2:18'],
      ['webinar/calendar.csv:3', '2026-05-11', [], '3:21'],
      ['webinar/call.md', '2026-05-07', ['trial users', 'partners'], '6:8'],
      ['webinar/invite.eml', '2026-05-05', [], '2:10'],
      ['webinar/page.md', null, [], '1:3'],
    ]);
  });

  it('records at each place the programme rules an inline directive switches off there', async () => {
    const [spring] = await profiles(
      { 'spring/page.md': '<!-- brandlint-disable-next-line programme/conflicting-offers -->\nSave 20% today.\n\nGet 20% off.' },
      ['programme/conflicting-offers', 'programme/contact-pressure'],
    );
    expect(spring?.offers[0]?.at.map((place) => [place.line, place.off ?? []])).toEqual([
      [2, ['programme/conflicting-offers']],
      [4, []],
    ]);
  });
});
