import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultKit, findKitFile, loadKit, loadKitOrDefault } from '../../src/config/load.js';
import { CONTENT_EXTENSIONS } from '../../src/documents/channel.js';
import { kitTree, removeKitTrees } from './fixtures/kit-tree.js';

afterAll(removeKitTrees);

const FULL_KIT = fileURLToPath(new URL('./fixtures/full/.brandlintrc.yaml', import.meta.url));

describe('findKitFile', () => {
  it('walks up from the working directory to the nearest kit', () => {
    const root = kitTree({ '.brandlintrc.yaml': 'tone: {}\n', 'campaigns/spring/email/.keep': '' });
    expect(findKitFile(join(root, 'campaigns/spring/email'))).toBe(join(root, '.brandlintrc.yaml'));
  });

  it('stops at the nearest directory that has one', () => {
    const root = kitTree({ '.brandlintrc.yaml': '', 'client/.brandlintrc.json': '{}', 'client/web/.keep': '' });
    expect(findKitFile(join(root, 'client/web'))).toBe(join(root, 'client/.brandlintrc.json'));
  });

  it('prefers .yaml, then .yml, then .json in one directory', () => {
    expect(findKitFile(kitTree({ '.brandlintrc.json': '{}', '.brandlintrc.yml': '', '.brandlintrc.yaml': '' }))).toMatch(/\.brandlintrc\.yaml$/);
    expect(findKitFile(kitTree({ '.brandlintrc.json': '{}', '.brandlintrc.yml': '' }))).toMatch(/\.brandlintrc\.yml$/);
  });

  it('ignores a directory of that name', () => {
    const root = kitTree({ '.brandlintrc.yaml/.keep': '', 'sub/.brandlintrc.yml': '' });
    expect(findKitFile(join(root, 'sub'))).toBe(join(root, 'sub/.brandlintrc.yml'));
  });
});

describe('loadKitOrDefault', () => {
  it('uses the built-in kit when no kit is found', () => {
    const root = kitTree({ 'posts/.keep': '' });
    const loaded = loadKitOrDefault(join(root, 'posts'));
    expect(loaded).toEqual({ kit: defaultKit(join(root, 'posts')), isDefault: true, warnings: [] });
  });

  it('loads the kit found from the working directory up', () => {
    const root = kitTree({ '.brandlintrc.yml': 'lexicon: { names: [Acme] }\n', 'web/.keep': '' });
    const loaded = loadKitOrDefault(join(root, 'web'));
    expect(loaded.isDefault).toBe(false);
    expect(loaded.file).toBe(join(root, '.brandlintrc.yml'));
    expect(loaded.kit.root).toBe(root);
    expect(loaded.kit.lexicon.names.map((name) => name.name)).toEqual(['Acme']);
  });

  it('loads the kit given with --config, relative to the working directory', () => {
    const root = kitTree({ '.brandlintrc.yaml': 'lexicon: { names: [Found] }\n', 'kits/client.yaml': 'lexicon: { names: [Given] }\n' });
    const loaded = loadKitOrDefault(root, 'kits/client.yaml');
    expect(loaded.file).toBe(join(root, 'kits/client.yaml'));
    expect(loaded.kit.root).toBe(join(root, 'kits'));
    expect(loaded.kit.lexicon.names.map((name) => name.name)).toEqual(['Given']);
  });
});

