import { describe, expect, it } from 'vitest';
import type { ParserOptions } from '../../src/documents/parser.js';
import { parseCallScript } from '../../src/documents/parsers/call-script.js';
import type { Document } from '../../src/documents/types.js';
import { expectSegmentsMapBack, present, readText, roles, sourceOf, where } from '../helpers/documents.js';
import { opaqueOf, parseWith, utf16le, utf8WithBom } from './support/parse.js';

const script = (text: string | Uint8Array, path = 'script.txt', options: Partial<ParserOptions> = {}) =>
  parseWith(parseCallScript, path, text, 'call', options);

/** Where a word of a segment's text stands in the file. */
const whereWord = (doc: Document, index: number, word: string) => {
  const segment = present(doc.segments[index]);
  const start = segment.text.indexOf(word);
  expect(start, `"${word}" in segment ${index}`).toBeGreaterThanOrEqual(0);
  return where(doc, segment, start, start + word.length);
};

const details = (doc: Document) => doc.segments.map((segment) => [segment.role, segment.text, segment.block, segment.speaker, segment.section]);

describe('labelled call scripts', () => {
  it('reads each turn as agent or customer text without its label, each its own block', async () => {
    const doc = await script('AGENT: Hi, this is Sam from Acme.\nCUSTOMER: Hi Sam.\nAGENT: How can I help?\n');
    expect(details(doc)).toEqual([
      ['agent', 'Hi, this is Sam from Acme.', 1, 'AGENT', undefined],
      ['customer', 'Hi Sam.', 2, 'CUSTOMER', undefined],
      ['agent', 'How can I help?', 3, 'AGENT', undefined],
    ]);
    expect(doc.segments.map((segment) => where(doc, segment))).toEqual(['1:8-1:34', '2:11-2:18', '3:8-3:23']);
    expectSegmentsMapBack(doc);
  });

  it('reads cued quotations in objection handling: what they say is customer, what to say back is agent', async () => {
    const text = [
      '**Agent:** Hi, this is Sam from Acme.',
      '',
      '**If they say:** "We already use Dropbox."',
      '**→ Say:** "Many teams switch because it syncs faster."',
      '',
      'If they say "It\'s too expensive" → Say "You save 20% this month."',
      '',
      'Ask about their "current setup" before pitching.',
      '',
    ].join('\n');
    const doc = await script(text, 'script.md');
    expect(roles(doc)).toEqual([
      ['agent', 'Hi, this is Sam from Acme.'],
      ['direction', 'If they say'],
      ['customer', 'We already use Dropbox.'],
      ['direction', '→ Say'],
      ['agent', 'Many teams switch because it syncs faster.'],
      ['direction', 'If they say'],
      ['customer', "It's too expensive"],
      ['direction', '→ Say'],
      ['agent', 'You save 20% this month.'],
      ['direction', 'Ask about their "current setup" before pitching.'],
    ]);
    expect(where(doc, doc.segments[2])).toBe('3:19-3:42');
    expect(where(doc, doc.segments[4])).toBe('4:13-4:55');
    expect(where(doc, doc.segments[8])).toBe('6:41-6:65');
    expectSegmentsMapBack(doc);
  });

  it('keeps a Mailchimp merge tag whole: its asterisks are not emphasis', async () => {
    const doc = await script('AGENT: Hi, this is *|AGENT|* from Acme. Have a *great* day.\nCUSTOMER: Thanks.\n');
    expect(doc.segments[0]?.text).toBe('Hi, this is *|AGENT|* from Acme. Have a great day.');
    expect(doc.segments[0]?.opaque.map((span) => doc.segments[0]?.text.slice(span.start, span.end))).toEqual(['*|AGENT|*']);
    expect(where(doc, doc.segments[0])).toBe('1:8-1:60');
    expectSegmentsMapBack(doc);
  });

  it('joins continuation lines to the turn, line break kept, indentation left out', async () => {
    const doc = await script('AGENT: Thanks for calling Acme.\n  We have a new plan for you.\nCUSTOMER: Okay.\n');
    expect(roles(doc)).toEqual([
      ['agent', 'Thanks for calling Acme.\nWe have a new plan for you.'],
      ['customer', 'Okay.'],
    ]);
    expect(whereWord(doc, 0, 'We')).toBe('2:3-2:5');
    expect(doc.segments[0]?.map.chunks.map((chunk) => [chunk.srcStart, chunk.srcEnd, chunk.verbatim])).toEqual([
      [7, 32, true],
      [34, 61, true],
    ]);
    expectSegmentsMapBack(doc);
  });

  it('cuts stage directions out of a turn and keeps the spoken words one sentence', async () => {
    const doc = await script('AGENT: Thanks for calling. [pause] How are you today? (wait for answer)\nCUSTOMER: Fine.');
    expect(details(doc)).toEqual([
      ['agent', 'Thanks for calling. How are you today?', 1, 'AGENT', undefined],
      ['direction', 'pause', 1, undefined, undefined],
      ['direction', 'wait for answer', 1, undefined, undefined],
      ['customer', 'Fine.', 2, 'CUSTOMER', undefined],
    ]);
    const [agent, pause, wait] = doc.segments;
    expect(whereWord(doc, 0, 'How')).toBe('1:36-1:39');
    expect(where(doc, agent)).toBe('1:8-1:54');
    expect(where(doc, pause)).toBe('1:29-1:34');
    expect(where(doc, wait)).toBe('1:56-1:71');
    expect(agent?.map.isVerbatim(0, 19)).toBe(true);
    expect(agent?.map.isVerbatim(0, 24)).toBe(false);
    expectSegmentsMapBack(doc);
  });

  it('puts a space where a direction stood between two words, and no double space', async () => {
    const doc = await script('REP: Great.[laughs]So, shall we? *smile* Let us start.\nPROSPECT: Sure.');
    expect(roles(doc)).toEqual([
      ['agent', 'Great. So, shall we? Let us start.'],
      ['direction', 'laughs'],
      ['direction', 'smile'],
      ['customer', 'Sure.'],
    ]);
    expect(whereWord(doc, 0, 'So')).toBe('1:20-1:22');
    expect(sourceOf(doc, doc.segments[0], 6, 7)).toBe('[laughs]');
    expectSegmentsMapBack(doc);
  });

  it('reads a line that is only a direction between two turns as a block of its own', async () => {
    const doc = await script('AGENT: Let me check that for you.\n[action: pull-up-account]\nAGENT: Found it.\n');
    expect(details(doc)).toEqual([
      ['agent', 'Let me check that for you.', 1, 'AGENT', undefined],
      ['direction', 'action: pull-up-account', 2, undefined, undefined],
      ['agent', 'Found it.', 3, 'AGENT', undefined],
    ]);
    expect(where(doc, doc.segments[1])).toBe('2:2-2:25');
    expectSegmentsMapBack(doc);
  });

  it('keeps fill-in placeholders in the text as opaque, and phone numbers in parentheses', async () => {
    const doc = await script('AGENT: Hi [first name], this is [rep name] from Acme.\nCUSTOMER: (977) 625-2661\n');
    expect(roles(doc)).toEqual([
      ['agent', 'Hi [first name], this is [rep name] from Acme.'],
      ['customer', '(977) 625-2661'],
    ]);
    expect(opaqueOf(doc.segments[0])).toEqual(['merge-tag:[first name]', 'merge-tag:[rep name]']);
    expectSegmentsMapBack(doc);
  });

  it('reads the label only once: a colon later in the turn is text', async () => {
    const doc = await script('AGENT: May I have your order ID?\nCUSTOMER: Order ID: 3348917502\n');
    expect(roles(doc)[1]).toEqual(['customer', 'Order ID: 3348917502']);
    expectSegmentsMapBack(doc);
  });

  it('reads Markdown scripts: headings as sections, bold and list labels, named speakers, quoted lines', async () => {
    const source = [
      '---',
      'campaign: Spring Renewal',
      'owner: Sales',
      '---',
      '# Opening',
      '',
      'Before dialling, check the account notes.',
      '',
      '**Agent:** _"Hi, this is Sam from Acme."_ [pause]',
      '- Customer: Oh, hi.',
      "Agent (Sam): I'm calling about your renewal.",
      '',
      '## Discovery',
      '',
      '**Rep**: What tools do you use today?',
      '',
    ].join('\n');
    const doc = await script(source, 'scripts/renewal.md');
    expect(details(doc)).toEqual([
      ['heading', 'Opening', 1, undefined, undefined],
      ['direction', 'Before dialling, check the account notes.', 2, undefined, 'Opening'],
      ['agent', 'Hi, this is Sam from Acme.', 3, 'Agent', 'Opening'],
      ['direction', 'pause', 3, undefined, 'Opening'],
      ['customer', 'Oh, hi.', 4, 'Customer', 'Opening'],
      ['agent', "I'm calling about your renewal.", 5, 'Agent (Sam)', 'Opening'],
      ['heading', 'Discovery', 6, undefined, undefined],
      ['agent', 'What tools do you use today?', 7, 'Rep', 'Discovery'],
    ]);
    const [opening, , hi, pause, oh, renewal, discovery, tools] = doc.segments;
    expect([opening?.level, discovery?.level]).toEqual([1, 2]);
    expect(where(doc, opening)).toBe('5:3-5:10');
    expect(where(doc, hi)).toBe('9:14-9:40');
    expect(where(doc, pause)).toBe('9:44-9:49');
    expect(where(doc, oh)).toBe('10:13-10:20');
    expect(where(doc, renewal)).toBe('11:14-11:45');
    expect(where(doc, tools)).toBe('15:10-15:38');
    expect(hi?.data).toEqual({ campaign: 'Spring Renewal' });
    expect(oh?.data).toEqual({ campaign: 'Spring Renewal' });
    expect(pause?.data).toBeUndefined();
    expect(doc.meta).toEqual({ campaign: 'Spring Renewal', owner: 'Sales' });
    expectSegmentsMapBack(doc);
  });

  it('reads unlabelled text after a turn and a blank line as guidance', async () => {
    const doc = await script('AGENT: Is now a good time?\n\nIf they sound busy, offer to call back.\nKeep it short.\n\nCUSTOMER: Sure.\nAGENT: Great.\n');
    expect(roles(doc)).toEqual([
      ['agent', 'Is now a good time?'],
      ['direction', 'If they sound busy, offer to call back.\nKeep it short.'],
      ['customer', 'Sure.'],
      ['agent', 'Great.'],
    ]);
    expectSegmentsMapBack(doc);
  });

  it('uses the labels of the kit', async () => {
    const doc = await script('COACH: Ready?\nSTUDENT: Yes.\nAGENT: not a label here\n', 'script.txt', { agentLabels: ['coach'], customerLabels: ['student'] });
    expect(roles(doc)).toEqual([
      ['agent', 'Ready?'],
      ['customer', 'Yes.\nAGENT: not a label here'],
    ]);
    expectSegmentsMapBack(doc);
  });

  it('reads directive comments and leaves them out of the text', async () => {
    const source =
      '<!-- brandlint-disable tone -->\nAGENT: Hello there!!! <!-- brandlint-disable-line tone/exclamations -->\n<!-- brandlint-disable-next-line -->\nCUSTOMER: Hi.\nAGENT: Bye.\n';
    const doc = await script(source);
    expect(roles(doc)).toEqual([
      ['agent', 'Hello there!!!'],
      ['customer', 'Hi.'],
      ['agent', 'Bye.'],
    ]);
    expect(doc.directives.map((directive) => [directive.kind, directive.rules, directive.line])).toEqual([
      ['disable', ['tone'], 1],
      ['disable-line', ['tone/exclamations'], 2],
      ['disable-next-line', [], 3],
    ]);
    expectSegmentsMapBack(doc);
  });

  it('skips code blocks and keeps link text, recording the link', async () => {
    const source = 'AGENT: See [our pricing](https://acme.com/pricing) page.\nCUSTOMER: Ok.\n\n```\nAGENT: not spoken\n```\n';
    const doc = await script(source, 'script.md');
    expect(roles(doc)).toEqual([
      ['agent', 'See our pricing page.'],
      ['customer', 'Ok.'],
    ]);
    expect(doc.links).toEqual([{ href: 'https://acme.com/pricing', start: 11, end: 50 }]);
    expect(whereWord(doc, 0, 'pricing')).toBe('1:17-1:24');
    expectSegmentsMapBack(doc);
  });

  it('keeps CRLF line breaks in a turn', async () => {
    const doc = await script('AGENT: Hello\r\nthere\r\nCUSTOMER: Hi\r\n');
    expect(roles(doc)).toEqual([
      ['agent', 'Hello\r\nthere'],
      ['customer', 'Hi'],
    ]);
    expect(where(doc, doc.segments[0])).toBe('1:8-2:6');
    expectSegmentsMapBack(doc);
  });

  it('reads UTF-16 LE and counts columns in UTF-16 units after an emoji', async () => {
    const doc = await script(utf16le('AGENT: Welcome 👋 to Acme\nCUSTOMER: Thanks'));
    expect(roles(doc)[0]).toEqual(['agent', 'Welcome 👋 to Acme']);
    expect(whereWord(doc, 0, 'to')).toBe('1:19-1:21');
    expect(opaqueOf(doc.segments[0])).toEqual(['emoji:👋']);
    expectSegmentsMapBack(doc);
  });

  it('reads the Markdown of a turn from its tree: escapes and references decoded, autolinks and inline code kept, block quotes followed', async () => {
    const source = [
      '\uFEFFAGENT: Save 20% \\*today\\* &amp; renew at <https://acme.com/renew> 🎉 [pause] with `SPRING20`.',
      '> CUSTOMER: Sounds good,',
      '> send it over.',
      '',
    ].join('\r\n');
    const doc = await script(utf8WithBom(source.slice(1)), 'scripts/renewal.md');
    expect(details(doc)).toEqual([
      ['agent', 'Save 20% *today* & renew at https://acme.com/renew 🎉 with SPRING20.', 1, 'AGENT', undefined],
      ['direction', 'pause', 1, undefined, undefined],
      ['customer', 'Sounds good,\r\nsend it over.', 2, 'CUSTOMER', undefined],
    ]);
    const [agent, pause, customer] = doc.segments;
    expect(where(doc, agent)).toBe('1:8-1:94');
    expect(sourceOf(doc, agent, 9, 10)).toBe('\\*');
    expect(sourceOf(doc, agent, 17, 18)).toBe('&amp;');
    expect(whereWord(doc, 0, 'https://acme.com/renew')).toBe('1:43-1:65');
    expect(whereWord(doc, 0, 'with')).toBe('1:78-1:82');
    expect(whereWord(doc, 0, 'SPRING20')).toBe('1:84-1:92');
    expect(opaqueOf(agent)).toEqual(['url:https://acme.com/renew', 'emoji:🎉', 'code:SPRING20']);
    expect(where(doc, pause)).toBe('1:71-1:76');
    expect(where(doc, customer)).toBe('2:13-3:16');
    expect(whereWord(doc, 2, 'send')).toBe('3:3-3:7');
    expect(doc.links).toEqual([{ href: 'https://acme.com/renew', start: 41, end: 65 }]);
    expectSegmentsMapBack(doc);
  });

  it('reads the abcd transcript layout', async () => {
    const source =
      'AGENT: thanks, may I ask the reason for the return?\n[action: Account has been pulled up for Crystal Minh.]\nCUSTOMER: I got the wrong size.\nCUSTOMER: cminh730@email.com\n';
    const doc = await script(source);
    expect(details(doc)).toEqual([
      ['agent', 'thanks, may I ask the reason for the return?', 1, 'AGENT', undefined],
      ['direction', 'action: Account has been pulled up for Crystal Minh.', 2, undefined, undefined],
      ['customer', 'I got the wrong size.', 3, 'CUSTOMER', undefined],
      ['customer', 'cminh730@email.com', 4, 'CUSTOMER', undefined],
    ]);
    expect(opaqueOf(doc.segments[3])).toEqual(['email:cminh730@email.com']);
    expectSegmentsMapBack(doc);
  });
});

