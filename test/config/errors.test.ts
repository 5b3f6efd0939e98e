import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KitError } from '../../src/config/errors.js';
import { loadKit, type LoadOptions } from '../../src/config/load.js';
import { kitTree, removeKitTrees } from './fixtures/kit-tree.js';

afterAll(removeKitTrees);

const knownRules = new Map<string, Record<string, unknown>>([
  ['lexicon/terms', { type: 'object', additionalProperties: false }],
  ['tone/sentence-length', { type: 'object', properties: { max: { type: 'integer', minimum: 1 } }, additionalProperties: false }],
]);

/** The formatted error of loading `text` as the kit (or `files`, with the kit at `.brandlintrc.yaml`). */
function problemsOf(text: string | Record<string, string>, kitName = '.brandlintrc.yaml', options: LoadOptions = { knownRules }): string {
  const files = typeof text === 'string' ? { [kitName]: text } : text;
  const root = kitTree(files);
  try {
    loadKit(join(root, kitName), options);
  } catch (error) {
    expect(error).toBeInstanceOf(KitError);
    return (error as KitError).format(root);
  }
  throw new Error('the kit loaded without error');
}

describe('schema errors, one plain sentence at the exact line and column', () => {
  it('names an unknown key and the key it was probably meant to be', () => {
    expect(problemsOf('tone:\n  sentenceLength: 20\nlexcon:\n  names: [Acme]\n')).toBe('.brandlintrc.yaml:3:1: unknown key "lexcon" — did you mean "lexicon"?');
  });

  it('matches keys regardless of case, dashes and underscores when suggesting', () => {
    expect(problemsOf('tone:\n  reading_grade: { document: 8 }\n')).toBe(
      '.brandlintrc.yaml:2:3: unknown key "reading_grade" in "tone" — did you mean "readingGrade"?',
    );
  });

  it('lists the allowed keys when no key is close', () => {
    expect(problemsOf('tone:\n  channels:\n    sms: { passive: true }\n')).toBe(
      '.brandlintrc.yaml:3:5: unknown key "sms" in "tone.channels"; expected email, web, social or call',
    );
  });

  it('gives the wrong type with the value as written', () => {
    expect(problemsOf('tone:\n  exclamations:\n    document: two\n')).toBe('.brandlintrc.yaml:3:15: "tone.exclamations.document" must be a number, got "two"');
  });

  it('tells a fraction where a whole number is needed', () => {
    expect(problemsOf('tone:\n  sentenceLength: 12.5\n')).toBe('.brandlintrc.yaml:2:19: "tone.sentenceLength" must be a whole number, got 12.5');
  });

  it('says true or false for booleans (YAML 1.2 reads "yes" as text)', () => {
    expect(problemsOf('tone:\n  passive: yes\n')).toBe('.brandlintrc.yaml:2:12: "tone.passive" must be true or false, got "yes"');
  });

  it('lists the values of an enum', () => {
    expect(problemsOf('rules:\n  lexicon/terms: warning\n')).toBe(
      '.brandlintrc.yaml:2:18: rule "lexicon/terms" must be one of error, warn, off; got "warning" — did you mean "warn"?',
    );
    expect(problemsOf('tone:\n  contractions: prefered\n')).toBe(
      '.brandlintrc.yaml:2:17: "tone.contractions" must be one of prefer, avoid, either; got "prefered" — did you mean "prefer"?',
    );
  });

  it('points at the map that misses a required key', () => {
    expect(problemsOf('lexicon:\n  terms:\n    - { use: buy, insteadOf: purchase }\n    - { insteadOf: [log in] }\n')).toBe(
      '.brandlintrc.yaml:4:7: "lexicon.terms[1]" is missing the required key "use"',
    );
    expect(problemsOf('lexicon:\n  terms:\n    - reason: none\n')).toBe(
      '.brandlintrc.yaml:3:7: "lexicon.terms[0]" is missing the required keys "use" and "insteadOf"',
    );
  });

  it('does not add "missing" to a misspelt key that already says which key it meant', () => {
    expect(problemsOf('messaging:\n  tagline: { txt: Build faster. }\n')).toBe(
      '.brandlintrc.yaml:2:14: unknown key "txt" in "messaging.tagline" — did you mean "text"?',
    );
  });

  it('collapses a oneOf into one sentence about the form the user chose', () => {
    expect(
      problemsOf('lexicon:\n  banned:\n    - 12\n    - { reason: vague }\n    - { phrase: a, pattern: b }\n    - { phrase: synergy, reasn: jargon }\n'),
    ).toBe(
      [
        '.brandlintrc.yaml:3:7: "lexicon.banned[0]" must be a string or a map, got 12',
        '.brandlintrc.yaml:4:7: "lexicon.banned[1]" needs either "phrase" or "pattern"',
        '.brandlintrc.yaml:5:7: "lexicon.banned[2]" has both "phrase" and "pattern"; keep only one',
        '.brandlintrc.yaml:6:26: unknown key "reasn" in "lexicon.banned[3]" — did you mean "reason"?',
      ].join('\n'),
    );
  });

  it('describes a rule setting of the wrong type by its forms', () => {
    expect(problemsOf('rules:\n  lexicon/terms: 2\n')).toBe('.brandlintrc.yaml:2:18: rule "lexicon/terms" must be error, warn or off, or a list, got 2');
  });

  it('explains a value lost to a YAML comment', () => {
    expect(problemsOf('campaigns:\n  spring:\n    truth:\n      hashtag: #AcmeSpring\n')).toBe(
      '.brandlintrc.yaml:4:16: "campaigns.spring.truth.hashtag" must be a string, got an empty value: YAML reads " #" and the rest of the line as a comment, so put the value in quotes',
    );
  });

  it('phrases pattern failures with their own words', () => {
    expect(problemsOf('campaigns:\n  spring:\n    truth: { end: May 31, price: { amount: 49, currency: usd } }\n')).toBe(
      [
        '.brandlintrc.yaml:3:19: "campaigns.spring.truth.end" must be a date written YYYY-MM-DD (optionally with a time, YYYY-MM-DDTHH:MM), got "May 31"',
        '.brandlintrc.yaml:3:58: "campaigns.spring.truth.price.currency" must be a three-letter ISO currency code such as USD, got "usd"',
      ].join('\n'),
    );
  });

  it('reports every problem of the file, in file order, in one error', () => {
    const text = 'tone:\n  passive: 1\n  sentenceLength: 0\nchannels:\n  email:\n    requireAlt: "no"\n';
    expect(problemsOf(text)).toBe(
      [
        '.brandlintrc.yaml:2:12: "tone.passive" must be true or false, got 1',
        '.brandlintrc.yaml:3:19: "tone.sentenceLength" must be at least 1, got 0',
        '.brandlintrc.yaml:6:17: "channels.email.requireAlt" must be true or false, got "no"',
      ].join('\n'),
    );
  });

  it('counts list items', () => {
    expect(problemsOf('campaigns:\n  spring:\n    variants: [[log in, sign in], [e-mail]]\n')).toBe(
      '.brandlintrc.yaml:3:35: "campaigns.spring.variants[1]" must have at least 2 items, got 1',
    );
    expect(problemsOf('rules:\n  lexicon/terms: [warn, {}, extra]\n')).toBe('.brandlintrc.yaml:2:18: rule "lexicon/terms" must have at most 2 items, got 3');
  });

  it('says what the kit must be when it is not a map', () => {
    expect(problemsOf('- lexicon\n- tone\n')).toBe('.brandlintrc.yaml:1:1: the kit must be a map, got a list');
  });
});

