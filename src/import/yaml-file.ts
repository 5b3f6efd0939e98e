/**
 * A YAML file read with the line of every entry, so the import report can
 * point at the swap key or the prh rule it could not carry over.
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { firstLine } from '../text/first-line.js';

export interface Entry {
  key?: string;
  value: unknown;
  line?: number;
}

export class YamlFile {
  private constructor(
    readonly file: string,
    readonly data: unknown,
    private readonly document: Document,
    private readonly lines: LineCounter,
  ) {}

  /** The parsed file, or the reason it cannot be read. */
  static read(file: string): YamlFile | string {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      return `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
    }
    const lines = new LineCounter();
    const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, prettyErrors: false });
    const [error] = document.errors;
    if (error) return `not valid YAML: ${firstLine(error.message)}`;
    return new YamlFile(file, document.toJS(), document, lines);
  }

  /** The value at `path` as plain data. */
  get(...path: (string | number)[]): unknown {
    return path.reduce<unknown>((value, step) => (value as Record<string | number, unknown> | undefined)?.[step], this.data);
  }

  /** The line where the value at `path` is written. */
  line(...path: (string | number)[]): number | undefined {
    return this.lineOf(this.document.getIn(path, true) as Node | undefined);
  }

  /** The items of a list, or the pairs of a map, at `path`, each with its line. */
  entries(...path: (string | number)[]): Entry[] {
    const node = path.length === 0 ? this.document.contents : this.document.getIn(path, true);
    if (isSeq(node)) return node.items.map((item) => ({ value: toData(item), line: this.lineOf(item as Node) }));
    if (isMap(node)) {
      return node.items.map((pair) => ({ key: String(toData(pair.key)), value: toData(pair.value), line: this.lineOf(pair.key as Node) }));
    }
    return [];
  }

  private lineOf(node: Node | undefined): number | undefined {
    return node?.range ? this.lines.linePos(node.range[0]).line : undefined;
  }
}

function toData(node: unknown): unknown {
  if (isScalar(node)) return node.value;
  return node && typeof (node as Node).toJSON === 'function' ? (node as Node).toJSON() : node;
}
