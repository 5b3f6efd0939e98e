/**
 * Regular expressions from other linters, made into what a brand kit holds.
 *
 * Vale writes Go (RE2) syntax; prh writes JavaScript. Kit patterns are
 * compiled with the `u` flag, which is strict about escapes and stray
 * braces, so both go through one translation to JavaScript `u` syntax.
 * A pattern that only spells out a few literal strings (`[Oo]bservability`,
 * `(?:e-mail|email)`, `log(?:ged)? in`) is expanded to those strings, since
 * a kit phrase or term matches whole words, in every inflection, and can be
 * fixed, where a pattern can only be reported.
 */

export type Dialect = 're2' | 'js';

export interface JsPattern {
  source: string;
  /** The whole expression was case-insensitive (`(?i)` at the start in RE2). */
  ignoreCase: boolean;
}

export type Translation = { ok: true; pattern: JsPattern } | { ok: false; problem: string };

/** Characters that keep their backslash in a `u` pattern outside a class. */
const SYNTAX_CHARACTERS = new Set('^$\\.*+?()[]{}|/');
/** Escapes with a letter that mean the same in RE2 and JavaScript. */
const SHARED_LETTER_ESCAPES = new Set('dDwWsSbBnrtfv');
const GENERAL_CATEGORIES = new Set([
  'L',
  'Lu',
  'Ll',
  'Lt',
  'Lm',
  'Lo',
  'M',
  'Mn',
  'Mc',
  'Me',
  'N',
  'Nd',
  'Nl',
  'No',
  'P',
  'Pc',
  'Pd',
  'Ps',
  'Pe',
  'Pi',
  'Pf',
  'Po',
  'S',
  'Sm',
  'Sc',
  'Sk',
  'So',
  'Z',
  'Zs',
  'Zl',
  'Zp',
  'C',
  'Cc',
  'Cf',
  'Cs',
  'Co',
  'Cn',
]);
const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

class Untranslatable extends Error {}

/** Translates a pattern to JavaScript `u` syntax, or says why it cannot be. */
export function toJsPattern(source: string, dialect: Dialect): Translation {
  try {
    const pattern = new Translator(source, dialect).run();
    new RegExp(pattern.source, 'u');
    return { ok: true, pattern };
  } catch (error) {
    const reason = error instanceof Untranslatable ? error.message : `not valid in JavaScript: ${(error as Error).message.split(': ').pop()}`;
    return { ok: false, problem: `pattern ${JSON.stringify(source)}: ${reason}` };
  }
}

class Translator {
  private index = 0;
  private output = '';
  private ignoreCase = false;
  private inClass = false;

  constructor(
    private readonly source: string,
    private readonly dialect: Dialect,
  ) {}

  run(): JsPattern {
    while (this.index < this.source.length) this.step();
    return { source: this.output, ignoreCase: this.ignoreCase };
  }

  private step(): void {
    const char = this.source.charAt(this.index);
    if (char === '\\') return this.escape();
    if (this.inClass) return this.classCharacter(char);
    if (char === '[') return this.openClass();
    if (char === '(' && this.source[this.index + 1] === '?') return this.groupOpening();
    if (char === '{') return this.brace();
    if (char === '}' || char === ']') return this.emit(1, `\\${char}`);
    this.emit(1, char);
  }

  private emit(consumed: number, text: string): void {
    this.index += consumed;
    this.output += text;
  }

  /** `{2,5}` is a repetition; any other brace is a literal in RE2 but an error in `u` mode. */
  private brace(): void {
    const repetition = /^\{\d+(,\d*)?\}/.exec(this.source.slice(this.index));
    this.emit(repetition ? repetition[0].length : 1, repetition ? repetition[0] : '\\{');
  }

  private openClass(): void {
    this.inClass = true;
    const negated = this.source[this.index + 1] === '^';
    this.emit(negated ? 2 : 1, negated ? '[^' : '[');
    // A `]` right after the opening is a literal in RE2.
    if (this.source[this.index] === ']') this.emit(1, '\\]');
  }

  private classCharacter(char: string): void {
    if (char === ']') {
      this.inClass = false;
      return this.emit(1, ']');
    }
    const posix = /^\[:(\^?)([a-z]+):\]/.exec(this.source.slice(this.index));
    if (posix && this.dialect === 're2') {
      const [written, negation, name = ''] = posix;
      const ranges = POSIX_CLASSES[name];
      if (!ranges || negation) throw new Untranslatable(`the class [:${negation}${name}:] has no JavaScript equivalent`);
      return this.emit(written.length, ranges);
    }
    this.emit(1, char === '[' ? '\\[' : char);
  }

