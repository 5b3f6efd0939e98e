import { ruleTester } from '../../test/helpers/rule-tester.js';
import socialHashtags from './social-hashtags.js';

ruleTester(socialHashtags, {
  kit: `
channels:
  social:
    requiredHashtags: ["#AcmeSpring"]
    maxHashtags: 3
    hashtagCase: camel
    disclosures: ["#ad"]
campaigns:
  launch: { files: [launch/**], truth: { hashtag: "#AcmeLaunch" } }
`,
  valid: [
    {
      name: 'one-word and unsplittable lower-case hashtags need no CamelCase',
      path: 'post.txt',
      channel: 'social',
      text: 'New release out. #AcmeSpring #genomics #nodejs\n',
    },
    { path: 'post.txt', channel: 'social', text: 'Spring is here. #AcmeSpring #SpringSale #ad\n' },
    { name: 'a campaign post with its hashtag', path: 'calendar.csv', text: 'text,campaign\nSpring is here. #AcmeSpring #AcmeLaunch,launch\n' },
    { name: 'no casing rule', kit: 'channels:\n  social:\n    hashtagCase: any', path: 'post.txt', channel: 'social', text: 'Spring is here. #springsale\n' },
  ],
  invalid: [
    {
      name: 'the required hashtag missing',
      path: 'post.txt',
      channel: 'social',
      text: 'Spring is here. #SpringSale\n',
      errors: [{ message: 'This post lacks the required hashtag #AcmeSpring.', line: 1, column: 1, endLine: 1, endColumn: 28 }],
    },
    {
      name: 'too many hashtags',
      path: 'post.txt',
      channel: 'social',
      text: 'Spring! #AcmeSpring #Sale #Deals #Spring #Save\n',
      errors: [{ message: 'This post has 5 hashtags; keep at most 3.', line: 1, column: 34, endLine: 1, endColumn: 47 }],
    },
    {
      name: "casing: the kit's spelling, and CamelCase",
      path: 'post.txt',
      channel: 'social',
      text: 'Spring is here. #acmespring #springsale\n',
      errors: [
        { message: 'Write #acmespring as the kit spells it: #AcmeSpring.', suggestion: '#AcmeSpring', line: 1, column: 17, endLine: 1, endColumn: 28 },
        { message: 'Write #springsale in CamelCase: #SpringSale.', suggestion: '#SpringSale', line: 1, column: 29, endLine: 1, endColumn: 40 },
      ],
    },
    {
      name: 'CamelCase led by a protected name the dictionary does not know',
      kit: 'lexicon:\n  names: [Nordlicht Mobile]\nchannels:\n  social:\n    hashtagCase: camel',
      path: 'post.txt',
      channel: 'social',
      text: 'Cosy nights. #nordlichtmobile #nordlichtdeals\n',
      errors: [
        { message: 'Write #nordlichtmobile in CamelCase: #NordlichtMobile.', suggestion: '#NordlichtMobile', line: 1, column: 14, endLine: 1, endColumn: 30 },
      ],
    },
    {
      name: 'a calendar row of a campaign without its hashtag, at its cell',
      path: 'calendar.csv',
      text: 'text,campaign\nSpring is here. #AcmeSpring,launch\n',
      errors: [{ message: 'This post lacks the required hashtag #AcmeLaunch.', line: 2, column: 1, endLine: 2, endColumn: 28 }],
    },
  ],
});
