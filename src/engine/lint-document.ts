/**
 * Runs the enabled rules on one document and turns their reports into
 * findings with file positions. Rules report source offsets; this is the
 * one place where offsets become lines and columns.
 */
import type { BrandKit, CampaignConfig, Severity, ToneSettings } from '../config/types.js';
import type { FrontMatter } from '../documents/front-matter.js';
import type { LineIndex } from '../documents/positions.js';
import type { Document, Segment } from '../documents/types.js';
import type { LinkTarget } from '../facts/link-targets.js';
import type { Fact } from '../facts/types.js';
import type { LexiconHit } from '../lexicon/lexicon.js';
import type { Deliverable } from '../messaging/deliverables.js';
import type { PillarFound } from '../messaging/pillars.js';
import type { Analysis } from '../nlp/analyze.js';
import type { BrandCopy } from '../nlp/brand-copy.js';
import type { AllowedWords } from '../nlp/kit-words.js';
import type { Span } from '../nlp/quotes.js';
import type { RetextCheck, RetextHit } from '../nlp/retext-bridge.js';
import { compareText } from '../text/compare.js';
import type { DocumentData } from './document-data.js';
import { writtenFix } from './fix-escape.js';
import { RuleClock } from './rule-clock.js';
import { checkReport, ruleErrorFinding } from './rule-failures.js';
import type { Finding, Fix, Report, Rule, RuleContext } from './types.js';
import { outputSeverity } from './types.js';

export interface EnabledRule {
  rule: Rule;
  severity: Exclude<Severity, 'off'>;
  options: Record<string, unknown>;
}

export interface DocumentLintResult {
  /** The rules' findings, in position order; inline directives are applied at the end of the run (see directives). */
  findings: Finding[];
  /** One fatal finding per rule that failed on the document (see rule-failures); directives never hide them. */
  ruleErrors: Finding[];
  /** Milliseconds spent per rule id, for --timing. */
  timing: Record<string, number>;
}

export function lintDocument(data: DocumentData, rules: readonly EnabledRule[], timing?: Record<string, number>): DocumentLintResult {
  const { document } = data;
  const findings: Finding[] = [];
  const ruleErrors: Finding[] = [];
  const spent: Record<string, number> = timing ?? {};
  const clock = new RuleClock(spent);
  // A file with no copy at all (a data file that is not a calendar, an empty page) gives rules nothing to judge.
  const hasContent = document.segments.length > 0 || document.links.length > 0 || document.images.length > 0;
  for (const { rule, severity, options } of hasContent ? rules : []) {
    const check = rule.check?.bind(rule);
    if (!check || !rule.meta.channels.includes(document.channel)) continue;
    const reported: Finding[] = [];
    const context = new DocumentRuleContext(data, clock, options, (report) => {
      checkReport(rule.meta, document, report);
      reported.push(toFinding(data, rule.meta.id, report.severity ?? severity, report));
    });
    clock.rule(rule.meta.id, () => {
      try {
        check(context);
        for (const finding of reported) findings.push(finding);
      } catch (error) {
        ruleErrors.push(ruleErrorFinding(document, rule.meta.id, error));
      }
    });
  }
  return { findings: sortFindings(findings), ruleErrors, timing: spent };
}

/** One rule's view of a document: the document's shared data (timed as shared work), the rule's options, and its report. */
class DocumentRuleContext implements RuleContext {
  constructor(
    private readonly data: DocumentData,
    private readonly clock: RuleClock,
    readonly options: Record<string, unknown>,
    readonly report: (report: Report) => void,
  ) {}

  get document(): Document {
    return this.data.document;
  }
  get kit(): BrandKit {
    return this.data.kit;
  }
  get cwd(): string {
    return this.data.cwd;
  }
  get tone(): ToneSettings {
    return this.data.tone;
  }
  get lines(): LineIndex {
    return this.data.lines;
  }
  get frontMatter(): FrontMatter | undefined {
    return this.data.frontMatter;
  }
  get campaigns(): readonly CampaignConfig[] {
    return this.data.campaigns;
  }
  campaignsOfSegment(segment: Segment): CampaignConfig[] {
    return this.data.campaignsOfSegment(segment);
  }
  get links(): readonly LinkTarget[] {
    return this.clock.shared('links', () => this.data.links);
  }
  get analysis(): Analysis {
    return this.clock.shared('sentence analysis', () => this.data.analysis);
  }
  get brandCopy(): BrandCopy {
    return this.clock.shared('brand copy', () => this.data.brandCopy);
  }
  get lexiconHits(): readonly LexiconHit[] {
    return this.clock.shared('lexicon scan', () => this.data.lexiconHits);
  }
  retextHits(check: RetextCheck): RetextHit[] {
    return this.clock.shared('retext checks', () => this.data.retextHits(check));
  }
  get allowedWords(): AllowedWords {
    return this.clock.shared('kit words', () => this.data.allowedWords);
  }
  get approvedSpans(): readonly Span[][] {
    return this.clock.shared('approved text', () => this.data.approvedSpans);
  }
  get pillars(): readonly PillarFound[] {
    return this.clock.shared('pillars', () => this.data.pillars);
  }
  get deliverables(): readonly Deliverable[] {
    return this.clock.shared('facts', () => this.data.deliverables);
  }
  facts(campaignYear?: number): Fact[] {
    return this.clock.shared('facts', () => this.data.facts(campaignYear));
  }
  derive<T>(build: (kit: BrandKit) => T): T {
    return this.data.derive(build);
  }

  fixSource(start: number, end: number, text: string): Fix | undefined {
    const { document, sourceIndex } = this.data;
    return sourceIndex.isVerbatim(start, end)
      ? writtenFix(document.source, document.encoding.eol, sourceIndex.syntaxAt(start, end), start, end, text)
      : undefined;
  }
}

/** A report (its range inside the document, see checkReport) as a finding with lines and columns. */
export function toFinding(data: DocumentData, ruleId: string, severity: Exclude<Severity, 'off'>, report: Report): Finding {
  const { document, lines } = data;
  const { start, end } = report;
  const from = lines.position(start);
  const to = lines.position(end);
  const segment = report.segment !== undefined ? document.segments[report.segment] : undefined;
  return {
    ruleId,
    severity: outputSeverity(severity),
    message: report.message,
    path: document.path,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    start,
    end,
    channel: document.channel,
    ...(segment ? { role: segment.role } : {}),
    text: data.sourceIndex.visibleText(start, end),
    ...(report.suggestion !== undefined ? { suggestion: report.suggestion } : {}),
    ...(report.fix && !report.fix.refused ? { fix: report.fix } : {}),
    ...(report.fix?.refused ? { fixRefused: report.fix.refused } : {}),
    ...(report.data ? { data: report.data } : {}),
  };
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message));
}