describe('call guides without speaker labels', () => {
  const guide = [
    '# Opening',
    '',
    'Start with:',
    '',
    '    *"Hey [name], thanks for making the time."*',
    '',
    '- "Who else is affected by this problem?" (Look for advocacy)',
    '- Questions: "How do you know if users are struggling?"',
    '- Use "what" and "how" to signal curiosity',
    '* Be passionate: "This is my favourite part", "the neat thing is Y"',
    '* What\'s the pain? - *"You mentioned [pain]. What\'s that costing you?"*',
    'Pick the **"Make a scout"** suggestion. Read [the docs](/docs/scouts).',
    '',
    "    *Why is this a problem you're solving this quarter?*",
    '',
    '```mermaid',
    'graph LR',
    '```',
    '',
  ].join('\n');

  it('reads italic and leading quotations as agent lines and the rest as guidance', async () => {
    const doc = await script(guide, 'sales/outbound.md');
    expect(doc.segments.map((segment) => [segment.role, segment.text])).toEqual([
      ['heading', 'Opening'],
      ['direction', 'Start with:'],
      ['agent', 'Hey [name], thanks for making the time.'],
      ['agent', 'Who else is affected by this problem?'],
      ['direction', '(Look for advocacy)'],
      ['direction', 'Questions'],
      ['agent', 'How do you know if users are struggling?'],
      ['direction', 'Use "what" and "how" to signal curiosity'],
      ['direction', 'Be passionate'],
      ['agent', 'This is my favourite part'],
      ['agent', 'the neat thing is Y'],
      ['direction', "What's the pain?"],
      ['agent', "You mentioned [pain]. What's that costing you?"],
      ['direction', 'Pick the "Make a scout" suggestion. Read the docs.'],
      ['agent', "Why is this a problem you're solving this quarter?"],
    ]);
    expect(doc.segments.slice(1).every((segment) => segment.section === 'Opening')).toBe(true);
    expect(doc.links).toEqual([
      { href: '/docs/scouts', start: guide.indexOf('[the docs]'), end: guide.indexOf('[the docs]') + '[the docs](/docs/scouts)'.length },
    ]);
    expectSegmentsMapBack(doc);
  });

  it('points agent lines at the words inside the quotes', async () => {
    const doc = await script(guide, 'sales/outbound.md');
    const find = (text: string) => doc.segments.find((segment) => segment.text === text)!;
    expect(where(doc, find('Hey [name], thanks for making the time.'))).toBe('5:7-5:46');
    expect(where(doc, find('Who else is affected by this problem?'))).toBe('7:4-7:41');
    expect(where(doc, find('(Look for advocacy)'))).toBe('7:43-7:62');
    expect(where(doc, find("You mentioned [pain]. What's that costing you?"))).toBe('11:24-11:70');
    expect(where(doc, find("What's the pain?"))).toBe('11:3-11:19');
    expect(where(doc, find("Why is this a problem you're solving this quarter?"))).toBe('14:6-14:56');
    expect(opaqueOf(find('Hey [name], thanks for making the time.'))).toEqual(['merge-tag:[name]']);
    expectSegmentsMapBack(doc);
  });

  it('keeps a quotation and the guidance around it in one block', async () => {
    const doc = await script(guide, 'sales/outbound.md');
    const find = (text: string) => doc.segments.find((segment) => segment.text === text)!;
    expect(find('Who else is affected by this problem?').block).toBe(find('(Look for advocacy)').block);
    expect(find('This is my favourite part').block).toBe(find('the neat thing is Y').block);
    expect(find('Start with:').block).not.toBe(find('Hey [name], thanks for making the time.').block);
    expectSegmentsMapBack(doc);
  });

  it('reads guidance paragraphs as one direction and list items one each', async () => {
    const doc = await script('Discovery is a conversation.\nNot an interrogation.\n\n- Learn their stack\n- Find the pain\n');
    expect(roles(doc)).toEqual([
      ['direction', 'Discovery is a conversation.\nNot an interrogation.'],
      ['direction', 'Learn their stack'],
      ['direction', 'Find the pain'],
    ]);
    expectSegmentsMapBack(doc);
  });

  it('skips JSX components and keeps their surroundings readable', async () => {
    const doc = await script('As <TeamMember name="Charles Cook" /> says, humans buy software.\n', 'sales/guide.md');
    expect(roles(doc)).toEqual([['direction', 'As says, humans buy software.']]);
    expectSegmentsMapBack(doc);
  });

  it('leaves out the possessive after a self-closing component with it, and never glues the words around one', async () => {
    const doc = await script(
      'Meetings set via <TeamMember name="Dmytro Sitalo" />’s efforts.\n\nRead <TeamMember name="D" />\'s notes.\n\nThanks <TeamMember name="D" />and team.\n',
      'sales/guide.md',
    );
    expect(roles(doc)).toEqual([
      ['direction', 'Meetings set via efforts.'],
      ['direction', 'Read notes.'],
      ['direction', 'Thanks and team.'],
    ]);
    expect(whereWord(doc, 0, 'efforts')).toBe('1:56-1:63');
    expect(sourceOf(doc, doc.segments[0], 16, 18)).toBe(' <TeamMember name="Dmytro Sitalo" />’s e');
    expectSegmentsMapBack(doc);
  });

  it('reads a Markdown table cell by cell, each cell a direction block, without the delimiter row', async () => {
    const doc = await script(
      'Where data lives:\n\n| System | Role |\n|---|:--:|\n| Salesforce | Account records \\| deals |\n| Clay | |\n\nAfter the table.\n',
      'sales/guide.md',
    );
    expect(doc.segments.map((segment) => [segment.role, segment.text, segment.block])).toEqual([
      ['direction', 'Where data lives:', 1],
      ['direction', 'System', 2],
      ['direction', 'Role', 3],
      ['direction', 'Salesforce', 4],
      ['direction', 'Account records | deals', 5],
      ['direction', 'Clay', 6],
      ['direction', 'After the table.', 7],
    ]);
    expect(doc.segments.slice(1, 6).map((segment) => where(doc, segment))).toEqual(['3:3-3:9', '3:12-3:16', '5:3-5:13', '5:16-5:40', '6:3-6:7']);
    expectSegmentsMapBack(doc);
  });
});

