import { roleLengthRule } from '../../src/channels/length-range.js';

export default roleLengthRule({
  id: 'channel/web-description',
  description: "Meta descriptions stay within the kit's length range.",
  channels: ['web'],
  role: 'description',
  label: 'The meta description',
  range: (kit) => kit.channels.web.description,
  docs: {
    details:
      'Counts the characters of the meta description (`<meta name="description">` or front matter `description`) as readers ' +
      'see them and compares them with `channels.web.description.min`/`max`. One that is too long is reported on the part ' +
      'past the limit, the part search results cut off; one that is too short on the whole description.',
    kit: 'channels:\n  web:\n    description: { min: 50, max: 160 }',
    bad: '---\ndescription: Deploy.\n---\n',
    findings: ['2:14-2:21 The meta description has 7 characters; write at least 50.'],
    good: '---\ndescription: Acme Deploy ships your app to every region in minutes, with rollbacks built in.\n---\n',
  },
});
