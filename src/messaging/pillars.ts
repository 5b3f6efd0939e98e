/**
 * Where a document carries the kit's pillars (key messages): every
 * occurrence of a pillar's statement or of one of its phrases (with
 * inflections) in the brand's own copy. The pillars rule and the facts
 * of the drift step read the same list (see DocumentData).
 */
import type { BrandKit } from '../config/types.js';
import type { Analysis } from '../nlp/analyze.js';
import { PhraseSet } from '../lexicon/phrase-scan.js';

export interface PillarFound {
  /** The pillar's id. */
  pillar: string;
  /** The kit phrase (or the statement) that matched, as the kit writes it. */
  phrase: string;
  /** The text as written in the document. */
  text: string;
  /** Source range (UTF-16 offsets into the decoded file, half-open). */
  start: number;
  end: number;
  /** The segment the occurrence starts in. */
  segment: number;
}

export type PillarPhrases = PhraseSet<{ pillar: string; phrase: string }>;

/** The kit's pillar statements and phrases in one matcher; a run builds it once (see CompiledKit). */
export function pillarPhrases(kit: BrandKit): PillarPhrases {
  const phrases: PillarPhrases = new PhraseSet();
  for (const pillar of kit.messaging.pillars) {
    phrases.add(pillar.statement, { pillar: pillar.id, phrase: pillar.statement }, false);
    for (const phrase of pillar.phrases) phrases.add(phrase, { pillar: pillar.id, phrase });
  }
  return phrases;
}

/** Every place the document carries a pillar, in text order. */
export function pillarsFound(analysis: Analysis, phrases: PillarPhrases): PillarFound[] {
  return phrases.scan(analysis).map((hit) => ({
    pillar: hit.payload.pillar,
    phrase: hit.payload.phrase,
    text: hit.text,
    start: hit.sourceStart,
    end: hit.sourceEnd,
    segment: hit.segment,
  }));
}
