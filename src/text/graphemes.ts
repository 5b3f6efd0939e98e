/**
 * Characters as readers see them: grapheme clusters, so an emoji with a skin
 * tone or a flag counts once.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** UTF-16 offsets where each grapheme of `text` starts. */
export function graphemeStarts(text: string): number[] {
  return [...segmenter.segment(text)].map((piece) => piece.index);
}
