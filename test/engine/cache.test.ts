import { cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadKit } from '../../src/config/load.js';
import { LintCache, resolveCacheLocation } from '../../src/engine/cache.js';
import { lintFiles, type LintRequest } from '../../src/engine/run.js';
import type { Rule } from '../../src/engine/types.js';
import { json } from '../../src/reporters/json.js';
import { stylish } from '../../src/reporters/stylish.js';
import { allRules } from '../../rules/index.js';
import { knownRuleOptions } from '../../rules/options.js';
import { kitFromYaml } from '../helpers/kit.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** Counts the documents and campaigns the rules really look at. */
function countingRules() {
  const seen = { documents: [] as string[], campaigns: [] as string[] };
  const meta = {
    description: 'counts',
    severity: 'warn' as const,
    channels: ['web', 'email', 'social', 'call'] as const,
    fixable: false,
    docs: { details: '', bad: '', findings: [], good: '' },
  };
  const rules: Rule[] = [
    { meta: { ...meta, id: 'test/documents', channels: [...meta.channels] }, check: (context) => void seen.documents.push(context.document.path) },
    { meta: { ...meta, id: 'test/campaigns', channels: [...meta.channels] }, checkCampaign: (context) => void seen.campaigns.push(context.campaign.id) },
  ];
  return { seen, rules };
}

function folder(files: Record<string, string>): string {
  const cwd = mkdtempSync(join(tmpdir(), 'brandlint-cache-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text);
  return cwd;
}

/** The sample campaign and its kit in a folder of their own, with a second, folder-free campaign by front matter. */
function sampleProject(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'brandlint-cache-'));
  cpSync(FIXTURES, cwd, { recursive: true });
  mkdirSync(join(cwd, 'notes'));
  writeFileSync(join(cwd, 'notes', 'a.md'), '---\ncampaign: autumn\n---\n\nGet 10% off with code FALL10 until Oct 1. Purchase AcmeCloud now!\n');
  writeFileSync(join(cwd, 'notes', 'b.md'), '---\ncampaign: autumn\n---\n\nGet 15% off with code FALL10. Log in today.\n');
  return cwd;
}

async function twoRuns(request: LintRequest, between: () => void = () => {}) {
  const location = join(request.cwd, '.brandlintcache');
  const first = await LintCache.open(location, 'test');
  await lintFiles({ ...request, cache: first });
  await first.save();
  between();
  const warm = await lintFiles({ ...request, cache: await LintCache.open(location, 'test') });
  const cold = await lintFiles(request);
  return { warm, cold };
}