describe('talk-track tables', () => {
  it('reads a quoted cell as the agent speaking, as the customer when its column header or row cue names them', async () => {
    const source = [
      '| Situation | Say |',
      '|---|---|',
      '| Price objection | "I hear you — most teams save more than the plan costs." |',
      '| Timing | _“Would next quarter work better?”_ |',
      '| Objection | "We already use Dropbox." |',
      '',
      '| Customer says | You say |',
      '| --- | --- |',
      '| "It\'s too expensive." | "Let\'s look at what it saves you." |',
      '',
    ].join('\n');
    const doc = await script(source, 'sales/talk-track.md');
    expect(doc.segments.map((segment) => [segment.role, segment.text, segment.block])).toEqual([
      ['direction', 'Situation', 1],
      ['direction', 'Say', 2],
      ['direction', 'Price objection', 3],
      ['agent', 'I hear you — most teams save more than the plan costs.', 4],
      ['direction', 'Timing', 5],
      ['agent', 'Would next quarter work better?', 6],
      ['direction', 'Objection', 7],
      ['customer', 'We already use Dropbox.', 8],
      ['direction', 'Customer says', 9],
      ['direction', 'You say', 10],
      ['customer', "It's too expensive.", 11],
      ['agent', "Let's look at what it saves you.", 12],
    ]);
    expect([3, 5, 7, 10, 11].map((index) => where(doc, doc.segments[index]))).toEqual(['3:22-3:76', '4:14-4:45', '5:16-5:39', '9:4-9:23', '9:28-9:60']);
    expectSegmentsMapBack(doc);
  });

  it('reads a table without a header row by its row cues, in a labelled script', async () => {
    const doc = await script(
      'AGENT: Can I send you a summary?\n\n| They say | "Send me an email." |\n|---|---|\n| You say | "Happy to [pause] what should it cover?" |\n',
    );
    expect(roles(doc)).toEqual([
      ['agent', 'Can I send you a summary?'],
      ['direction', 'They say'],
      ['customer', 'Send me an email.'],
      ['direction', 'You say'],
      ['agent', 'Happy to what should it cover?'],
      ['direction', 'pause'],
    ]);
    expect(doc.segments.slice(2).map((segment) => where(doc, segment))).toEqual(['3:15-3:32', '5:3-5:10', '5:14-5:52', '5:24-5:29']);
    expectSegmentsMapBack(doc);
  });

  it('keeps a cell that only holds a quotation among other words a direction', async () => {
    const doc = await script('| Step | Action |\n|---|---|\n| 1 | Click "Book a demo" |\n| 2 | "A" or "B" |\n', 'sales/guide.md');
    expect(roles(doc).filter(([role]) => role !== 'direction')).toEqual([]);
    expectSegmentsMapBack(doc);
  });
});

