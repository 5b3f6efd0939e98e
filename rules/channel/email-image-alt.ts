import type { Rule } from '../../src/engine/types.js';
import type { Image } from '../../src/documents/types.js';

/** Images this small, or named like this, are layout spacers. */
const SPACER_SIZE = 2;
const SPACER_NAME = /spacer|blank|pixel|transparent|clear\.gif|1x1/i;

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
        'spacer without one is asked for `alt=""`, not for a description.',
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
      } else if (image.alt.trim() === '' && !isSpacer(image)) {
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

/** Spacers, tracking pixels and hairline rules: at most 2 pixels in either direction, or named like a spacer. */
function isSpacer(image: Image): boolean {
  const tiny = (size: string | undefined): boolean => size !== undefined && Number.parseFloat(size) <= SPACER_SIZE;
  return tiny(image.width) || tiny(image.height) || SPACER_NAME.test(image.src);
}

export default emailImageAlt;
