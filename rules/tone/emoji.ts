import type { RoleLimits } from '../../src/config/types.js';
import { CHANNELS, type Role } from '../../src/documents/types.js';
import type { Rule, RuleContext } from '../../src/engine/types.js';
import type { Unit } from '../../src/nlp/analyze.js';
import { copyPieces, type BrandCopy, pieceName } from '../../src/nlp/brand-copy.js';
import { groupBy } from '../../src/text/group-by.js';
import { itemAt } from '../../src/text/items.js';
import { roleWords } from '../../src/text/role-words.js';

interface Emoji {
  text: string;
  start: number;
  end: number;
  segment: number;
  role: Role;
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
        'colour (↗, ©, ™, ✓). A role limit, `tone.roles.<role>.emoji` (per channel under `tone.channels`), counts the emoji of ' +
        'each text of that role on its own instead: `0` for no emoji in a subject line or a button.',
      kit: 'tone:\n  emoji: { allowed: false }',
      bad: 'Your order has shipped 🎉',
      findings: ['1:24-1:26 No emoji in web copy: remove "🎉".'],
      good: 'Your order has shipped.',
    },
  },
  check(context) {
    const settings = context.tone.emoji ?? {};
    const roles = (context.tone.roles ?? {}) as Partial<Record<string, RoleLimits>>;
    const roleLimit = (item: Emoji): number | undefined => roles[item.role]?.emoji;
    if (settings.allowed !== false && settings.max === undefined && !Object.values(roles).some((limits) => limits?.emoji !== undefined)) return;
    const copy = context.brandCopy;
    const channel = context.document.channel;
    for (const piece of copyPieces(copy)) {
      const all = piece.flatMap((unit) => emojiOf(copy, unit));
      checkRoles(context, all, roleLimit);
      const found = all.filter((item) => roleLimit(item) === undefined);
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

/** Emoji of texts whose role has a limit, counted per text (one subject line, one button). */
function checkRoles(context: RuleContext, found: readonly Emoji[], limitOf: (item: Emoji) => number | undefined): void {
  for (const textEmoji of groupBy(found, (item) => item.segment).values()) {
    const [first] = textEmoji;
    const max = first && limitOf(first);
    if (!first || max === undefined || textEmoji.length <= max) continue;
    const what = roleWords(first.role);
    if (max === 0) {
      for (const item of textEmoji) context.report({ ...item, message: `No emoji in ${what.a}: remove "${item.text}".`, data: { role: first.role } });
      continue;
    }
    context.report({
      ...itemAt(textEmoji, max),
      message: `${textEmoji.length} emoji in ${what.one}; the kit allows ${max} in ${what.a}.`,
      data: { count: textEmoji.length, max, role: first.role },
    });
  }
}

function emojiOf(copy: BrandCopy, unit: Unit): Emoji[] {
  return unit.segments.flatMap(({ segment, offset }) =>
    segment.opaque
      .filter((span) => span.kind === 'emoji' && copy.isOwnVoice(unit.index, offset + span.start, offset + span.end))
      .map((span) => ({
        text: segment.text.slice(span.start, span.end),
        ...segment.map.toSource(span.start, span.end),
        segment: segment.index,
        role: segment.role,
      }))
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
