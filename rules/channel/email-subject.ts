import { isOnlyMergeTags } from '../../src/documents/opaque.js';
import type { Rule } from '../../src/engine/types.js';
import { roleLengthRule } from '../../src/channels/length-range.js';

const measured = roleLengthRule({
  id: 'channel/email-subject',
  description: "Email subject lines stay within the kit's length range.",
  channels: ['email'],
  role: 'subject',
  label: 'The subject line',
  range: (kit) => kit.channels.email.subject,
  docs: {
    details:
      'Counts the characters of the subject (`<title>`, a `subject` meta, front matter or the .eml Subject header) as readers ' +
      'see them — an emoji counts once — and compares them with `channels.email.subject.min`/`max`. A subject that is too ' +
      'long is reported on the part past the limit, the part inboxes cut off; one that is too short on the whole subject. ' +
      'A subject that is only an ESP merge tag (`<title>*|MC:SUBJECT|*</title>`) is filled in by the ESP and not measured, ' +
      'and the `<title>` of an HTML template is a weak signal: a short title that names the template ("Welcome Email", ' +
      '"Email Template", "Single Column") is not measured either.',
    kit: 'channels:\n  email:\n    subject: { min: 20, max: 50 }',
    bad: '<title>Everything you need to know about our biggest spring sale yet</title>',
    findings: ['1:58-1:69 The subject line has 61 characters; shorten it to 50 or fewer (the marked part is past the limit).'],
    good: '<title>Our spring sale starts today</title>',
    channel: 'email',
  },
});

/**
 * The <title> of an HTML template is a weak subject signal: in template
 * collections it names the template ("Welcome Email", "Single Column").
 * A short title of an HTML file that calls itself an email, a template or a
 * layout is such a name, not a subject line.
 */
function namesTheTemplate(path: string, subject: string): boolean {
  return /\.html?$/i.test(path) && subject.trim().split(/\s+/).length <= 3 && /\b(?:e-?mail|template|layout|column)\b/i.test(subject);
}

const emailSubject: Rule = {
  meta: measured.meta,
  check(context) {
    const subjects = context.document.segments.filter((segment) => segment.role === 'subject');
    if (subjects.length > 0 && subjects.every((segment) => isOnlyMergeTags(segment) || namesTheTemplate(context.document.path, segment.text))) return;
    measured.check?.(context);
  },
};

export default emailSubject;
