import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { UsageError } from '../../src/engine/usage-error.js';
import { runMerge } from '../../src/cli/merge.js';
import { loadKit } from '../../src/config/load.js';
import type { BrandKit } from '../../src/config/types.js';
import { findFiles } from '../../src/engine/files.js';
import { lintFiles } from '../../src/engine/run.js';
import { CompiledKit } from '../../src/engine/compiled-kit.js';
import { selectShard } from '../../src/engine/shard.js';
import { loadReporter } from '../../src/reporters/index.js';
import { json } from '../../src/reporters/json.js';
import type { ReportOptions } from '../../src/reporters/types.js';
import { knownRuleOptions } from '../../rules/options.js';
import { ROOT } from '../reporters/sample-runs.js';
import { sarifSchemaErrors } from '../reporters/sarif-schema.js';

function testIo(cwd: string) {
  const out = { stdout: '', stderr: '' };
  const io: Io = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readStdin: async () => '',
    cwd,
    env: {},
    stdoutIsTty: false,
    stderrIsTty: false,
    stdinIsTty: false,
  };
  return { io, out };
}

/** The sample campaign and two loose notes, with the sample kit. */
function writeProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'brandlint-merge-'));
  cpSync(join(ROOT, 'fixtures', 'brand-kit.yaml'), join(root, '.brandlintrc.yaml'));
  cpSync(join(ROOT, 'fixtures', 'spring-sale'), join(root, 'spring-sale'), { recursive: true });
  mkdirSync(join(root, 'notes'));
  writeFileSync(join(root, 'notes', 'error.md'), 'Try AcmeCloud today.\n');
  writeFileSync(join(root, 'notes', 'warning.md'), 'You can purchase it today.\n');
  return root;
}

