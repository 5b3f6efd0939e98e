import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KitError } from '../../src/config/errors.js';
import { loadKit } from '../../src/config/load.js';
import { kitTree, removeKitTrees } from './fixtures/kit-tree.js';

afterAll(removeKitTrees);

function names(kitFile: string): string[] {
  return loadKit(kitFile).lexicon.names.map((name) => name.name);
}

function errorOf(kitFile: string, cwd: string): string {
  try {
    loadKit(kitFile);
  } catch (error) {
    expect(error).toBeInstanceOf(KitError);
    return (error as KitError).format(cwd);
  }
  throw new Error('the kit loaded without error');
}

function packageJson(fields: Record<string, unknown>): string {
  return JSON.stringify({ version: '1.0.0', ...fields });
}

describe('extends with paths', () => {
  it('applies a kit over the kit it extends, relative to the extending file', () => {
    const root = kitTree({
      'client/.brandlintrc.yaml': 'extends: ../shared/company.yaml\nlexicon: { names: [Acme Cloud] }\n',
      'shared/company.yaml': 'extends: ./legal.yaml\nlexicon: { names: [Acme] }\n',
      'shared/legal.yaml': 'lexicon: { names: [Acme Legal] }\n',
    });
    const kit = loadKit(join(root, 'client/.brandlintrc.yaml'));
    expect(kit.lexicon.names.map((name) => name.name)).toEqual(['Acme Legal', 'Acme', 'Acme Cloud']);
    expect(kit.sources).toEqual([join(root, 'client/.brandlintrc.yaml'), join(root, 'shared/company.yaml'), join(root, 'shared/legal.yaml')]);
  });

  it('applies a list of bases in order, the later winning', () => {
    const root = kitTree({
      '.brandlintrc.yaml': 'extends: [./a.yaml, ./b.yaml]\n',
      'a.yaml': 'tone: { sentenceLength: 20, passive: false }\n',
      'b.yaml': 'tone: { sentenceLength: 30 }\n',
    });
    expect(loadKit(join(root, '.brandlintrc.yaml')).tone).toMatchObject({ sentenceLength: 30, passive: false });
  });

  it('finds the kit in a directory named by extends', () => {
    const root = kitTree({ '.brandlintrc.yaml': 'extends: ./brand\n', 'brand/.brandlintrc.yml': 'lexicon: { names: [Acme] }\n' });
    expect(names(join(root, '.brandlintrc.yaml'))).toEqual(['Acme']);
  });

  it('keeps globs relative to the user’s kit, wherever the base lives', () => {
    const root = kitTree({
      'repo/.brandlintrc.yaml': 'extends: ../kits/base.yaml\n',
      'kits/base.yaml': 'files:\n  routes: [{ glob: "emails/**", channel: email }]\ncampaigns:\n  spring: { files: "spring/**" }\n',
    });
    const kit = loadKit(join(root, 'repo/.brandlintrc.yaml'));
    expect(kit.root).toBe(join(root, 'repo'));
    expect(kit.files.routes).toEqual([{ glob: 'emails/**', channel: 'email' }]);
    expect(kit.campaigns[0]?.files).toEqual(['spring/**']);
  });

  it('reads a kit two bases share once, without calling it a cycle', () => {
    const root = kitTree({
      '.brandlintrc.yaml': 'extends: [./email.yaml, ./web.yaml]\n',
      'email.yaml': 'extends: ./common.yaml\n',
      'web.yaml': 'extends: ./common.yaml\n',
      'common.yaml': 'lexicon: { names: [Acme] }\n',
    });
    const kit = loadKit(join(root, '.brandlintrc.yaml'));
    expect(kit.lexicon.names.map((name) => name.name)).toEqual(['Acme']);
    expect(kit.sources.map((source) => source.slice(root.length + 1))).toEqual(['.brandlintrc.yaml', 'email.yaml', 'common.yaml', 'web.yaml']);
  });

  it('points at the extends entry that names a missing file', () => {
    const root = kitTree({ '.brandlintrc.yaml': 'extends:\n  - ./base.yaml\n  - ./missing.yaml\n', 'base.yaml': '' });
    expect(errorOf(join(root, '.brandlintrc.yaml'), root)).toBe(
      `.brandlintrc.yaml:3:5: cannot extend "./missing.yaml": no file at ${join(root, 'missing.yaml')}`,
    );
  });

  it('reports a problem in a base kit in that file', () => {
    const root = kitTree({ '.brandlintrc.yaml': 'extends: ./kits/base.yaml\n', 'kits/base.yaml': 'tone:\n  pasive: true\n' });
    expect(errorOf(join(root, '.brandlintrc.yaml'), root)).toBe('kits/base.yaml:2:3: unknown key "pasive" in "tone" — did you mean "passive"?');
  });
});

