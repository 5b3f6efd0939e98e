/**
 * Self-closing components inside prose (`<TeamMember name="Dmytro" />’s
 * notes`) render text no reader of the source can know, so they are left
 * out. A possessive after one would be left dangling ("set via ’s
 * efforts"), so it goes with the component.
 */
const POSSESSIVE = /['’]s(?![\p{L}\p{N}])/uy;

/** Length of the possessive `’s` / `'s` at `index`, right after a component; 0 when there is none. */
export function possessiveLength(source: string, index: number): number {
  POSSESSIVE.lastIndex = index;
  return POSSESSIVE.test(source) ? POSSESSIVE.lastIndex - index : 0;
}

/** Components are named with a capital (`TeamMember`); HTML elements are not. */
export function isComponentName(name: string): boolean {
  return /^[A-Z]/.test(name);
}

/** `<TeamMember name="…" />`: a component tag closed in itself. */
export function isSelfClosingComponent(tag: string): boolean {
  return isComponentName(tag.slice(1)) && tag.trimEnd().endsWith('/>');
}
