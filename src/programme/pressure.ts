/**
 * Contact pressure: how many messages each audience segment receives per
 * day and per week, across campaigns and channels, against the kit's
 * limits (`programme.contactLimits`).
 *
 * A message is a deliverable of a counted channel (email, social and call by
 * default) with a send date — a calendar post on its row's date, an email
 * or script on the date of its metadata. It reaches the segments it names
 * itself, else those of its campaign; a message that reaches no named
 * segment counts for none. A deliverable in two campaigns is one message.
 */
import { canonicalSegment } from '../config/segments.js';
import type { BrandKit, ContactLimit } from '../config/types.js';
import { compareText } from '../text/compare.js';
import { weekStart } from './days.js';
import type { CampaignProfile, ContactPressure, PressurePeriod, Touch } from './types.js';

export function contactPressure(campaigns: readonly CampaignProfile[], kit: BrandKit): ContactPressure[] {
  const limits = kit.programme.contactLimits;
  const bySegment = segmentLimits(kit);
  const periods = new Map<string, { segment: string; period: PressurePeriod; start: string; touches: Touch[] }>();
  for (const { touch, segments } of messages(campaigns, limits.channels)) {
    for (const segment of segments) {
      const starts: [PressurePeriod, string][] = [
        ['day', touch.date],
        ['week', weekStart(touch.date, limits.weekStart)],
      ];
      for (const [period, start] of starts) {
        const key = `${segment}\u0000${period}\u0000${start}`;
        const entry = periods.get(key) ?? { segment, period, start, touches: [] };
        entry.touches.push(touch);
        periods.set(key, entry);
      }
    }
  }
  const pressure: ContactPressure[] = [];
  for (const { segment, period, start, touches } of periods.values()) {
    const own = bySegment.get(segment.toLowerCase());
    const limit = period === 'day' ? (own?.perDay ?? limits.perDay) : (own?.perWeek ?? limits.perWeek);
    if (limit === undefined || touches.length <= limit) continue;
    const channels: ContactPressure['channels'] = {};
    for (const touch of touches) channels[touch.channel] = (channels[touch.channel] ?? 0) + 1;
    pressure.push({ segment, period, start, count: touches.length, limit, channels, touches });
  }
  return pressure.sort((a, b) => compareText(a.start, b.start) || compareText(a.segment, b.segment) || compareText(a.period, b.period));
}

/** Every dated message once, in date order (then campaign order, then name), with the segments it reaches. */
function messages(campaigns: readonly CampaignProfile[], channels: readonly string[]): { touch: Touch; segments: string[] }[] {
  const seen = new Set<string>();
  const found: { touch: Touch; segments: string[]; order: number }[] = [];
  campaigns.forEach((campaign, order) => {
    for (const deliverable of campaign.deliverables) {
      if (deliverable.date === null || !channels.includes(deliverable.channel) || seen.has(deliverable.name)) continue;
      seen.add(deliverable.name);
      const segments = deliverable.audiences.length > 0 ? deliverable.audiences : campaign.audiences;
      const touch: Touch = { campaign: campaign.id, deliverable: deliverable.name, date: deliverable.date, channel: deliverable.channel, at: deliverable.at };
      found.push({ touch, segments, order });
    }
  });
  found.sort((a, b) => compareText(a.touch.date, b.touch.date) || a.order - b.order || compareText(a.touch.deliverable, b.touch.deliverable));
  return found;
}

/** The limits of particular segments, by the vocabulary's name for them (in lower case). */
function segmentLimits(kit: BrandKit): Map<string, ContactLimit> {
  const entries = Object.entries(kit.programme.contactLimits.segments);
  return new Map(entries.map(([name, limit]) => [(canonicalSegment(kit.lexicon.segments, name) ?? name).toLowerCase(), limit]));
}