  /** `(?i)`, `(?i:…)`, `(?P<name>…)` and the groups both dialects share. */
  private groupOpening(): void {
    const rest = this.source.slice(this.index);
    const named = /^\(\?P?<([A-Za-z_]\w*)>/.exec(rest);
    if (named) return this.emit(named[0].length, `(?<${named[1]}>`);
    const shared = /^\(\?(?::|=|!|<=|<!)/.exec(rest);
    if (shared) return this.emit(shared[0].length, shared[0]);
    const flags = /^\(\?([a-zA-Z-]*)(:|\))/.exec(rest);
    if (!flags || this.dialect === 'js') throw new Untranslatable(`the group ${rest.slice(0, 4)}… is not understood`);
    if (flags[1] !== 'i') throw new Untranslatable(`the flags (?${flags[1]}) have no JavaScript equivalent here`);
    // Kit patterns always match in any case, so `(?i)` only needs recording.
    if (flags[2] === ')') {
      if (this.output === '') this.ignoreCase = true;
      return this.emit(flags[0].length, '');
    }
    this.emit(flags[0].length, '(?:');
  }

  private escape(): void {
    const next = this.source[this.index + 1];
    if (next === undefined) throw new Untranslatable('it ends with a lone backslash');
    if (/[A-Za-z0-9]/.test(next)) return this.letterEscape(next);
    const keep = SYNTAX_CHARACTERS.has(next) || (this.inClass && next === '-');
    // RE2 lets any punctuation be escaped; `u` mode only syntax characters.
    this.emit(2, keep ? `\\${next}` : next);
  }

  private letterEscape(letter: string): void {
    const rest = this.source.slice(this.index);
    if (SHARED_LETTER_ESCAPES.has(letter)) return this.emit(2, `\\${letter}`);
    if (this.dialect === 'js') return this.jsLetterEscape(letter, rest);
    if (letter === 'A' && !this.inClass) return this.emit(2, '^');
    if (letter === 'z' && !this.inClass) return this.emit(2, '$');
    if (letter === 'Q') return this.quoted(rest);
    if (letter === 'p' || letter === 'P') return this.unicodeClass(letter, rest);
    if (letter === 'x') return this.hexEscape(rest);
    const [octal, digits = ''] = /^\\([0-7]{1,3})/.exec(rest) ?? [];
    if (octal) return this.emit(octal.length, `\\u{${parseInt(digits, 8).toString(16)}}`);
    throw new Untranslatable(`the escape \\${letter} has no JavaScript equivalent`);
  }

  private jsLetterEscape(letter: string, rest: string): void {
    const known = /^\\(?:[pP]\{[^}]+\}|x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|c[A-Za-z]|k<\w+>|[1-9]\d*|0)/.exec(rest);
    if (!known) throw new Untranslatable(`the escape \\${letter} is not understood`);
    this.emit(known[0].length, known[0]);
  }

  /** `\Q…\E`: everything between is literal. */
  private quoted(rest: string): void {
    const end = rest.indexOf('\\E');
    const literal = end === -1 ? rest.slice(2) : rest.slice(2, end);
    this.emit(end === -1 ? rest.length : end + 2, escapeRegex(literal));
  }

  /** `\pL`, `\p{Lu}`, `\p{Greek}`, `\p{^Greek}`. */
  private unicodeClass(letter: string, rest: string): void {
    const match = /^\\[pP](?:\{(\^?)(\w+)\}|([A-Za-z]))/.exec(rest);
    if (!match) throw new Untranslatable('a \\p class is malformed');
    const name = match[2] ?? match[3] ?? '';
    const negated = (letter === 'P') !== (match[1] === '^');
    const property = GENERAL_CATEGORIES.has(name) ? name : `Script=${name}`;
    this.emit(match[0].length, `\\${negated ? 'P' : 'p'}{${property}}`);
  }

  private hexEscape(rest: string): void {
    const match = /^\\x(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{2}))/.exec(rest);
    if (!match) throw new Untranslatable('a \\x escape is malformed');
    this.emit(match[0].length, match[1] ? `\\u{${match[1]}}` : `\\x${match[2]}`);
  }
}

/** `text` as a pattern that matches it literally (outside a class, where `-` needs no escape in `u` mode). */
export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

const WORD_START = /^(?:\\b|\(\?<!(?:\\w|\[(?:\\w|\\p\{[LNM]\}|_)+\])\))/;
const WORD_END = /(?:\\b|\(\?!(?:\\w|\[(?:\\w|\\p\{[LNM]\}|_)+\])\))$/;

