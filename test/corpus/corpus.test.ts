/**
 * The corpus check: every file of ../shared/corpus (real emails, web pages,
 * social posts and call guides) is linted with every rule on. No file may
 * crash the run; every file where a reader sees text must yield text; and
 * for every finding, the source at its range, read back from the original
 * file (entities decoded), begins and ends with the flagged text.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { decodeHTML } from 'entities';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKit } from '../../src/config/load.js';
import type { BrandKit } from '../../src/config/types.js';
import type { Channel } from '../../src/documents/types.js';
import { lintFiles, type FileResult } from '../../src/engine/run.js';
import { knownRuleOptions } from '../../rules/options.js';
import { expectSegmentsMapBack } from '../helpers/documents.js';

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

/**
 * The flagged text must begin and end where the range does: the source at
 * the range, entities decoded, has the same first and last word as the
 * text. (Around and between them the source may hold markup the reader
 * never sees: `**bold**` markers, a link's URL inside a flagged sentence.)
 */
function readsBack(source: string, start: number, end: number, text: string): boolean {
  const read = fold(decodeHTML(withoutMarkup(source.slice(start, end))));
  const flagged = fold(withoutMarkup(text));
  return firstWord(read) === firstWord(flagged) && lastWord(read) === lastWord(flagged);
}

/**
 * Tags and Markdown link destinations (inline and reference): markup inside
 * a range that the reader never sees. Applied to both sides, since a social
 * post keeps its Markdown as posted.
 */
function withoutMarkup(source: string): string {
  return source
    .replace(/<[^<>]*>/g, ' ')
    .replace(/\]\([^()\s]*(?:\([^()]*\)[^()\s]*)*\)/g, ']')
    .replace(/\]\[[^\]]*\]/g, ']');
}

const WORD = /[\p{L}\p{N}]+/gu;

function firstWord(text: string): string | undefined {
  return text.match(WORD)?.[0];
}

function lastWord(text: string): string | undefined {
  return text.match(WORD)?.at(-1);
}

function fold(text: string): string {
  return text.replace(/[\u200b-\u200d\u2060\ufeff\u034f\u00ad]/g, '').replace(/""/g, '"').replace(/\s+/g, ' ').trim();
}

describe.runIf(existsSync(CORPUS))('corpus check', () => {
  let kit: BrandKit;
  beforeAll(() => {
    kit = loadKit(join(import.meta.dirname, 'corpus-kit.yaml'), { knownRules: knownRuleOptions() });
  });

  for (const channel of CHANNELS) {
    describe(channel, () => {
      let results: FileResult[] = [];
      beforeAll(async () => {
        const folder = join(CORPUS, channel);
        const patterns = filesUnder(folder).map((file) => relative(CORPUS, file));
        results = (await lintFiles({ cwd: CORPUS, patterns, kit, channel })).results;
      }, 300_000);

      it('reads every file without crashing', () => {
        expect(results.length).toBeGreaterThan(0);
        const fatal = results.flatMap((result) => result.findings.filter((finding) => finding.fatal).map((finding) => `${result.path}: ${finding.message}`));
        expect(fatal).toEqual([]);
      });

      it('finds text in every file a reader would see text in', () => {
        const empty = results
          .filter((result) => !NOT_COPY.test(result.path))
          .filter((result) => !result.document?.segments.some((segment) => /\p{L}{2}/u.test(segment.text)))
          .map((result) => result.path);
        expect(empty).toEqual([]);
      });

      it('maps every segment back to its source', () => {
        for (const result of results) if (result.document) expectSegmentsMapBack(result.document);
      });

      it('reads every finding back from the original file as the flagged text', () => {
        let checked = 0;
        const mismatches: string[] = [];
        for (const result of results) {
          for (const finding of result.findings) {
            if (finding.text === '') continue;
            checked++;
            if (!readsBack(result.source, finding.start, finding.end, finding.text)) {
              mismatches.push(`${result.path}:${finding.line}:${finding.column} ${finding.ruleId}: ${JSON.stringify(result.source.slice(finding.start, finding.end))} ≠ ${JSON.stringify(finding.text)}`);
            }
          }
        }
        expect(mismatches.slice(0, 20)).toEqual([]);
        expect(checked).toBeGreaterThan(0);
      });
    });
  }
});
