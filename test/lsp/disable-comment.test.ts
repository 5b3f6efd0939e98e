/** Where "disable for this line" puts its comment, per format, and where it puts none. */
import { describe, expect, it } from 'vitest';
import { disableCommentEdit, type InsertEdit } from '../../src/lsp/disable-comment.js';

function applied(text: string, edit: InsertEdit | undefined): string | undefined {
  return edit && text.slice(0, edit.offset) + edit.text + text.slice(edit.offset);
}

describe('disable comments', () => {
  it('Markdown and text posts: a disable-line comment at the end of the line, before a hard break', () => {
    const text = 'Intro.\n\nTry AcmeCloud  \nnext line\n';
    expect(applied(text, disableCommentEdit('page.md', text, 3, 'lexicon/names'))).toBe(
      'Intro.\n\nTry AcmeCloud <!-- brandlint-disable-line lexicon/names -->  \nnext line\n',
    );
    expect(applied('One\r\nTwo AcmeCloud\r\n', disableCommentEdit('post.txt', 'One\r\nTwo AcmeCloud\r\n', 2, 'lexicon/names'))).toBe(
      'One\r\nTwo AcmeCloud <!-- brandlint-disable-line lexicon/names -->\r\n',
    );
  });

  it('MDX: a JSX comment, since HTML comments are not MDX', () => {
    expect(applied('Try AcmeCloud\n', disableCommentEdit('page.mdx', 'Try AcmeCloud\n', 1, 'lexicon/names'))).toBe(
      'Try AcmeCloud {/* brandlint-disable-line lexicon/names */}\n',
    );
  });

  it('HTML: a disable-next-line comment on its own line before, with the line’s indentation', () => {
    const text = '<table>\r\n  <tr><td>\r\n    <p>Try AcmeCloud</p>\r\n';
    expect(applied(text, disableCommentEdit('mail.html', text, 3, 'lexicon/names'))).toBe(
      '<table>\r\n  <tr><td>\r\n    <!-- brandlint-disable-next-line lexicon/names -->\r\n    <p>Try AcmeCloud</p>\r\n',
    );
  });

  it('no comment where it would change the content or the markup', () => {
    const frontMatter = '---\ntitle: Try AcmeCloud\n---\nBody.\n';
    expect(disableCommentEdit('page.md', frontMatter, 2, 'lexicon/names')).toBeUndefined();
    expect(disableCommentEdit('page.md', '| a | b |\n|---|---|\n| AcmeCloud | x |\n', 3, 'lexicon/names')).toBeUndefined();
    expect(disableCommentEdit('mail.html', '<img src="x.png"\n  alt="Click here">\n', 2, 'channel/email-link-text')).toBeUndefined();
    expect(disableCommentEdit('mail.html', '<title>\n  Spring AcmeCloud\n</title>\n', 2, 'lexicon/names')).toBeUndefined();
    expect(disableCommentEdit('posts.csv', 'text\nAcmeCloud\n', 2, 'lexicon/names')).toBeUndefined();
    expect(disableCommentEdit('page.md', 'One line\n', 5, 'lexicon/names')).toBeUndefined();
  });
});