describe('guidance lines and IVR prompts', () => {
  it('reads a Note: line right after a customer turn as a direction block, not part of the turn', async () => {
    const doc = await script('CUSTOMER: I want my money back.\nNote: Never promise a refund.\n**Tip:** Stay calm.\nAGENT: I understand.\n');
    expect(details(doc)).toEqual([
      ['customer', 'I want my money back.', 1, 'CUSTOMER', undefined],
      ['direction', 'Note: Never promise a refund.', 2, undefined, undefined],
      ['direction', 'Tip: Stay calm.', 3, undefined, undefined],
      ['agent', 'I understand.', 4, 'AGENT', undefined],
    ]);
    expect(doc.segments.map((segment) => where(doc, segment))).toEqual(['1:11-1:32', '2:1-2:30', '3:3-3:20', '4:8-4:21']);
    expectSegmentsMapBack(doc);
  });

  it('reads the quotation of a labelled prompt as agent speech and the label as direction', async () => {
    const source = [
      'AGENT: Thanks for holding.',
      '',
      '## IVR',
      'Prompt 1 (Welcome): "Thanks for calling Acme. For sales, press 1."',
      '- Main menu: _"For billing, press 2."_',
      'Goal: "book a demo" this week.',
      '',
    ].join('\n');
    const doc = await script(source, 'scripts/inbound.md');
    expect(doc.segments.map((segment) => [segment.role, segment.text, segment.block])).toEqual([
      ['agent', 'Thanks for holding.', 1],
      ['heading', 'IVR', 2],
      ['direction', 'Prompt 1 (Welcome)', 3],
      ['agent', 'Thanks for calling Acme. For sales, press 1.', 3],
      ['direction', 'Main menu', 4],
      ['agent', 'For billing, press 2.', 4],
      ['direction', 'Goal: "book a demo" this week.', 5],
    ]);
    expect(doc.segments.slice(2, 6).map((segment) => where(doc, segment))).toEqual(['4:1-4:19', '4:22-4:66', '5:3-5:12', '5:16-5:37']);
    expectSegmentsMapBack(doc);
  });
});

