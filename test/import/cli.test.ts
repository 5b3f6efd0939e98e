import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/cli/import.js';
import { UsageError } from '../../src/engine/usage-error.js';
import { main } from '../../src/cli/main.js';
import { loadKit } from '../../src/config/load.js';
import { bufferIo, FIXTURES, runIn, temporaryFolder } from './support.js';

const TERMS = join(FIXTURES, 'vale', 'styles', 'Acme', 'Terms.yml');

describe('runImport', () => {
  it('refuses a path that does not exist (exit code 2 through the CLI)', () => {
    expect(() => runImport('vale', 'no/such/styles', {}, bufferIo())).toThrow(new UsageError('no/such/styles does not exist.'));
  });

  it('exits 2 when the path holds nothing importable', () => {
    const folder = temporaryFolder();
    writeFileSync(join(folder, 'notes.md'), '# Not a style\n');
    const { code, stderr, stdout } = runIn('prh', folder);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`brandlint: nothing to import from ${folder}: no prh rule could be carried over.\n`);
  });

  it('writes the fragment to --output instead of standard output', () => {
    const output = join(temporaryFolder(), 'imported.yaml');
    const { code, stdout } = runIn('vale', TERMS, { output });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(loadKit(output).lexicon.terms.map((term) => term.use)).toEqual(['email', 'sign in to', 'website']);
  });

  it('refuses --output with --merge-into', () => {
    expect(() => runImport('vale', TERMS, { output: 'a.yaml', mergeInto: 'b.yaml' }, bufferIo())).toThrow(UsageError);
  });
});

describe('brandlint import --merge-into', () => {
  const KIT = [
    '# Acme brand kit',
    'lexicon:',
    '  # Our product names',
    '  names: [Acme Cloud]',
    '  terms:',
    '    - { use: email, insteadOf: [e-mail], inflect: false, severity: warn } # already there',
    'tone:',
    '  sentenceLength: 25',
    '',
  ].join('\n');

  it('adds the new entries to the kit, keeping its comments and the entries it has', () => {
    const kit = join(temporaryFolder(), '.brandlintrc.yaml');
    writeFileSync(kit, KIT);
    const { code, stderr } = runIn('vale', TERMS, { mergeInto: kit });
    expect(code).toBe(0);
    expect(stderr).toMatch(/; 6 new entries added to .*\.brandlintrc\.yaml\.\n$/);
    const merged = readFileSync(kit, 'utf8');
    expect(merged).toContain('# Acme brand kit');
    expect(merged).toContain('# Our product names');
    expect(merged).toContain('# already there');
    expect(merged.match(/use: email/g)).toHaveLength(1);
    const loaded = loadKit(kit);
    expect(loaded.lexicon.names.map((name) => name.name)).toEqual(['Acme Cloud', 'JavaScript']);
    expect(loaded.lexicon.terms.map((term) => term.use)).toEqual(['email', 'sign in to', 'website']);
    expect(loaded.tone.sentenceLength).toBe(25);
  });

  it('refuses a kit file that does not exist', () => {
    expect(() => runIn('vale', TERMS, { mergeInto: join(temporaryFolder(), 'missing.yaml') })).toThrow(UsageError);
  });
});

describe('an imported kit at work', () => {
  it('reports and fixes the imported terms, and reports the imported bans', async () => {
    const folder = temporaryFolder();
    const imported = runIn('vale', join(FIXTURES, 'vale', 'styles'));
    writeFileSync(join(folder, '.brandlintrc.yaml'), imported.stdout);
    writeFileSync(join(folder, 'post.md'), 'Send us an e-mail to log into the beta. It is revolutionary!!\n');
    const io = bufferIo(folder);
    const code = await main(['node', 'brandlint', 'lint', '--format', 'json', 'post.md'], io);
    const messages = JSON.parse(io.out.join('')).files[0].findings.map(
      (finding: { ruleId: string; message: string }) => `${finding.ruleId}: ${finding.message}`,
    );
    expect(code).toBe(1);
    expect(messages).toEqual(
      expect.arrayContaining([
        'lexicon/terms: Use "email" instead of "e-mail".',
        'lexicon/terms: Use "sign in to" instead of "log into".',
        'lexicon/banned: Avoid "revolutionary". Drop \'revolutionary\'.',
        'lexicon/banned: Avoid "!!". Too many exclamation marks.',
      ]),
    );
  });
});
