import { describe, expect, it } from 'vitest';
import { assertEmphasisWithin } from '../../src/documents/emphasis-bound.js';
import { UnreadableFileError } from '../../src/documents/types.js';

function refusal(text: string, limit: number): { message: string; offset: number; line: number } | undefined {
  try {
    assertEmphasisWithin(text, limit);
    return undefined;
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    return { message: error.message, offset: error.offset, line: error.line };
  }
}

describe('emphasis marks per paragraph', () => {
  it('counts * and _ over the lines of one paragraph and points at its first line', () => {
    const text = 'Intro.\n\nPlain first line\n*one* and _two_\r\n**three**\n';
    expect(refusal(text, 8)).toBeUndefined();
    expect(refusal(text, 7)).toEqual({
      message: 'The paragraph from line 3 has more than 7 emphasis marks (* and _), more than brandlint checks in one paragraph: break it with blank lines.',
      offset: 8,
      line: 3,
    });
  });

  it('counts each paragraph on its own: blank lines (CRLF too) part them', () => {
    expect(refusal('*a* *b*\r\n\r\n*c* *d*\n \n*e* *f*', 4)).toBeUndefined();
  });

  it('leaves fenced code alone, and counts the paragraph after it afresh', () => {
    expect(refusal(`\`\`\`\n${'*'.repeat(50)}\n\`\`\`\n*a*`, 4)).toBeUndefined();
    expect(refusal(`~~~~\n${'_'.repeat(50)}\n~~~\nstill code\n~~~~\n*a*`, 4)).toBeUndefined();
    expect(refusal(`*a*\n\`\`\`\ncode\n\`\`\`\n${'*'.repeat(6)}`, 4)?.line).toBe(5);
  });
});
