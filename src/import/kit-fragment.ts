/**
 * The part of a brand kit an import produces — `lexicon.names`, `terms`,
 * `banned` and `allow` — collected entry by entry and written as YAML a
 * kit file can hold as is.
 */
import { Document, isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Severity } from '../config/types.js';

export interface ImportedTerm {
  use: string;
  insteadOf: string[];
  /** Imported lists name every form they match, so brandlint derives none. */
  inflect: false;
  caseSensitive?: true;
  reason?: string;
  severity?: Severity;
}

export interface ImportedBanned {
  phrase?: string;
  pattern?: string;
  reason?: string;
  suggestion?: string;
  severity?: Severity;
}

/** A name the source enforced only the case of (prh `expected` without a pattern, `JavaScript` for `javascript`). */
export interface ImportedName {
  name: string;
  nearMisses: false;
}

export interface Replacement {
  wrong: string;
  use: string;
  caseSensitive: boolean;
  reason?: string;
  severity?: Severity;
}

export type Extras = Pick<ImportedBanned, 'reason' | 'severity'>;

export class KitFragment {
  private readonly names = new Map<string, ImportedName>();
  private readonly terms = new Map<string, ImportedTerm>();
  private readonly banned = new Map<string, ImportedBanned>();
  /** Allowed words by the form that decides a match: any case, except acronyms (see nlp/kit-words.ts). */
  private readonly allow = new Map<string, string>();

  get size(): number {
    return this.names.size + this.terms.size + this.banned.size + this.allow.size;
  }

  /**
   * "Write `use` instead of `wrong`". A replacement that only fixes the case
   * of any spelling is a protected name; one that changes nothing is dropped.
   * Replacements with the same settings share one term.
   */
  addReplacement(replacement: Replacement): void {
    const { wrong, use, reason, severity } = replacement;
    if (wrong === use) return;
    const caseOnly = wrong.toLowerCase() === use.toLowerCase();
    if (caseOnly && !replacement.caseSensitive) return this.addName(use);
    const caseSensitive = replacement.caseSensitive || caseOnly;
    const key = JSON.stringify([use, caseSensitive, reason, severity]);
    const term =
      this.terms.get(key) ?? definedOnly({ use, insteadOf: [], inflect: false as const, caseSensitive: caseSensitive || undefined, reason, severity });
    if (!term.insteadOf.includes(wrong)) term.insteadOf.push(wrong);
    this.terms.set(key, term);
  }

  addName(name: string): void {
    this.names.set(name, { name, nearMisses: false });
  }

  addBanned(entry: ImportedBanned): void {
    const clean = definedOnly(entry);
    this.banned.set(JSON.stringify(clean), clean);
  }

  addAllowed(word: string): void {
    const key = isAcronym(word) ? word : word.toLowerCase();
    if (!this.allow.has(key)) this.allow.set(key, word);
  }

  /** The lexicon section, in the order a reader expects: names, terms, banned, allowed words. */
  lexicon(): Record<string, unknown[]> {
    const sections: Record<string, unknown[]> = {
      names: [...this.names.values()],
      terms: [...this.terms.values()],
      banned: [...this.banned.values()],
      allow: [...this.allow.values()],
    };
    return Object.fromEntries(Object.entries(sections).filter(([, entries]) => entries.length > 0));
  }

  /** The fragment as a kit file: `lexicon:` with one flow map per entry, after a comment header. */
  toYaml(header: string[]): string {
    const document = new Document({ lexicon: this.lexicon() });
    document.commentBefore = header.map((line) => ` ${line}`).join('\n');
    for (const section of lexiconSections(document)) flowEntries(section);
    return document.toString({ lineWidth: 0 });
  }
}

/** The lists under `lexicon:` of a document. */
function lexiconSections(document: Document): YAMLSeq[] {
  const lexicon = document.get('lexicon');
  if (!isMap(lexicon)) return [];
  return (lexicon as YAMLMap).items.map((pair) => pair.value).filter((value): value is YAMLSeq => isSeq(value));
}

/** One line per entry: `- { use: buy, insteadOf: [purchase] }` reads like a table. */
function flowEntries(section: YAMLSeq): void {
  for (const item of section.items) if (isMap(item)) item.flow = true;
}

function isAcronym(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
