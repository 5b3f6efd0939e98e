/**
 * Brand kits for tests, from YAML text, loaded the way the CLI loads them
 * (validation, shorthands, built-in defaults underneath).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKit } from '../../src/config/load.js';
import type { BrandKit } from '../../src/config/types.js';
import type { Document } from '../../src/documents/types.js';
import type { DocumentData } from '../../src/engine/document-data.js';
import { LintSession } from '../../src/engine/session.js';
import { knownRuleOptions } from '../../rules/options.js';

const kits = new Map<string, BrandKit>();

export async function kitFromYaml(yaml: string): Promise<BrandKit> {
  let kit = kits.get(yaml);
  if (!kit) {
    const folder = mkdtempSync(join(tmpdir(), 'brandlint-kit-'));
    const file = join(folder, '.brandlintrc.yaml');
    writeFileSync(file, yaml.trim() === '' ? '{}\n' : yaml);
    kit = loadKit(file, { knownRules: knownRuleOptions() });
    kits.set(yaml, kit);
  }
  return kit;
}

/** A document's shared data as a run over `kit` from `cwd` holds it (facts, analyses …). */
export function documentData(document: Document, kit: BrandKit, cwd = process.cwd()): DocumentData {
  return new LintSession(kit, cwd).dataOf(document);
}
