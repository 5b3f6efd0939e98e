import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import type { ContactPressure } from '../../src/programme/types.js';
import { channelCounts, dayText, ordinal, placesText } from '../../src/programme/wording.js';

const contactPressure: Rule = {
  meta: {
    id: 'programme/contact-pressure',
    description: 'No audience segment receives more messages a day or a week, across campaigns and channels, than the kit allows.',
    severity: 'warn',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'Every campaign adds messages, and customers receive them all. `programme.contactLimits` sets the most messages a ' +
        'segment may receive in a day (`perDay`) and a week (`perWeek`), for every segment and per segment (`segments`). A ' +
        'message is a deliverable of a counted channel (`contactLimits.channels`: email, social and call by default) with a ' +
        'send date: a calendar post on its row’s date, an email or a call script on the date of its front matter or its Date ' +
        'header. It reaches the segments it names (a calendar’s audience column, front matter `audience:`), else those of its ' +
        'campaign (`campaigns.<id>.audiences`); a message that reaches no named segment is not counted. Every message beyond ' +
        'the limit is reported — the later ones in date order — with the count by channel and the other messages of the day ' +
        'or week. Weeks start on `contactLimits.weekStart` (Monday by default). The examples show a calendar.',
      kit:
        'lexicon:\n  segments: [trial users]\ncampaigns:\n  spring-sale:\n    files: ["spring/**"]\n    audiences: [trial users]\n' +
        'programme:\n  contactLimits: { perDay: 1 }',
      bad: '==> spring/calendar.csv <==\ndate,platform,text\n2026-04-20,x,Spring is here: 20% off.\n2026-04-20,linkedin,Spring is here: 20% off.',
      findings: [
        'spring/calendar.csv:3:21-3:45 2 messages reach trial users on April 20, 2026 (2 posts); the kit allows 1 a day. This is the 2nd; the others: spring/calendar.csv:2:14.',
      ],
      good: '==> spring/calendar.csv <==\ndate,platform,text\n2026-04-20,x,Spring is here: 20% off.\n2026-04-21,linkedin,Spring is here: 20% off.',
    },
  },
  checkProgramme(context) {
    for (const pressure of context.pressure) {
      pressure.touches.slice(pressure.limit).forEach((touch, index) => {
        const others = pressure.touches.filter((other) => other !== touch).map((other) => other.at);
        context.report(touch.at, {
          message:
            `${pressure.count} messages reach ${pressure.segment} ${periodWords(pressure)} (${channelCounts(pressure.channels)}); ` +
            `the kit allows ${pressure.limit} a ${pressure.period}. This is the ${ordinal(pressure.limit + index + 1)}; the others: ${placesText(others, 8)}.`,
          data: {
            segment: pressure.segment,
            period: pressure.period,
            start: pressure.start,
            count: pressure.count,
            limit: pressure.limit,
            channels: pressure.channels,
            touches: pressure.touches.map(({ campaign, deliverable, date, channel }) => ({ campaign, deliverable, date, channel })),
          },
        });
      });
    }
  },
};

function periodWords(pressure: ContactPressure): string {
  return pressure.period === 'day' ? `on ${dayText(pressure.start)}` : `in the week of ${dayText(pressure.start)}`;
}

export default contactPressure;
