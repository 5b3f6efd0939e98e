#!/usr/bin/env node
// `npm run accuracy`: how often brandlint is right. Lints every labelled set
// under accuracy/ (real content with the built-in kit; campaigns with a kit
// written from their brief) with the built engine, matches each finding to
// its label, and prints per rule and per severity the findings right and
// wrong, the problems missed, precision and recall, then the targets.
// Findings that no label covers are printed as labels to complete; the run
// fails (exit 1) while any exist or a target is missed.
//
//   npm run accuracy                  every set
//   npm run accuracy -- accuracy/real one set (or several)
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkTargets, evaluateSet } from '../dist/src/accuracy/evaluate.js';
import { findSets, loadSet } from '../dist/src/accuracy/labels.js';
import { formatTables, formatUnlabelled } from '../dist/src/accuracy/report.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const accuracyRoot = join(root, 'accuracy');
const requested = process.argv.slice(2).map((argument) => resolve(argument));
const directories = requested.length > 0 ? requested : findSets(accuracyRoot);

const results = [];
for (const directory of directories) results.push(await evaluateSet(loadSet(directory)));

/** Sets are grouped by their first folder under accuracy/ ("real", "campaigns"), and each group is also shown pooled. */
const groups = new Map();
for (const result of results) {
  const group = relative(accuracyRoot, result.set.directory).split(/[\\/]/)[0];
  groups.set(group, [...(groups.get(group) ?? []), result]);
}

let failed = false;
for (const [group, members] of groups) {
  for (const { set, outcomes } of members) {
    const files = `${set.files.length} file${set.files.length === 1 ? '' : 's'}`;
    console.log(formatTables(`== ${set.name} (${relative(root, set.directory)}, ${files}, kit: ${set.kit})`, outcomes, set.targets));
    console.log('');
    failed ||= checkTargets(outcomes, set.targets).some((check) => !check.passed);
  }
  if (members.length > 1) {
    const pooled = members.flatMap((member) => member.outcomes);
    const sameTargets = members.every((member) => JSON.stringify(member.set.targets) === JSON.stringify(members[0].set.targets));
    console.log(formatTables(`== All of accuracy/${group} (${members.length} sets)`, pooled, sameTargets ? members[0].set.targets : {}));
    console.log('');
  }
}

const unlabelled = results.filter(({ outcomes }) => outcomes.some((outcome) => outcome.kind === 'unlabelled'));
for (const { set, outcomes } of unlabelled) {
  console.log(`Unlabelled findings in ${relative(root, join(set.directory, 'set.yaml'))} (label each right or wrong, with a reason):`);
  console.log(formatUnlabelled(outcomes));
  console.log('');
}
if (unlabelled.length > 0) failed = true;
process.exitCode = failed ? 1 : 0;
