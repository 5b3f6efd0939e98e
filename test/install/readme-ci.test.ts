/**
 * The CI recipes in the README run as written. The GitHub Actions job: its
 * install step, with the repository URL pointed at a snapshot of this
 * working tree (a real git-URL install: clone, build, pack, install), then
 * each brandlint step through the real `npx`, in a git repository holding
 * the sample campaign with a changed offer on a branch. Its report steps
 * run after a failing lint step, and it grants what upload-sarif needs.
 * The pre-commit hooks select every kind of file brandlint reads.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { itemAt } from '../../src/text/items.js';
import { git, NPM_ENV, repositorySnapshot, ROOT } from './package-install.js';

const REPOSITORY_URL = 'git+https://github.com/brandlint/brandlint.git';

function yamlBlocks(markdown: string): unknown[] {
  return [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map(([, yaml = '']) => parse(yaml));
}

interface Step {
  id?: string;
  if?: string;
  run?: string;
  uses?: string;
}

interface Workflow {
  on: unknown;
  jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
}

interface Hook {
  id: string;
  entry?: string;
  files?: string;
}

function sampleRepository(): string {
  const folder = mkdtempSync(join(tmpdir(), 'brandlint-ci-'));
  cpSync(join(ROOT, 'fixtures', 'spring-sale'), join(folder, 'spring-sale'), { recursive: true });
  cpSync(join(ROOT, 'fixtures', 'brand-kit.yaml'), join(folder, '.brandlintrc.yaml'));
  git(folder, 'init', '-q', '-b', 'main');
  git(folder, 'add', '.');
  git(folder, 'commit', '-q', '-m', 'campaign');
  git(folder, 'checkout', '-q', '-b', 'change');
  const landing = join(folder, 'spring-sale', 'landing.md');
  writeFileSync(landing, readFileSync(landing, 'utf8').replace('20% off any', '25% off any'));
  git(folder, 'commit', '-q', '-am', 'change the offer');
  return folder;
}

/** A step's shell command as the runner would run it here: GitHub expressions and variables filled in. */
function shellCommand(run: string, values: { summary: string; hooks: string }): string {
  return run
    .replace('${{ github.base_ref }}', 'main')
    .replace('origin/main', 'main')
    .replace('"$GITHUB_STEP_SUMMARY"', values.summary)
    .replace(REPOSITORY_URL, `git+file://${values.hooks}`);
}

describe('README CI recipes', () => {
  const blocks = yamlBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  const workflow = blocks.find((block): block is Workflow => typeof block === 'object' && block !== null && 'jobs' in block)!;
  const job = itemAt(Object.values(workflow.jobs), 0);

  it('the GitHub Actions job installs brandlint from its repository and runs its brandlint steps', () => {
    const install = job.steps.find((step) => step.run?.startsWith('npm install'));
    expect(install?.run).toContain(REPOSITORY_URL);
    const commands = job.steps.flatMap((step) => (step.run?.startsWith('npx brandlint') ? [step.run] : []));
    expect(commands.length).toBeGreaterThanOrEqual(3);

    const hooks = repositorySnapshot();
    const folder = sampleRepository();
    const summary = join(folder, 'summary.md');
    const shell = (command: string) =>
      spawnSync('sh', ['-c', shellCommand(command, { summary, hooks })], { cwd: folder, encoding: 'utf8', env: { ...NPM_ENV, NO_COLOR: '1' } });
    const installed = shell(install!.run!);
    expect(installed.status, installed.stderr).toBe(0);
    for (const command of commands) {
      const result = shell(command);
      expect([0, 1], `${command}: ${result.stderr}`).toContain(result.status);
      if (command.includes('--format github')) {
        expect(result.status).toBe(1);
        expect(result.stdout).toMatch(/^::error file=spring-sale\/landing\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=drift\/source-of-truth::/m);
        const annotated = [...result.stdout.matchAll(/^::(?:error|warning) file=([^,]+),/gm)].map((match) => match[1]);
        expect(new Set(annotated)).toEqual(new Set(['spring-sale/landing.md']));
      }
    }
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toMatch(/^## brandlint/);
    expect(markdown).toContain('**Drift matrix** of Spring Sale 2026 (spring-sale)');
    expect(JSON.parse(readFileSync(join(folder, 'brandlint.sarif'), 'utf8')).version).toBe('2.1.0');
  }, 900_000);

  it('the report steps run when the lint step fails, and the job may upload SARIF on a private repository', () => {
    const lintIndex = job.steps.findIndex((step) => step.run?.includes('--format github'));
    const after = job.steps.slice(lintIndex + 1);
    expect(after.map((step) => step.run ?? step.uses)).toEqual([
      expect.stringContaining('--format markdown'),
      expect.stringContaining('--format sarif'),
      expect.stringContaining('upload-sarif'),
    ]);
    for (const step of after) expect(step.if).toMatch(/!cancelled\(\)|always\(\)/);
    expect(job.permissions).toMatchObject({ contents: 'read', actions: 'read', 'security-events': 'write' });
  });

  it('the pre-commit hooks select every kind of file brandlint reads', () => {
    const configured = blocks.flatMap((block) =>
      typeof block === 'object' && block !== null && 'repos' in block ? (block as { repos: { repo: string; hooks: Hook[] }[] }).repos : [],
    );
    expect(configured.map((repo) => repo.repo)).toEqual(['https://github.com/brandlint/brandlint', 'local']);
    const shipped = itemAt(parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[], 0);
    const [published, local] = configured.map((repo) => repo.hooks);
    expect(published).toEqual([{ id: shipped.id }]);
    for (const pattern of [itemAt(local ?? [], 0).files!, shipped.files!]) {
      const files = new RegExp(pattern);
      for (const name of ['a.html', 'a.htm', 'a.eml', 'a.md', 'a.mdx', 'a.markdown', 'a.txt', 'a.csv', 'a.docx']) expect(name).toMatch(files);
      expect('a.png').not.toMatch(files);
    }
    expect(shipped.entry).toBe('brandlint');
  });
});
