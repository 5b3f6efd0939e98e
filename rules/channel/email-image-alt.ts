import type { Rule } from '../../src/engine/types.js';
import type { Document, Image } from '../../src/documents/types.js';

/** Images this small, or named like this, are layout spacers. */
const SPACER_SIZE = 2;
const SPACER_NAME = /spacer|blank|pixel|transparent|clear\.gif|1x1/i;
/** Unlinked images no larger than this (corners, bullets, check marks beside text) are decoration when given alt="". */
const ICON_SIZE = 48;

const emailImageAlt: Rule = {
  meta: {
    id: 'channel/email-image-alt',
    description: 'Every email image has alt text.',
    severity: 'warn',
    channels: ['email'],
    fixable: false,
    docs: {
      details:
        'Many inboxes block images until the reader allows them, and screen readers read alt text; an image without it shows ' +
        'as nothing or as its file name. With `channels.email.requireAlt`, every `<img>` without an `alt` attribute is ' +
        'reported at the tag, and so is an empty `alt=""` on an image that is not a spacer (at most 2 pixels wide or high, as ' +
        'tracking pixels and hairline rules are, or named spacer, blank, pixel, 1x1 …): an empty alt on a spacer is right, and a ' +
        'spacer without one is asked for `alt=""`, not for a description. An empty alt is right on decoration too: an icon ' +
        `inside a link that has its own text ("[icon] View in browser"), and an unlinked image of at most ${ICON_SIZE} pixels ` +
        'as its width and height attributes give it (a corner, a bullet, a check mark beside text). A linked image with an ' +
        'empty alt and no link text leaves the link without a name, and is reported.',
      kit: 'channels:\n  email:\n    requireAlt: true',
      bad: '<img src="https://acme.com/hero.png" width="600">',
      findings: ['1:1-1:50 This image has no alt attribute; describe it in alt text (alt="" only for a spacer).'],
      good: '<img src="https://acme.com/hero.png" width="600" alt="A team shipping their app">\n<img src="spacer.gif" width="1" height="1" alt="">',
      channel: 'email',
    },
  },
  check(context) {
    if (!context.kit.channels.email.requireAlt) return;
    for (const image of context.document.images) {
      if (image.alt === undefined) {
        context.report({ start: image.start, end: image.end, message: missingAltMessage(image) });
      } else if (image.alt.trim() === '' && !isSpacer(image) && !isDecoration(context.document, image)) {
        context.report({ start: image.start, end: image.end, message: 'This image has empty alt text; describe it, or keep alt="" only for spacers.' });
      }
    }
  },
};

/** A spacer has nothing to describe: it only needs alt="" so screen readers skip it. */
function missingAltMessage(image: Image): string {
  return isSpacer(image)
    ? 'This spacer image has no alt attribute; add alt="" so screen readers skip it.'
    : 'This image has no alt attribute; describe it in alt text (alt="" only for a spacer).';
}

/** An icon inside a link that has its own text, or a small unlinked image: the author's alt="" says it is decoration. */
function isDecoration(document: Document, image: Image): boolean {
  const link = document.links.find((candidate) => candidate.start <= image.start && image.end <= candidate.end);
  if (link) return link.segment !== undefined && document.segments[link.segment]?.role !== 'alt';
  const sizes = [image.width, image.height].filter((size) => size !== undefined).map((size) => Number.parseFloat(size));
  return sizes.length > 0 && sizes.every((size) => size <= ICON_SIZE);
}

/** Spacers, tracking pixels and hairline rules: at most 2 pixels in either direction, or named like a spacer. */
function isSpacer(image: Image): boolean {
  const tiny = (size: string | undefined): boolean => size !== undefined && Number.parseFloat(size) <= SPACER_SIZE;
  return tiny(image.width) || tiny(image.height) || SPACER_NAME.test(image.src);
}

export default emailImageAlt;
