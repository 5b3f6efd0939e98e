/**
 * Facts the kit names: product and plan names (the lexicon), calls to
 * action (the kit's CTAs, the campaigns' primary CTAs, and button text),
 * the tagline, the pillars carried (the messaging scan), and hashtags.
 */
import type { BrandKit } from '../config/types.js';
import type { Document, Segment } from '../documents/types.js';
import type { LexiconHit } from '../lexicon/lexicon.js';
import type { PillarFound } from '../messaging/pillars.js';
import { PhraseSet, brandUnits } from '../lexicon/phrase-scan.js';
import type { Analysis } from '../nlp/analyze.js';
import type { Fact } from './types.js';

/** What the kit's wording is found in: a document's shared data in a run (see DocumentData). */
export interface WordingSource {
  readonly document: Document;
  readonly analysis: Analysis;
  readonly kit: BrandKit;
  readonly lexiconHits: readonly LexiconHit[];
  readonly pillars: readonly PillarFound[];
  /** Kit-derived data, built once per run (see CompiledKit.derive). */
  derive<T>(build: (kit: BrandKit) => T): T;
}

export function productFacts(lexiconHits: readonly LexiconHit[]): Fact[] {
  const facts: Fact[] = [];
  for (const hit of lexiconHits) {
    if (hit.entry.kind !== 'name') continue;
    facts.push({ kind: 'product', value: hit.entry.name.name, text: hit.text, start: hit.sourceStart, end: hit.sourceEnd, segment: hit.segment });
  }
  return facts;
}

function ctaPhrases(kit: BrandKit): PhraseSet<string> {
  const phrases = new PhraseSet<string>();
  for (const cta of [...kit.messaging.ctas, ...kit.campaigns.flatMap((campaign) => campaign.truth.cta ?? [])]) phrases.add(cta, cta, false);
  return phrases;
}

/**
 * The kit's CTAs wherever they are written, and the text of every button (a
 * CTA in form, approved or not) but a placeholder: a button that reads only
 * "{{c2a_button}}" says nothing yet.
 */
export function ctaFacts(source: WordingSource): Fact[] {
  const { document, analysis } = source;
  const facts: Fact[] = source
    .derive(ctaPhrases)
    .scan(analysis)
    .map((hit) => ({ kind: 'cta', value: hit.payload, text: hit.text, start: hit.sourceStart, end: hit.sourceEnd, segment: hit.segment }));
  for (const segment of document.segments) {
    const text = segment.text.trim().replace(/[.!?\s→›»]+$/u, '');
    if (segment.role !== 'button' || text === '' || facts.some((fact) => fact.segment === segment.index)) continue;
    const leading = segment.text.indexOf(text);
    if (isOnlyMergeTags(segment, leading, leading + text.length)) continue;
    const range = segment.map.toSource(leading, leading + text.length);
    facts.push({ kind: 'cta', value: text, text, start: range.start, end: range.end, segment: segment.index });
  }
  return facts;
}

function isOnlyMergeTags(segment: Segment, start: number, end: number): boolean {
  const tags = segment.opaque.filter((span) => span.kind === 'merge-tag');
  let rest = segment.text.slice(start, end);
  for (const tag of [...tags].sort((a, b) => b.start - a.start)) {
    rest = rest.slice(0, Math.max(0, tag.start - start)) + rest.slice(Math.max(0, tag.end - start));
  }
  return tags.length > 0 && rest.trim() === '';
}

function taglinePhrase(kit: BrandKit): PhraseSet<string> {
  const phrases = new PhraseSet<string>();
  if (kit.messaging.tagline) phrases.add(kit.messaging.tagline.text, kit.messaging.tagline.text, false);
  return phrases;
}

export function taglineFacts(source: WordingSource): Fact[] {
  return source
    .derive(taglinePhrase)
    .scan(source.analysis)
    .map((hit) => ({ kind: 'tagline', value: hit.payload, text: hit.text, start: hit.sourceStart, end: hit.sourceEnd, segment: hit.segment }));
}

export function pillarFacts(pillars: readonly PillarFound[]): Fact[] {
  return pillars.map((found) => ({
    kind: 'pillar',
    value: found.pillar,
    text: found.text,
    start: found.start,
    end: found.end,
    segment: found.segment,
  }));
}

export function hashtagFacts(analysis: Analysis): Fact[] {
  const units = new Set(brandUnits(analysis).map((unit) => unit.index));
  return analysis.words
    .filter((word) => word.opaque === 'hashtag' && units.has(word.unit))
    .map((word) => ({ kind: 'hashtag', value: word.text, text: word.text, start: word.sourceStart, end: word.sourceEnd, segment: word.segment }));
}
