import { expect, it } from 'vitest';
import { ruleTester } from '../../test/helpers/rule-tester.js';
import { documentData, kitFromYaml } from '../../test/helpers/kit.js';
import { readText } from '../../test/helpers/documents.js';
import pillars from './pillars.js';

const kit = `
messaging:
  pillars:
    - { id: speed, statement: "Ship in minutes, not weeks.", phrases: [ship faster, deploy] }
    - { id: trust, statement: "Your data stays yours.", phrases: [encrypt, your data stays yours] }
    - { id: support, statement: "Humans answer in minutes.", phrases: [real people, "answer … in minutes"] }
  pillarsRequired: { web: 2, social: 1, email: 1 }
campaigns:
  spring: { files: [campaigns/spring/**], truth: { pillars: [trust, support] } }
  summer:
    files: [campaigns/summer/**]
    truth: { pillars: [trust, support] }
    expect:
      social: { minPillars: 1 }
      web: { pillars: [speed, support], minPillars: 2 }
      call: { pillars: [speed] }
`;

ruleTester(pillars, {
  kit,
  valid: [
    { name: 'two pillars on a page', text: '# Acme\n\nShip faster with one command. Everything is encrypted.' },
    { name: 'inflected phrases', text: '# Acme\n\nEvery push deploys itself, and backups are encrypted.' },
    { name: 'a phrase inflected at its first word, a verb', text: '# Acme\n\nTeams shipped faster with it. Backups are encrypted.' },
    { name: 'a phrase with a gap: up to four words between', text: '# Acme\n\nBackups are encrypted. A person answered your billing question in minutes.' },
    { name: 'the statement itself', path: 'mail.html', channel: 'email', text: '<title>Hello</title><p>Your data stays yours.</p>' },
    { name: 'a channel that requires none', path: 'call.txt', channel: 'call', text: 'AGENT: Hello there.\nCUSTOMER: Hi.\n' },
    { name: "the campaign's pillars", text: '---\ncampaign: spring\n---\n# Spring\n\nEverything is encrypted, and real people answer.' },
    { name: 'the pillars the campaign expects of the channel', text: '---\ncampaign: summer\n---\n# Summer\n\nShip faster, and real people answer.' },
    {
      name: 'one pillar of any, as the campaign expects of posts',
      path: 'post.txt',
      channel: 'social',
      text: '---\ncampaign: summer\n---\nReal people answer.\n',
    },
    {
      name: 'a transactional email (a registration confirmation) is not held to pillars',
      path: 'mail.html',
      channel: 'email',
      text: "<title>You're registered for Tuesday's webinar</title><p>Thanks for saving a seat. Join from any browser.</p>",
    },
  ],
  invalid: [
    {
      name: 'a gap of more than four words, or across a sentence end, is no match',
      text: '# Acme Deploy\n\nShip faster. We answer every single question you send in minutes. We answer. In minutes, you are live.',
      errors: [
        {
          message:
            'This page carries 1 of the 2 pillars it needs (speed); add one of: trust ("Your data stays yours."), support ("Humans answer in minutes.").',
          line: 1,
          column: 3,
          endLine: 1,
          endColumn: 14,
        },
      ],
    },
    {
      name: 'one pillar of two, at the first heading',
      text: '# Acme Deploy\n\nShip faster with one command.',
      errors: [
        {
          message:
            'This page carries 1 of the 2 pillars it needs (speed); add one of: trust ("Your data stays yours."), support ("Humans answer in minutes.").',
          line: 1,
          column: 3,
          endLine: 1,
          endColumn: 14,
        },
      ],
    },
    {
      name: 'an email without pillars, at its subject',
      path: 'mail.html',
      channel: 'email',
      text: '<html><head><title>Spring news</title></head><body><p>Hello.</p></body></html>',
      errors: [{ message: /^This email carries 0 of the 1 pillars it needs; add one of: speed/, line: 1, column: 20, endLine: 1, endColumn: 31 }],
    },
    {
      name: 'a pillar the campaign names, missing',
      text: '---\ncampaign: spring\n---\n# Spring\n\nShip faster, and real people answer.',
      errors: [
        {
          message: 'This page does not carry the pillar its campaign "spring" names: trust ("Your data stays yours.").',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 9,
        },
      ],
    },
    {
      name: 'a pillar the campaign expects of the channel, missing',
      path: 'call.md',
      channel: 'call',
      text: '---\ncampaign: summer\n---\n# Summer\n\nAGENT: Everything is encrypted.\n',
      errors: [
        {
          message: 'This call script does not carry the pillar its campaign "summer" names: speed ("Ship in minutes, not weeks.").',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 9,
        },
      ],
    },
    {
      name: 'fewer pillars than the campaign expects of the channel',
      text: '---\ncampaign: summer\n---\n# Summer\n\nShip faster. Everything is encrypted.',
      errors: [
        {
          message: 'This page carries 1 of the 2 pillars its campaign "summer" expects (speed); add one of: support ("Humans answer in minutes.").',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 9,
        },
      ],
    },
    {
      name: 'a calendar post without pillars, at its cell',
      path: 'calendar.csv',
      text: 'date,platform,text\n2025-05-01,linkedin,Ship faster with Acme.\n2025-05-02,linkedin,Hello spring.\n',
      errors: [{ message: /^This post carries 0 of the 1 pillars it needs/, line: 3, column: 21, endLine: 3, endColumn: 34 }],
    },
  ],
});

it('lists the pillars a document carries and where', async () => {
  const document = await readText('page.md', '# Acme\n\nShip faster. Backups are encrypted.\n');
  expect(documentData(document, await kitFromYaml(kit)).pillars).toEqual([
    { pillar: 'speed', phrase: 'ship faster', text: 'Ship faster', start: 8, end: 19, segment: 1 },
    { pillar: 'trust', phrase: 'encrypt', text: 'encrypted', start: 33, end: 42, segment: 1 },
  ]);
});
