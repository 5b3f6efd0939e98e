import { roleLengthRule } from '../../src/channels/length-range.js';

export default roleLengthRule({
  id: 'channel/web-title',
  description: "Page titles stay within the kit's length range.",
  channels: ['web'],
  role: 'title',
  label: 'The page title',
  range: (kit) => kit.channels.web.title,
  docs: {
    details:
      'Counts the characters of the page title (`<title>` or front matter `title`) as readers see them and compares them with ' +
      '`channels.web.title.min`/`max`. A title that is too long is reported on the part past the limit, the part search ' +
      'results cut off; one that is too short on the whole title.',
    kit: 'channels:\n  web:\n    title: { min: 10, max: 60 }',
    bad: '---\ntitle: Acme Deploy — the fastest, simplest, most reliable way to ship software for teams\n---\n',
    findings: ['2:68-2:89 The page title has 81 characters; shorten it to 60 or fewer (the marked part is past the limit).'],
    good: '---\ntitle: Acme Deploy — ship software in minutes\n---\n',
  },
});
