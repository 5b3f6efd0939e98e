import type { BrandKit } from '../../src/config/types.js';
import type { Segment } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import { lastBlock } from '../../src/channels/anchors.js';
import { skipsAsTransactional, TRANSACTIONAL_OPTION } from '../../src/channels/email/transactional.js';
import { kitPattern, patternHits } from '../../src/lexicon/phrase-scan.js';

const STREET_WORDS =
  'street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|square|sq|suite|ste|parkway|pkwy|terrace|highway|hwy|circle|cir|plaza|alley|row|strasse|straße|str|rue|via|calle';
/** Words that come before the number outside the US: "Building 99", "Hauptstraße 5", "Suite 1234". */
const NUMBER_AFTER_WORDS = 'street|avenue|road|suite|building|bldg|bld|strasse|straße|str|weg|gasse|platz|allee|calle|avenida|via';

/**
 * Common address shapes: a street number and street word, a street word and number, a PO box (in any case);
 * a US state and ZIP, a UK or Canadian postcode (in capitals).
 */
const BUILT_IN_ADDRESSES = [
  new RegExp(`\\b\\d{1,6}[A-Za-z]?\\s+(?:[\\p{L}\\d.'-]+\\s+){0,4}(?:${STREET_WORDS})\\b|\\bP\\.?\\s?O\\.?\\s*Box\\s+\\d+`, 'giu'),
  new RegExp(`(?:\\b|\\p{Ll})(?:${NUMBER_AFTER_WORDS})\\.?\\s+\\d{1,5}[a-z]?\\b`, 'giu'),
  /\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/gu,
  // A street number and a street named without a street word, then the town and a ZIP code: "123 Van Ness, San Francisco 94102".
  /\b\d{1,6}\s+(?:\p{Lu}[\p{L}'.-]*\s+){0,3}\p{Lu}[\p{L}'.-]*,\s+(?:\p{Lu}[\p{L}'.-]*\s+){1,3}\d{5}(?:-\d{4})?\b/gu,
];

/** A merge tag the ESP fills with the sender's address: `{{company_address}}`, `*|LIST:ADDRESSLINE|*`, `[Sender_Address]`. */
const ADDRESS_TAG_NAME = /addr|postal/i;
const NOT_POSTAL_TAG_NAME = /e-?mail[\W_]*addr|ip[\W_]*addr|web[\W_]*addr/i;

function addressPatterns(kit: BrandKit): RegExp[] {
  const custom = kit.channels.email.postalAddressPattern;
  return custom ? [kitPattern(custom)] : BUILT_IN_ADDRESSES;
}

const emailPostalAddress: Rule = {
  meta: {
    id: 'channel/email-postal-address',
    description: "Every email shows the sender's postal address (CAN-SPAM).",
    severity: 'error',
    channels: ['email'],
    fixable: false,
    options: TRANSACTIONAL_OPTION,
    docs: {
      details:
        'With `channels.email.requirePostalAddress`, the text of a commercial email must contain a postal address ' +
        '(transactional emails — receipts, password resets, order and sign-up confirmations, told by their subject, a heading, the ' +
        'preheader, the opening lines or a button such as "Reset password" — are exempt unless the rule ' +
        'option `exemptTransactional` is false). Built in are the ' +
        'common shapes: a street number followed by a street word ("1 Main Street", "500 W 2nd Ave"), a PO Box, a US state ' +
        'and ZIP code ("IL 62701"), a UK or Canadian postcode, a street word before the number ("Hauptstraße 5", "Building 99"), ' +
        'a street number and name followed by the town and a ZIP code without a state or street word ("123 Van Ness, San Francisco 94102"), ' +
        "or an ESP merge tag for the sender's address (`{{company_address}}`, `*|LIST:ADDRESSLINE|*`, `[Sender_Address]`). " +
        'Each line of the footer is tested on its own as well, so lines split by `<br>` never run together. `channels.email.postalAddressPattern` replaces them with your ' +
        'own pattern. When no address is found, the finding points at the last paragraph of the email — its footer, where the ' +
        'address belongs — or at line 1, column 1 when the email has no text.',
      kit: 'channels:\n  email:\n    requirePostalAddress: true',
      bad: '<p>Thanks for reading.</p>\n<p><a href="*|UNSUB|*">Unsubscribe</a></p>',
      findings: ["2:24-2:35 This email shows no postal address; add the sender's address to the footer (CAN-SPAM requires it)."],
      good: '<p>Thanks for reading.</p>\n<p>Acme Inc., PO Box 123, Springfield, IL 62701 · <a href="*|UNSUB|*">Unsubscribe</a></p>',
      channel: 'email',
    },
  },
  check(context) {
    const { document } = context;
    if (!context.kit.channels.email.requirePostalAddress || skipsAsTransactional(document, context.options)) return;
    const units = context.analysis.units.filter((unit) => unit.role !== 'preheader' && unit.role !== 'subject');
    const patterns = context.derive(addressPatterns);
    if (patterns.some((pattern) => patternHits(context.analysis, pattern, units).length > 0)) return;
    const segments = document.segments.filter((segment) => segment.role !== 'preheader' && segment.role !== 'subject');
    // Lines of one footer cell ("Acme Inc.<br>1 Main Street") are tested one by one too, so no line runs into the next.
    if (segments.some((segment) => hasAddressTag(segment) || patterns.some((pattern) => new RegExp(pattern).test(segment.text)))) return;
    context.report({ ...lastBlock(document), message: "This email shows no postal address; add the sender's address to the footer (CAN-SPAM requires it)." });
  },
};

function hasAddressTag(segment: Segment): boolean {
  return segment.opaque.some((span) => {
    const tag = segment.text.slice(span.start, span.end);
    return span.kind === 'merge-tag' && ADDRESS_TAG_NAME.test(tag) && !NOT_POSTAL_TAG_NAME.test(tag);
  });
}

export default emailPostalAddress;
