/**
 * A run with overrides: each file is linted with its own kit (the rules it
 * switches on, their settings and the kit sections the rules read), on the
 * main thread and in worker threads alike; the campaign step keeps the kit
 * without overrides.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKit } from '../../src/config/load.js';
import { lintFiles, type LintRequest } from '../../src/engine/run.js';
import { knownRuleOptions } from '../../rules/options.js';

const KIT = `
lexicon:
  banned: [synergy]
tone:
  exclamations: { document: 0, sentence: 1 }
rules:
  lexicon/banned: error
  tone/exclamations: warn
overrides:
  - files: "legal/**"
    rules:
      lexicon/banned: off
  - files: "blog/**"
    tone:
      exclamations: { document: 2 }
    lexicon:
      banned: [leverage]
`;

const PAGE = 'We bring synergy to your team. We leverage your data. Start today!\n';

function project(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'brandlint-overrides-'));
  const files: Record<string, string> = { '.brandlintrc.yaml': KIT, 'legal/terms.md': PAGE, 'blog/launch.md': PAGE, 'pages/home.md': PAGE };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(cwd, name)), { recursive: true });
    writeFileSync(join(cwd, name), text);
  }
  return cwd;
}

function request(cwd: string): LintRequest {
  return { cwd, patterns: ['.'], kit: loadKit(join(cwd, '.brandlintrc.yaml'), { knownRules: knownRuleOptions() }) };
}

/** Per file, the rule ids and texts of its findings from the two rules the kit sets. */
function findingsByFile(run: Awaited<ReturnType<typeof lintFiles>>): Record<string, string[]> {
  return Object.fromEntries(
    run.results.map((result) => [
      result.path,
      result.findings
        .filter((finding) => ['lexicon/banned', 'tone/exclamations'].includes(finding.ruleId))
        .map((finding) => `${finding.ruleId} ${finding.text}`),
    ]),
  );
}

describe('a run with overrides', () => {
  it('lints each file with the kit its overrides make', async () => {
    expect(findingsByFile(await lintFiles(request(project())))).toEqual({
      // Banned phrases add up, as through extends; two exclamation marks are allowed there.
      'blog/launch.md': ['lexicon/banned synergy', 'lexicon/banned leverage'],
      'legal/terms.md': ['tone/exclamations !'],
      'pages/home.md': ['lexicon/banned synergy', 'tone/exclamations !'],
    });
  });

  it('gives the same findings in worker threads', async () => {
    const cwd = project();
    const inTurn = await lintFiles(request(cwd));
    const spread = await lintFiles({ ...request(cwd), threads: 2 });
    expect(findingsByFile(spread)).toEqual(findingsByFile(inTurn));
  });

  it('lets --rule decide over every override', async () => {
    const run = await lintFiles({ ...request(project()), ruleOverrides: { 'lexicon/banned': 'warn' } });
    expect(findingsByFile(run)['legal/terms.md']).toEqual(['lexicon/banned synergy', 'tone/exclamations !']);
  });
});
