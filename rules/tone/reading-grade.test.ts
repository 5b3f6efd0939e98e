import { ruleTester } from '../../test/helpers/rule-tester.js';
import rule from './reading-grade.js';

const DENSE =
  'Our comprehensive integration capabilities facilitate unprecedented organizational efficiency, enabling multidisciplinary teams ' +
  'to orchestrate sophisticated operational workflows. Administrators configure granular permissions through centralized governance ' +
  'dashboards and consolidate institutional knowledge. Stakeholders receive comprehensive analytical visibility.';
const PLAIN =
  'Connect the tools you use. Your team works in one place. Plans, files and notes stay together. You can see what is done and ' +
  'what is next. It is quick to set up and easy to learn.';

ruleTester(rule, {
  kit: 'tone:\n  readingGrade: { paragraph: 12, document: 10 }',
  valid: [
    {
      name: 'every sentence already has a sentence-length finding: not reported again',
      kit: 'tone:\n  readingGrade: { paragraph: 12, document: 40 }\n  sentenceLength: 4',
      text: `${DENSE}\n`,
    },
    {
      name: 'hard only through a sentence that already has a sentence-length finding: the easy rest is not marked',
      kit: 'tone:\n  readingGrade: { paragraph: 12, document: 40 }\n  sentenceLength: 25',
      text:
        'Our comprehensive integration capabilities facilitate unprecedented organizational efficiency for every multidisciplinary ' +
        'team that needs to orchestrate sophisticated operational workflows and consolidate institutional knowledge across ' +
        "geographically distributed environments and locations. Let's get started! It takes a minute.\n",
    },
    {
      name: 'placeholder Latin is not English: neither the paragraph nor the document is graded',
      text:
        'Lorem ipsum dolor sit amet, consectetur adipiscing elit. Maecenas sed ante pellentesque, posuere leo id, eleifend dolor. ' +
        'Class aptent taciti sociosqu ad litora torquent per conubia nostra, per inceptos himenaeos. Praesent laoreet malesuada cursus.\n\n' +
        `${PLAIN}\n`,
    },
    PLAIN,
    { name: 'too few words to score', text: 'Comprehensive integration capabilities facilitate unprecedented organizational efficiency.' },
    { name: 'customer lines are not brand copy', path: 'script.txt', channel: 'call', text: `AGENT: Thanks for calling.\nCUSTOMER: ${DENSE}\n` },
    {
      name: 'the channel allows a higher grade',
      kit: 'tone:\n  readingGrade: { paragraph: 12, document: 10 }\n  channels:\n    web: { readingGrade: { paragraph: 30, document: 30 } }',
      text: DENSE,
    },
  ],
  invalid: [
    {
      name: 'a dense paragraph: reported at its hardest sentence (here the first), the document at its first segment',
      text: `# Plans\n\n${DENSE}\n\n${PLAIN}\n`,
      errors: [
        {
          line: 1,
          column: 3,
          endLine: 1,
          endColumn: 8,
          message: "This document reads at grade 13.6 (Flesch–Kincaid); the kit's maximum for a document is 10. Use shorter sentences and plainer words.",
        },
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 180,
          message: "This paragraph reads at grade 29.8 (Flesch–Kincaid); the kit's maximum for a paragraph is 12. Use shorter sentences and plainer words.",
        },
      ],
    },
    {
      name: 'an HTML email paragraph, with merge tags that are not words: reported at its hardest sentence',
      path: 'mail.html',
      channel: 'email',
      text: `<table role="presentation"><tr><td><p>Hi {{first_name}}, ${DENSE.replace('Our', 'our')}</p></td></tr></table>`,
      errors: [
        {
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 424,
          message: /^This document reads at grade 29\.1 \(Flesch–Kincaid\); the kit's maximum for a document is 10\./,
        },
        {
          line: 1,
          column: 367,
          endLine: 1,
          endColumn: 424,
          message: /^This paragraph reads at grade 29\.1 \(Flesch–Kincaid\); the kit's maximum for a paragraph is 12\./,
        },
      ],
    },
    {
      name: 'the hardest sentence already has a sentence-length finding: the hardest one without',
      kit: 'tone:\n  readingGrade: { paragraph: 12, document: 40 }\n  sentenceLength: 15',
      text: `${DENSE}\n`,
      errors: [
        {
          line: 1,
          column: 310,
          endLine: 1,
          endColumn: 367,
          message: /^This paragraph reads at grade 29\.8 /,
        },
      ],
    },
  ],
});
