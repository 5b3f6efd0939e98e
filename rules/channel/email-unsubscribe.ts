import type { Rule } from '../../src/engine/types.js';
import type { Document } from '../../src/documents/types.js';
import { lastBlock } from '../../src/channels/anchors.js';
import { skipsAsTransactional, TRANSACTIONAL_OPTION } from '../../src/channels/email/transactional.js';

/** Link text or targets that let the reader leave the list. */
const UNSUBSCRIBE_WORDING = /unsubscri|opt[\s_-]?out|(?:manage|update|email|subscription|communication)[\s_-]+(?:your[\s_-]+)?(?:email[\s_-]+)?preferences/i;

/**
 * Unsubscribe merge tags of the common ESPs: Mailchimp, Handlebars/Liquid, Klaviyo (`{% unsubscribe %}`,
 * `{% manage_preferences %}`), Salesforce Marketing Cloud, SendGrid, Campaign Monitor (whose `<unsubscribe>`
 * tag may carry styling attributes).
 */
const UNSUBSCRIBE_TAG =
  /\*\|UNSUB\|\*|\{\{\{?\s*[\w.]*unsubscribe[\w.]*[^}]*\}\}|\{%-?\s*(?:[\w.]*unsubscribe[\w.]*|manage_preferences)\b[^%]*%\}|%%unsub_center_url%%|%%=?\s*[\w.]*unsub[\w.]*|<%\s*asm_(?:group_)?unsubscribe(?:_raw)?_url\s*%>|\[unsubscribe\]|<unsubscribe\b[^>]*>/i;

const emailUnsubscribe: Rule = {
  meta: {
    id: 'channel/email-unsubscribe',
    description: 'Every email has an unsubscribe link (CAN-SPAM).',
    severity: 'error',
    channels: ['email'],
    fixable: false,
    options: TRANSACTIONAL_OPTION,
    docs: {
      details:
        'With `channels.email.requireUnsubscribe`, a commercial email must offer a way out: a link whose text or target mentions ' +
        'unsubscribing, opting out or managing preferences, an ESP unsubscribe merge tag (`*|UNSUB|*`, `{{unsubscribe}}`, ' +
        '`{% unsubscribe %}`, `%%unsub_center_url%%`, `<%asm_group_unsubscribe_raw_url%>` …), or, in an .eml file, a List-Unsubscribe header. ' +
        'Transactional emails — a receipt, an invoice, a password reset, a verification, an order or its shipping, a sign-up, ' +
        'registration or trial confirmation, an account or security notice, told by the subject, a heading, the preheader, the ' +
        'opening lines or a button that only such an email carries ("Reset password", "View your order", "Add to calendar") — are ' +
        'exempt, as CAN-SPAM exempts them; the rule option `exemptTransactional: false` ' +
        'holds them to it too. When there is none, the finding points at the last paragraph of the email — its footer, where the link belongs — or at ' +
        'line 1, column 1 when the email has no text.',
      kit: 'channels:\n  email:\n    requireUnsubscribe: true',
      bad: '<p>Thanks for reading.</p>\n<p>Acme Inc., 1 Main Street, Springfield, IL 62701</p>',
      findings: ['2:4-2:51 This email has no unsubscribe link; add one to the footer (CAN-SPAM requires it).'],
      good: '<p>Thanks for reading.</p>\n<p>Acme Inc., 1 Main Street, Springfield, IL 62701 · <a href="*|UNSUB|*">Unsubscribe</a></p>',
      channel: 'email',
    },
  },
  check(context) {
    const { document } = context;
    if (!context.kit.channels.email.requireUnsubscribe || hasUnsubscribe(document) || skipsAsTransactional(document, context.options)) return;
    context.report({ ...lastBlock(document), message: 'This email has no unsubscribe link; add one to the footer (CAN-SPAM requires it).' });
  },
};

function hasUnsubscribe(document: Document): boolean {
  const linkTexts = document.links.map((link) => `${link.href} ${link.segment !== undefined ? (document.segments[link.segment]?.text ?? '') : ''}`);
  return (
    linkTexts.some((text) => UNSUBSCRIBE_WORDING.test(text) || UNSUBSCRIBE_TAG.test(text)) ||
    UNSUBSCRIBE_TAG.test(document.source) ||
    hasListUnsubscribeHeader(document.meta)
  );
}

/** The List-Unsubscribe header of an .eml file, as its reader puts it in the metadata (the URLs it lists). */
function hasListUnsubscribeHeader(meta: Record<string, unknown>): boolean {
  const value = meta['list-unsubscribe'];
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

export default emailUnsubscribe;
