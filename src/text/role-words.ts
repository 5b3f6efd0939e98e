/**
 * How messages name the text of a segment role: "a subject line",
 * "this button", "The heading".
 */
import type { Role } from '../documents/types.js';

const NAMES: Record<Role, string> = {
  subject: 'subject line',
  preheader: 'preheader',
  title: 'page title',
  description: 'meta description',
  heading: 'heading',
  body: 'paragraph',
  'list-item': 'list item',
  'table-cell': 'table cell',
  quote: 'quote',
  link: 'link text',
  button: 'button',
  alt: 'image description (alt text)',
  post: 'post',
  agent: 'agent turn',
  customer: 'customer line',
  direction: 'stage direction',
};

export interface RoleWords {
  /** "a subject line", "an agent turn". */
  a: string;
  /** "this subject line". */
  one: string;
  /** "The subject line", to start a sentence about one text. */
  label: string;
}

export function roleWords(role: Role): RoleWords {
  const name = NAMES[role];
  return { a: `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}`, one: `this ${name}`, label: `The ${name}` };
}
