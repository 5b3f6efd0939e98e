/**
 * Runs retext checkers (passive voice, equality, profanities, simpler
 * wording) on the units of a document and maps their messages back to unit
 * and source ranges.
 *
 * Each unit's masked text is parsed once per document and every checker
 * runs on that tree; each checker runs once per document, whatever the
 * number of rules reading it. Masking keeps offsets aligned with the unit
 * text and keeps merge tags, URLs and code out of the checkers' sight.
 */
import { unified, type Plugin } from 'unified';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextPassive from 'retext-passive';
import retextProfanities from 'retext-profanities';
import retextSimplify from 'retext-simplify';
import type { Root } from 'nlcst';
import { VFile } from 'vfile';
import type { BrandKit } from '../config/types.js';
import type { Analysis } from './analyze.js';
import type { BrandCopy } from './brand-copy.js';
import { isLeftAlone } from './kit-words.js';

export type RetextCheck = 'passive' | 'equality' | 'profanities' | 'simplify';

export interface RetextHit {
  unit: number;
  /** Unit offsets of the flagged text. */
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
  segment: number;
  /** The flagged text as written in the unit. */
  text: string;
  /** What the checker suggests instead (may be empty). */
  expected: string[];
  /** The checker's own rule id, e.g. `he-she` or `utilize`. */
  checkerRule: string;
  /** retext-profanities: 0 maybe profane, 1 likely, 2 surely. */
  profanitySeverity?: number;
}

type Checker = [Plugin<[any?], Root>, Record<string, unknown>?];

const CHECKERS: Record<RetextCheck, Checker> = {
  passive: [retextPassive],
  equality: [retextEquality],
  // Sureness 1 leaves out words that are profane only in some senses ("hell", "execute").
  profanities: [retextProfanities, { sureness: 1 }],
  simplify: [retextSimplify],
};

const parser = unified().use(retextEnglish);
const runners = new Map<RetextCheck, ReturnType<typeof unified>>();
const trees = new WeakMap<Analysis, Root[]>();
const results = new WeakMap<Analysis, Map<RetextCheck, RetextHit[]>>();

export function retextHits(analysis: Analysis, check: RetextCheck): RetextHit[] {
  let byCheck = results.get(analysis);
  if (!byCheck) {
    byCheck = new Map();
    results.set(analysis, byCheck);
  }
  let hits = byCheck.get(check);
  if (!hits) {
    hits = runCheck(analysis, check);
    byCheck.set(check, hits);
  }
  return hits;
}

function runCheck(analysis: Analysis, check: RetextCheck): RetextHit[] {
  const runner = runnerFor(check);
  const hits: RetextHit[] = [];
  unitTrees(analysis).forEach((tree, unit) => {
    const file = new VFile(analysis.units[unit].masked);
    runner.runSync(tree, file);
    for (const message of file.messages) {
      const hit = toHit(analysis, unit, message);
      if (hit) hits.push(hit);
    }
  });
  return hits.sort((a, b) => a.sourceStart - b.sourceStart || a.sourceEnd - b.sourceEnd);
}

function runnerFor(check: RetextCheck): ReturnType<typeof unified> {
  let runner = runners.get(check);
  if (!runner) {
    const [plugin, options] = CHECKERS[check];
    runner = unified().use(plugin, options) as unknown as ReturnType<typeof unified>;
    runners.set(check, runner);
  }
  return runner;
}

function unitTrees(analysis: Analysis): Root[] {
  let parsed = trees.get(analysis);
  if (!parsed) {
    parsed = analysis.units.map((unit) => parser.parse(unit.masked) as Root);
    trees.set(analysis, parsed);
  }
  return parsed;
}

interface CheckerMessage {
  place?: { start?: { offset?: number }; end?: { offset?: number } } | { offset?: number } | null;
  expected?: string[] | null;
  ruleId?: string | null;
  profanitySeverity?: number;
}

function toHit(analysis: Analysis, unit: number, message: CheckerMessage): RetextHit | undefined {
  const place = message.place;
  const start = place && 'start' in place ? place.start?.offset : undefined;
  const end = place && 'end' in place ? place.end?.offset : undefined;
  if (start === undefined || end === undefined || end <= start) return undefined;
  const source = analysis.toSource(unit, start, end);
  return {
    unit,
    start,
    end,
    sourceStart: source.start,
    sourceEnd: source.end,
    segment: source.segment,
    text: analysis.units[unit].text.slice(start, end),
    expected: message.expected ?? [],
    checkerRule: message.ruleId ?? '',
    ...(message.profanitySeverity !== undefined ? { profanitySeverity: message.profanitySeverity } : {}),
  };
}

/** The checker's hits in the brand's own voice, less words the kit leaves alone. */
export function ownVoiceHits(copy: BrandCopy, kit: BrandKit, check: RetextCheck): RetextHit[] {
  return retextHits(copy.analysis, check).filter((hit) => copy.isOwnVoice(hit.unit, hit.start, hit.end) && !isLeftAlone(kit, copy.analysis, hit));
}
