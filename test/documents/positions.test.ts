import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/documents/positions.js';
import { documentOf } from '../../src/documents/read.js';

const LF = { encoding: 'utf8', bom: false, eol: '\n' } as const;

describe('LineIndex', () => {
  const lines = new LineIndex('one\r\ntwo\rthree\n');

  it.each([
    [0, { line: 1, column: 1 }],
    [3, { line: 1, column: 4 }],
    [5, { line: 2, column: 1 }],
    [9, { line: 3, column: 1 }],
    [15, { line: 4, column: 1 }],
  ])('places offset %i after LF, CRLF and lone CR line endings', (offset, position) => {
    expect(lines.position(offset)).toEqual(position);
  });

  it.each([-1, 16, 2.5, Number.NaN])('throws on offset %s, outside the text, instead of moving it to an end', (offset) => {
    expect(() => lines.position(offset)).toThrow(RangeError);
  });
});

describe('a reader warning', () => {
  it('inside the file is kept where the reader put it', () => {
    const document = documentOf('post.md', 'web', 'Hello', LF, { segments: [], warnings: [{ message: 'odd', start: 5, end: 5 }] });
    expect(document.warnings).toEqual([{ message: 'odd', start: 5, end: 5 }]);
  });

  it('outside the file fails at the reader boundary, naming the file and the range', () => {
    const draft = { segments: [], warnings: [{ message: 'odd', start: 3, end: 9 }] };
    expect(() => documentOf('post.md', 'web', 'Hello', LF, draft)).toThrow('the reader of post.md placed the warning "odd" at 3–9, outside the file (0–5)');
  });
});
