/**
 * A kit file as text, data and positions. YAML and JSON both go through
 * `yaml`'s document model (JSON is YAML 1.2 flow), so any problem at a
 * path can be pointed at the line and column where the user wrote it.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { KitError, type KitProblem } from './errors.js';
import type { KitPath } from './wording.js';

/** Point at the key of the last step (`unknown key`) or at its value (everything else). */
export type Target = 'key' | 'value';

/** Plain-words advice for the YAML syntax errors people actually make. */
const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces',
  BAD_INDENT: 'check the indentation of this line',
  BLOCK_AS_IMPLICIT_KEY: 'a value that holds keys must start on its own line, indented under its key',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; is a ":" missing or the indentation off?',
  DUPLICATE_KEY: 'each key may appear only once in a map',
  BAD_SCALAR_START: 'put the value in quotes',
  BAD_DQ_ESCAPE: 'inside double quotes a backslash starts an escape: write \\\\ for a regular-expression backslash, or use single quotes',
  UNEXPECTED_TOKEN: 'check the indentation, and that list items and keys are not mixed at one level',
  MULTIPLE_DOCS: 'a kit is one YAML document; remove the extra "---"',
};

export class KitSource {
  private constructor(
    readonly file: string,
    /** The parsed kit; an empty file is an empty map. */
    readonly data: unknown,
    private readonly document: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Reads and parses a kit file; a missing, unreadable or malformed file is a KitError. */
  static read(file: string): KitSource {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new KitError({ file, reason: `cannot read the kit: ${readFailure(error)}` });
    }
    return KitSource.parse(file, text);
  }

  static parse(file: string, text: string): KitSource {
    const source = text.replace(/^\uFEFF/, '');
    const lines = new LineCounter();
    const document = parseDocument(source, { lineCounter: lines, prettyErrors: false });
    const data = extname(file).toLowerCase() === '.json' ? parseJson(file, source, lines) : yamlData(file, document, lines);
    return new KitSource(file, data ?? {}, document, lines);
  }

  /** A problem at `path`, positioned on the key or the value as written. */
  problem(path: KitPath, reason: string, target: Target = 'value'): KitProblem {
    const { line, col } = this.lines.linePos(this.offsetOf(path, target));
    return { file: this.file, line, column: col, reason };
  }

  /** True when the value at `path` is empty because the rest of its line became a comment (`hashtag: #Acme`). */
  isCommentedOut(path: KitPath): boolean {
    const { node } = this.walk(path);
    return isScalar(node) && node.value === null && node.comment !== undefined;
  }

  private offsetOf(path: KitPath, target: Target): number {
    const { node, key, complete } = this.walk(path);
    const pointAt = target === 'key' && complete && key ? key : (node ?? key);
    return pointAt?.range?.[0] ?? 0;
  }

  /** Follows `path` through the document as far as it goes. */
  private walk(path: KitPath): { node: Node | undefined; key: Node | undefined; complete: boolean } {
    let node = this.resolve(this.document.contents ?? undefined);
    let key: Node | undefined;
    for (const step of path) {
      const next = this.child(node, step);
      if (!next) return { node, key, complete: false };
      ({ node, key } = next);
    }
    return { node, key, complete: true };
  }

  private child(node: Node | undefined, step: string | number): { node: Node | undefined; key: Node | undefined } | undefined {
    if (isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(step));
      if (!pair) return undefined;
      const key = pair.key as Node;
      return { node: this.resolve((pair.value as Node | null) ?? undefined) ?? key, key };
    }
    if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      return item ? { node: this.resolve(item), key: undefined } : undefined;
    }
    return undefined;
  }

  private resolve(node: Node | undefined): Node | undefined {
    return isAlias(node) ? (node.resolve(this.document) ?? node) : node;
  }
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function yamlData(file: string, document: Document, lines: LineCounter): unknown {
  const [error] = document.errors;
  if (error) {
    const { line, col } = lines.linePos(error.pos[0]);
    const hint = YAML_HINTS[error.code];
    throw new KitError({ file, line, column: col, reason: `invalid YAML: ${lowerFirst(error.message)}${hint ? `; ${hint}` : ''}` });
  }
  try {
    return document.toJS();
  } catch (error) {
    // yaml refuses documents whose aliases expand without bound.
    throw new KitError({ file, line: 1, column: 1, reason: `invalid YAML: ${lowerFirst((error as Error).message)}` });
  }
}

/** JSON kits keep JSON's strictness (no trailing commas, no comments); positions still come from the YAML model. */
function parseJson(file: string, text: string, lines: LineCounter): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = Number(/at position (\d+)/.exec(message)?.[1] ?? text.length);
    const { line, col } = lines.linePos(offset);
    const reason = lowerFirst(message.replace(/ in JSON at position.*$/s, '').replace(/ of JSON input$/, ' of the file'));
    throw new KitError({ file, line, column: col, reason: `invalid JSON: ${reason}` });
  }
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
