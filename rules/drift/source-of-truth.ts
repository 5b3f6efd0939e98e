import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import { factSays, valueToState } from '../../src/drift/messages.js';
import { displayValue, KIND_LABELS } from '../../src/drift/values.js';

const sourceOfTruth: Rule = {
  meta: {
    id: 'drift/source-of-truth',
    description: "Every deliverable agrees with its campaign's declared offer, code, dates, trial, price, landing page, phone number and hashtag.",
    severity: 'error',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'A campaign in the kit may declare its single source of truth under `campaigns.<id>.truth`. brandlint reads the facts of ' +
        'every deliverable of the campaign — discounts ("20% off", "save twenty percent", "a fifth off"), prices ("$49/mo", "49 ' +
        'dollars a month"), promo codes, start and end dates ("ends May 31", "through 5/31"), trial lengths ("14-day", ' +
        '"two-week"), landing links and their UTM parameters, phone numbers, the campaign hashtag — and reports each one that ' +
        'contradicts the truth, at its text, naming the true value. Values written differently but equal agree: "5/31" is May ' +
        '31, "two-week" is 14 days, "$49/mo" is 49 dollars a month (and $588 a year). A link agrees when its host, path and ' +
        'the UTM parameters the truth lists agree; it may carry others (utm_source and utm_medium differ by channel). A web ' +
        'address read out in a call script carries no UTM parameters, so there its host and path agree. Only a link that plays ' +
        'the landing page\'s part is compared: a button (but for an event or guide button such as "Save your seat"), a link in ' +
        'copy that states the offer or asks the reader to sign up, or any link to the landing page itself; `truth.otherLinks` ' +
        'lists pages a deliverable may link to besides it. Numbers that are no offer ("24/7 support", "3 steps", "since 2012", ' +
        '"30-day payment terms"), thresholds ("free shipping on orders over $30"), the standing offers listed in ' +
        '`truth.otherOffers` ("your second bag is 50% off") and event dates (a webinar date, however it is cued) are not read ' +
        'as the campaign offer. The examples show two files of one campaign.',
      kit: 'campaigns:\n  spring-sale:\n    files: ["spring/**"]\n    truth: { discount: 20, code: SPRING20, end: 2026-05-31 }',
      bad: '==> spring/email.html <==\n<p>Get 25% off with code SPRING20 until May 31.</p>\n\n==> spring/landing.md <==\nSave 20% with code SPRING20 through 5/31.',
      findings: ['spring/email.html:1:8-1:15 Says "25% off"; the campaign\'s offer is 20% off.'],
      good: '==> spring/email.html <==\n<p>Get 20% off with code SPRING20 until May 31.</p>\n\n==> spring/landing.md <==\nSave twenty percent with code SPRING20 through 5/31.',
    },
  },
  checkCampaign(context) {
    for (const row of context.rows) {
      if (row.basis !== 'truth' || !row.expected || row.kind === 'cta') continue;
      for (const cell of row.cells) {
        for (const fact of cell.offending) {
          const expected = valueToState(fact, row.expected.value);
          context.report(cell.deliverable.document, {
            start: fact.start,
            end: fact.end,
            segment: fact.segment,
            message: `${factSays(fact)}; the campaign's ${KIND_LABELS[row.kind]} is ${displayValue(row.kind, expected)}.`,
            suggestion: displayValue(row.kind, expected),
            data: { kind: row.kind, found: fact.value, expected },
          });
        }
      }
    }
  },
};

export default sourceOfTruth;