describe('rules', () => {
  it('refuses an unknown rule id and suggests the closest', () => {
    expect(problemsOf('rules:\n  lexicon/term: warn\n')).toBe('.brandlintrc.yaml:2:3: unknown rule "lexicon/term" — did you mean "lexicon/terms"?');
    expect(problemsOf('rules:\n  drift/colour: warn\n')).toBe('.brandlintrc.yaml:2:3: unknown rule "drift/colour"; run "brandlint rules" to list the rule ids');
  });

  it('validates options against the rule’s own schema', () => {
    expect(problemsOf('rules:\n  tone/sentence-length: [error, { max: thirty }]\n')).toBe(
      '.brandlintrc.yaml:2:40: option "max" of rule "tone/sentence-length" must be a number, got "thirty"',
    );
    expect(problemsOf('rules:\n  tone/sentence-length: [error, { maxx: 30 }]\n')).toBe(
      '.brandlintrc.yaml:2:35: unknown option "maxx" for rule "tone/sentence-length" — did you mean "max"?',
    );
    expect(problemsOf('rules:\n  lexicon/terms: [warn, { strict: true }]\n')).toBe(
      '.brandlintrc.yaml:2:27: unknown option "strict" for rule "lexicon/terms"; the rule takes no options',
    );
  });

  it('checks the shape of rule ids when the known rules are not given', () => {
    expect(problemsOf('rules:\n  sentence-length: warn\n', '.brandlintrc.yaml', {})).toBe(
      '.brandlintrc.yaml:2:3: key "sentence-length" in "rules" must be a rule id such as lexicon/terms',
    );
  });
});

