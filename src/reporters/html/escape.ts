/**
 * Markup that escapes by default: `html` escapes every interpolated string
 * and number, and only markup built by `html` itself (or the reporter's own
 * stylesheet and script, through `trusted`) passes through unchanged. Text
 * from the content can therefore never become markup by mistake.
 */
export class Html {
  constructor(readonly markup: string) {}
}

export type HtmlPart = Html | string | number | null | undefined | false | readonly HtmlPart[];

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

export function html(strings: TemplateStringsArray, ...values: HtmlPart[]): Html {
  // A template has one more string than values: the text before each value, and after the last.
  let markup = strings[0] ?? '';
  values.forEach((value, index) => {
    markup += render(value) + (strings[index + 1] ?? '');
  });
  return new Html(markup);
}

/** Markup written in this reporter (never content): the stylesheet and the script. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

function render(value: HtmlPart): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}
