import { describe, expect, it } from 'vitest';
import { mergeLayers, type KitLayer } from '../../src/config/merge.js';
import type { PreferredTerm } from '../../src/config/types.js';

function term(use: string, insteadOf: string[]): PreferredTerm {
  return { use, insteadOf, forms: {}, inflect: true, caseSensitive: false, exceptions: [] };
}

describe('mergeLayers', () => {
  it('replaces a keyed entry in the base’s place and appends new ones', () => {
    const base: KitLayer = {
      lexicon: {
        names: [
          { name: 'Acme', allow: [], nearMisses: true },
          { name: 'Acme Cloud', allow: [], nearMisses: true },
        ],
        terms: [term('buy', ['purchase']), term('sign in', ['login'])],
        segments: [term('small business', ['SMB'])],
        competitors: [{ name: 'Globex', aliases: [], allowIn: [] }],
      },
      messaging: {
        pillars: [
          { id: 'speed', statement: 'Fast.', phrases: [] },
          { id: 'trust', statement: 'Safe.', phrases: [] },
        ],
      },
    };
    const child: KitLayer = {
      lexicon: {
        names: [
          { name: 'Acme', allow: [], nearMisses: false },
          { name: 'Acme Edge', allow: [], nearMisses: true },
        ],
        terms: [term('sign in', ['log in', 'login'])],
        segments: [term('enterprise', ['large accounts'])],
        competitors: [{ name: 'Globex', aliases: ['Globex Corp'], allowIn: ['web'] }],
      },
      messaging: { pillars: [{ id: 'speed', statement: 'Faster.', phrases: ['ship faster'] }] },
    };
    const merged = mergeLayers(base, child);
    expect(merged.lexicon?.names).toEqual([
      { name: 'Acme', allow: [], nearMisses: false },
      { name: 'Acme Cloud', allow: [], nearMisses: true },
      { name: 'Acme Edge', allow: [], nearMisses: true },
    ]);
    expect(merged.lexicon?.terms).toEqual([term('buy', ['purchase']), term('sign in', ['log in', 'login'])]);
    expect(merged.lexicon?.segments).toEqual([term('small business', ['SMB']), term('enterprise', ['large accounts'])]);
    expect(merged.lexicon?.competitors).toEqual([{ name: 'Globex', aliases: ['Globex Corp'], allowIn: ['web'] }]);
    expect(merged.messaging?.pillars).toEqual([
      { id: 'speed', statement: 'Faster.', phrases: ['ship faster'] },
      { id: 'trust', statement: 'Safe.', phrases: [] },
    ]);
  });

  it('keys banned entries by phrase or by pattern', () => {
    const merged = mergeLayers(
      { lexicon: { banned: [{ phrase: 'synergy' }, { pattern: 'best.in.class' }, { phrase: 'best.in.class' }] } },
      {
        lexicon: {
          banned: [
            { pattern: 'best.in.class', severity: 'error' },
            { phrase: 'synergy', reason: 'Jargon.' },
          ],
        },
      },
    );
    expect(merged.lexicon?.banned).toEqual([
      { phrase: 'synergy', reason: 'Jargon.' },
      { pattern: 'best.in.class', severity: 'error' },
      { phrase: 'best.in.class' },
    ]);
  });

  it('unions lexicon.allow and replaces every other list', () => {
    const merged = mergeLayers(
      { lexicon: { allow: ['API', 'FAQ'] }, tone: { hedges: ['maybe'] }, files: { include: ['**/*.md'] }, messaging: { ctas: ['Buy now'] } },
      { lexicon: { allow: ['FAQ', 'SaaS'] }, tone: { hedges: ['perhaps'] }, files: { include: ['**/*.html'] }, messaging: { ctas: [] } },
    );
    expect(merged.lexicon?.allow).toEqual(['API', 'FAQ', 'SaaS']);
    expect(merged.tone?.hedges).toEqual(['perhaps']);
    expect(merged.files?.include).toEqual(['**/*.html']);
    expect(merged.messaging?.ctas).toEqual([]);
  });

  it('deep-merges maps, the child winning on each value', () => {
    const merged = mergeLayers(
      { tone: { sentenceLength: 20, jargon: { leverage: 'use' }, channels: { social: { emoji: { allowed: true, max: 3 }, passive: false } } } },
      { tone: { sentenceLength: 30, jargon: { utilize: 'use' }, channels: { social: { emoji: { max: 5 } } } } },
    );
    expect(merged.tone).toEqual({
      sentenceLength: 30,
      jargon: { leverage: 'use', utilize: 'use' },
      channels: { social: { emoji: { allowed: true, max: 5 }, passive: false } },
    });
  });

  it('merges rules per id, keeping the base’s options when the child gives only a severity', () => {
    const merged = mergeLayers(
      { rules: { 'tone/sentence-length': { severity: 'warn', options: { max: 30 } }, 'tone/passive': { severity: 'warn', options: { strict: true } } } },
      { rules: { 'tone/sentence-length': { severity: 'error' }, 'tone/passive': { severity: 'off', options: {} }, 'lexicon/terms': { severity: 'error' } } },
    );
    expect(merged.rules).toEqual({
      'tone/sentence-length': { severity: 'error', options: { max: 30 } },
      'tone/passive': { severity: 'off', options: {} },
      'lexicon/terms': { severity: 'error' },
    });
  });

  it('merges campaigns per id, deeply', () => {
    const merged = mergeLayers(
      { campaigns: { spring: { name: 'Spring', truth: { code: 'OLD', discount: 20 } }, fall: { files: ['fall/**'] } } },
      { campaigns: { spring: { truth: { code: 'SPRING20' }, files: ['spring/**'] } } },
    );
    expect(merged.campaigns).toEqual({
      spring: { name: 'Spring', truth: { code: 'SPRING20', discount: 20 }, files: ['spring/**'] },
      fall: { files: ['fall/**'] },
    });
  });

  it('changes neither input', () => {
    const base: KitLayer = { tone: { exclamations: { document: 1 } }, lexicon: { allow: ['API'] } };
    const child: KitLayer = { tone: { exclamations: { sentence: 1 } }, lexicon: { allow: ['FAQ'] } };
    const copies = structuredClone([base, child]);
    mergeLayers(base, child);
    expect([base, child]).toEqual(copies);
  });
});
