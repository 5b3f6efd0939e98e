/**
 * Adding an import to an existing kit file in place: the file's comments,
 * order and layout stay as they are, entries it already has are not added
 * twice, and the result must load as a kit or the file is left untouched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isSeq, parseDocument } from 'yaml';
import { loadKit } from '../config/load.js';
import type { KitFragment } from './kit-fragment.js';
import { firstLine } from '../text/first-line.js';

export class MergeError extends Error {}

/** Merges the fragment into `file`; returns how many entries were new. */
export function mergeIntoKit(file: string, fragment: KitFragment): number {
  const original = readFileSync(file, 'utf8');
  const document = parseDocument(original);
  const [error] = document.errors;
  if (error) throw new MergeError(`${file} is not valid YAML: ${firstLine(error.message)}`);
  let added = 0;
  for (const [section, entries] of Object.entries(fragment.lexicon())) {
    const path = ['lexicon', section];
    const list = document.getIn(path, true);
    const present = new Set(isSeq(list) ? list.toJSON().map((entry: unknown) => JSON.stringify(entry)) : []);
    const fresh = entries.filter((entry) => !present.has(JSON.stringify(entry))).map((entry) => document.createNode(entry, { flow: true }));
    if (isSeq(list)) for (const node of fresh) list.add(node);
    else if (fresh.length > 0) document.setIn(path, document.createNode(fresh));
    added += fresh.length;
  }
  writeFileSync(file, document.toString({ lineWidth: 0 }));
  try {
    loadKit(file);
  } catch (error) {
    writeFileSync(file, original);
    throw error;
  }
  return added;
}
