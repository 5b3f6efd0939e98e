import { isOnlyMergeTags } from '../../src/documents/opaque.js';
import type { Rule } from '../../src/engine/types.js';
import { firstOfRoles } from '../../src/channels/anchors.js';
import { joinedRole } from '../../src/text/joined-text.js';
import { checkLengthRange } from '../../src/channels/length-range.js';
import { comparableWords } from '../../src/text/similarity.js';

const emailPreheader: Rule = {
  meta: {
    id: 'channel/email-preheader',
    description: 'Emails have a preheader of the right length that does not repeat the subject.',
    severity: 'warn',
    channels: ['email'],
    fixable: false,
    docs: {
      details:
        'The preheader is the preview text inboxes show after the subject: the hidden block at the top of the body. When ' +
        '`channels.email.preheader.required` is set, an email without one is reported on its subject (line 1, column 1 when it ' +
        'has none either). A preheader is reported when its length, counted in characters as readers see them, is outside ' +
        '`min`/`max` (too long: on the part past the limit), and when it repeats the subject word for word, which wastes the ' +
        'preview. A preheader that is only an ESP merge tag (`*|MC_PREVIEW_TEXT|*`) is filled in by the ESP and not measured.',
      kit: 'channels:\n  email:\n    preheader: { required: true, min: 40, max: 110 }',
      bad: '<title>Spring sale</title>\n<div style="display:none">Spring sale</div>',
      findings: [
        '2:27-2:38 The preheader has 11 characters; write at least 40.',
        '2:27-2:38 The preheader repeats the subject; use it to add to the subject instead.',
      ],
      good: '<title>Spring sale</title>\n<div style="display:none">Twenty percent off every plan until May 31.</div>',
      channel: 'email',
    },
  },
  check(context) {
    const { document } = context;
    const setting = context.kit.channels.email.preheader;
    const preheader = joinedRole(document.segments, 'preheader');
    if (!preheader) {
      if (setting.required)
        context.report({ ...firstOfRoles(document, ['subject']), message: 'This email has no preheader; add preview text that adds to the subject.' });
      return;
    }
    if (preheader.segments.every(isOnlyMergeTags)) return;
    checkLengthRange(context, preheader, setting, 'The preheader');
    const subject = joinedRole(document.segments, 'subject');
    if (subject && comparableWords(subject.text).join(' ') === comparableWords(preheader.text).join(' ')) {
      context.report({ ...preheader.toSource(), message: 'The preheader repeats the subject; use it to add to the subject instead.' });
    }
  },
};

export default emailPreheader;