describe('the lint cache', () => {
  it('lints again only the files whose content changed, whatever their modification time', async () => {
    const cwd = folder({ 'a.md': 'One.\n', 'b.md': 'Two.\n', 'c.md': 'Three.\n' });
    const { seen, rules } = countingRules();
    const request: LintRequest = { cwd, patterns: ['.'], kit: await kitFromYaml(''), rules };
    const cache = LintCache.inMemory();
    await lintFiles({ ...request, cache });
    expect(seen.documents).toEqual(['a.md', 'b.md', 'c.md']);
    writeFileSync(join(cwd, 'a.md'), 'One.\n');
    writeFileSync(join(cwd, 'b.md'), 'Two, changed.\n');
    seen.documents.length = 0;
    await lintFiles({ ...request, cache });
    expect(seen.documents).toEqual(['b.md']);
  });

  it('starts afresh when the kit or the rule settings change', async () => {
    const cwd = folder({ 'a.md': 'Purchase it.\n' });
    const { seen, rules } = countingRules();
    const cache = LintCache.inMemory();
    const request: LintRequest = { cwd, patterns: ['.'], kit: await kitFromYaml(''), rules };
    await lintFiles({ ...request, cache });
    await lintFiles({ ...request, cache, kit: await kitFromYaml('lexicon:\n  names: [Acme]\n') });
    await lintFiles({ ...request, cache, ruleOverrides: { 'test/documents': 'error' } });
    await lintFiles({ ...request, cache, ruleOverrides: { 'test/documents': 'error' } });
    expect(seen.documents).toEqual(['a.md', 'a.md', 'a.md']);
  });

  it('checks a campaign again only when one of its members changed', async () => {
    const cwd = folder({
      'a1.md': '---\ncampaign: alpha\n---\nA one.\n',
      'a2.md': '---\ncampaign: alpha\n---\nA two.\n',
      'b1.md': '---\ncampaign: beta\n---\nB one.\n',
    });
    const { seen, rules } = countingRules();
    const cache = LintCache.inMemory();
    const request: LintRequest = { cwd, patterns: ['.'], kit: await kitFromYaml(''), rules, cache };
    await lintFiles(request);
    expect(seen.campaigns).toEqual(['alpha', 'beta']);
    writeFileSync(join(cwd, 'a2.md'), '---\ncampaign: alpha\n---\nA two, changed.\n');
    seen.campaigns.length = 0;
    seen.documents.length = 0;
    await lintFiles(request);
    expect(seen).toEqual({ documents: ['a2.md'], campaigns: ['alpha'] });
  });

  it('finds a file by its stamp without reading it, and reads a file whose stamp changed', async () => {
    const cwd = folder({ 'a.md': 'One.\n', 'b.md': 'Two.\n' });
    const { seen, rules } = countingRules();
    const request: LintRequest = { cwd, patterns: ['.'], kit: await kitFromYaml(''), rules };
    const location = join(cwd, '.brandlintcache');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // a minute on: the files have not changed for long enough to trust their stamps
      vi.setSystemTime(Date.now() + 60_000);
      const first = await LintCache.open(location, 'test');
      await lintFiles({ ...request, cache: first });
      await first.save();
      const saved = JSON.parse(readFileSync(location, 'utf8')) as { files: Record<string, { hash: string; stamp?: { size: number } }> };
      expect(saved.files['a.md']?.stamp?.size).toBe(5);
      // an entry found by its stamp is not checked against the bytes, so a wrong hash goes unnoticed
      for (const entry of Object.values(saved.files)) entry.hash = 'not the hash';
      writeFileSync(location, JSON.stringify(saved));
      writeFileSync(join(cwd, 'b.md'), 'Two.\n');
      seen.documents.length = 0;
      await lintFiles({ ...request, cache: await LintCache.open(location, 'test') });
      expect(seen.documents).toEqual(['b.md']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('records no stamp for a file changed just before it was read, and rewrites no cache a run left unchanged', async () => {
    const cwd = folder({ 'a.md': 'One.\n' });
    const request: LintRequest = { cwd, patterns: ['.'], kit: await kitFromYaml('') };
    const location = join(cwd, '.brandlintcache');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // the run reads the file in the very millisecond it was written
      vi.setSystemTime(statSync(join(cwd, 'a.md')).ctimeMs);
      const first = await LintCache.open(location, 'test');
      await lintFiles({ ...request, cache: first });
      await first.save();
      expect(JSON.parse(readFileSync(location, 'utf8')).files['a.md'].stamp).toBeUndefined();
      const second = await LintCache.open(location, 'test');
      await lintFiles({ ...request, cache: second });
      writeFileSync(location, 'left alone');
      await second.save();
      expect(readFileSync(location, 'utf8')).toBe('left alone');
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores a corrupt cache file and writes a good one', async () => {
    const cwd = folder({ 'a.md': 'Purchase it.\n' });
    const location = join(cwd, '.brandlintcache');
    writeFileSync(location, '{"format": 1, "settings": "x", "files": ');
    const cache = await LintCache.open(location, 'test');
    const run = await lintFiles({ cwd, patterns: ['a.md'], kit: await kitFromYaml(''), cache });
    expect(run.results.map((result) => result.path)).toEqual(['a.md']);
    await cache.save();
    expect(Object.keys(JSON.parse(readFileSync(location, 'utf8')).files)).toEqual(['a.md']);
  });

  it.each(['kit', 'folder'] as const)('gives byte-identical reports to a cold run, before and after a change (campaigns by %s)', async (campaignBy) => {
    const cwd = sampleProject();
    const kit = loadKit(join(cwd, 'brand-kit.yaml'), { knownRules: knownRuleOptions() });
    const request: LintRequest = { cwd, patterns: ['.'], kit, campaignBy, rules: allRules };
    const options = { cwd, color: false, quiet: false, version: 'test' };
    const unchanged = await twoRuns(request);
    expect(json(unchanged.warm, options)).toBe(json(unchanged.cold, options));
    expect(stylish(unchanged.warm, options)).toBe(stylish(unchanged.cold, options));
    const changed = await twoRuns(request, () => {
      const landing = join(cwd, 'spring-sale', 'landing.md');
      writeFileSync(landing, readFileSync(landing, 'utf8').replaceAll('20%', '30%'));
    });
    expect(json(changed.warm, options)).toBe(json(changed.cold, options));
    expect(stylish(changed.warm, options)).toBe(stylish(changed.cold, options));
    expect(changed.cold.campaigns.length).toBeGreaterThan(1);
  });

  it('finds an earlier version of a file again, by path and content hash, only when it keeps versions (history)', () => {
    const entry = (hash: string) => ({ hash, findings: [], directives: [], campaigns: [] });
    const plain = LintCache.inMemory();
    const versioned = LintCache.inMemory();
    versioned.keepVersions();
    for (const cache of [plain, versioned]) {
      cache.setFile('copy/a.md', entry('first'));
      cache.setFile('copy/a.md', entry('second'));
    }
    expect(plain.file('copy/a.md', 'first')).toBeUndefined();
    expect(versioned.file('copy/a.md', 'first')).toEqual(entry('first'));
    expect([plain, versioned].map((cache) => cache.file('copy/a.md', 'second'))).toEqual([entry('second'), entry('second')]);
    expect(versioned.file('copy/b.md', 'first')).toBeUndefined();
  });

  it('puts the cache file in a folder when given one', () => {
    const cwd = folder({});
    expect(resolveCacheLocation(cwd)).toBe(join(cwd, '.brandlintcache'));
    expect(resolveCacheLocation(cwd, 'cache/')).toMatch(new RegExp(`^${join(cwd, 'cache')}/\\.brandlintcache_[0-9a-f]{12}$`));
    expect(resolveCacheLocation(cwd, '.')).toMatch(/\.brandlintcache_[0-9a-f]{12}$/);
    expect(resolveCacheLocation(cwd, 'my.cache')).toBe(join(cwd, 'my.cache'));
  });
});
