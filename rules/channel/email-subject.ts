import { roleLengthRule } from '../../src/messaging/length-range.js';

export default roleLengthRule({
  id: 'channel/email-subject',
  description: 'Email subject lines stay within the kit\'s length range.',
  channels: ['email'],
  role: 'subject',
  label: 'The subject line',
  range: (kit) => kit.channels.email.subject,
  docs: {
    details:
      'Counts the characters of the subject (`<title>`, a `subject` meta, front matter or the .eml Subject header) as readers ' +
      'see them — an emoji counts once — and compares them with `channels.email.subject.min`/`max`. A subject that is too ' +
      'long is reported on the part past the limit, the part inboxes cut off; one that is too short on the whole subject.',
    kit: 'channels:\n  email:\n    subject: { min: 20, max: 50 }',
    bad: '<title>Everything you need to know about our biggest spring sale yet</title>',
    good: '<title>Our spring sale starts today</title>',
    channel: 'email',
  },
});
