/**
 * The CI recipes in the README run as written: the GitHub Actions workflow's
 * brandlint steps (in a temporary git repository holding the sample
 * campaign, with `npx brandlint` replaced by the real launcher), and the
 * pre-commit hook definitions select the files brandlint reads.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'brandlint.js');

function yamlBlocks(markdown: string): unknown[] {
  return [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => parse(match[1]));
}

interface Workflow {
  on: unknown;
  jobs: Record<string, { steps: { run?: string; uses?: string }[] }>;
}

function sampleRepository(): string {
  const folder = mkdtempSync(join(tmpdir(), 'brandlint-ci-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'ci@example.com');
  git('config', 'user.name', 'CI');
  cpSync(join(ROOT, 'fixtures', 'brand-kit.yaml'), join(folder, '.brandlintrc.yaml'));
  cpSync(join(ROOT, 'fixtures', 'spring-sale'), join(folder, 'spring-sale'), { recursive: true });
  git('add', '.');
  git('commit', '-q', '-m', 'campaign');
  git('checkout', '-q', '-b', 'change');
  writeFileSync(
    join(folder, 'spring-sale', 'landing.md'),
    readFileSync(join(folder, 'spring-sale', 'landing.md'), 'utf8').replace('20% off any', '25% off any'),
  );
  git('commit', '-q', '-am', 'change the offer');
  return folder;
}

describe('README CI recipes', () => {
  const blocks = yamlBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));

  it('the GitHub Actions workflow runs its brandlint steps', () => {
    const workflow = blocks.find((block): block is Workflow => typeof block === 'object' && block !== null && 'jobs' in block);
    expect(workflow).toBeDefined();
    const steps = Object.values(workflow!.jobs).flatMap((job) => job.steps);
    const commands = steps.flatMap((step) => (step.run?.startsWith('npx brandlint') ? [step.run] : []));
    expect(commands.length).toBeGreaterThanOrEqual(3);
    const folder = sampleRepository();
    const summary = join(folder, 'summary.md');
    for (const command of commands) {
      const args = command
        .replace(/ \|\| true$/, '')
        .replace('${{ github.base_ref }}', 'main')
        .replace('origin/main', 'main')
        .replace('"$GITHUB_STEP_SUMMARY"', summary)
        .split(' ')
        .slice(2);
      const result = spawnSync(process.execPath, [BIN, ...args], { cwd: folder, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect([0, 1], `${command}: ${result.stderr}`).toContain(result.status);
      if (args.includes('github')) {
        expect(result.stdout).toMatch(/^::error file=spring-sale\/landing\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=drift\/source-of-truth::/m);
        const annotated = [...result.stdout.matchAll(/^::(?:error|warning) file=([^,]+),/gm)].map((match) => match[1]);
        expect(new Set(annotated)).toEqual(new Set(['spring-sale/landing.md']));
      }
    }
    expect(readFileSync(summary, 'utf8')).toMatch(/brandlint/i);
    expect(JSON.parse(readFileSync(join(folder, 'brandlint.sarif'), 'utf8')).version).toBe('2.1.0');
  }, 60_000);

  it('the pre-commit hooks select every kind of file brandlint reads', () => {
    const readmeHook = (blocks.find((block) => typeof block === 'object' && block !== null && 'repos' in block) as { repos: { hooks: { files: string }[] }[] })
      .repos[0].hooks[0];
    const [shipped] = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { files: string; entry: string }[];
    for (const pattern of [readmeHook.files, shipped.files]) {
      const files = new RegExp(pattern);
      for (const name of ['a.html', 'a.htm', 'a.eml', 'a.md', 'a.mdx', 'a.markdown', 'a.txt', 'a.csv', 'a.docx']) expect(name).toMatch(files);
      expect('a.png').not.toMatch(files);
    }
    expect(shipped.entry).toBe('brandlint');
  });
});
