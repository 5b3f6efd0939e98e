/**
 * The part a button or link plays: the offer's call to action, or an
 * invitation to something besides the offer — an event, a guide, a
 * calendar entry ("Register for the webinar", "Save your seat", "Download
 * the checklist"). The campaign's landing page and its approved call to
 * action belong to the first kind only.
 */
const INVITES_ELSEWHERE = /\b(?:seats?|register|registration|rsvp|webinars?|events?|calendar|watch|read|guides?|checklist|download|learn\s+more|agenda)\b/i;

export function invitesBesidesTheOffer(text: string): boolean {
  return INVITES_ELSEWHERE.test(text);
}
