/**
 * What a run knows about one document, computed when first asked for and
 * kept for the rest of the run: the line index, front matter, campaigns and
 * link targets, and the shared analyses — sentences and words, brand copy,
 * the lexicon scan, the retext checkers' hits, approved-text spans, pillars
 * and facts. Every rule, and the campaign step after them, reads the same
 * values; none is computed unless something reads it, so a run of lexicon
 * rules alone never pays for the retext checkers.
 *
 * A run holds one per document (see LintSession), and one more per kit of
 * overrides the document's file matches, sharing what needs no kit (the
 * line index, front matter, links and the analyses of words and
 * sentences); nothing is kept between runs.
 */
import type { BrandKit, CampaignConfig, ToneSettings } from '../config/types.js';
import { readFrontMatter, type FrontMatter } from '../documents/front-matter.js';
import { LineIndex } from '../documents/positions.js';
import type { Channel, Document, Segment } from '../documents/types.js';
import { extractFacts } from '../facts/extract.js';
import { linkTargets, type LinkTarget } from '../facts/link-targets.js';
import type { Fact } from '../facts/types.js';
import { scanLexicon, type LexiconHit } from '../lexicon/lexicon.js';
import { deliverablesOf, type Deliverable } from '../messaging/deliverables.js';
import { pillarPhrases, pillarsFound, type PillarFound } from '../messaging/pillars.js';
import { analyze, type Analysis } from '../nlp/analyze.js';
import { approvedPatterns, approvedSpans } from '../nlp/approved-text.js';
import { brandCopyOf, type BrandCopy } from '../nlp/brand-copy.js';
import { allowedWords, type AllowedWords } from '../nlp/kit-words.js';
import type { Span } from '../nlp/quotes.js';
import { RetextChecks, type RetextCheck, type RetextHit } from '../nlp/retext-bridge.js';
import type { CompiledKit } from './compiled-kit.js';
import { directiveScopes, type DirectiveScope } from './directives.js';
import { SourceIndex } from './source-index.js';

/** The shared data of a document as rules read it (see RuleContext). */
export interface DocumentView {
  readonly document: Document;
  readonly kit: BrandKit;
  /** The folder document paths are relative to. */
  readonly cwd: string;
  /** Tone settings for the document's channel: the kit's defaults with the channel's overrides applied. */
  readonly tone: ToneSettings;
  readonly lines: LineIndex;
  /** Front matter at the top of the source (Markdown, text posts, call scripts), when there is one. */
  readonly frontMatter: FrontMatter | undefined;
  /** The campaigns the document belongs to: by the kit's globs and by its own `campaign` metadata. */
  readonly campaigns: readonly CampaignConfig[];
  /** The campaigns of one segment: the document's, and the one its calendar row names. */
  campaignsOfSegment(segment: Segment): CampaignConfig[];
  /** Every link with the source range of its target (see link-targets). */
  readonly links: readonly LinkTarget[];
  /** Sentences and words (retext-english), with source positions. */
  readonly analysis: Analysis;
  /** The brand's own copy: what tone rules judge. */
  readonly brandCopy: BrandCopy;
  /** The kit's lexicon found in the brand copy. */
  readonly lexiconHits: readonly LexiconHit[];
  /** A retext checker's hits (passive, equality, profanities, simplify). */
  retextHits(check: RetextCheck): RetextHit[];
  /** The kit's allowed words (`lexicon.allow`). */
  readonly allowedWords: AllowedWords;
  /** Per unit, the kit's approved wording the document holds verbatim. */
  readonly approvedSpans: readonly Span[][];
  /** Where the document carries the kit's pillars. */
  readonly pillars: readonly PillarFound[];
  /** The document as deliverables: itself, or each post of a calendar. */
  readonly deliverables: readonly Deliverable[];
  /** The document's facts, dates without a year read in `campaignYear`. */
  facts(campaignYear?: number): Fact[];
  /** Kit-derived data built once per run (see CompiledKit.derive). */
  derive<T>(build: (kit: BrandKit) => T): T;
}

/** What a document holds whatever the kit: read once, shared by the document's data under every kit of the run. */
class DocumentBasics {
  private readonly computed: Partial<{
    lines: LineIndex;
    frontMatter: { value: FrontMatter | undefined };
    links: LinkTarget[];
    analysis: Analysis;
    retext: RetextChecks;
    sourceIndex: SourceIndex;
    directives: DirectiveScope[];
  }> = {};

  constructor(private readonly document: Document) {}

  get lines(): LineIndex {
    return (this.computed.lines ??= new LineIndex(this.document.source));
  }

  get frontMatter(): FrontMatter | undefined {
    return (this.computed.frontMatter ??= { value: readFrontMatter(this.document.source) }).value;
  }

  get links(): readonly LinkTarget[] {
    return (this.computed.links ??= linkTargets(this.document));
  }

  get analysis(): Analysis {
    return (this.computed.analysis ??= analyze(this.document));
  }

