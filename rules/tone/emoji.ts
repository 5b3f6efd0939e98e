import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import type { Unit } from '../../src/nlp/analyze.js';
import { copyPieces, type BrandCopy, pieceName } from '../../src/nlp/brand-copy.js';
import { itemAt } from '../../src/text/items.js';

interface Emoji {
  text: string;
  start: number;
  end: number;
  segment: number;
}

const emoji: Rule = {
  meta: {
    id: 'tone/emoji',
    description: 'Emoji only where the kit allows them, and no more than its maximum.',
    severity: 'warn',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'With `tone.emoji.allowed: false` every emoji of brand copy is reported; with `tone.emoji.max` a document (for a social ' +
        'calendar: each post) with more emoji is reported once, at the first emoji past the maximum, with the count. Set both per ' +
        'channel under `tone.channels` (emoji on social, none in email). Customer lines, stage directions and quoted speech ' +
        '(unless `tone.judgeQuotes`) do not count, nor do symbols that show as text unless an emoji variation selector asks for ' +
        'colour (↗, ©, ™, ✓).',
      kit: 'tone:\n  emoji: { allowed: false }',
      bad: 'Your order has shipped 🎉',
      findings: ['1:24-1:26 No emoji in web copy: remove "🎉".'],
      good: 'Your order has shipped.',
    },
  },
  check(context) {
    const settings = context.tone.emoji;
    if (!settings) return;
    const copy = context.brandCopy;
    const channel = context.document.channel;
    for (const piece of copyPieces(copy)) {
      const found = piece.flatMap((unit) => emojiOf(copy, unit));
      if (settings.allowed === false) {
        for (const item of found) context.report({ ...item, message: `No emoji in ${channel} copy: remove "${item.text}".` });
      } else if (settings.max !== undefined && found.length > settings.max) {
        const past = itemAt(found, settings.max);
        const what = pieceName(piece);
        context.report({
          ...past,
          message: `${found.length} emoji in this ${what}; the kit allows at most ${settings.max} in ${channel} copy.`,
          data: { count: found.length, max: settings.max },
        });
      }
    }
  },
};

function emojiOf(copy: BrandCopy, unit: Unit): Emoji[] {
  return unit.segments.flatMap(({ segment, offset }) =>
    segment.opaque
      .filter((span) => span.kind === 'emoji' && copy.isOwnVoice(unit.index, offset + span.start, offset + span.end))
      .map((span) => ({ text: segment.text.slice(span.start, span.end), ...segment.map.toSource(span.start, span.end), segment: segment.index }))
      .filter((found) => !isTextSymbol(found.text)),
  );
}

/**
 * A lone symbol that shows as text unless asked for in colour (↗, ©, ™, ✓): it has no Emoji_Presentation and no
 * emoji variation selector (U+FE0F). Typography, not an emoji.
 */
function isTextSymbol(text: string): boolean {
  return [...text].length === 1 && !/\p{Emoji_Presentation}/u.test(text);
}

export default emoji;