describe('brandlint merge', () => {
  let root: string;
  let kit: BrandKit;
  const options = (cwd: string): ReportOptions => ({ cwd, color: false, quiet: false, version: '0.1.0' });
  // Named folders, not '.': the reports written into the project are .json files, which brandlint would read as calendars.
  const CONTENT = ['notes', 'spring-sale'];
  const fullRun = () => lintFiles({ cwd: root, patterns: CONTENT, kit });

  beforeAll(async () => {
    root = writeProject();
    kit = loadKit(join(root, '.brandlintrc.yaml'), { knownRules: knownRuleOptions() });
    const files = await findFiles(CONTENT, { cwd: root, kitRoot: root, files: kit.files });
    for (const index of [1, 2]) {
      const part = await selectShard(files, new CompiledKit(kit, root), { index, total: 2 });
      expect(part.length).toBeGreaterThan(0);
      const run = await lintFiles({ cwd: root, patterns: part, kit });
      writeFileSync(join(root, `shard-${index}.json`), json(run, options(root)));
    }
    // Each part reads the whole project: the files named, and the campaigns around them for the programme.
  }, 60_000);

  it.each(['json', 'stylish', 'sarif'])('merges the shards into the report a single run gives (%s)', async (format) => {
    const { io, out } = testIo(root);
    const code = await runMerge(['shard-*.json'], { format }, io);
    expect(code).toBe(1);
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe((await loadReporter(format))(await fullRun(), options(root)));
    if (format === 'sarif') expect(sarifSchemaErrors(JSON.parse(out.stdout))).toEqual([]);
  });

  it('writes to --output-file, and exits 0 when no report holds an error', async () => {
    const warningsOnly = join(root, 'warnings-only.json');
    const run = await lintFiles({ cwd: root, patterns: ['notes/warning.md'], kit });
    writeFileSync(warningsOnly, json(run, options(root)));
    const { io, out } = testIo(root);
    expect(await runMerge([warningsOnly], { format: 'markdown', outputFile: 'summary.md' }, io)).toBe(0);
    expect(out.stdout).toBe('');
    expect(readFileSync(join(root, 'summary.md'), 'utf8')).toMatch(/^## brandlint\n\n\*\*0 errors and 3 warnings\*\* in 1 of 1 file\./);
  });

  it('prints findings without code frames when the file is gone', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'brandlint-merge-gone-'));
    cpSync(root, folder, { recursive: true });
    rmSync(join(folder, 'notes', 'error.md'));
    const { io, out } = testIo(folder);
    await runMerge(['shard-1.json', 'shard-2.json'], { format: 'stylish' }, io);
    const [gone, kept] = out.stdout.split('\n\nnotes/warning.md\n');
    expect(gone).toContain('  1:5  error  Write the name as "Acme Cloud", not "AcmeCloud".  lexicon/names\n');
    expect(gone).not.toMatch(/^ {4}> /m);
    expect(kept).toMatch(/^ {4}> 1 \| You can purchase it today\.$/m);
  });

  it('warns when a campaign was split across reports, and keeps each part', async () => {
    const shard = JSON.parse(readFileSync(join(root, 'shard-1.json'), 'utf8'));
    writeFileSync(join(root, 'campaign-part.json'), JSON.stringify({ ...shard, files: [] }));
    const { io, out } = testIo(root);
    await runMerge(['shard-1.json', 'campaign-part.json'], { format: 'json' }, io);
    expect(out.stderr).toBe('brandlint: campaign "spring-sale" is in several reports (was it split across shards?); each part is kept as it is.\n');
    expect(JSON.parse(out.stdout).campaigns.map((campaign: { id: string }) => campaign.id)).toEqual(['spring-sale', 'spring-sale']);
  });

  describe('rejects what is not a brandlint JSON report', () => {
    const cases: [string, string, RegExp][] = [
      ['not-json.json', '{ nope', /not-json\.json is not a brandlint JSON report: it is not JSON/],
      [
        'package.json',
        '{ "name": "x", "version": "1.0.0" }',
        /package\.json is not a brandlint JSON report \(as written by --format json\): the top level must have required property 'schemaVersion'/,
      ],
      [
        'other-tool.json',
        '{ "schemaVersion": 1, "tool": { "name": "eslint" }, "files": [], "campaigns": [] }',
        /other-tool\.json is not a brandlint JSON report .*tool\.name must be equal to constant/,
      ],
      [
        'future.json',
        '{ "schemaVersion": 2, "tool": { "name": "brandlint" }, "files": [], "campaigns": [] }',
        /future\.json is a brandlint JSON report of schema version 2; this brandlint merges version 1/,
      ],
      [
        'bad-finding.json',
        '{ "schemaVersion": 1, "tool": { "name": "brandlint" }, "files": [{ "path": "a.md", "channel": "web", "findings": [{ "ruleId": "x/y", "severity": "fatal" }] }], "campaigns": [] }',
        /bad-finding\.json is not a brandlint JSON report .*files\.0\.findings\.0 must have required property/,
      ],
    ];

    /** The usage error (exit code 2 in the CLI) that merging these reports fails with. */
    async function usageError(names: string[]): Promise<UsageError> {
      const error = await runMerge(names, { format: 'json' }, testIo(root).io).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UsageError);
      return error as UsageError;
    }

    it.each(cases)('%s', async (name, text, message) => {
      writeFileSync(join(root, name), text);
      expect((await usageError([name])).message).toMatch(message);
    });

    it('the same file in two reports', async () => {
      cpSync(join(root, 'shard-1.json'), join(root, 'shard-1-again.json'));
      expect((await usageError(['shard-1.json', 'shard-1-again.json'])).message).toMatch(/spring-sale\/\S+ is in both shard-1\.json and shard-1-again\.json/);
    });

    it('a missing file, or a glob that matches nothing', async () => {
      expect((await usageError(['missing.json'])).message).toMatch(/Cannot read missing\.json/);
      expect((await usageError(['nothing-*.json'])).message).toBe('No files match "nothing-*.json".');
    });

    it('an unknown format', async () => {
      const error = await runMerge(['shard-1.json'], { format: 'yaml' }, testIo(root).io).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toMatch(/^--format: unknown format "yaml"; one of stylish, compact, unix, json, sarif/);
    });
  });
});