describe('regular expressions', () => {
  it('refuses a pattern that can backtrack catastrophically, at the pattern', () => {
    expect(problemsOf("lexicon:\n  banned:\n    - { pattern: '(a+)+$', reason: test }\n")).toBe(
      '.brandlintrc.yaml:3:18: pattern "(a+)+$" can backtrack catastrophically (attack string "aaaaaaaa…\\u0000a"); rewrite it without nested repetition',
    );
  });

  it('refuses an invalid pattern with the reason', () => {
    expect(problemsOf("messaging:\n  claims:\n    forbidden:\n      - { pattern: '(free forever', reason: x }\n")).toBe(
      '.brandlintrc.yaml:4:20: pattern "(free forever" is not a valid regular expression: unterminated group',
    );
  });

  it('checks disclaimers and the postal address pattern too', () => {
    const text =
      "messaging:\n  claims:\n    needDisclaimer: [{ claim: cancel anytime, disclaimer: 'terms [apply' }]\nchannels:\n  email: { postalAddressPattern: '(\\w+\\s?)*$' }\n";
    expect(problemsOf(text)).toBe(
      [
        '.brandlintrc.yaml:3:59: pattern "terms [apply" is not a valid regular expression: unterminated character class',
        '.brandlintrc.yaml:5:34: pattern "(\\\\w+\\\\s?)*$" can backtrack catastrophically (attack string "00000000…0\\u0000"); rewrite it without nested repetition',
      ].join('\n'),
    );
  });

  it('catches "\\b" read as a backspace inside YAML double quotes', () => {
    expect(problemsOf('lexicon:\n  banned:\n    - { pattern: "\\bcheap\\b" }\n')).toBe(
      '.brandlintrc.yaml:3:18: pattern "\\bcheap\\b" contains a backspace character: in double quotes YAML reads "\\b" as a backspace, so write "\\\\b" or use single quotes',
    );
  });
});

describe('meaning the schema cannot check', () => {
  it('refuses an unknown time zone and suggests the IANA name', () => {
    expect(problemsOf('campaigns:\n  spring:\n    truth: { timezone: America/NewYork }\n')).toBe(
      '.brandlintrc.yaml:3:24: "campaigns.spring.truth.timezone" is not a known time zone: "America/NewYork" — did you mean "America/New_York"?',
    );
  });

  it('refuses impossible dates and an end before the start', () => {
    expect(problemsOf('campaigns:\n  a:\n    truth: { start: 2026-02-30 }\n  b:\n    truth: { start: 2026-05-01, end: 2026-04-30 }\n')).toBe(
      [
        '.brandlintrc.yaml:3:21: "campaigns.a.truth.start" is not a real date: "2026-02-30"',
        '.brandlintrc.yaml:5:38: "campaigns.b.truth.end" (2026-04-30) is before the start (2026-05-01)',
      ].join('\n'),
    );
  });

  it('checks a campaign window as it checks the truth dates', () => {
    expect(problemsOf('campaigns:\n  a:\n    window: { start: 2026-04-31 }\n  b:\n    window: { start: 2026-05-01, end: 2026-04-30 }\n')).toBe(
      [
        '.brandlintrc.yaml:3:22: "campaigns.a.window.start" is not a real date: "2026-04-31"',
        '.brandlintrc.yaml:5:39: "campaigns.b.window.end" (2026-04-30) is before the start (2026-05-01)',
      ].join('\n'),
    );
  });

  it('refuses a length range whose min is above its max', () => {
    expect(problemsOf('channels:\n  web:\n    title: { min: 70, max: 60 }\n')).toBe('.brandlintrc.yaml:3:12: "channels.web.title" has min 70 above max 60');
  });

  it('refuses a role length whose min is above its max, for every channel too', () => {
    expect(
      problemsOf(
        'tone:\n  roles:\n    button: { length: { min: 30, max: 20 } }\n  channels:\n    email:\n      roles: { subject: { length: { min: 9, max: 5 } } }\n',
      ),
    ).toBe(
      [
        '.brandlintrc.yaml:3:23: "tone.roles.button.length" has min 30 above max 20',
        '.brandlintrc.yaml:6:35: "tone.channels.email.roles.subject.length" has min 9 above max 5',
      ].join('\n'),
    );
  });

  it('refuses a plan name pattern without a word besides {Name}, and one without {Name}', () => {
    expect(problemsOf('lexicon:\n  plans:\n    names: [Plus]\n    namePattern: ["{Name} plan", " {Name} "]\n')).toBe(
      '.brandlintrc.yaml:4:34: "lexicon.plans.namePattern[1]" needs a word besides {Name}, e.g. "{Name} plan"',
    );
    expect(problemsOf('lexicon:\n  plans:\n    namePattern: "Name plan"\n')).toBe(
      '.brandlintrc.yaml:3:18: "lexicon.plans.namePattern" must hold {Name} once, with words around it, e.g. "{Name} plan", got "Name plan"',
    );
  });

  it("refuses a role that is not a role of the brand's copy, with a did-you-mean", () => {
    expect(problemsOf('tone:\n  roles:\n    buton: { exclamations: 0 }\n')).toBe(
      '.brandlintrc.yaml:3:5: unknown key "buton" in "tone.roles" — did you mean "button"?',
    );
  });
});

