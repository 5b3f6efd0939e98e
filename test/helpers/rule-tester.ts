/**
 * Table-driven rule tests in the manner of ESLint's RuleTester: each valid
 * case must produce no finding; each invalid case must produce exactly the
 * listed findings, at exactly the listed positions, and (when `output` is
 * given) --fix must turn the text into `output`, which must then lint clean
 * of this rule's fixable findings.
 */
import { describe, expect, it } from 'vitest';
import { kitFromYaml } from './kit.js';
import { readDocument } from '../../src/documents/read.js';
import { DEFAULT_PARSER_OPTIONS } from '../../src/documents/parser.js';
import type { Channel } from '../../src/documents/types.js';
import { lintDocument } from '../../src/engine/lint-document.js';
import { applyFixes } from '../../src/engine/fix.js';
import type { Finding, Rule } from '../../src/engine/types.js';
import { parserOptions } from '../../src/engine/run.js';
import { LintSession } from '../../src/engine/session.js';

export interface CaseInput {
  name?: string;
  text: string;
  /** File name; its extension picks the parser (default copy.md). */
  path?: string;
  channel?: Channel;
  /** Brand kit YAML for this case (overrides the suite's). */
  kit?: string;
  /** Rule options, as in `rules: { id: [severity, options] }`. */
  options?: Record<string, unknown>;
}

export interface ExpectedFinding {
  message?: string | RegExp;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text?: string;
  suggestion?: string;
  severity?: 'error' | 'warning';
}

export interface InvalidCase extends CaseInput {
  errors: ExpectedFinding[];
  /** The text after --fix; omit when the rule offers no fix for this case. */
  output?: string;
}

export interface RuleTests {
  /** Kit YAML shared by every case. */
  kit?: string;
  valid: (CaseInput | string)[];
  invalid: InvalidCase[];
}

export async function lintWithRule(rule: Rule, input: CaseInput, suiteKit = ''): Promise<Finding[]> {
  const kit = await kitFromYaml(input.kit ?? suiteKit);
  const path = input.path ?? 'copy.md';
  const document = await readDocument(path, new TextEncoder().encode(input.text), {
    channel: input.channel,
    options: { ...DEFAULT_PARSER_OPTIONS, ...parserOptions(kit) },
  });
  const data = new LintSession(kit, process.cwd()).dataOf(document);
  const { findings, ruleErrors } = lintDocument(data, [{ rule, severity: rule.meta.severity, options: input.options ?? {} }]);
  // A rule that throws or breaks its contract (a range outside the document, a fix it may not offer) fails the test.
  if (ruleErrors.length > 0) throw new Error(String(ruleErrors[0]?.data?.error));
  return findings;
}

export function ruleTester(rule: Rule, tests: RuleTests): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const raw of tests.valid) {
        const input = typeof raw === 'string' ? { text: raw } : raw;
        it(input.name ?? input.text.slice(0, 60), async () => {
          const findings = await lintWithRule(rule, input, tests.kit);
          expect(findings.map(summary)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const input of tests.invalid) {
        it(input.name ?? input.text.slice(0, 60), async () => {
          const findings = await lintWithRule(rule, input, tests.kit);
          expect(findings.map(summary), 'number of findings').toHaveLength(input.errors.length);
          input.errors.forEach((expected, index) => {
            const finding = findings[index];
            expect(
              { line: finding?.line, column: finding?.column, endLine: finding?.endLine, endColumn: finding?.endColumn },
              `position of finding ${index + 1}: ${finding?.message}`,
            ).toEqual({
              line: expected.line,
              column: expected.column,
              endLine: expected.endLine,
              endColumn: expected.endColumn,
            });
            if (expected.message instanceof RegExp) expect(finding?.message).toMatch(expected.message);
            else if (expected.message !== undefined) expect(finding?.message).toBe(expected.message);
            if (expected.text !== undefined) expect(finding?.text).toBe(expected.text);
            if (expected.suggestion !== undefined) expect(finding?.suggestion).toBe(expected.suggestion);
            if (expected.severity !== undefined) expect(finding?.severity).toBe(expected.severity);
          });
          if (input.output !== undefined) {
            const { output } = applyFixes(
              input.text,
              findings.flatMap((finding) => (finding.fix ? [finding.fix] : [])),
            );
            expect(output, 'text after --fix').toBe(input.output);
            const again = await lintWithRule(rule, { ...input, text: output }, tests.kit);
            expect(again.filter((finding) => finding.fix).map(summary), 'fixable findings left after --fix').toEqual([]);
          } else {
            expect(findings.filter((finding) => finding.fix).map(summary), 'fixes offered but no `output` given').toEqual([]);
          }
        });
      }
    });
  });
}

function summary(finding: Finding): string {
  return `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} ${finding.message}`;
}