describe('asides on lines of their own', () => {
  it('reads an [action: …] line after a turn as a direction block of its own', async () => {
    const doc = await script(
      'AGENT: May I ask the reason for the return?\n[action: Account has been pulled up for Crystal Minh.]\n[action: Purchase validation in progress ...]\nCUSTOMER: I got the wrong size.\n',
    );
    expect(details(doc)).toEqual([
      ['agent', 'May I ask the reason for the return?', 1, 'AGENT', undefined],
      ['direction', 'action: Account has been pulled up for Crystal Minh.', 2, undefined, undefined],
      ['direction', 'action: Purchase validation in progress ...', 3, undefined, undefined],
      ['customer', 'I got the wrong size.', 4, 'CUSTOMER', undefined],
    ]);
    expect(doc.segments.map((segment) => where(doc, segment))).toEqual(['1:8-1:44', '2:2-2:54', '3:2-3:45', '4:11-4:32']);
    expectSegmentsMapBack(doc);
  });

  it('keeps an aside line inside a turn that goes on after it as a direction of that turn', async () => {
    const doc = await script('AGENT: Thanks for waiting.\n(pause)\nYour refund is on its way.\nCUSTOMER: Great.\n');
    expect(details(doc)).toEqual([
      ['agent', 'Thanks for waiting.\nYour refund is on its way.', 1, 'AGENT', undefined],
      ['direction', 'pause', 1, undefined, undefined],
      ['customer', 'Great.', 2, 'CUSTOMER', undefined],
    ]);
    expect(whereWord(doc, 0, 'Your')).toBe('3:1-3:5');
    expect(where(doc, doc.segments[1])).toBe('2:2-2:7');
    expectSegmentsMapBack(doc);
  });
});