/**
 * The pattern without the word-boundary assertions around it (`\b…\b`,
 * `(?<![\p{L}\p{N}_])…(?![\p{L}\p{N}_])`): kit phrases and terms match
 * whole words anyway.
 */
export function withoutWordBoundaries(source: string): string {
  return source.replace(WORD_START, '').replace(WORD_END, '');
}

/** Wraps a pattern in word boundaries, as Vale does with tokens unless `nonword` is set. */
export function withWordBoundaries(source: string): string {
  return `\\b(?:${source})\\b`;
}

/** Letters whose case matters in the pattern, outside escapes such as `\S` or `\p{Lu}`. */
export function hasUpperCaseLiteral(source: string): boolean {
  return /\p{Lu}/u.test(source.replace(/\\(?:[pP]\{[^}]*\}|k<\w+>|.)/gu, '').replace(/\(\?<\w+>/g, ''));
}

const EXPANSION_LIMIT = 24;

/**
 * The literal strings a pattern matches when it is only literals, classes
 * of single characters, groups of alternatives and `?` (e.g. `[Oo]bserv`,
 * `(?:log|sign)(?:ged)? in`); `\s` and `\s+` stand for one space. Undefined
 * for anything else, or when there would be more than a couple dozen.
 */
export function literalAlternatives(source: string): string[] | undefined {
  try {
    const parser = new LiteralParser(source);
    const strings = parser.alternation();
    if (!parser.done()) return undefined;
    return [...new Set(strings.map((text) => text.replace(/ {2,}/g, ' ').trim()))].filter(Boolean);
  } catch {
    return undefined;
  }
}

class NotLiteral extends Error {}

class LiteralParser {
  private index = 0;

  constructor(private readonly source: string) {}

  done(): boolean {
    return this.index === this.source.length;
  }

  alternation(): string[] {
    const options = [...this.sequence()];
    while (this.source[this.index] === '|') {
      this.index++;
      options.push(...this.sequence());
    }
    return limited(options);
  }

  private sequence(): string[] {
    let strings = [''];
    while (this.index < this.source.length && !'|)'.includes(this.source.charAt(this.index))) {
      const atom = this.quantified(this.atom());
      strings = limited(strings.flatMap((prefix) => atom.map((suffix) => prefix + suffix)));
    }
    return strings;
  }

  private quantified(atom: string[]): string[] {
    const next = this.source[this.index];
    if (next === '?') {
      this.index++;
      if (this.source[this.index] === '?') throw new NotLiteral();
      return [...atom, ''];
    }
    if (next === '+' && atom.length === 1 && atom[0] === ' ') {
      this.index++;
      return atom;
    }
    if (next === '*' || next === '+' || next === '{') throw new NotLiteral();
    return atom;
  }

  private atom(): string[] {
    const char = this.source.charAt(this.index);
    if (char === '(') return this.group();
    if (char === '[') return this.characterClass();
    if (char === '\\') return [this.escaped(false)];
    if ('.^$*+?{'.includes(char)) throw new NotLiteral();
    this.index++;
    return [char];
  }

  private group(): string[] {
    const opening = /^\((?:\?:|\?<\w+>)?/.exec(this.source.slice(this.index))![0];
    if (this.source[this.index + opening.length] === '?') throw new NotLiteral();
    this.index += opening.length;
    const inner = this.alternation();
    if (this.source[this.index] !== ')') throw new NotLiteral();
    this.index++;
    return inner;
  }

  private characterClass(): string[] {
    this.index++;
    if (this.source[this.index] === '^') throw new NotLiteral();
    const members: string[] = [];
    while (this.source[this.index] !== ']') {
      if (this.index >= this.source.length) throw new NotLiteral();
      if (this.source[this.index] === '-' && members.length > 0 && this.source[this.index + 1] !== ']') throw new NotLiteral();
      members.push(this.source[this.index] === '\\' ? this.escaped(true) : this.source.charAt(this.index++));
    }
    this.index++;
    return [...new Set(members)];
  }

  private escaped(inClass: boolean): string {
    const next = this.source[this.index + 1];
    this.index += 2;
    if (next === 's' && !inClass) return ' ';
    if (next !== undefined && /[^\p{L}\p{N}]/u.test(next)) return next;
    throw new NotLiteral();
  }
}

function limited(strings: string[]): string[] {
  if (strings.length > EXPANSION_LIMIT) throw new NotLiteral();
  return strings;
}
