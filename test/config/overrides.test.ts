/**
 * Overrides: settings for the files their globs match, applied in order
 * over the whole kit with the merge rules of `extends`; checked like the
 * rest of the kit, with the place of every problem.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KitError } from '../../src/config/errors.js';
import { loadKit } from '../../src/config/load.js';
import { kitWithOverrides } from '../../src/config/overrides.js';
import { CompiledKit } from '../../src/engine/compiled-kit.js';
import { knownRuleOptions } from '../../rules/options.js';
import { kitTree, removeKitTrees } from './fixtures/kit-tree.js';

afterAll(removeKitTrees);

const KIT = `
tone:
  sentenceLength: 25
  exclamations: { document: 1, sentence: 1 }
lexicon:
  names: [Acme]
  banned: [synergy]
messaging:
  ctas: [Start your trial]
rules:
  tone/jargon: [warn, { plainLanguage: true }]
  tone/passive: warn
overrides:
  - files: "legal/**"
    tone: { sentenceLength: 60, passive: false }
    rules:
      tone/passive: off
      tone/jargon: error
  - files: ["blog/**", "news/*.md"]
    excludeFiles: "blog/drafts/**"
    tone: { exclamations: { document: 3 } }
    lexicon:
      names: [{ name: Acme, trademark: "™" }, Acme Cloud]
    messaging:
      ctas: [Read the guide]
  - files: "legal/terms.md"
    tone: { sentenceLength: 80 }
`;

function load(text: string, files: Record<string, string> = {}) {
  const root = kitTree({ '.brandlintrc.yaml': text, ...files });
  return { root, kit: loadKit(join(root, '.brandlintrc.yaml'), { knownRules: knownRuleOptions() }) };
}

function problemsOf(text: string): string {
  const root = kitTree({ '.brandlintrc.yaml': text });
  try {
    loadKit(join(root, '.brandlintrc.yaml'), { knownRules: knownRuleOptions() });
  } catch (error) {
    expect(error).toBeInstanceOf(KitError);
    return (error as KitError).format(root);
  }
  throw new Error('the kit loaded without error');
}

describe('a file’s kit', () => {
  it('applies every override that matches the file, in order, over the kit', () => {
    const { root, kit } = load(KIT);
    const compiled = new CompiledKit(kit, root);
    const terms = compiled.forFile('legal/terms.md').kit;
    expect(terms.tone).toMatchObject({ sentenceLength: 80, passive: false, exclamations: { document: 1, sentence: 1 } });
    expect(terms.rules['tone/passive']).toEqual({ severity: 'off', options: {} });
    // A severity alone keeps the options the kit gave the rule, as through extends.
    expect(terms.rules['tone/jargon']).toEqual({ severity: 'error', options: { plainLanguage: true } });
    expect(compiled.forFile('legal/privacy.md').kit.tone.sentenceLength).toBe(60);
  });

  it('merges lists as extends does: names by name, others replaced', () => {
    const { root, kit } = load(KIT);
    const blog = new CompiledKit(kit, root).forFile('blog/launch.md').kit;
    expect(blog.lexicon.names.map(({ name, trademark }) => [name, trademark])).toEqual([
      ['Acme', '™'],
      ['Acme Cloud', undefined],
    ]);
    expect(blog.lexicon.banned).toEqual([{ phrase: 'synergy' }]);
    expect(blog.messaging.ctas).toEqual(['Read the guide']);
    expect(blog.tone.exclamations).toEqual({ document: 3, sentence: 1 });
  });

  it('leaves files no override matches, and those excludeFiles names, with the kit itself', () => {
    const { root, kit } = load(KIT);
    const compiled = new CompiledKit(kit, root);
    expect(compiled.forFile('emails/welcome.html')).toBe(compiled);
    expect(compiled.forFile('blog/drafts/idea.md')).toBe(compiled);
    expect(compiled.forFile('news/2026/old.md')).toBe(compiled);
    expect(compiled.forFile('news/today.md')).not.toBe(compiled);
  });

  it('compiles each combination of overrides once, however many files share it', () => {
    const { root, kit } = load(KIT);
    const compiled = new CompiledKit(kit, root);
    expect(compiled.forFile('legal/privacy.md')).toBe(compiled.forFile('legal/cookies.md'));
    expect(compiled.forFile('legal/terms.md')).not.toBe(compiled.forFile('legal/privacy.md'));
    expect(compiled.forFile('blog/a.md')).toBe(compiled.forFile('news/b.md'));
    expect(compiled.forFile('legal/privacy.md').lexicon).toBe(compiled.forFile('legal/cookies.md').lexicon);
  });

  it('matches globs from the user’s kit folder, for paths given from another working folder', () => {
    const { root, kit } = load(KIT);
    const fromSub = new CompiledKit(kit, join(root, 'legal'));
    expect(fromSub.forFile('privacy.md').kit.tone.sentenceLength).toBe(60);
    expect(fromSub.overridesOf('privacy.md')).toEqual([kit.overrides[0]]);
  });

  it('spends the overrides on the file’s kit', () => {
    const { kit } = load(KIT);
    expect(kitWithOverrides(kit, kit.overrides.slice(0, 1)).overrides).toEqual([]);
  });
});

describe('overrides through extends', () => {
  it('applies the bases’ overrides first, all of them over the whole merged kit', () => {
    const { root, kit } = load('extends: ./base.yaml\ntone: { sentenceLength: 20 }\noverrides:\n  - files: "legal/**"\n    tone: { passive: false }\n', {
      'base.yaml': 'overrides:\n  - files: "legal/**"\n    tone: { sentenceLength: 50, passive: true }\n',
    });
    expect(kit.overrides.map((override) => override.settings.tone)).toEqual([{ sentenceLength: 50, passive: true }, { passive: false }]);
    expect(new CompiledKit(kit, root).forFile('legal/a.md').kit.tone).toMatchObject({ sentenceLength: 50, passive: false });
    expect(new CompiledKit(kit, root).forFile('blog/a.md').kit.tone.sentenceLength).toBe(20);
  });
});

describe('checking overrides', () => {
  it('needs files, and names unknown keys with a did-you-mean, at the key', () => {
    expect(problemsOf('overrides:\n  - tone: { passive: false }\n')).toBe('.brandlintrc.yaml:2:5: "overrides[0]" is missing the required key "files"');
    expect(problemsOf('overrides:\n  - files: "legal/**"\n    tones: { passive: false }\n')).toBe(
      '.brandlintrc.yaml:3:5: unknown key "tones" in "overrides[0]" — did you mean "tone"?',
    );
  });

  it('refuses what cannot differ by file', () => {
    expect(problemsOf('overrides:\n  - files: "legal/**"\n    campaigns: {}\n')).toMatch(
      /^\.brandlintrc\.yaml:3:5: unknown key "campaigns" in "overrides\[0\]"/,
    );
  });

  it('refuses an override that sets nothing', () => {
    expect(problemsOf('overrides:\n  - files: "legal/**"\n    excludeFiles: "legal/old/**"\n')).toBe(
      '.brandlintrc.yaml:2:5: "overrides[0]" sets nothing for its files: give it lexicon, tone, messaging, channels or rules',
    );
  });

  it('checks rule ids and options in an override as in the kit’s rules', () => {
    expect(problemsOf('overrides:\n  - files: "legal/**"\n    rules:\n      tone/pasive: off\n')).toBe(
      '.brandlintrc.yaml:4:7: unknown rule "tone/pasive" in "overrides[0]" — did you mean "tone/passive"?',
    );
    expect(problemsOf('overrides:\n  - files: "legal/**"\n    rules:\n      tone/jargon: [warn, { plainLanguage: yes }]\n')).toBe(
      '.brandlintrc.yaml:4:44: option "plainLanguage" of rule "tone/jargon" in "overrides[0]" must be true or false, got "yes"',
    );
  });

  it('checks patterns and length ranges in an override at their place', () => {
    expect(problemsOf('overrides:\n  - files: "legal/**"\n    lexicon:\n      banned: [{ pattern: "(a+)+$" }]\n')).toMatch(
      /^\.brandlintrc\.yaml:4:27: .*backtrack/,
    );
    expect(problemsOf('overrides:\n  - files: "legal/**"\n    channels:\n      web: { title: { min: 70, max: 60 } }\n')).toBe(
      '.brandlintrc.yaml:4:21: "overrides[0].channels.web.title" has min 70 above max 60',
    );
  });
});
