/**
 * The labelled accuracy set. Each folder under accuracy/ with a `set.yaml`
 * is one set: content, the kit it is linted with, and a label for every
 * finding brandlint raises on it — `right` (a careful copy editor agrees)
 * or `wrong` (a false alarm) — with a short reason. A `right` label that no
 * finding matches is a miss; a finding without a label is a gap in the set.
 *
 * set.yaml:
 *
 *     name: Spring sale campaign
 *     kit: .brandlintrc.yaml        # a kit file in the folder, or built-in
 *     targets: { precision: 0.9, recall: 0.95 }
 *     files:
 *       email/launch.html:
 *         - { rule: drift/source-of-truth, at: "12:31", verdict: right, reason: "says 25% off; the brief says 20%", text: "25% off" }
 *
 * Where one rule reports twice at one position, `message` (part of the
 * finding's message) tells the two labels apart.
 *       web/landing.md: []
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export type Verdict = 'right' | 'wrong';

export interface Label {
  file: string;
  rule: string;
  line: number;
  column: number;
  verdict: Verdict;
  reason: string;
  /** The flagged text, for the reader of the set (matching is by rule and position). */
  text?: string;
  /** Part of the finding's message, to tell apart two findings of one rule at one position. */
  message?: string;
}

/** Lowest acceptable figures; a set checks only those it names. */
export interface Targets {
  /** Share of error findings that are right. */
  errorPrecision?: number;
  /** Share of warning findings that are right. */
  warningPrecision?: number;
  /** Share of all findings that are right. */
  precision?: number;
  /** Share of right labels that a finding matches. */
  recall?: number;
}

export interface LabelledSet {
  name: string;
  /** Absolute path of the set's folder; files and the kit are relative to it. */
  directory: string;
  /** `built-in`, or the kit file (relative to the folder). */
  kit: string;
  targets: Targets;
  /** Every file of the set, in the order listed. */
  files: string[];
  labels: Label[];
}

export const SET_FILE = 'set.yaml';

const TARGET_KEYS = ['errorPrecision', 'warningPrecision', 'precision', 'recall'] as const;
const LABEL_KEYS = new Set(['rule', 'at', 'verdict', 'reason', 'text', 'message']);
const POSITION = /^(\d+):(\d+)$/;

export class SetError extends Error {}

/** Every set folder under `root` (a folder holding set.yaml, at any depth), sorted. */
export function findSets(root: string): string[] {
  const found: string[] = [];
  const visit = (directory: string): void => {
    if (existsSync(join(directory, SET_FILE))) found.push(directory);
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) visit(join(directory, entry.name));
    }
  };
  visit(resolve(root));
  return found.sort();
}

export function loadSet(directory: string): LabelledSet {
  const path = join(directory, SET_FILE);
  const raw: unknown = parse(readFileSync(path, 'utf8'));
  if (!isRecord(raw)) throw new SetError(`${path}: expected a mapping with name, kit, targets and files.`);
  const name = requireText(raw.name, `${path}: name`);
  const kit = requireText(raw.kit, `${path}: kit`);
  const targets = readTargets(raw.targets, path);
  if (!isRecord(raw.files)) throw new SetError(`${path}: files must map each file to its labels.`);
  const files: string[] = [];
  const labels: Label[] = [];
  for (const [file, entries] of Object.entries(raw.files)) {
    if (!existsSync(join(directory, file))) throw new SetError(`${path}: ${file} does not exist.`);
    files.push(file);
    if (entries === null || entries === undefined) continue;
    if (!Array.isArray(entries)) throw new SetError(`${path}: the labels of ${file} must be a list.`);
    entries.forEach((entry, index) => labels.push(readLabel(entry, file, `${path}: ${file} label ${index + 1}`)));
  }
  return { name, directory: resolve(directory), kit, targets, files, labels };
}

function readTargets(value: unknown, path: string): Targets {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new SetError(`${path}: targets must be a mapping.`);
  const targets: Targets = {};
  for (const [key, figure] of Object.entries(value)) {
    if (!(TARGET_KEYS as readonly string[]).includes(key)) throw new SetError(`${path}: unknown target "${key}" (${TARGET_KEYS.join(', ')}).`);
    if (typeof figure !== 'number' || figure < 0 || figure > 1) throw new SetError(`${path}: target ${key} must be a number from 0 to 1.`);
    targets[key as (typeof TARGET_KEYS)[number]] = figure;
  }
  return targets;
}

function readLabel(entry: unknown, file: string, where: string): Label {
  if (!isRecord(entry)) throw new SetError(`${where}: expected { rule, at, verdict, reason }.`);
  for (const key of Object.keys(entry)) if (!LABEL_KEYS.has(key)) throw new SetError(`${where}: unknown key "${key}".`);
  const rule = requireText(entry.rule, `${where}: rule`);
  const position = POSITION.exec(String(entry.at ?? ''));
  if (!position) throw new SetError(`${where}: at must be "line:column".`);
  if (entry.verdict !== 'right' && entry.verdict !== 'wrong') throw new SetError(`${where}: verdict must be right or wrong.`);
  const reason = requireText(entry.reason, `${where}: reason`);
  const label: Label = { file, rule, line: Number(position[1]), column: Number(position[2]), verdict: entry.verdict, reason };
  if (entry.text !== undefined) label.text = String(entry.text);
  if (entry.message !== undefined) label.message = requireText(entry.message, `${where}: message`);
  return label;
}

function requireText(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new SetError(`${what} must be a non-empty string.`);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