describe('through readDocument', () => {
  it('reads a .txt with speaker labels as a call script', async () => {
    const doc = await readText('scripts/renewal.txt', 'AGENT: Hi, this is Sam. [pause]\nCUSTOMER: Hello.\n');
    expect(doc.channel).toBe('call');
    expect(roles(doc)).toEqual([
      ['agent', 'Hi, this is Sam.'],
      ['direction', 'pause'],
      ['customer', 'Hello.'],
    ]);
    expectSegmentsMapBack(doc);
  });

  it('does not count speaker labels inside fenced code', async () => {
    const doc = await readText('notes/config.txt', 'Set these in the config file:\n```yaml\nuser: admin\nclient: web\n```\nThen restart.\n');
    expect(doc.channel).toBe('social');
    const labelled = await readText('scripts/call.md', '```\nuser: admin\n```\nAgent: Hi there.\nCustomer: Hello.\n');
    expect(labelled.channel).toBe('call');
  });
  it('reads a file with a single agent turn as a call script: a voicemail', async () => {
    const source = 'Agent: Hi, this is Sam from Acme, returning your call. [pause] Talk soon!\n';
    for (const path of ['scripts/renewal.txt', 'scripts/renewal.md']) {
      const doc = await readText(path, source);
      expect(doc.channel, path).toBe('call');
      expect(details(doc)).toEqual([
        ['agent', 'Hi, this is Sam from Acme, returning your call. Talk soon!', 1, 'Agent', undefined],
        ['direction', 'pause', 1, undefined, undefined],
      ]);
      expect(where(doc, doc.segments[0])).toBe('1:8-1:74');
      expectSegmentsMapBack(doc);
    }
    const titled = await readText('scripts/voicemail-b.md', '---\nowner: Sales\n---\n# Missed inbound call\n\n**Rep:** Hi, this is Sam from Acme.\n');
    expect(titled.channel).toBe('call');
  });

  it('keeps posts and pages that open with a label-like word out of the call channel', async () => {
    const cases: [string, string, string][] = [
      ['post.txt', 'Agent: Hi, this is Sam from Acme. Meet the team #support\n', 'social'],
      ['post.txt', 'You: when your build passes on the first try\n', 'social'],
      ['post.txt', 'Sales: up 20% this quarter, thank you all!\n', 'social'],
      ['listing.txt', 'Agent: Jane Doe, Remax Realty\nPrice: $500k\n', 'social'],
      ['glossary.md', '# Glossary\n\n**Agent**: a small daemon that ships metrics to the server.\n', 'web'],
      ['blog.md', 'We rebuilt our support flow.\n\nAgent: Hi, how can I help you today?\n', 'web'],
    ];
    for (const [path, text, channel] of cases) expect((await readText(path, text)).channel, text).toBe(channel);
  });

  it('reads a file named voicemail or ivr as a call script; unquoted voicemail prose is the message', async () => {
    const voicemail = await readText('renewal.voicemail.txt', 'Hi, this is Sam from Acme. [pause] Call me back.\nThanks!\n\nNote: keep it under 30 seconds.\n');
    expect(voicemail.channel).toBe('call');
    expect(voicemail.segments.map((segment) => [segment.role, segment.text, segment.block, where(voicemail, segment)])).toEqual([
      ['agent', 'Hi, this is Sam from Acme. Call me back.\nThanks!', 1, '1:1-2:8'],
      ['direction', 'pause', 1, '1:29-1:34'],
      ['direction', 'Note: keep it under 30 seconds.', 2, '4:1-4:32'],
    ]);
    expectSegmentsMapBack(voicemail);
    const ivr = await readText('flows/ivr-prompts.md', 'Play after hours.\n\nPrompt 1 (Welcome): "Thanks for calling Acme."\n');
    expect(ivr.channel).toBe('call');
    expect(roles(ivr)).toEqual([
      ['direction', 'Play after hours.'],
      ['direction', 'Prompt 1 (Welcome)'],
      ['agent', 'Thanks for calling Acme.'],
    ]);
    expect(where(ivr, ivr.segments[2])).toBe('3:22-3:46');
    expectSegmentsMapBack(ivr);
    expect((await readText('drivers/driver-notes.txt', 'Hi, this is a note.\n')).channel).toBe('social');
  });
});
