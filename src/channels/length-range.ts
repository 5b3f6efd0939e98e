/**
 * The length check shared by subject lines, preheaders, page titles and
 * meta descriptions: too short is reported on the whole text, too long on
 * the part past the limit — the part an inbox or a search result cuts off.
 */
import type { BrandKit, LengthRange } from '../config/types.js';
import type { Role } from '../documents/types.js';
import type { Rule, RuleContext, RuleMeta } from '../engine/types.js';
import { graphemeStarts } from '../text/graphemes.js';
import { joinedRole, type JoinedText } from '../text/joined-text.js';

/** Checks `span` against `range`, counting graphemes; `label` names the text ("The subject line"). */
export function checkLengthRange(context: RuleContext, span: JoinedText, range: LengthRange, label: string): void {
  const text = span.text.trimEnd();
  const starts = graphemeStarts(text);
  const count = starts.length;
  if (range.max !== undefined && count > range.max) {
    context.report({
      ...span.toSource(starts[range.max], text.length),
      message: `${label} has ${count} characters; shorten it to ${range.max} or fewer (the marked part is past the limit).`,
      data: { length: count, max: range.max },
    });
  } else if (range.min !== undefined && count < range.min) {
    context.report({
      ...span.toSource(0, text.length),
      message: `${label} has ${count} characters; write at least ${range.min}.`,
      data: { length: count, min: range.min },
    });
  }
}

export interface RoleLengthRuleSpec extends Omit<RuleMeta, 'fixable' | 'severity'> {
  role: Role;
  /** The text's name at the start of a message, e.g. "The subject line". */
  label: string;
  range(kit: BrandKit): LengthRange;
}

/** A rule that checks the length of the text of one role (subject, title, description). */
export function roleLengthRule({ role, label, range, ...meta }: RoleLengthRuleSpec): Rule {
  return {
    meta: { ...meta, severity: 'warn', fixable: false },
    check(context) {
      const span = joinedRole(context.document.segments, role);
      if (span) checkLengthRange(context, span, range(context.kit), label);
    },
  };
}
