import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import { isTransactionalEmail } from '../../src/channels/email/transactional.js';

const requiredCta: Rule = {
  meta: {
    id: 'drift/required-cta',
    description: "Every deliverable of a campaign carries the campaign's primary call to action.",
    severity: 'warn',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'A campaign may declare its primary call to action (`campaigns.<id>.truth.cta`). Every deliverable of the campaign must ' +
        'carry it, in any case, as text or as a button; a deliverable whose buttons say something else, or that has no call to ' +
        'action at all, is reported at its subject, title or first heading (in a content calendar, at the post), with what it ' +
        'says instead. A campaign may say which channels carry it: `expect: { social: { cta: false } }` holds its posts to nothing, ' +
        'and the drift matrix shows their cells as not expected (·). Transactional emails (receipts, password resets, order updates) are not held to it. The pillars a campaign requires are checked by messaging/pillars. The examples show two files of one campaign.',
      kit: 'campaigns:\n  spring-sale:\n    files: ["spring/**"]\n    truth: { cta: Claim your discount }',
      bad: '==> spring/page.html <==\n<h1>Spring sale</h1>\n<a class="button" href="https://acme.com/spring">Get the deal</a>\n\n==> spring/landing.md <==\n# Spring sale\n\n[Claim your discount](https://acme.com/spring)',
      findings: ['spring/page.html:1:5-1:16 This page does not carry the campaign\'s call to action "Claim your discount" (it says "Get the deal").'],
      good: '==> spring/page.html <==\n<h1>Spring sale</h1>\n<a class="button" href="https://acme.com/spring">Claim your discount</a>\n\n==> spring/landing.md <==\n# Spring sale\n\n[Claim your discount](https://acme.com/spring)',
    },
  },
  checkCampaign(context) {
    const row = context.rows.find((candidate) => candidate.kind === 'cta' && candidate.basis === 'truth');
    if (!row?.expected) return;
    for (const cell of row.cells) {
      if (cell.status !== 'missing' && cell.status !== 'outlier') continue;
      // A receipt or a password reset sent during the campaign is not one of its deliverables to sell with.
      if (cell.deliverable.document.channel === 'email' && isTransactionalEmail(cell.deliverable.document)) continue;
      const instead = cell.facts.length > 0 ? ` (it says ${cell.facts.map((fact) => `"${fact.text}"`).join(', ')})` : '';
      context.report(cell.deliverable.document, {
        ...cell.deliverable.anchor,
        message: `${cell.deliverable.label} does not carry the campaign's call to action "${row.expected.value}"${instead}.`,
        suggestion: row.expected.value,
        data: { expected: row.expected.value, found: cell.facts.map((fact) => fact.value) },
      });
    }
  },
};

export default requiredCta;
