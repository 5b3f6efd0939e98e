/**
 * Which channel a file belongs to when neither the command line, the kit's
 * routing nor front matter says: by extension, and for .html and .txt by a
 * look at the content.
 */
import { basename, extname } from 'node:path';
import { readFrontMatter } from './front-matter.js';
import type { ParserOptions } from './parser.js';
import type { Channel } from './types.js';

export const CONTENT_EXTENSIONS = ['.html', '.htm', '.eml', '.md', '.mdx', '.markdown', '.txt', '.csv', '.json', '.yaml', '.yml', '.docx'] as const;

export function extensionOf(path: string): string {
  return extname(path).toLowerCase();
}

export function isContentFile(path: string): boolean {
  return (CONTENT_EXTENSIONS as readonly string[]).includes(extensionOf(path));
}

/** Layout tags of the email template languages Inky (Foundation for Emails) and MJML, which no web page uses. */
const EMAIL_TEMPLATE_TAGS = /<(?:mjml|mj-[a-z-]+|container|row|columns|callout|spacer|wrapper|block-grid|h-line)[\s/>]/gi;

/**
 * An HTML file is an email when it is written in an email template language
 * (two kinds of Inky or MJML layout tags), or when it is built the way
 * emails are: layout tables with role="presentation", Outlook conditional
 * comments, a hidden preheader, ESP merge tags, an unsubscribe link, tables
 * spaced with cellpadding or bgcolor, or the classic fixed-width table with
 * fonts set on its cells. Two of those signals are needed.
 */
