import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junit } from '../../src/reporters/junit.js';
import type { LintRun } from '../../src/engine/run.js';
import { REPORT_OPTIONS, sampleCampaignRun, TRICKY_MESSAGE, TRICKY_PATH, trickyRun } from './sample-runs.js';
import { itemAt } from '../../src/text/items.js';

type Attributes = Record<string, string>;

interface Testcase {
  name: string;
  classname: string;
  time: string;
  failure?: Attributes & { '#text': string };
}

interface Testsuite {
  name: string;
  tests: string;
  failures: string;
  testcase: Testcase[];
  properties?: { property: Attributes[] };
}

function parsed(run: LintRun) {
  const xml = junit(run, REPORT_OPTIONS);
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  return parser.parse(xml).testsuites as Attributes & { testsuite: Testsuite[] };
}

describe('junit', () => {
  it('is well-formed XML that reads back to the findings, whatever the content', () => {
    const suites = parsed(trickyRun());
    expect(suites).toMatchObject({ name: 'brandlint', tests: '4', failures: '3' });
    expect(suites.testsuite.map((suite) => [suite.name, suite.tests, suite.failures])).toEqual([
      ['copy/page.md', '2', '2'],
      [TRICKY_PATH, '1', '1'],
      ['copy/clean.md', '1', '0'],
    ]);
    const [names, emoji] = itemAt(suites.testsuite, 0).testcase;
    expect(names).toMatchObject({ name: 'lexicon/names 1:5', classname: 'copy/page.md' });
    expect(names?.failure).toMatchObject({ type: 'lexicon/names', message: 'Write the name as "Acme Cloud", not "AcmeCloud".' });
    expect(names?.failure!['#text']).toBe('error at 1:5: Write the name as "Acme Cloud", not "AcmeCloud".\nflagged: "AcmeCloud"\nsuggestion: Acme Cloud');
    expect(emoji?.failure!.message).toBe(TRICKY_MESSAGE);
    expect(emoji?.failure!['#text']).toContain(`warning at 2:1: ${TRICKY_MESSAGE}`);
  });

  it('replaces characters XML cannot hold', () => {
    const [, emoji] = itemAt(parsed(trickyRun()).testsuite, 0).testcase;
    expect(emoji?.failure!['#text']).toContain('flagged: "Second\uFFFD\uFFFD"');
  });

  it('writes one passing testcase for a clean file', () => {
    const clean = parsed(trickyRun()).testsuite[2];
    expect(clean?.testcase).toEqual([{ name: 'brandlint', classname: 'copy/clean.md', time: '0' }]);
  });

  it('carries the one-message scores as properties of the files in a campaign', async () => {
    const suites = parsed(trickyRun());
    expect(suites.testsuite[0]?.properties!.property).toEqual([
      { name: 'brandlint.campaign.spring-sale', value: '81' },
      { name: 'brandlint.deliverable.spring-sale.copy/page.md', value: '90' },
    ]);
    expect(suites.testsuite[1]?.properties).toBeUndefined();
    const real = parsed(await sampleCampaignRun());
    expect(real.testsuite.every((suite) => suite.properties!.property.some((property) => property.name === 'brandlint.campaign.spring-sale'))).toBe(true);
  });
});
