/**
 * The corpus check: every file of ../shared/corpus (real emails, web pages,
 * social posts and call guides) is linted with every rule on. No file may
 * crash the run; every file where a reader sees text must yield text; and
 * for every finding, the source at its range, read back from the original
 * file (entities decoded), begins and ends with the flagged text.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKit } from '../../src/config/load.js';
import type { BrandKit } from '../../src/config/types.js';
import type { Channel, Document } from '../../src/documents/types.js';
import { lintFiles, type FileResult } from '../../src/engine/run.js';
import { knownRuleOptions } from '../../rules/options.js';
import { documentsOf, expectSegmentsMapBack } from '../helpers/documents.js';
import { findingsNotReadingBack } from '../helpers/invariant.js';

const CORPUS = resolve(process.env.BRANDLINT_CORPUS ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus'));
const CHANNELS: Channel[] = ['email', 'web', 'social', 'call'];
/** Data files that are not copy: template payloads and a dataset in JSON. A warning, not text, is expected. */
const NOT_COPY = /(_data\.json|abcd_sample\.json|guidelines\.json)$/;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /^(LICENSE|NOTICE|license)|SOURCES\.md$/.test(name) ? [] : [path];
  });
}

describe.runIf(existsSync(CORPUS))('corpus check', () => {
  let kit: BrandKit;
  beforeAll(() => {
    kit = loadKit(join(import.meta.dirname, 'corpus-kit.yaml'), { knownRules: knownRuleOptions() });
  });

  for (const channel of CHANNELS) {
    describe(channel, () => {
      let results: FileResult[] = [];
      let documents: Document[] = [];
      beforeAll(async () => {
        const folder = join(CORPUS, channel);
        const patterns = filesUnder(folder).map((file) => relative(CORPUS, file));
        results = (await lintFiles({ cwd: CORPUS, patterns, kit, channel })).results;
        documents = await documentsOf(results, kit, CORPUS, channel);
      }, 300_000);

      it('reads every file without crashing', () => {
        expect(results.length).toBeGreaterThan(0);
        const fatal = results.flatMap((result) => result.findings.filter((finding) => finding.fatal).map((finding) => `${result.path}: ${finding.message}`));
        expect(fatal).toEqual([]);
      });

      it('finds text in every file a reader would see text in', () => {
        const empty = documents
          .filter((document) => !NOT_COPY.test(document.path))
          .filter((document) => !document.segments.some((segment) => /\p{L}{2}/u.test(segment.text)))
          .map((document) => document.path);
        expect(empty).toEqual([]);
      });

      it('maps every segment back to its source', () => {
        for (const document of documents) expectSegmentsMapBack(document);
      });

      it('reads every finding back from the original file as the flagged text', () => {
        const { checked, mismatches } = findingsNotReadingBack(results, CORPUS);
        expect(mismatches.slice(0, 20)).toEqual([]);
        expect(checked).toBeGreaterThan(0);
      });
    });
  }
});