export function looksLikeEmailHtml(html: string): boolean {
  const head = html.slice(0, 200_000);
  if (isEmailTemplateSource(head)) return true;
  const signals = [
    /role\s*=\s*["']?presentation/i.test(head),
    /<!--\[if\s+(?:!\s*)?mso/i.test(head) || /xmlns:v="urn:schemas-microsoft-com:vml"/i.test(head),
    /display\s*:\s*none[^"']*["'][^>]*>[^<]{0,10}\S/i.test(head) || /class=["'][^"']*preheader/i.test(head),
    /unsubscribe|\*\|UNSUB\|\*|%%unsub|\{\{\s*unsubscribe/i.test(head),
    /<table[^>]+(cellpadding|cellspacing|bgcolor)/i.test(head),
    // The classic layout: a fixed-width table (600 pixels, give or take) with fonts set on its cells.
    /<table[^>]*\swidth\s*=\s*["']?[4-7]\d\d(?:px)?["'\s>]/i.test(head) && /<t[dh]\b[^>]*style\s*=\s*["'][^"']*font-family/i.test(head),
    /\{\{\s*[\w.]+\s*\}\}|\*\|[A-Z_]+\|\*|%%[A-Za-z_]+%%/.test(head),
  ];
  return signals.filter(Boolean).length >= 2;
}

function isEmailTemplateSource(html: string): boolean {
  const kinds = new Set([...html.matchAll(EMAIL_TEMPLATE_TAGS)].map((match) => match[0].slice(1, -1).toLowerCase()));
  return kinds.has('mjml') || kinds.size >= 2;
}

/**
 * A .txt or Markdown file is a call script when several lines start with a
 * speaker label (`minimum`: two to tell a script by its content; one inside
 * a file already known to be a call script).
 */
export function hasSpeakerLabels(text: string, options: ParserOptions, minimum = 2): boolean {
  const labels = new Set([...options.agentLabels, ...options.customerLabels].map((label) => label.toLowerCase()));
  let count = 0;
  for (const match of withoutFencedCode(text).matchAll(/^[ \t>*_-]*\**([A-Za-z][\w .'-]{0,30}?)\**\s*:/gm)) {
    if (labels.has((match[1] ?? '').trim().toLowerCase()) && ++count >= minimum) return true;
  }
  return false;
}

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/** The lines outside fenced code blocks: `user: admin` in a config sample is no speaker. */
function withoutFencedCode(text: string): string {
  let fence: string | undefined;
  const kept: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const opening = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (line.trim().startsWith(fence)) fence = undefined;
    } else if (opening !== undefined) fence = opening;
    else kept.push(line);
  }
  return kept.join('\n');
}

/** Agent labels that open a post or a line of a page as often as they name a speaker ("You: …", "Sales: up 20%"). */
const EVERYDAY_LABELS = new Set(['you', 'we', 'me', 'i', 'us', 'host', 'sales', 'seller', 'associate', 'ae', 'team', 'staff']);
/** Words a spoken line addresses the listener or introduces the speaker with. */
const SPOKEN_WORDS = /\b(?:hi|hello|hey|thanks|thank|you|your|you're|i|i'm|i'll|we|we're|we'll|our|this is)\b/i;

/**
 * A single-speaker script (a voicemail, a recorded greeting): its first
 * line of text, after front matter and Markdown headings, is a turn of the
 * agent (`Agent: Hi, this is Sam from Acme, returning your call…`). Guards
 * against posts and pages, which rarely begin that way:
 * - the label is one of the kit's agent labels but not an everyday word
 *   (`You:`, `Sales:`, `Host:` open posts too);
 * - at least four words follow, one of them a greeting or a pronoun of
 *   address (`Agent: Jane Doe, Remax Realty` on a listing, or a glossary's
 *   `Agent: a daemon that ships metrics`, is no turn);
 * - the file holds no hashtag or @mention, which mark a post.
 */
function isSingleSpeakerScript(text: string, options: ParserOptions): boolean {
  if (/(?:^|\s)[#@]\p{L}/u.test(text)) return false;
  const body = withoutFencedCode(text.slice(readFrontMatter(text)?.bodyStart ?? 0));
  const firstLine = body.split('\n').find((line) => line.trim() !== '' && !/^[ \t]{0,3}#{1,6}(?:[ \t]|$)/.test(line));
  const turn = firstLine && /^[ \t>*_-]*\**([A-Za-z][\w .'-]{0,30}?)\s*(?:\([^()]{1,40}\))?\**\s*:\**\s*(.*)$/.exec(firstLine);
  if (!turn) return false;
  const label = (turn[1] ?? '').trim().toLowerCase();
  const isAgentLabel = options.agentLabels.some((agentLabel) => agentLabel.toLowerCase() === label) && !EVERYDAY_LABELS.has(label);
  return isAgentLabel && ((turn[2] ?? '').match(/\p{L}+/gu) ?? []).length >= 4 && SPOKEN_WORDS.test(turn[2] ?? '');
}

/** A `voicemail` or `ivr` word in the file name (`renewal.voicemail.txt`, `ivr-prompts.md`). */
export function isCallScriptName(path: string): boolean {
  return basename(path)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((word) => word === 'ivr' || word === 'voicemail' || word === 'voicemails');
}

/** A .txt or Markdown file is a call script by its name, by two speaker labels, or as a single agent turn. */
function isCallScript(path: string, text: string, options: ParserOptions): boolean {
  return isCallScriptName(path) || hasSpeakerLabels(text, options) || isSingleSpeakerScript(text, options);
}

/**
 * The channel by extension and content alone. A .txt or Markdown file is a
 * call script when its name says `voicemail` or `ivr`, when two lines start
 * with speaker labels, or when it opens with a single agent turn (see
 * isSingleSpeakerScript); otherwise a .txt is a post and Markdown a page.
 */
export function detectChannel(path: string, text: string, options: ParserOptions): Channel {
  switch (extensionOf(path)) {
    case '.eml':
      return 'email';
    case '.html':
    case '.htm':
      return looksLikeEmailHtml(text) ? 'email' : 'web';
    case '.csv':
    case '.json':
    case '.yaml':
    case '.yml':
      return 'social';
    case '.txt':
      return isCallScript(path, text, options) ? 'call' : 'social';
    default:
      return isCallScript(path, text, options) ? 'call' : 'web';
  }
}

export function isChannel(value: unknown): value is Channel {
  return value === 'email' || value === 'web' || value === 'social' || value === 'call';
}
