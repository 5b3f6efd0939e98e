import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/reporters/github.js';
import { REPORT_OPTIONS, TRICKY_PATH, trickyRun } from './sample-runs.js';

describe('github', () => {
  const lines = github(trickyRun(), REPORT_OPTIONS).split('\n');

  it('writes one annotation per finding, at its position, titled with the rule id', () => {
    expect(lines[0]).toBe(
      '::error file=copy/page.md,line=1,col=5,endLine=1,endColumn=14,title=lexicon/names::Write the name as "Acme Cloud", not "AcmeCloud".',
    );
    expect(lines[2]).toMatch(/^::warning file=copy\/page\.md,line=2,col=1,endLine=2,endColumn=7,title=tone\/emoji::/);
  });

  it('puts every error before the first warning, as GitHub shows only 10 of each per step', () => {
    expect(lines.slice(0, 3).map((line) => line.slice(0, line.indexOf(' ')))).toEqual(['::error', '::error', '::warning']);
    expect(lines[1]).toMatch(/^::error file=copy\/odd%2C name%3A 50%25\.md,/);
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab: c, d');
    expect(escapeProperty('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab%3A c%2C d');
    expect(lines[2]).toContain('100%25 *bold*');
    expect(lines[2]).toContain('$x$,%0Anext line: done');
    expect(lines[1]).toContain(`file=${escapeProperty(TRICKY_PATH)},`);
    expect(escapeProperty(TRICKY_PATH)).toBe('copy/odd%2C name%3A 50%25.md');
  });

  it('adds a notice with the one-message score of each campaign', () => {
    expect(lines[3]).toBe('::notice title=brandlint campaign Spring | Sale <2026> (spring-sale)::One-message score 81/100; deliverables: copy/page.md 90');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
  });

  it('prints nothing for a clean run', () => {
    expect(github({ results: [], campaigns: [], timing: {}, errorCount: 0, warningCount: 0 }, REPORT_OPTIONS)).toBe('');
  });
});
