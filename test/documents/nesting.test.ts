import { describe, expect, it } from 'vitest';
import { assertNestingWithin, htmlExcess, markdownExcess } from '../../src/documents/nesting.js';
import { UnreadableFileError } from '../../src/documents/types.js';

describe('markdown nesting', () => {
  it.each([
    ['quotes', `Intro\n${'> '.repeat(5)}deep\n`, 5],
    ['quotes without blanks', `${'>'.repeat(5)} deep`, 5],
    ['list markers on one line', `${'- '.repeat(5)}deep`, 5],
    ['ordered markers', '1. 2) 3. deep', 3],
    ['indented list items', '- a\n  - b\n    - c\n      - d', 4],
  ])('counts %s', (_, text, depth) => {
    expect(markdownExcess(text, depth)).toBeUndefined();
    expect(markdownExcess(text, depth - 1)?.depth).toBe(depth);
  });

  it('does not take text, emphasis or rules for containers', () => {
    expect(markdownExcess('*emphasis* and -dash\n---\n***\n2026 was good.\n', 0)).toBeUndefined();
  });

  it('points at the first line past the limit', () => {
    expect(markdownExcess('ok\n> > a\n> > > b\n> > > > c\n', 2)).toEqual({ line: 3, offset: 9, depth: 4 });
  });
});

describe('html nesting', () => {
  it('counts open elements and closes them', () => {
    expect(htmlExcess('<div><div><span>x</span></div></div>', 3)).toBeUndefined();
    expect(htmlExcess('<div><div><span>x</span></div></div>', 2)).toEqual({ line: 1, offset: 0, depth: 3 });
  });

  it('ignores void, self-closed and optionally closed elements, comments and raw text', () => {
    const html = [
      '<!DOCTYPE html><html><body>',
      '<p>one<p>two<br><img src="a.png"><ul><li>a<li>b</ul>',
      '<table><tr><td>x<td>y</table><Widget />',
      '<!-- <div><div><div> -->',
      '<script>const markup = "<div><div><div>";</script>',
      '</body></html>',
    ].join('\n');
    expect(htmlExcess(html, 3)).toBeUndefined();
  });

  it('reads broken markup to the end without looping', () => {
    expect(htmlExcess('<div <div <a', 0)).toBeUndefined();
    expect(htmlExcess('<div>text <a <b', 0)).toEqual({ line: 1, offset: 0, depth: 1 });
    expect(htmlExcess('<script>never closed <div>', 0)).toBeUndefined();
  });

  it('points at the line of the first element past the limit', () => {
    expect(htmlExcess('<div>\n<div>\n<div>', 2)).toEqual({ line: 3, offset: 12, depth: 3 });
  });
});

describe('assertNestingWithin', () => {
  it('reports the depth, the line and the limit', () => {
    const error = (() => {
      try {
        assertNestingWithin('a\n' + '> '.repeat(4) + 'b', 'markdown', 3);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect((error as UnreadableFileError).message).toBe(
      'The file is too deeply nested to check (4 levels from line 2; the limit is 3): split or flatten its quotes and lists.',
    );
    expect((error as UnreadableFileError).line).toBe(2);
    expect((error as UnreadableFileError).offset).toBe(2);
  });
});
