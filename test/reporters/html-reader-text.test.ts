/**
 * Code frames in the HTML report show the copy as a reader sees it: the
 * flagged text inside its paragraph, markup and entities gone, on documents
 * read by the real readers.
 */
import { describe, expect, it } from 'vitest';
import { readerContext } from '../../src/reporters/html/reader-text.js';
import { readText } from '../helpers/documents.js';

async function contextOf(path: string, source: string, flagged: string) {
  const document = await readText(path, source);
  const start = source.indexOf(flagged);
  return readerContext(document, start, start + flagged.length);
}

describe('reader text around a finding', () => {
  it('shows an HTML email paragraph without its tags, styles and entities', async () => {
    const source = [
      '<html><body><table><tr><td>',
      '<p style="font-family:Arial,sans-serif;font-size:16px;color:#333333">Save&nbsp;<strong>25%&nbsp;off</strong> every plan with',
      '  <a href="https://example.com/spring?utm_source=email" style="color:#0055ff">AcmeCloud&trade; Pro</a> until May&nbsp;31.</p>',
      '</td></tr></table></body></html>',
    ].join('\n');
    const context = await contextOf('launch.html', source, '25%&nbsp;off');
    expect(context).toMatchObject({ before: 'Save ', flagged: '25% off', cutBefore: false, cutAfter: false });
    // the link's text is part of its paragraph
    expect(context!.after).toBe(' every plan with AcmeCloud™ Pro until May 31.');
  });

  it('shows a Markdown paragraph without its link syntax and emphasis, cut to a window at word boundaries', async () => {
    const words = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');
    const source = `# Spring\n\n${words} **Synergy** with [our plans](https://example.com/plans) ${words}\n`;
    const context = await contextOf('page.md', source, 'Synergy');
    expect(context!.flagged).toBe('Synergy');
    expect(context!.before.endsWith('word39 ')).toBe(true);
    expect(context!.after.startsWith(' with our plans word0')).toBe(true);
    expect(context!.cutBefore && context!.cutAfter).toBe(true);
    expect(context!.before).toMatch(/^word\d+ /);
    expect(context!.after).toMatch(/ word\d+$/);
  });

  it('gives nothing for a finding outside any text, so the source frame shows', async () => {
    const source = '<html><body><p>Hello there.</p><img src="hero.png"></body></html>';
    const start = source.indexOf('<img');
    const document = await readText('launch.html', source);
    expect(readerContext(document, start, start + 4)).toBeUndefined();
  });
});
