import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FormsStore } from '../../src/lexicon/forms-store.js';

const folders: string[] = [];
function scratchFile(): string {
  const folder = mkdtempSync(join(tmpdir(), 'brandlint-forms-'));
  folders.push(folder);
  return join(folder, 'nested', 'inflections.json');
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('FormsStore', () => {
  it('gives a later run the forms an earlier one recorded', () => {
    const file = scratchFile();
    const first = new FormsStore(file);
    expect(first.get('purchase')).toBeUndefined();
    first.set('purchase', { base: 'purchase', past: 'purchased' });
    first.save();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ purchase: { base: 'purchase', past: 'purchased' } });
    expect(new FormsStore(file).get('purchase')).toEqual({ base: 'purchase', past: 'purchased' });
  });

  it('ignores a file that is not a store, and entries that are not forms', () => {
    const file = scratchFile();
    mkdirSync(dirname(file));
    writeFileSync(file, '{"buy": {"past": 3}, "log in": {"past": "logged in"}');
    expect(new FormsStore(file).get('log in')).toBeUndefined();
    writeFileSync(file, '{"buy": {"past": 3}, "log in": {"past": "logged in"}}');
    const store = new FormsStore(file);
    expect(store.get('buy')).toBeUndefined();
    expect(store.get('log in')).toEqual({ past: 'logged in' });
  });

  it('keeps forms for the process only when it has no file, or its folder cannot be written', () => {
    const memoryOnly = new FormsStore(undefined);
    memoryOnly.set('buy', { base: 'buy' });
    memoryOnly.save();
    expect(memoryOnly.get('buy')).toEqual({ base: 'buy' });
    const blocked = scratchFile();
    writeFileSync(join(blocked, '..', '..', 'file'), '');
    const unwritable = new FormsStore(join(blocked, '..', '..', 'file', 'inflections.json'));
    unwritable.set('buy', { base: 'buy' });
    expect(() => unwritable.save()).not.toThrow();
    expect(unwritable.get('buy')).toEqual({ base: 'buy' });
  });
});