describe('extends with npm packages', () => {
  it('reads the kit named by the package’s "brandlint" field, resolved from the extending file', () => {
    const root = kitTree({
      'repo/.brandlintrc.yaml': 'extends: "@acme/brand-kit"\nlexicon: { names: [Acme Cloud] }\n',
      'repo/node_modules/@acme/brand-kit/package.json': packageJson({ name: '@acme/brand-kit', main: 'index.js', brandlint: 'kit/brand.yaml' }),
      'repo/node_modules/@acme/brand-kit/kit/brand.yaml': 'lexicon: { names: [Acme] }\n',
    });
    const kit = loadKit(join(root, 'repo/.brandlintrc.yaml'));
    expect(kit.lexicon.names.map((name) => name.name)).toEqual(['Acme', 'Acme Cloud']);
    expect(kit.sources[1]).toBe(join(root, 'repo/node_modules/@acme/brand-kit/kit/brand.yaml'));
  });

  it('finds the package in a node_modules further up', () => {
    const root = kitTree({
      'packages/site/.brandlintrc.yaml': 'extends: acme-kit\n',
      'node_modules/acme-kit/package.json': packageJson({ name: 'acme-kit' }),
      'node_modules/acme-kit/.brandlintrc.yaml': 'lexicon: { names: [Acme] }\n',
    });
    expect(names(join(root, 'packages/site/.brandlintrc.yaml'))).toEqual(['Acme']);
  });

  it('reads a package whose main is a kit file, and a file inside a package', () => {
    const root = kitTree({
      '.brandlintrc.yaml': 'extends: [acme-kit, acme-kit/strict.yaml]\n',
      'node_modules/acme-kit/package.json': packageJson({ name: 'acme-kit', main: 'kit.json' }),
      'node_modules/acme-kit/kit.json': '{ "lexicon": { "names": ["Acme"] } }',
      'node_modules/acme-kit/strict.yaml': 'lexicon: { names: [Acme Strict] }\n',
    });
    expect(names(join(root, '.brandlintrc.yaml'))).toEqual(['Acme', 'Acme Strict']);
  });

  it('resolves a base kit’s own packages from the base kit’s directory', () => {
    const root = kitTree({
      '.brandlintrc.yaml': 'extends: ./vendor/agency.yaml\n',
      'vendor/agency.yaml': 'extends: agency-kit\n',
      'vendor/node_modules/agency-kit/package.json': packageJson({ name: 'agency-kit' }),
      'vendor/node_modules/agency-kit/.brandlintrc.json': '{ "lexicon": { "names": ["Agency"] } }',
    });
    expect(names(join(root, '.brandlintrc.yaml'))).toEqual(['Agency']);
  });

  it('says when the package is not installed', () => {
    const root = kitTree({ '.brandlintrc.yaml': 'extends: "@acme/missing-kit"\n' });
    expect(errorOf(join(root, '.brandlintrc.yaml'), root)).toBe(
      `.brandlintrc.yaml:1:10: cannot extend "@acme/missing-kit": the package is not installed (looked in node_modules from ${root} up)`,
    );
  });

  it('says when the package holds no kit', () => {
    const root = kitTree({
      '.brandlintrc.yaml': 'extends: left-pad\n',
      'node_modules/left-pad/package.json': packageJson({ name: 'left-pad', main: 'index.js' }),
    });
    expect(errorOf(join(root, '.brandlintrc.yaml'), root)).toBe(
      '.brandlintrc.yaml:1:10: cannot extend "left-pad": the package has no brand kit; give its package.json a "brandlint" field naming the kit file, or add a .brandlintrc.yaml',
    );
  });
});