describe('loadKit', () => {
  it('reads JSON kits like YAML kits', () => {
    const root = kitTree({
      'a/.brandlintrc.yaml': 'lexicon:\n  terms:\n    - { use: sign in, insteadOf: log in }\ntone: { sentenceLength: 18 }\n',
      'b/.brandlintrc.json': '{ "lexicon": { "terms": [{ "use": "sign in", "insteadOf": "log in" }] }, "tone": { "sentenceLength": 18 } }',
    });
    const fromYaml = loadKit(join(root, 'a/.brandlintrc.yaml'));
    const fromJson = loadKit(join(root, 'b/.brandlintrc.json'));
    expect({ ...fromJson, sources: [], root: '' }).toEqual({ ...fromYaml, sources: [], root: '' });
  });

  it('reads a UTF-8 BOM and an empty file', () => {
    const root = kitTree({ 'bom.yaml': '\uFEFFtone: { passive: false }\n', 'empty.yaml': '' });
    expect(loadKit(join(root, 'bom.yaml')).tone.passive).toBe(false);
    expect(loadKit(join(root, 'empty.yaml'))).toEqual({ ...defaultKit(root), sources: [join(root, 'empty.yaml')] });
  });

  it('expands every shorthand into the shapes rules read', () => {
    const kit = loadKit(FULL_KIT);
    expect(kit.lexicon.names).toContainEqual({ name: 'Acme', allow: [], nearMisses: true });
    expect(kit.lexicon.names).toContainEqual({ name: 'Acme Cloud', trademark: '™', allow: ["Acme Cloud's"], nearMisses: true });
    expect(kit.lexicon.terms).toContainEqual({ use: 'sign in', insteadOf: ['log in'], forms: {}, inflect: true, caseSensitive: false, exceptions: [] });
    expect(kit.lexicon.banned.slice(0, 3)).toEqual([
      { phrase: 'synergy' },
      { phrase: 'world-class', reason: 'Empty superlative', suggestion: 'say what is better', severity: 'error' },
      { pattern: '\\bbest[- ]in[- ]class\\b', reason: 'Cliché' },
    ]);
    expect(kit.lexicon.competitors).toEqual([
      { name: 'Globex', aliases: [], allowIn: [] },
      { name: 'Initech', aliases: ['Initech Corp'], allowIn: ['web'] },
    ]);
    expect(kit.messaging.tagline).toEqual({ text: 'Build faster. Sleep better.', threshold: 0.7 });
    expect(kit.messaging.claims.forbidden).toEqual([{ phrase: '#1' }, { pattern: 'guaranteed? (results|success)', reason: 'We cannot promise outcomes.' }]);
    expect(kit.files.ignore).toEqual(['drafts/**']);
    expect(kit.campaigns).toEqual([expect.objectContaining({ id: 'spring-sale', name: 'Spring Sale', files: ['campaigns/spring/**'], year: 2026 })]);
    expect(kit.campaigns[0]?.truth).toMatchObject({ start: '2026-05-01', end: '2026-05-31', price: { amount: 49, currency: 'USD', period: 'month' } });
    expect(kit.rules['tone/sentence-length']).toEqual({ severity: 'error', options: { max: 30 } });
  });

  it('fills every default, so rules never meet an undefined list', () => {
    const root = kitTree({ '.brandlintrc.yaml': 'campaigns:\n  launch: {}\nrules:\n  tone/passive: off\n' });
    const kit = loadKit(join(root, '.brandlintrc.yaml'));
    const builtIn = defaultKit(root);
    expect(kit.tone).toEqual(builtIn.tone);
    expect(kit.channels).toEqual(builtIn.channels);
    expect(kit.lexicon).toEqual(builtIn.lexicon);
    expect(kit.campaigns).toEqual([{ id: 'launch', files: [], truth: {}, variants: [], audiences: [], expect: {} }]);
    expect(kit.programme).toEqual(builtIn.programme);
    expect(kit.rules).toEqual({ 'tone/passive': { severity: 'off', options: {} } });
  });

  it('changes only what the kit sets', () => {
    const root = kitTree({ '.brandlintrc.yaml': 'tone:\n  exclamations: { document: 0 }\n  channels: { social: { emoji: { max: 5 } } }\n' });
    const kit = loadKit(join(root, '.brandlintrc.yaml'));
    expect(kit.tone.exclamations).toEqual({ document: 0, sentence: 1 });
    expect(kit.tone.channels).toEqual({ call: { emoji: { allowed: false, max: 0 } }, social: { emoji: { max: 5 } } });
    expect(kit.tone.sentenceLength).toBe(defaultKit().tone.sentenceLength);
  });

  it('records its root and its sources', () => {
    const kit = loadKit(FULL_KIT);
    expect(kit.root).toBe(join(FULL_KIT, '..'));
    expect(kit.sources).toEqual([FULL_KIT, join(FULL_KIT, '../base-kit.yaml')]);
  });
});

describe('defaultKit', () => {
  it('has generic settings and no brand words', () => {
    const kit = defaultKit('/work');
    expect(kit).toMatchObject({ sources: [], root: '/work', campaigns: [], rules: {} });
    expect(kit.lexicon).toMatchObject({ names: [], terms: [], banned: [], competitors: [], segments: [] });
    expect(kit.messaging).toMatchObject({ pillars: [], ctas: [] });
    expect(kit.messaging.tagline).toBeUndefined();
    expect(kit.channels.email).toMatchObject({ requireUnsubscribe: true, requirePostalAddress: true, requireAlt: true });
    expect(kit.tone).toMatchObject({ sentenceLength: 25, readingGrade: { document: 9, paragraph: 12 }, contractions: 'either' });
  });

  it('includes every content extension', () => {
    const [glob] = defaultKit().files.include;
    for (const extension of CONTENT_EXTENSIONS) expect(glob).toContain(extension.slice(1));
  });

  it('returns a fresh copy each time', () => {
    defaultKit().lexicon.allow.push('MUTATED');
    defaultKit().channels.email.vagueLinkText.length = 0;
    expect(defaultKit().lexicon.allow).not.toContain('MUTATED');
    expect(defaultKit().channels.email.vagueLinkText).not.toHaveLength(0);
  });
});
