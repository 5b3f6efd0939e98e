import { afterAll, describe, expect, it } from 'vitest';
import { formatKitProblem, loadKitOrDefault } from '../../src/config/load.js';
import { unmatchable } from '../../src/config/phrases.js';
import { kitTree, removeKitTrees } from './fixtures/kit-tree.js';

afterAll(removeKitTrees);

function warningsOf(files: Record<string, string>): string[] {
  const root = kitTree(files);
  return loadKitOrDefault(root).warnings.map((warning) => formatKitProblem(warning, root));
}

describe('phrases that can never match', () => {
  it('warns at the phrase, with line and column, and the kit still loads', () => {
    const kit = [
      'messaging:',
      '  pillars:',
      '    - id: speed',
      '      statement: Ship faster.',
      '      phrases: ["ship faster", "!!!"]',
      '  ctas: ["Start your trial", "{{cta_text}}"]',
      'channels:',
      '  email:',
      '    vagueLinkText: [click here, "&rarr;"]',
      'lexicon:',
      '  banned:',
      '    - phrase: "..."',
      '    - "--"',
      '  terms:',
      '    - { use: sign in, insteadOf: ["log . . . in"] }',
    ].join('\n');
    expect(warningsOf({ '.brandlintrc.yaml': `${kit}\n` })).toEqual([
      '.brandlintrc.yaml:5:32: "messaging.pillars[0].phrases[1]" can never match: "!!!" has no letters or digits, and phrases are matched word by word',
      '.brandlintrc.yaml:6:30: "messaging.ctas[1]" can never match: "{{cta_text}}" holds a merge tag, which brandlint takes out of the text before matching',
      '.brandlintrc.yaml:9:33: "channels.email.vagueLinkText[1]" can never match: "&rarr;" holds a character reference, which brandlint takes out of the text before matching',
      '.brandlintrc.yaml:12:15: "lexicon.banned[0].phrase" can never match: "..." has no letters or digits, and phrases are matched word by word',
      '.brandlintrc.yaml:13:7: "lexicon.banned[1]" can never match: "--" has no letters or digits, and phrases are matched word by word',
      '.brandlintrc.yaml:15:35: "lexicon.terms[0].insteadOf[0]" can never match: the words "log" and "in" are kept apart by " . . . ", more than a phrase\'s own punctuation (4 characters) may be',
    ]);
  });

  it('looks in overrides, campaigns and the kits a kit extends', () => {
    expect(
      warningsOf({
        '.brandlintrc.yaml':
          'extends: ./base.yaml\noverrides:\n  - files: "blog/**"\n    tone: { hedges: ["?"] }\ncampaigns:\n  spring:\n    truth: { cta: "<b>Buy</b>" }\n',
        'base.yaml': 'channels:\n  call:\n    forbidden: ["…"]\n',
      }),
    ).toEqual([
      '.brandlintrc.yaml:4:22: "overrides[0].tone.hedges[0]" can never match: "?" has no letters or digits, and phrases are matched word by word',
      '.brandlintrc.yaml:7:19: "campaigns.spring.truth.cta" can never match: "<b>Buy</b>" holds markup, which brandlint takes out of the text before matching',
      'base.yaml:3:17: "channels.call.forbidden[0]" can never match: "…" has no letters or digits, and phrases are matched word by word',
    ]);
  });

  it('reads an ellipsis in a playbook phrase as a gap of a few words, and in a lexicon phrase as written', () => {
    expect(
      warningsOf({
        '.brandlintrc.yaml':
          'messaging:\n  pillars:\n    - { id: ease, statement: Easy., phrases: ["reconciles … for you", "saves ... hours", "… !"] }\nlexicon:\n  banned: ["tax ... time"]\n',
      }),
    ).toEqual([
      '.brandlintrc.yaml:3:90: "messaging.pillars[0].phrases[2]" can never match: a part of "… !" between its ellipses, "!", has no letters or digits',
      '.brandlintrc.yaml:5:12: "lexicon.banned[0]" can never match: the words "tax" and "time" are kept apart by " ... ", more than a phrase\'s own punctuation (4 characters) may be',
    ]);
  });

  it.each([['#1'], ['100%'], ['e-mail'], ['vs.'], ['Acme & Co'], ['log in'], ['🚀 launch'], ['AT&T'], ['{name}']])('finds nothing wrong with %j', (phrase) => {
    expect(unmatchable(phrase)).toBeUndefined();
  });
});
