/**
 * Inflected forms of a preferred term and of the words it replaces, paired
 * by grammatical form: purchase → buy, purchases → buys, purchased →
 * bought, purchasing → buying. Verb and noun forms come from compromise's
 * conjugation model; phrasal verbs ("log in") inflect their first word,
 * other phrases their last.
 */
import { compromise } from '../libraries.js';
import { FormsStore } from './forms-store.js';
import { ends } from '../text/items.js';

type Transform = {
  verb: { conjugate(word: string, model: unknown): Record<string, string> };
  noun: { toPlural(word: string, model: unknown): string };
};

type World = { methods: { two: { transform: Transform } }; model: unknown };

let world: World | undefined;

function conjugator(): { transform: Transform; model: unknown } {
  world ??= compromise().world() as unknown as World;
  return { transform: world.methods.two.transform, model: world.model };
}

const PARTICLES = new Set(['in', 'up', 'out', 'on', 'off', 'down', 'over', 'into', 'onto', 'back', 'away', 'through', 'with', 'for', 'about']);

type FormName = 'base' | 'third' | 'past' | 'gerund' | 'plural';
type Forms = Partial<Record<FormName, string>>;

let store: FormsStore | undefined;

/** The inflected forms of a word or phrase, keyed by grammatical form; kept on disk for the next run. */
export function formsOf(phrase: string): Forms {
  store ??= FormsStore.forInflector(import.meta.url);
  const stored = store.get(phrase);
  if (stored) return stored;
  const forms = computeForms(phrase);
  store.set(phrase, forms);
  return forms;
}

function computeForms(phrase: string): Forms {
  const words = phrase.split(/(\s+)/);
  const wordIndexes = words.map((_, index) => index).filter((index) => index % 2 === 0 && words[index] !== '');
  if (wordIndexes.length === 0) return { base: phrase };
  const [, secondWord] = wordIndexes.map((index) => words[index] ?? '');
  const phrasal = secondWord !== undefined && PARTICLES.has(secondWord.toLowerCase());
  const { first, last } = ends(wordIndexes);
  const head = phrasal ? first : last;
  const headWord = words[head] ?? '';
  if (!/^[a-z]+$/i.test(headWord)) return { base: phrase };
  const lower = headWord.toLowerCase();
  const replaceHead = (form: string | undefined): string | undefined => {
    if (!form || form.includes(' ')) return undefined;
    const copy = [...words];
    // A regular form keeps the head as written ("SMB" → "SMBs"); an irregular one takes its case pattern.
    copy[head] = form.startsWith(lower) ? headWord + form.slice(lower.length) : matchCase(form, headWord);
    return copy.join('');
  };
  const forms: Forms = { base: phrase };
  const { transform, model } = conjugator();
  const conjugated = wordIndexes.length === 1 || phrasal ? transform.verb.conjugate(lower, model) : {};
  forms.third = replaceHead(conjugated.PresentTense);
  forms.past = replaceHead(conjugated.PastTense);
  forms.gerund = replaceHead(conjugated.Gerund);
  if (!phrasal) forms.plural = replaceHead(transform.noun.toPlural(lower, model));
  return forms;
}

/**
 * Every form a kit phrase is found in: its own inflections (see formsOf),
 * and, for a phrase of several words that starts with a verb, that verb's
 * ("ship faster" → ships, shipped, shipping faster; "keep your files safe"
 * → kept your files safe). A first word that is no verb only adds forms no
 * text has.
 */
export function phraseForms(phrase: string): string[] {
  const forms = new Set(Object.values(formsOf(phrase)).filter((form): form is string => form !== undefined));
  const [, first, rest] = /^([a-z]+)(\s+\S.*)$/isu.exec(phrase) ?? [];
  if (first !== undefined && rest !== undefined) {
    const { third, past, gerund } = formsOf(first);
    for (const form of [third, past, gerund]) if (form !== undefined && form !== first) forms.add(form + rest);
  }
  return [...forms];
}

/**
 * Pairs of (form to replace, as the kit writes it → form to write).
 * `explicit` pairs from the kit win; a form that two grammatical forms share ("purchases": verb and
 * plural) maps to the verb form of the preferred term.
 */
export function inflectedPairs(insteadOf: string, use: string, explicit: Record<string, string>, inflect: boolean): [string, string][] {
  const pairs = new Map<string, [string, string]>([[insteadOf.toLowerCase(), [insteadOf, use]]]);
  const add = (wrong: string, right: string, override: boolean): void => {
    if (override || !pairs.has(wrong.toLowerCase())) pairs.set(wrong.toLowerCase(), [wrong, right]);
  };
  if (inflect) {
    const wrongForms = formsOf(insteadOf);
    const useForms = formsOf(use);
    for (const form of ['third', 'past', 'gerund', 'plural'] as const) {
      const wrong = wrongForms[form];
      const right = useForms[form] ?? (form === 'plural' ? useForms.third : undefined);
      if (wrong && right) add(wrong, right, false);
    }
  }
  for (const [wrong, right] of Object.entries(explicit)) add(wrong, right, true);
  return [...pairs.values()];
}

/** `replacement` written in the case pattern of `original`: PURCHASE → BUY, Purchase → Buy. */
export function matchCase(replacement: string, original: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  const first = original.match(/\p{L}/u)?.[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
