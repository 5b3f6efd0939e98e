/**
 * Sentence boundaries: where retext-english stops short, brandlint still
 * ends a sentence (after a time zone, a number, a short capitalised word, an
 * emoji after "!"), and where it should not end one, it does not.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/analyze.js';
import { readText } from '../helpers/documents.js';

async function sentencesOf(text: string, path = 'copy.md', channel?: 'social' | 'web'): Promise<string[]> {
  const document = await readText(path, text, channel);
  return analyze(document).sentences.map((sentence) => sentence.text);
}

describe('sentence boundaries', () => {
  it.each([
    ['Join us on Thursday, October 15 at 10 a.m. PT. It takes 45 minutes.', ['Join us on Thursday, October 15 at 10 a.m. PT.', 'It takes 45 minutes.']],
    ['The sale runs from March 29 to April 9. They are offering 75% off.', ['The sale runs from March 29 to April 9.', 'They are offering 75% off.']],
    [
      'Around 2015, he first started playing with Linkerd 1. At the time, his goal was small.',
      ['Around 2015, he first started playing with Linkerd 1.', 'At the time, his goal was small.'],
    ],
    ['Rate your service from Awesome Co. Click below to answer.', ['Rate your service from Awesome Co.', 'Click below to answer.']],
    ['Our harvest just came in. Do you have two minutes?', ['Our harvest just came in.', 'Do you have two minutes?']],
    ['Meet at 10 a.m. It takes an hour.', ['Meet at 10 a.m.', 'It takes an hour.']],
    ['Doors open at 9 p.m. EST and close at midnight.', ['Doors open at 9 p.m. EST and close at midnight.']],
    ['Ask Dr. Smith or J. R. Tolkien about it.', ['Ask Dr. Smith or J. R. Tolkien about it.']],
    ['Spreadsheets vs. Tallyflow: see e.g. Chapter 2 of the U.S. Army manual.', ['Spreadsheets vs. Tallyflow: see e.g. Chapter 2 of the U.S. Army manual.']],
    ['Social Proof: If your users built something, tell the client.', ['Social Proof:', 'If your users built something, tell the client.']],
    ['See Fig. 3 for the numbers. They are new.', ['See Fig. 3 for the numbers.', 'They are new.']],
    ['The answer is no. We checked twice.', ['The answer is no.', 'We checked twice.']],
    ['May 25 - June 5: Announce the new board.', ['May 25 - June 5:', 'Announce the new board.']],
    ['Deadline tomorrow: the foundation offers a scholarship.', ['Deadline tomorrow: the foundation offers a scholarship.']],
  ])('%s', async (text, expected) => {
    expect(await sentencesOf(text)).toEqual(expected);
  });

  it('ends a sentence at "!" or "?" before an emoji and a capital', async () => {
    expect(await sentencesOf("Let's start the new year with a bang! 💁 Let's get folks connected!", 'post.txt', 'social')).toEqual([
      "Let's start the new year with a bang!",
      "💁 Let's get folks connected!",
    ]);
  });

  it('ends a sentence at a line break in a social post, not in a web page', async () => {
    const post = 'New releases on Tuesday, April 6th.\n\nv15.x - 2 high severity issues\nv14.x - 3 high severity issues\n\nDetails at the link';
    expect(await sentencesOf(post, 'post.txt', 'social')).toEqual([
      'New releases on Tuesday, April 6th.',
      'v15.x - 2 high severity issues',
      'v14.x - 3 high severity issues',
      'Details at the link',
    ]);
    expect(await sentencesOf('The project moved to the\nLinux Foundation last year.', 'page.md', 'web')).toEqual([
      'The project moved to the Linux Foundation last year.',
    ]);
  });

  it('keeps the run-in label of a linked list item apart', async () => {
    const html = '<p><a href="https://example.com/restart">Restart your trial</a> - If you need more time, just let us know.</p>';
    expect(await sentencesOf(html, 'email.html', 'web')).toEqual(['Restart your trial -', 'If you need more time, just let us know.']);
  });
});