  get retext(): RetextChecks {
    return (this.computed.retext ??= new RetextChecks(this.analysis));
  }

  get sourceIndex(): SourceIndex {
    return (this.computed.sourceIndex ??= new SourceIndex(this.document));
  }

  get directives(): DirectiveScope[] {
    return (this.computed.directives ??= directiveScopes(this.document, this.lines));
  }

  releaseRetext(): void {
    delete this.computed.retext;
  }
}

export class DocumentData implements DocumentView {
  private readonly computed: Partial<{
    tone: ToneSettings;
    campaigns: CampaignConfig[];
    brandCopy: BrandCopy;
    lexiconHits: LexiconHit[];
    approvedSpans: Span[][];
    pillars: PillarFound[];
    deliverables: Deliverable[];
  }> = {};
  private readonly factsByYear = new Map<number | undefined, Fact[]>();
  /** The same document under the kits of overrides. */
  private readonly underKits = new Map<CompiledKit, DocumentData>();

  constructor(
    readonly document: Document,
    readonly compiled: CompiledKit,
    private readonly basics = new DocumentBasics(document),
  ) {}

  /** The document's data under another kit of the run (a file's overrides applied), sharing what does not depend on the kit. */
  underKit(compiled: CompiledKit): DocumentData {
    if (compiled === this.compiled) return this;
    let data = this.underKits.get(compiled);
    if (!data) {
      data = new DocumentData(this.document, compiled, this.basics);
      this.underKits.set(compiled, data);
    }
    return data;
  }

  get kit(): BrandKit {
    return this.compiled.kit;
  }

  get cwd(): string {
    return this.compiled.cwd;
  }

  get tone(): ToneSettings {
    return (this.computed.tone ??= toneFor(this.kit, this.document.channel));
  }

  get lines(): LineIndex {
    return this.basics.lines;
  }

  get frontMatter(): FrontMatter | undefined {
    return this.basics.frontMatter;
  }

  get campaigns(): readonly CampaignConfig[] {
    return (this.computed.campaigns ??= this.compiled.campaignsOfDocument(this.document));
  }

  campaignsOfSegment(segment: Segment): CampaignConfig[] {
    return this.compiled.campaignsOfSegment(this.document, segment, this.campaigns);
  }

  get links(): readonly LinkTarget[] {
    return this.basics.links;
  }

  get analysis(): Analysis {
    return this.basics.analysis;
  }

  get brandCopy(): BrandCopy {
    return (this.computed.brandCopy ??= brandCopyOf(this.document, this.analysis, this.approvedSpans, this.tone.judgeQuotes === true));
  }

  get lexiconHits(): readonly LexiconHit[] {
    return (this.computed.lexiconHits ??= scanLexicon(this.analysis, this.compiled.lexicon));
  }

  retextHits(check: RetextCheck): RetextHit[] {
    return this.basics.retext.of(check);
  }

  get allowedWords(): AllowedWords {
    return this.derive(allowedWords);
  }

  get approvedSpans(): readonly Span[][] {
    return (this.computed.approvedSpans ??= approvedSpans(this.analysis, this.derive(approvedPatterns)));
  }

  get pillars(): readonly PillarFound[] {
    return (this.computed.pillars ??= this.kit.messaging.pillars.length > 0 ? pillarsFound(this.analysis, this.derive(pillarPhrases)) : []);
  }

  get deliverables(): readonly Deliverable[] {
    return (this.computed.deliverables ??= deliverablesOf(this));
  }

  facts(campaignYear?: number): Fact[] {
    let facts = this.factsByYear.get(campaignYear);
    if (!facts) {
      facts = extractFacts(this, campaignYear);
      this.factsByYear.set(campaignYear, facts);
    }
    return facts;
  }

  derive<T>(build: (kit: BrandKit) => T): T {
    return this.compiled.derive(build);
  }

  /**
   * Drops what only the per-document rules read, the retext checkers' tree
   * of the whole document and their hits, and its data under the kits of
   * overrides, when the document is kept for the campaign step.
   */
  releaseRuleData(): void {
    this.basics.releaseRetext();
    this.underKits.clear();
  }

  /** Segment chunks in source order: the visible text of a range, and whether a fix may rewrite it. */
  get sourceIndex(): SourceIndex {
    return this.basics.sourceIndex;
  }

  /** What the document's inline directives cover (see directives). */
  get directives(): DirectiveScope[] {
    return this.basics.directives;
  }
}

/** The kit's tone defaults with the channel's overrides merged over them, maps key by key (`roles.subject.length.max`). */
export function toneFor(kit: BrandKit, channel: Channel): ToneSettings {
  const { channels, ...defaults } = kit.tone;
  return mergedMaps({ ...defaults }, { ...channels[channel] }) as ToneSettings;
}

function mergedMaps(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const under = merged[key];
    merged[key] = isPlainObject(under) && isPlainObject(value) ? mergedMaps(under, value) : value;
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
