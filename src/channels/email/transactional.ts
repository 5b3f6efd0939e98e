/**
 * Transactional and relationship emails — receipts, invoices, password
 * resets, account verification and activation, order and shipping updates,
 * sign-up and registration confirmations, security and account notices —
 * are exempt from CAN-SPAM's unsubscribe and postal-address requirements,
 * which apply to commercial messages. An email counts as transactional when
 * its subject, a heading, its preheader or its opening paragraphs say so in
 * those words, or when a button does what only such an email asks ("Reset
 * password", "View your order", "Add to calendar"). Rules that use this take
 * an option to turn it off.
 */
import type { Document, Segment } from '../../documents/types.js';

const APOSTROPHE = "(?:'|’)";

/** What the headline or the first lines of a transactional email say. */
const TRANSACTIONAL_WORDING = new RegExp(
  [
    'receipt',
    'invoice',
    'payment (?:received|failed|declined|confirmation|reminder|due)',
    `(?:could(?:n${APOSTROPHE}t| not)|unable to) process your (?:last )?payment`,
    'your (?:order|purchase|booking|reservation|subscription|account|statement|password|invitation|login (?:information|details)|registration)',
    `(?:thanks|thank you) for (?:your )?(?:order|purchase|payment|booking|registering|signing up)`,
    `we${APOSTROPHE}?(?:ve| have) received (?:your )?(?:order|payment|request)`,
    'order (?:confirm\\w*|#|number|update|status|details)',
    '(?:has|have) (?:shipped|been shipped|been delivered)',
    'shipping (?:confirmation|update|notification)',
    'password',
    '(?:sign|log)[- ]?in (?:code|link|attempt)',
    'verif(?:y|ication)',
    'confirm (?:your )?(?:e-?mail|account|address|subscription|registration)',
    'registration (?:confirm\\w*|details)',
    `you${APOSTROPHE}re (?:registered|signed up|confirmed)`,
    'security (?:alert|notice|code)',
    'one[- ]time (?:code|password)',
    'two[- ]factor',
    'trial (?:is )?(?:expir\\w*|ending|ends|ended|has ended|has started|is active)',
    `you${APOSTROPHE}ve started a\\b.{0,40}\\btrial`,
    `you${APOSTROPHE}ve been invited`,
    '(?:has|have) invited you',
    'invitation to join',
    'activat(?:e|ing) your account',
    'account activation',
    'update your account (?:info|information|details)',
    'account (?:settings )?(?:has|have) been (?:updated|changed)',
  ]
    .map((phrase) => `\\b(?:${phrase})\\b`)
    .join('|'),
  'i',
);

/** Buttons (and links) only a transactional email carries. */
const TRANSACTIONAL_BUTTON =
  /\b(?:(?:view|track|manage) (?:your |my )?(?:order|package|shipment|booking|reservation|invoice|receipt|statement|comment)|my order|reset (?:your )?password|verify (?:your )?(?:e-?mail|account|address)|confirm (?:your )?(?:e-?mail|account|subscription|registration|booking)|activate (?:your )?account|pay (?:the |your )?invoice|download (?:as |your )?(?:pdf|invoice|receipt)|update (?:your )?(?:billing|payment|card)|add to (?:your )?calendar|join (?:the )?(?:meeting|webinar|event|session)|set up (?:your )?account|(?:view|reply to) (?:the |this )?comment)\b/i;

/** The first paragraphs of the body are read for the wording too: the greeting and the line that says what the email is. */
const OPENING_PARAGRAPHS = 3;

export function isTransactionalEmail(document: Document): boolean {
  const says = (segment: Segment): boolean => TRANSACTIONAL_WORDING.test(segment.text);
  const headlines = document.segments.filter(
    (segment) => segment.role === 'subject' || segment.role === 'title' || segment.role === 'heading' || segment.role === 'preheader',
  );
  const opening = document.segments.filter((segment) => segment.role === 'body').slice(0, OPENING_PARAGRAPHS);
  const buttons = document.segments.filter((segment) => segment.role === 'button' || segment.role === 'link');
  return [...headlines, ...opening].some(says) || buttons.some((button) => TRANSACTIONAL_BUTTON.test(button.text));
}

/** The rule option both CAN-SPAM rules take. */
export const TRANSACTIONAL_OPTION = {
  type: 'object',
  properties: {
    exemptTransactional: {
      type: 'boolean',
      description: 'Leave transactional emails (receipts, password resets, order updates, sign-up confirmations …) alone. Default true.',
    },
  },
  additionalProperties: false,
} as const;

/** True when the rule should skip this email as transactional. */
export function skipsAsTransactional(document: Document, options: Record<string, unknown>): boolean {
  return options.exemptTransactional !== false && isTransactionalEmail(document);
}