describe('one segment vocabulary for audiences and contact limits', () => {
  const vocabulary = 'lexicon:\n  segments:\n    - trial users\n    - { use: small business, insteadOf: [SMB] }\n';

  it('accepts audiences and limits named as lexicon.segments names them, in any case', () => {
    const root = kitTree({
      '.brandlintrc.yaml': `${vocabulary}campaigns:\n  spring:\n    audiences: [Trial users, small business]\nprogramme:\n  contactLimits:\n    perWeek: 6\n    segments:\n      trial users: { perWeek: 4 }\n`,
    });
    const kit = loadKit(join(root, '.brandlintrc.yaml'));
    expect(kit.campaigns[0]?.audiences).toEqual(['Trial users', 'small business']);
    expect(kit.lexicon.segments[0]).toMatchObject({ use: 'trial users', insteadOf: [] });
    expect(kit.programme.contactLimits).toEqual({
      perWeek: 6,
      segments: { 'trial users': { perWeek: 4 } },
      channels: ['email', 'social', 'call'],
      weekStart: 'monday',
    });
  });

  it('refuses an audience the vocabulary replaces or does not know, at the name', () => {
    expect(problemsOf(`${vocabulary}campaigns:\n  spring:\n    audiences: [SMB, trial user, partners]\n`)).toBe(
      [
        '.brandlintrc.yaml:7:17: "campaigns.spring.audiences[0]" names the audience "SMB", which lexicon.segments replaces: write "small business"',
        '.brandlintrc.yaml:7:22: "campaigns.spring.audiences[1]" names the audience "trial user", which is not in lexicon.segments — did you mean "trial users"?',
        '.brandlintrc.yaml:7:34: "campaigns.spring.audiences[2]" names the audience "partners", which is not in lexicon.segments; add it there or use one of its segments',
      ].join('\n'),
    );
  });

  it('refuses a contact limit for a segment when the kit has no vocabulary, at its key', () => {
    expect(problemsOf('programme:\n  contactLimits:\n    segments:\n      trial users: { perDay: 1 }\n')).toBe(
      '.brandlintrc.yaml:4:7: "programme.contactLimits.segments["trial users"]" names the audience "trial users", but lexicon.segments defines no segments: add "trial users" there',
    );
  });

  it('finds the name in the kit that wrote it, through extends', () => {
    expect(problemsOf({ '.brandlintrc.yaml': `extends: ./base.yaml\n${vocabulary}`, 'base.yaml': 'campaigns:\n  spring:\n    audiences: [smb]\n' })).toBe(
      'base.yaml:3:17: "campaigns.spring.audiences[0]" names the audience "smb", which lexicon.segments replaces: write "small business"',
    );
  });
});

