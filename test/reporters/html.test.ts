/**
 * The HTML report on hand-made runs: its structure, that content never
 * becomes markup (checked on the parsed page, not by searching the text),
 * that it loads nothing, and that the same run gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import type { CampaignReport, MatrixRow } from '../../src/drift/report.js';
import type { FileResult, LintRun } from '../../src/engine/run.js';
import type { Finding } from '../../src/engine/types.js';
import { htmlReporter, STYLESHEET } from '../../src/reporters/html.js';
import { FILTER_SCRIPT } from '../../src/reporters/html/script.js';

const OPTIONS = { cwd: '/project', color: false, quiet: false, version: '9.9.9' };

const SCRIPT_TAG = '<script>alert(1)</script>';
const IMG_TAG = '<img src=x onerror=alert(1)>';
const ATTRIBUTE_BREAK = '"><svg onload=alert(1)>';
const JS_URL = 'javascript:alert(document.domain)';
const PAYLOADS = [SCRIPT_TAG, IMG_TAG, ATTRIBUTE_BREAK, JS_URL];

const EMAIL_SOURCE = ['<html><body>', `<p>Synergy now: ${SCRIPT_TAG} and 25% off</p>`, `<a href="${JS_URL}">${IMG_TAG}</a>`, '</body></html>'].join('\n');

function finding(path: string, overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'lexicon/banned',
    severity: 'error',
    message: 'Avoid "synergy".',
    path,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    start: 0,
    end: 0,
    channel: 'email',
    text: '',
    ...overrides,
  };
}

function fileResult(path: string, source: string, findings: Finding[], channel: FileResult['channel'] = 'email'): FileResult {
  const errorCount = findings.filter((item) => item.severity === 'error').length;
  return { path, channel, findings, errorCount, warningCount: findings.length - errorCount, fixableCount: findings.filter((item) => item.fix).length, source };
}

function matrixRow(overrides: Partial<MatrixRow>): MatrixRow {
  return { key: 'discount', kind: 'discount', label: 'discount', basis: 'truth', expected: '20% off', weight: 2, cells: [], ...overrides };
}

function location(path: string, line: number, column: number, text: string) {
  return { path, line, column, endLine: line, endColumn: column + text.length, text, value: text };
}

const EMAIL = `campaign/${ATTRIBUTE_BREAK}email.html`;
const POSTS = 'campaign/posts.csv';

function sampleRun(): LintRun {
  const email = fileResult(EMAIL, EMAIL_SOURCE, [
    finding(EMAIL, {
      line: 2,
      column: 4,
      endLine: 2,
      endColumn: 11,
      text: 'Synergy',
      message: `Avoid "Synergy". ${SCRIPT_TAG}`,
      suggestion: IMG_TAG,
      role: 'body',
    }),
    finding(EMAIL, {
      ruleId: 'drift/source-of-truth',
      line: 2,
      column: 41,
      endLine: 2,
      endColumn: 48,
      text: '25% off',
      message: 'Says "25% off"; the campaign\'s offer is 20% off.',
      suggestion: '20% off',
    }),
    finding(EMAIL, {
      ruleId: 'channel/email-link-text',
      severity: 'warning',
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 60,
      message: `Link to ${JS_URL} says nothing.`,
    }),
  ]);
  const posts = fileResult(
    POSTS,
    'id,post\n1,Log in now #AcmeSpring\n2,Join us\n',
    [
      finding(POSTS, {
        ruleId: 'lexicon/terms',
        severity: 'warning',
        channel: 'social',
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 9,
        text: 'Log in',
        message: 'Use "Sign in" instead of "Log in".',
        suggestion: 'Sign in',
        fix: { start: 10, end: 16, text: 'Sign in' },
      }),
    ],
    'social',
  );
  const notes = fileResult(
    'notes.md',
    `# Notes\n\nSee ${JS_URL} and ${ATTRIBUTE_BREAK}\n`,
    [
      finding('notes.md', {
        ruleId: 'tone/hedges',
        severity: 'warning',
        channel: 'web',
        line: 3,
        column: 5,
        endLine: 3,
        endColumn: 10,
        message: 'Cut the hedge.',
      }),
    ],
    'web',
  );
  const clean = fileResult('clean.md', '# Fine\n', [], 'web');
  const campaign: CampaignReport = {
    id: 'spring',
    name: `Spring ${SCRIPT_TAG}`,
    declared: true,
    score: 64,
    deliverables: [
      { name: EMAIL, path: EMAIL, channel: 'email', score: 40, facts: [] },
      { name: `${POSTS}:2`, path: POSTS, channel: 'social', score: 100, facts: [] },
      { name: `${POSTS}:3`, path: POSTS, channel: 'social', score: 75, facts: [] },
    ],
    rows: [
      matrixRow({
        cells: [
          {
            deliverable: EMAIL,
            status: 'outlier',
            expected: true,
            values: [`25% off ${IMG_TAG}`],
            locations: [location(EMAIL, 2, 41, `25% off ${IMG_TAG}`)],
            offending: [location(EMAIL, 2, 41, `25% off ${IMG_TAG}`)],
          },
          { deliverable: `${POSTS}:2`, status: 'agree', expected: true, values: ['20% off'], locations: [location(POSTS, 2, 3, '20% off')], offending: [] },
          { deliverable: `${POSTS}:3`, status: 'missing', expected: true, values: [], locations: [], offending: [] },
        ],
      }),
      matrixRow({
        key: 'link',
        kind: 'link',
        label: 'link',
        expected: JS_URL,
        weight: 1,
        cells: [
          { deliverable: EMAIL, status: 'agree', expected: true, values: [JS_URL], locations: [location(EMAIL, 3, 10, JS_URL)], offending: [] },
          { deliverable: `${POSTS}:2`, status: 'none', expected: false, values: [], locations: [], offending: [] },
          { deliverable: `${POSTS}:3`, status: 'none', expected: false, values: [], locations: [], offending: [] },
        ],
      }),
      matrixRow({
        key: 'pillar:speed',
        kind: 'pillar',
        label: 'pillar speed',
        basis: 'consensus',
        expected: 'speed',
        weight: 1,
        cells: [
          { deliverable: EMAIL, status: 'agree', expected: true, values: ['speed'], locations: [], offending: [] },
          { deliverable: `${POSTS}:2`, status: 'agree', expected: true, values: ['speed'], locations: [], offending: [] },
          { deliverable: `${POSTS}:3`, status: 'missing', expected: true, values: [], locations: [], offending: [] },
        ],
      }),
    ],
  };
  const results = [notes, email, clean, posts];
  return {
    results,
    campaigns: [campaign],
    timing: {},
    errorCount: results.reduce((sum, result) => sum + result.errorCount, 0),
    warningCount: results.reduce((sum, result) => sum + result.warningCount, 0),
  };
}

function parse(page: string) {
  const document = parseDocument(page);
  const elements = DomUtils.findAll(() => true, document.children) as Element[];
  const select = (test: (element: Element) => boolean) => elements.filter(test);
  const byClass = (name: string) => select((element) => (element.attribs.class ?? '').split(' ').includes(name));
  // An element a test picked by index or search; none there fails with that message.
  const picked = (element: Element | undefined) => {
    if (!element) throw new Error('the page has no such element');
    return element;
  };
  const text = (element: Element | undefined) => DomUtils.textContent(picked(element));
  /** The children of an element a test picked, to search within it. */
  const childrenOf = (element: Element | undefined) => picked(element).children;
  return { elements, select, byClass, text, childrenOf, all: text(document as unknown as Element) };
}