describe('extends cycles', () => {
  it('names the whole chain at the entry that closes it', () => {
    const root = kitTree({
      '.brandlintrc.yaml': 'extends: ./kits/a.yaml\n',
      'kits/a.yaml': 'extends: ./b.yaml\n',
      'kits/b.yaml': 'tone: {}\nextends: [./a.yaml]\n',
    });
    expect(errorOf(join(root, '.brandlintrc.yaml'), root)).toBe('kits/b.yaml:2:11: extends cycle: kits/a.yaml → kits/b.yaml → kits/a.yaml');
  });

  it('catches a kit that extends itself', () => {
    const root = kitTree({ '.brandlintrc.yaml': 'extends: ./.brandlintrc.yaml\n' });
    expect(errorOf(join(root, '.brandlintrc.yaml'), root)).toBe('.brandlintrc.yaml:1:10: extends cycle: .brandlintrc.yaml → .brandlintrc.yaml');
  });
});

describe('extends stays inside the repository and installed packages', () => {
  /** A file outside the repository, like /etc/shadow, whose lines must never be printed. */
  function secretOutside(root: string): string {
    const secret = join(root, 'outside', 'shadow');
    mkdirSync(join(root, 'outside'), { recursive: true });
    writeFileSync(secret, 'root:$6$SECRETHASH:19000:0:99999:7:::\n');
    return secret;
  }

  it.each([
    ['an absolute path', (secret: string) => secret],
    ['a path that climbs out', () => '../outside/shadow'],
  ])('refuses %s outside the repository without reading it', (_, target) => {
    const root = kitTree({ 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/.brandlintrc.yaml': '' });
    const secret = secretOutside(root);
    writeFileSync(join(root, 'repo/.brandlintrc.yaml'), `extends: ${target(secret)}\n`);
    const message = errorOf(join(root, 'repo/.brandlintrc.yaml'), join(root, 'repo'));
    expect(message).toMatch(
      /^\.brandlintrc\.yaml:1:10: cannot extend ".+": it is outside the repository \(.+\); a kit extends kits in the repository or installed packages$/,
    );
    expect(message).not.toContain('SECRETHASH');
  });

  it('refuses a link inside the repository that leads outside it, and a file that is not a kit', () => {
    const root = kitTree({ 'repo/.git/HEAD': '', 'repo/.brandlintrc.yaml': 'extends: ./linked.yaml\n', 'repo/notes.txt': 'password: hunter2\n' });
    symlinkSync(secretOutside(root), join(root, 'repo/linked.yaml'));
    expect(errorOf(join(root, 'repo/.brandlintrc.yaml'), root)).toMatch(/cannot extend "\.\/linked\.yaml": it is outside the repository/);
    writeFileSync(join(root, 'repo/.brandlintrc.yaml'), 'extends: ./notes.txt\n');
    const message = errorOf(join(root, 'repo/.brandlintrc.yaml'), root);
    expect(message).toBe('repo/.brandlintrc.yaml:1:10: cannot extend "./notes.txt": a kit is a .yaml, .yml or .json file');
    expect(message).not.toContain('hunter2');
  });

  it('keeps a package’s kits inside the package', () => {
    const root = kitTree({
      '.git/HEAD': '',
      '.brandlintrc.yaml': 'extends: acme-kit/../../outside/shadow\n',
      'node_modules/acme-kit/package.json': JSON.stringify({ name: 'acme-kit', brandlint: '../../outside/shadow' }),
    });
    secretOutside(root);
    expect(errorOf(join(root, '.brandlintrc.yaml'), root)).toMatch(/cannot extend "\.\.\/\.\.\/outside\/shadow": it is outside the package acme-kit/);
    writeFileSync(join(root, '.brandlintrc.yaml'), 'extends: acme-kit\n');
    const message = errorOf(join(root, '.brandlintrc.yaml'), root);
    expect(message).toMatch(/cannot extend "\.\.\/\.\.\/outside\/shadow": it is outside the package acme-kit/);
    expect(message).not.toContain('SECRETHASH');
  });
});
