/**
 * Text from content and kits, made safe to print on a terminal: control
 * characters (ESC, VT, CR, C1 controls …) and invisible bidirectional
 * overrides could move the cursor, recolour or rewrite what the user
 * reads, so each is shown as a `\u001b`-style escape instead. Tabs and line feeds stay.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