const page = htmlReporter(sampleRun(), OPTIONS);
const dom = parse(page);

describe('html report: structure', () => {
  it('is one HTML document with a title, headings and the campaign in the masthead', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page.endsWith('</html>\n')).toBe(true);
    const [title] = dom.select((element) => element.name === 'title');
    expect(dom.text(title)).toBe(`Brand consistency: Spring ${SCRIPT_TAG}`);
    expect(dom.select((element) => element.name === 'h1')).toHaveLength(1);
    expect(dom.select((element) => element.name === 'h2').map(dom.text)).toEqual([`Campaign Spring ${SCRIPT_TAG} spring`, 'No campaign', 'Findings']);
  });

  it('says on its cover whose copy it checks, who prepared it, when and with which kit', () => {
    const cover = { title: `Spring review ${SCRIPT_TAG}`, brand: `Acme ${IMG_TAG}`, agency: 'Northwind Creative', date: '2026-05-02', kit: '2026.2' };
    const covered = parse(htmlReporter(sampleRun(), { ...OPTIONS, cover }));
    expect(covered.text(covered.select((element) => element.name === 'title')[0])).toBe(cover.title);
    expect(covered.text(covered.select((element) => element.name === 'h1')[0])).toBe(cover.title);
    expect(covered.text(covered.byClass('brand')[0])).toBe(`Acme ${IMG_TAG} · brand consistency report`);
    const facts = covered.byClass('cover-facts')[0];
    const pairs = (DomUtils.findAll((element) => element.name === 'div', covered.childrenOf(facts)) as Element[]).map((pair) =>
      pair.children.map((child) => covered.text(child as Element)),
    );
    expect(pairs).toEqual([
      ['Prepared by', 'Northwind Creative'],
      ['Date', 'May 2, 2026'],
      ['Brand kit', '2026.2'],
    ]);
    expect(covered.select((element) => element.name === 'time')[0]?.attribs.datetime).toBe('2026-05-02');
    expect(dom.byClass('cover-facts')).toEqual([]);
  });

  it('gives the campaign its score, its deliverables with theirs, and findings by family and severity', () => {
    const [section] = dom.select((element) => element.attribs.id === 'campaign-1');
    const inSection = (test: (element: Element) => boolean) => DomUtils.findAll(test, dom.childrenOf(section)) as Element[];
    const [score] = inSection((element) => element.attribs.class === 'score-value');
    expect(dom.text(score)).toBe('64');
    const [table] = inSection((element) => element.attribs.class === 'deliverables');
    const deliverables = (
      DomUtils.findAll((element) => element.name === 'tr' && (element.parent as Element).name === 'tbody', dom.childrenOf(table)) as Element[]
    ).map((row) => dom.text(row));
    expect(deliverables).toEqual([`1${EMAIL}email40`, `2${POSTS}:2social100`, `3${POSTS}:3social75`]);
    const [families] = inSection((element) => element.attribs.class === 'families');
    expect(dom.text(families)).toContain('Findings by family in 2 files');
    const familyRows = (DomUtils.findAll((element) => element.name === 'tr', dom.childrenOf(families)) as Element[]).map((row) => dom.text(row));
    expect(familyRows).toEqual(['FamilyErrorsWarnings', 'lexicon11', 'tone00', 'messaging00', 'channel01', 'drift10', 'programme00', 'Total22']);
  });

  it('gives files outside every campaign a section of their own, without a score', () => {
    const [section] = dom.select((element) => element.attribs.id === 'no-campaign');
    const text = dom.text(section);
    expect(text).toContain('notes.md');
    expect(text).toContain('clean.md');
    expect(text).not.toContain('posts.csv');
    expect(DomUtils.findAll((element) => element.attribs.class === 'score-value', dom.childrenOf(section))).toHaveLength(0);
  });

  it('draws the drift matrix with a header per deliverable, marks, values that differ, and the outliers listed', () => {
    const [matrix] = dom.select((element) => element.name === 'table' && element.attribs.class === 'matrix');
    const headers = DomUtils.findAll((element) => element.name === 'th' && element.attribs.scope === 'col', dom.childrenOf(matrix)) as Element[];
    expect(headers.map((header) => [dom.text(header), header.attribs.title ?? null])).toEqual([
      ['Row', null],
      ['Expected', null],
      // the number the scorecard gives it and its channel; the whole name for screen readers and as a tooltip
      [`1email${EMAIL}`, EMAIL],
      [`2social${POSTS}:2`, `${POSTS}:2`],
      [`3social${POSTS}:3`, `${POSTS}:3`],
    ]);
    const bodyRows = DomUtils.findAll((element) => element.name === 'tr' && (element.parent as Element).name === 'tbody', dom.childrenOf(matrix)) as Element[];
    const cells = bodyRows.map((row) =>
      (DomUtils.findAll((element) => element.name === 'td' && (element.attribs.class ?? '').startsWith('cell'), row.children) as Element[]).map((cell) => [
        cell.attribs.class,
        dom.text(cell),
      ]),
    );
    expect(cells).toEqual([
      [
        ['cell cell-outlier', `✗contradicts 25% off ${IMG_TAG}`],
        ['cell cell-agree', '✓agrees'],
        ['cell cell-missing', '–missing'],
      ],
      [
        ['cell cell-agree', '✓agrees'],
        ['cell cell-none', '·not expected'],
        ['cell cell-none', '·not expected'],
      ],
      [
        ['cell cell-agree', '✓agrees'],
        ['cell cell-agree', '✓agrees'],
        ['cell cell-missing', '–missing'],
      ],
    ]);
    const drift = dom.byClass('drift-list')[0];
    expect(dom.text(drift)).toContain(`discount: ${EMAIL}:2:41 says 25% off ${IMG_TAG}; expected 20% off`);
    expect(dom.text(drift)).toContain('pillar speed: missing in 3 posts.csv:3');
  });

  it('shows every finding with position, rule and description, suggestion and the marked source', () => {
    const findings = dom.byClass('finding');
    expect(findings.map((item) => [item.attribs['data-severity'], item.attribs['data-channel'], item.attribs['data-rule']])).toEqual([
      ['error', 'email', 'lexicon/banned'],
      ['error', 'email', 'drift/source-of-truth'],
      ['warning', 'email', 'channel/email-link-text'],
      ['warning', 'social', 'lexicon/terms'],
      ['warning', 'web', 'tone/hedges'],
    ]);
    const first = findings[0];
    const inFirst = (name: string) =>
      DomUtils.findAll((element) => (element.attribs.class ?? '').split(' ').includes(name), dom.childrenOf(first)) as Element[];
    expect(dom.text(inFirst('position')[0])).toBe('2:4');
    expect(dom.text(inFirst('message')[0])).toBe(`Avoid "Synergy". ${SCRIPT_TAG}`);
    expect(dom.text(inFirst('rule-id')[0])).toBe('lexicon/banned');
    expect(dom.text(inFirst('rule-description')[0])).toMatch(/\w/);
    expect(dom.text(inFirst('suggestion-text')[0])).toBe(IMG_TAG);
    expect(inFirst('line').map((line) => dom.text(line))).toEqual([
      '1<html><body>',
      `2<p>Synergy now: ${SCRIPT_TAG} and 25% off</p>`,
      `3<a href="${JS_URL}">${IMG_TAG}</a>`,
    ]);
    const [mark] = DomUtils.findAll((element) => element.name === 'mark', dom.childrenOf(first)) as Element[];
    expect(dom.text(mark)).toBe('Synergy');
    expect(inFirst('tag').map(dom.text)).toEqual(['body']);
    // A suggestion the message already quotes is not repeated.
    expect(DomUtils.findAll((element) => element.attribs.class === 'suggestion', dom.childrenOf(findings[1]))).toHaveLength(1);
    expect(DomUtils.findAll((element) => element.attribs.class === 'suggestion', dom.childrenOf(findings[3]))).toHaveLength(0);
  });

  it('offers filters by severity, channel and rule, hidden until the script shows them', () => {
    const [filters] = dom.select((element) => element.attribs.id === 'filters');
    expect(filters?.attribs.hidden).toBe('');
    const options = (id: string) =>
      (DomUtils.findAll((element) => element.name === 'option', dom.childrenOf(dom.select((element) => element.attribs.id === id)[0])) as Element[]).map(
        (option) => option.attribs.value,
      );
    expect(options('filter-channel')).toEqual(['', 'email', 'social', 'web']);
    expect(options('filter-rule')).toEqual(['', 'channel/email-link-text', 'drift/source-of-truth', 'lexicon/banned', 'lexicon/terms', 'tone/hedges']);
    const ruleNames = DomUtils.findAll(
      (element) => element.name === 'option',
      dom.childrenOf(dom.select((element) => element.attribs.id === 'filter-rule')[0]),
    ).map((option) => dom.text(option as Element));
    expect(ruleNames[0]).toBe('All rules');
    expect(ruleNames[3]).toMatch(/^lexicon\/banned — \S/);
    expect(dom.select((element) => element.name === 'input' && element.attribs.name === 'severity').map((input) => input.attribs.value)).toEqual([
      'error',
      'warning',
    ]);
    expect(dom.byClass('clean-files').map(dom.text)).toEqual(['No findings in 1 file: clean.md']);
  });

  it('cuts very long lines to a window around the finding', () => {
    const long = `${'a'.repeat(3000)} flagged ${'b'.repeat(3000)}`;
    const result = fileResult('min.html', long, [finding('min.html', { line: 1, column: 3002, endLine: 1, endColumn: 3009, text: 'flagged' })]);
    const frame = parse(htmlReporter({ results: [result], campaigns: [], timing: {}, errorCount: 1, warningCount: 0 }, OPTIONS));
    const [line] = frame.byClass('line');
    expect(frame.text(line).length).toBeLessThan(110);
    expect(frame.byClass('cut')).toHaveLength(2);
    expect(frame.text(frame.select((element) => element.name === 'mark')[0])).toBe('flagged');
  });

  it('shows no source for a file that could not be read, and counts engine findings apart', () => {
    const unreadable = fileResult(
      'broken.docx',
      '',
      [finding('broken.docx', { ruleId: 'brandlint/unreadable', message: 'Not a Word file.', fatal: true })],
      undefined,
    );
    const report = parse(htmlReporter({ results: [unreadable], campaigns: [], timing: {}, errorCount: 1, warningCount: 0 }, OPTIONS));
    expect(report.byClass('frame')).toHaveLength(0);
    expect(report.text(report.byClass('families')[0])).toContain('brandlint10');
    expect(report.text(report.select((element) => element.name === 'title')[0])).toBe('Brand consistency report');
  });

  it('says so when there is nothing to report', () => {
    const report = parse(htmlReporter({ results: [], campaigns: [], timing: {}, errorCount: 0, warningCount: 0 }, OPTIONS));
    expect(report.byClass('all-agree').map(report.text)).toEqual(['No findings.']);
    expect(report.select((element) => element.attribs.id === 'filters')).toHaveLength(0);
  });
});

