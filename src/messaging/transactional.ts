/**
 * Transactional and relationship emails — receipts, invoices, password
 * resets, account verification, order and shipping updates, security
 * notices — are exempt from CAN-SPAM's unsubscribe and postal-address
 * requirements, which apply to commercial messages. An email counts as
 * transactional when its subject (or, without one, its first heading) says
 * so in those words. Rules that use this take an option to turn it off.
 */
import type { Document, Role } from '../documents/types.js';

const TRANSACTIONAL_WORDING =
  /\b(?:receipt|invoice|payment (?:received|failed|confirmation|reminder|due)|your (?:order|purchase|booking|reservation|subscription|account|statement|password|invitation)|order (?:confirm\w*|#|number|update|status)|(?:has|have) (?:shipped|been shipped|been delivered)|shipping (?:confirmation|update|notification)|password|sign[- ]?in (?:code|link|attempt)|log[- ]?in (?:code|link|attempt)|verif(?:y|ication)|confirm (?:your )?(?:e-?mail|account|address|subscription)|security (?:alert|notice|code)|one[- ]time (?:code|password)|two[- ]factor|trial (?:is )?(?:expir\w*|ending|ends|ended|has ended)|you(?:'|’)ve been invited|invitation to join)\b/i;

const HEADLINE_ROLES: readonly Role[] = ['subject', 'title', 'heading'];

export function isTransactionalEmail(document: Document): boolean {
  for (const role of HEADLINE_ROLES) {
    const headline = document.segments.find((segment) => segment.role === role);
    if (headline) return TRANSACTIONAL_WORDING.test(headline.text);
  }
  return false;
}

/** The rule option both CAN-SPAM rules take. */
export const TRANSACTIONAL_OPTION = {
  type: 'object',
  properties: {
    exemptTransactional: {
      type: 'boolean',
      description: 'Leave transactional emails (receipts, password resets, order updates …, told by their subject) alone. Default true.',
    },
  },
  additionalProperties: false,
} as const;

/** True when the rule should skip this email as transactional. */
export function skipsAsTransactional(document: Document, options: Record<string, unknown>): boolean {
  return options.exemptTransactional !== false && isTransactionalEmail(document);
}
