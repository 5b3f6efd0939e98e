/**
 * Template tags inside HTML. Their arguments may hold markup or comparisons
 * (`{% module html="<h1>Hi</h1>" %}`, `{{ "<b>x</b>" | safe }}`,
 * `{% if a > 1 %}`, `%%[ IF @a > 1 THEN ]%%`), and an HTML parser would
 * split the tag at every `<` and `>`. Those characters are hidden behind
 * placeholders of the same length before parsing, so the tag stays one piece
 * of text and every offset stays the same; the placeholders are put back in
 * whatever the parser returns.
 */

/**
 * Template comments, never rendered: Liquid and Django blocks
 * (`{% comment %} … {% endcomment %}`, which may hold markup and other
 * tags), Handlebars `{{!-- … --}}` and `{{! … }}`, Jinja and HubL `{# … #}`.
 */
const COMMENT_PATTERNS = [
  /\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/,
  /\{\{!--[\s\S]*?--\}\}/,
  /\{\{!(?!--)[^}]*\}\}/,
  /(?<!\{)\{#(?:(?!\{#|#\})[\s\S])*#\}/,
];

/**
 * Template comments (whole, markup included), then Handlebars/Liquid/Jinja/HubL `{{ … }}`, `{% … %}` and `{# … #}` (not the
 * `{#` of Handlebars' `{{#each}}`), AMPscript `%%[ … ]%%` and `%%= … =%%`.
 * A tag never runs past the opener of another, so a stray `{{` cannot
 * swallow the markup up to some later tag's end.
 */
const TEMPLATE_TAG = new RegExp(
  [
    ...COMMENT_PATTERNS,
    /\{\{(?:(?!\{\{|\}\})[\s\S])*\}\}/,
    /\{%(?:(?!\{%|%\})[\s\S])*%\}/,
    /(?<!\{)\{#(?:(?!\{#|#\})[\s\S])*#\}/,
    /%%\[(?:(?!%%\[|\]%%)[\s\S])*\]%%/,
    /%%=(?:(?!%%=|=%%)[\s\S])*=%%/,
  ]
    .map((pattern) => pattern.source)
    .join('|'),
  'g',
);

/** Template comments: like `<!-- … -->`, never rendered. */
const TEMPLATE_COMMENT = new RegExp(COMMENT_PATTERNS.map((pattern) => pattern.source).join('|'), 'g');

const ANGLE_BRACKETS = /[<>]/g;

export interface HiddenTemplateMarkup {
  /** The HTML with `<` and `>` inside template tags replaced; same length, same offsets. */
  html: string;
  /** Puts the original characters back into any text taken from `html`. */
  restore(text: string): string;
}

/** Hides the angle brackets inside template tags; undefined when no tag holds any. */
export function hideTemplateMarkup(html: string): HiddenTemplateMarkup | undefined {
  let placeholders: { lt: string; gt: string } | undefined;
  const hidden = html.replace(TEMPLATE_TAG, (tag) => {
    if (!/[<>]/.test(tag)) return tag;
    placeholders ??= unusedPlaceholders(html);
    const { lt, gt } = placeholders;
    return tag.replace(ANGLE_BRACKETS, (bracket) => (bracket === '<' ? lt : gt));
  });
  if (!placeholders) return undefined;
  const { lt, gt } = placeholders;
  return { html: hidden, restore: (text) => text.replaceAll(lt, '<').replaceAll(gt, '>') };
}

/**
 * Two private-use characters that do not occur in `html`, so restoring them
 * turns back exactly the brackets that were hidden. Should none be free, the
 * brackets stay as they are.
 */
function unusedPlaceholders(html: string): { lt: string; gt: string } {
  const unused: string[] = [];
  for (let code = 0xe000; unused.length < 2 && code <= 0xf8ff; code++) {
    const char = String.fromCharCode(code);
    if (!html.includes(char)) unused.push(char);
  }
  const [lt = '<', gt = '>'] = unused;
  return { lt, gt };
}

/** `text` without its template comments. */
export function withoutTemplateComments(text: string): string {
  return text.replace(TEMPLATE_COMMENT, '');
}

/** The parts of `text` (starting at source offset `start`) outside template comments. */
export function outsideTemplateComments(text: string, start: number): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  let from = 0;
  for (const comment of text.matchAll(TEMPLATE_COMMENT)) {
    parts.push({ text: text.slice(from, comment.index), start: start + from });
    from = comment.index + comment[0].length;
  }
  parts.push({ text: text.slice(from), start: start + from });
  return parts;
}
