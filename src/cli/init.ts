/**
 * `brandlint init`: writes a starter .brandlintrc.yaml. On a terminal it
 * asks for the brand and product names; elsewhere (CI, scripts, --yes) it
 * asks nothing and writes the starter kit with placeholders to edit.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { UsageError } from '../engine/usage-error.js';
import type { Io } from './io.js';

export interface InitOptions {
  force?: boolean;
  yes?: boolean;
}

export interface StarterAnswers {
  brand: string;
  products: string[];
}

export async function runInit(options: InitOptions, io: Io): Promise<number> {
  const target = join(io.cwd, '.brandlintrc.yaml');
  if (existsSync(target) && !options.force) throw new UsageError('.brandlintrc.yaml already exists here; use --force to overwrite it.');
  const interactive = io.stdinIsTty && io.stdoutIsTty && !options.yes;
  const answers = interactive ? await ask() : { brand: 'Acme', products: ['Acme Cloud'] };
  writeFileSync(target, starterKit(answers));
  io.stdout(`Wrote .brandlintrc.yaml. Edit it, then run \`brandlint .\` to lint this folder.\n`);
  return 0;
}

async function ask(): Promise<StarterAnswers> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const brand = (await prompt.question('Brand name (as it must be written): ')).trim() || 'Acme';
    const products = (await prompt.question('Product and plan names, comma-separated (optional): '))
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    return { brand, products };
  } finally {
    prompt.close();
  }
}

export function starterKit({ brand, products }: StarterAnswers): string {
  const names = [brand, ...products].map((name) => `    - ${yamlString(name)}`).join('\n');
  return `# brandlint brand kit. The README's "Brand kit reference" documents every key;
# .brandlintrc.example.yaml in the brandlint package shows all of them at work.
$schema: ./node_modules/brandlint/schema/brandlint.schema.json

lexicon:
  # Protected names, spelt exactly. Near-misses (case, joined, split, typos) are found automatically.
  names:
${names}
  # Preferred terms: write \`use\` instead of any word in \`insteadOf\` (inflections included).
  terms:
    - { use: sign in, insteadOf: [log in, login to] }
    - { use: email, insteadOf: [e-mail] }
  # Words the brand never uses.
  banned:
    - { phrase: synergy, reason: "Jargon that says nothing." }
  # Competitors never named in customer-facing copy.
  competitors: []
  # Acronyms and words that tone rules leave alone.
  allow: [FAQ, API]

tone:
  sentenceLength: 28
  exclamations: { document: 1, sentence: 1 }
  contractions: either
  channels:
    social:
      exclamations: { document: 2 }

rules:
  # Severity per rule: error, warn or off. \`brandlint rules\` lists them all.
  lexicon/terms: warn
`;
}

function yamlString(value: string): string {
  return /^[\w][\w .&'-]*$/.test(value) && !/^(true|false|null|yes|no|on|off)$/i.test(value) ? value : JSON.stringify(value);
}