describe('pillar ids the campaigns name', () => {
  const pillars = 'messaging:\n  pillars:\n    - { id: speed, statement: Ship faster. }\n    - { id: trust, statement: Your data stays yours. }\n';

  it('accepts the ids messaging.pillars defines', () => {
    const root = kitTree({
      '.brandlintrc.yaml': `${pillars}campaigns:\n  spring:\n    truth: { pillars: [speed] }\n    expect: { social: { pillars: [trust], minPillars: 1 } }\n`,
    });
    const kit = loadKit(join(root, '.brandlintrc.yaml'));
    expect(kit.campaigns[0]?.expect).toEqual({ social: { pillars: ['trust'], minPillars: 1, ctas: [] } });
  });

  it('refuses an unknown pillar id in truth and in a channel expectation, at the id, with a did-you-mean', () => {
    expect(problemsOf(`${pillars}campaigns:\n  spring:\n    truth: { pillars: [sped] }\n    expect:\n      email: { pillars: [speed, privacy] }\n`)).toBe(
      [
        '.brandlintrc.yaml:7:24: "campaigns.spring.truth.pillars[0]" names the pillar "sped", which messaging.pillars does not define — did you mean "speed"?',
        '.brandlintrc.yaml:9:33: "campaigns.spring.expect.email.pillars[1]" names the pillar "privacy", which messaging.pillars does not define; the pillars are "speed" and "trust"',
      ].join('\n'),
    );
  });

  it('refuses an unknown fact name in a channel expectation', () => {
    expect(problemsOf('campaigns:\n  spring:\n    expect: { social: { facts: [discount, prize] } }\n')).toBe(
      '.brandlintrc.yaml:3:43: "campaigns.spring.expect.social.facts[1]" must be one of discount, code, start, end, trialDays, price, landingUrl, phone, hashtag, products; got "prize" — did you mean "price"?',
    );
  });
});

describe('syntax errors', () => {
  it('gives the YAML reason in plain words, with advice', () => {
    expect(problemsOf('tone:\n  passive: true\n  passive: false\n')).toBe(
      '.brandlintrc.yaml:3:3: invalid YAML: map keys must be unique; each key may appear only once in a map',
    );
    expect(problemsOf('tone:\n\tpassive: true\n')).toBe('.brandlintrc.yaml:2:1: invalid YAML: tabs are not allowed as indentation; indent with spaces');
    expect(problemsOf('messaging:\n  tagline: "Build faster\n')).toBe('.brandlintrc.yaml:3:1: invalid YAML: missing closing "quote');
    expect(problemsOf('lexicon:\n  banned:\n    - { pattern: "\\d+ off" }\n')).toBe(
      '.brandlintrc.yaml:3:19: invalid YAML: invalid escape sequence \\d; inside double quotes a backslash starts an escape: write \\\\ for a regular-expression backslash, or use single quotes',
    );
  });

  it('refuses aliases that expand without bound', () => {
    const anchors = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [index, name] of [...'bcdefghi'].entries()) anchors.push(`${name}: &${name} [${Array(10).fill(`*${'abcdefgh'[index]}`).join(', ')}]`);
    expect(problemsOf(`${anchors.join('\n')}\n`)).toBe('.brandlintrc.yaml:1:1: invalid YAML: excessive alias count indicates a resource exhaustion attack');
  });

  it('gives the JSON reason with line and column', () => {
    expect(problemsOf('{\n  "tone": {\n    "passive": true,\n  }\n}\n', '.brandlintrc.json')).toBe(
      '.brandlintrc.json:4:3: invalid JSON: expected double-quoted property name',
    );
  });

  it('positions schema errors in JSON kits too', () => {
    expect(problemsOf('{\n  "tone": {\n    "exclamations": { "document": "two" }\n  },\n  "lexcon": {}\n}\n', '.brandlintrc.json')).toBe(
      [
        '.brandlintrc.json:3:35: "tone.exclamations.document" must be a number, got "two"',
        '.brandlintrc.json:5:3: unknown key "lexcon" — did you mean "lexicon"?',
      ].join('\n'),
    );
  });
});

describe('KitError', () => {
  it('exposes the first problem and formats every one, without a stack trace', () => {
    const root = kitTree({ '.brandlintrc.yaml': 'tone:\n  passive: 1\n  allCaps: 2\n' });
    const error = (() => {
      try {
        loadKit(join(root, '.brandlintrc.yaml'));
      } catch (caught) {
        return caught as KitError;
      }
      throw new Error('the kit loaded without error');
    })();
    expect(error.name).toBe('KitError');
    expect(error).toMatchObject({ file: join(root, '.brandlintrc.yaml'), line: 2, column: 12, reason: '"tone.passive" must be true or false, got 1' });
    expect(error.problems).toHaveLength(2);
    expect(error.stack).not.toMatch(/\n\s+at /);
    expect(error.format(join(root, 'sub'))).toBe(
      '../.brandlintrc.yaml:2:12: "tone.passive" must be true or false, got 1\n../.brandlintrc.yaml:3:12: "tone.allCaps" must be true or false, got 2',
    );
  });

  it('reports an unreadable file without a position', () => {
    const root = kitTree({});
    expect(() => loadKit(join(root, 'missing.yaml'))).toThrow(KitError);
    try {
      loadKit(join(root, 'missing.yaml'));
    } catch (error) {
      expect((error as KitError).format(root)).toBe('missing.yaml: cannot read the kit: no such file');
    }
  });
});