describe('html report: nothing from the content becomes markup', () => {
  it('shows every payload as text', () => {
    for (const payload of PAYLOADS) expect(dom.all).toContain(payload);
  });

  it('has no element, attribute or URL the report did not write itself', () => {
    const allowed = new Set([
      'html',
      'head',
      'meta',
      'title',
      'style',
      'body',
      'header',
      'div',
      'span',
      'h1',
      'h2',
      'h3',
      'ul',
      'ol',
      'li',
      'nav',
      'a',
      'main',
      'section',
      'p',
      'strong',
      'code',
      'q',
      'table',
      'caption',
      'thead',
      'tbody',
      'tfoot',
      'tr',
      'th',
      'td',
      'fieldset',
      'legend',
      'label',
      'input',
      'select',
      'option',
      'pre',
      'mark',
      'footer',
      'script',
    ]);
    for (const element of dom.elements) {
      expect(allowed, element.name).toContain(element.name);
      for (const [name, value] of Object.entries(element.attribs)) {
        expect(name, `${element.name}[${name}]`).not.toMatch(/^on|^src$|^style$|^srcdoc$|^action$|^formaction$/);
        if (name === 'href') expect(value).toMatch(/^#[a-z0-9-]+$/);
      }
    }
  });

  it('runs only its own script and loads nothing', () => {
    const scripts = dom.select((element) => element.name === 'script');
    expect(scripts).toHaveLength(1);
    expect(dom.text(scripts[0])).toBe(FILTER_SCRIPT);
    expect(page.match(/<script/gi)).toHaveLength(1);
    expect(page.match(/<style/gi)).toHaveLength(1);
    // Content may show in a tooltip (title), never in an attribute that loads or links.
    for (const element of dom.elements) {
      for (const [name, value] of Object.entries(element.attribs)) if (name !== 'title') expect(value).not.toMatch(/https?:|javascript:|url\(/i);
    }
    expect(STYLESHEET).not.toMatch(/https?:|url\(|@import/);
    expect(FILTER_SCRIPT).not.toMatch(/https?:|fetch|XMLHttpRequest|innerHTML|eval/);
  });

  it('admits its stylesheet and script by hash in a strict Content-Security-Policy', () => {
    const [csp] = dom.select((element) => element.name === 'meta' && element.attribs['http-equiv'] === 'Content-Security-Policy');
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(csp?.attribs.content).toBe(
      `default-src 'none'; style-src ${hash(STYLESHEET)}; script-src ${hash(FILTER_SCRIPT)}; base-uri 'none'; form-action 'none'`,
    );
    const [style] = dom.select((element) => element.name === 'style');
    expect(dom.text(style)).toBe(STYLESHEET);
  });
});

describe('html report: deterministic', () => {
  it('gives the same bytes for the same run, whatever order files, findings and campaigns come in', () => {
    const shuffled = sampleRun();
    shuffled.results.reverse();
    for (const result of shuffled.results) result.findings.reverse();
    shuffled.campaigns.push({ id: 'autumn', name: null, declared: false, score: 100, deliverables: [], rows: [] });
    const ordered = sampleRun();
    ordered.campaigns.unshift({ id: 'autumn', name: null, declared: false, score: 100, deliverables: [], rows: [] });
    expect(htmlReporter(shuffled, OPTIONS)).toBe(htmlReporter(ordered, OPTIONS));
    expect(htmlReporter(sampleRun(), OPTIONS)).toBe(page);
  });
});
