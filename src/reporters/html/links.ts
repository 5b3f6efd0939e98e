/**
 * In-page anchors. Ids are numbered from the sorted run, never taken from
 * content, so a file name cannot shape an attribute.
 */
import type { FileResult } from '../../engine/run.js';

export class Anchors {
  private readonly files: Map<string, string>;

  constructor(results: readonly FileResult[]) {
    this.files = new Map(results.map((result, index) => [result.path, `file-${index + 1}`]));
  }

  /** The id of a file's findings section, when the run holds the file. */
  file(path: string): string | undefined {
    return this.files.get(path);
  }

  campaign(index: number): string {
    return `campaign-${index + 1}`;
  }
}

/** The last part of a path (with a calendar post's line): headers stay narrow, the full path goes in a title. */
export function shortName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}
