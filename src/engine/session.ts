/**
 * One lint run's state: the compiled kit, and the shared data of every
 * document and campaign the run reads, each made on first use. The
 * per-document step and the campaign step of a run share it, so a document
 * is analysed once however many rules and campaigns read it. Each worker
 * thread has its own; nothing is kept from one run to the next.
 */
import type { BrandKit } from '../config/types.js';
import type { Document } from '../documents/types.js';
import { collectDeliverables, type CampaignDeliverable } from '../drift/deliverables.js';
import { evaluateCampaign, type Row } from '../drift/evaluate.js';
import { campaignReport, type CampaignReport, type EvaluatedCampaign } from '../drift/report.js';
import { CompiledKit } from './compiled-kit.js';
import { DocumentData } from './document-data.js';
import type { CampaignGroup } from './types.js';

export class LintSession {
  readonly compiled: CompiledKit;
  private readonly documents = new WeakMap<Document, DocumentData>();

  /** `compiled`: the kit as the run has compiled it already, if it has. */
  constructor(kit: BrandKit, cwd: string, compiled = new CompiledKit(kit, cwd)) {
    this.compiled = compiled;
  }

  get kit(): BrandKit {
    return this.compiled.kit;
  }

  get cwd(): string {
    return this.compiled.cwd;
  }

  /** The document's data under the kit without overrides, as the campaign step reads it. */
  dataOf(document: Document): DocumentData {
    let data = this.documents.get(document);
    if (!data) {
      data = new DocumentData(document, this.compiled);
      this.documents.set(document, data);
    }
    return data;
  }

  /** The document's data under its file's kit (the overrides that match its path applied), as the per-document rules read it. */
  fileDataOf(document: Document): DocumentData {
    return this.dataOf(document).underKit(this.compiled.forFile(document.path));
  }
}

/** One campaign of a run: its deliverables with their facts, and its evaluation, made on first use. */
export class CampaignData implements EvaluatedCampaign {
  private readonly computed: Partial<{ deliverables: CampaignDeliverable[]; rows: Row[] }> = {};

  constructor(
    readonly group: CampaignGroup,
    private readonly session: LintSession,
  ) {}

  get deliverables(): CampaignDeliverable[] {
    return (this.computed.deliverables ??= collectDeliverables(this.group, (document) => this.session.dataOf(document)));
  }

  get rows(): Row[] {
    return (this.computed.rows ??= evaluateCampaign(this.group, this.deliverables, this.session.kit));
  }

  report(): CampaignReport {
    return campaignReport(this);
  }
}
