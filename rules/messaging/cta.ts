import { distance } from 'fastest-levenshtein';
import type { Rule, RuleContext } from '../../src/engine/types.js';
import type { Segment } from '../../src/documents/types.js';
import { closingTurns } from '../../src/channels/call/turns.js';
import { comparableWords, wordSimilarity } from '../../src/text/similarity.js';
import { isUtilityLink, ownLinkNames } from '../../src/channels/utility-links.js';
import { invitesBesidesTheOffer } from '../../src/channels/cta-role.js';
import { isTransactionalEmail } from '../../src/channels/email/transactional.js';
import { itemAt } from '../../src/text/items.js';

/** Verbs that open a call to action ("Book a demo", "Start your trial", "Let's get you set up"). */
const ACTION_VERBS = new Set([
  'activate',
  'apply',
  'book',
  'browse',
  'buy',
  'call',
  'chat',
  'check',
  'choose',
  'claim',
  'compare',
  'confirm',
  'connect',
  'contact',
  'continue',
  'create',
  'discover',
  'donate',
  'download',
  'email',
  'explore',
  'find',
  'get',
  'give',
  'grab',
  'install',
  'join',
  'learn',
  'meet',
  'order',
  'pick',
  'plan',
  'redeem',
  'register',
  'renew',
  'request',
  'reserve',
  'rsvp',
  'save',
  'schedule',
  'see',
  'select',
  'set',
  'shop',
  'sign',
  'start',
  'subscribe',
  'switch',
  'take',
  'talk',
  'try',
  'unlock',
  'upgrade',
  'visit',
  'watch',
]);

/** Longer link texts are sentences that happen to be linked, not calls to action. */
const MOST_CTA_WORDS = 8;

interface Candidate {
  segment: Segment;
  start: number;
  end: number;
  text: string;
}

const cta: Rule = {
  meta: {
    id: 'messaging/cta',
    description: 'Calls to action use the approved wording.',
    severity: 'warn',
    channels: ['email', 'web', 'call'],
    fixable: false,
    docs: {
      details:
        "Button and link texts of emails and web pages, and the sentences of a call script's close (the agent turns of a " +
        'section headed "Close", "Wrap-up" or "Next steps", else the last agent turn), are read as calls to action when they ' +
        'open with an action verb ("Book", "Start", "Get" …) or "Let\'s". One that does not contain an approved call to action ' +
        "(`messaging.ctas`, and the `truth.cta` and `expect.<channel>.ctas` of the document's campaigns; compared in any case, punctuation and arrows aside) " +
        'is reported, with the nearest approved one (by word-level similarity) suggested. Utility links are no calls to ' +
        'action, whatever verb they open with: preferences, unsubscribe, privacy, terms, the web version ("View in browser"), ' +
        'contact, help and FAQ, forward to a friend, profile and subscription settings, social networks ("Follow us on ' +
        'Instagram", or a link to the network), the kit\'s own names and logos, and link texts that are a web or e-mail ' +
        'address or a phone number. A button or link that invites to something besides the offer — an event, a guide, a ' +
        'calendar entry ("Register for the webinar", "Download the checklist") — is held only to the approved calls that do ' +
        'too ("Save your seat"), and left alone when there are none. Transactional emails (receipts, password resets, ' +
        'registration confirmations; recognised as channel/email-unsubscribe recognises them) are not judged: their buttons ' +
        'do what the transaction needs ("Sign in to your account", "Add to calendar"). Without approved calls to action the ' +
        'rule does nothing.',
      kit: 'messaging:\n  ctas: [Start your free trial, Book a demo]',
      bad: '<a class="button" href="https://acme.com/trial">Get started now</a>',
      findings: ['1:49-1:64 "Get started now" is not an approved call to action; write "Start your free trial".'],
      good: '<a class="button" href="https://acme.com/trial">Start your free trial</a>',
      channel: 'email',
    },
  },
  check(context) {
    // A receipt, a password reset or a registration confirmation asks for what the transaction needs ("Sign in", "Add to calendar").
    if (context.document.channel === 'email' && isTransactionalEmail(context.document)) return;
    const approved = approvedCtas(context);
    const invitations = approved.filter(invitesBesidesTheOffer);
    for (const candidate of candidatesOf(context)) {
      const words = comparableWords(candidate.text);
      if (!readsAsCta(words)) continue;
      // An invitation to an event or a guide is held only to the approved invitations ("Save your seat"), if the kit has any.
      const held = invitesBesidesTheOffer(candidate.text) ? invitations : approved;
      if (held.length === 0) continue;
      const heldWords = held.map(comparableWords);
      if (heldWords.some((wording) => containsRun(words, wording))) continue;
      const nearest = nearestCta(words, held, heldWords);
      context.report({
        ...candidate.segment.map.toSource(candidate.start, candidate.end),
        segment: candidate.segment.index,
        message: `"${candidate.text}" is not an approved call to action; write "${nearest}".`,
        suggestion: nearest,
      });
    }
  },
};

function approvedCtas(context: RuleContext): string[] {
  const channel = context.document.channel;
  const fromCampaigns = context.campaigns.flatMap((campaign) => [
    ...(campaign.truth.cta ? [campaign.truth.cta] : []),
    ...(campaign.expect[channel]?.ctas ?? []),
  ]);
  return [...new Set([...context.kit.messaging.ctas, ...fromCampaigns])];
}

function candidatesOf(context: RuleContext): Candidate[] {
  const { document } = context;
  if (document.channel === 'call') return closingTurns(document).flatMap(sentencesOf);
  return document.segments
    .filter((segment) => segment.role === 'button' || segment.role === 'link')
    .filter((segment) => comparableWords(segment.text).length <= MOST_CTA_WORDS && !isUtilityLink(segment, context.derive(ownLinkNames)))
    .map((segment) => trimmed(segment, 0, segment.text.length));
}

/** The sentences of a turn, cut at sentence punctuation. */
function sentencesOf(segment: Segment): Candidate[] {
  return [...segment.text.matchAll(/[^.!?]+[.!?]*/gu)].map((match) => trimmed(segment, match.index, match.index + match[0].length));
}

/** A range of a segment without the white space around it. */
function trimmed(segment: Segment, start: number, end: number): Candidate {
  const text = segment.text.slice(start, end);
  const from = start + (text.length - text.trimStart().length);
  const to = end - (text.length - text.trimEnd().length);
  return { segment, start: from, end: to, text: segment.text.slice(from, to) };
}

function readsAsCta(words: string[]): boolean {
  const [first, second] = words;
  if (first === undefined) return false;
  return ACTION_VERBS.has(first) || ((first === "let's" || first === 'lets') && second !== undefined);
}

function containsRun(words: string[], run: string[]): boolean {
  if (run.length === 0) return false;
  for (let first = 0; first + run.length <= words.length; first++) {
    if (run.every((word, offset) => words[first + offset] === word)) return true;
  }
  return false;
}

/** The approved wording with the most words in common, and among equals the smallest share of letters to change. */
function nearestCta(words: string[], approved: string[], approvedWords: string[][]): string {
  const written = words.join(' ');
  const ranked = approvedWords.map((wording, index) => ({
    index,
    similarity: wordSimilarity(words, wording),
    letters: letterChange(written, wording.join(' ')),
  }));
  ranked.sort((a, b) => b.similarity - a.similarity || a.letters - b.letters || a.index - b.index);
  return itemAt(approved, itemAt(ranked, 0).index);
}

function letterChange(a: string, b: string): number {
  return distance(a, b) / Math.max(a.length, b.length, 1);
}

export default cta;
