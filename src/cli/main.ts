/**
 * The command line: arguments in, an exit code out. Every command turns its
 * options into a call to the engine and hands the result to a reporter.
 *
 * Exit codes: 0 no errors (and warnings within --max-warnings); 1 lint
 * errors or too many warnings; 2 usage, configuration or internal error.
 *
 * Each command's module is imported only when that command runs, so
 * `--version`, `--help` and the light commands never load the engine, the
 * readers or the language models.
 */
import { Argument, Command, CommanderError, Option } from 'commander';
import { KitError } from '../config/errors.js';
import { CHANNELS } from '../documents/types.js';
import { GitError } from '../engine/changed.js';
import { DEFAULT_MAX_COMMITS } from '../history/types.js';
import { FORMAT_NAMES } from '../reporters/index.js';
import { UsageError } from '../engine/usage-error.js';
import { type Io, processIo } from './io.js';
import type { HistoryCommandOptions } from './history.js';
import type { LintCommandOptions } from './lint.js';
import type { MergeCommandOptions } from './merge.js';
import { collect, HISTORY_FORMATS, IMPORT_KINDS, parseCount, parseMaxCommits, parseShard, parseThreads } from './options.js';
import { VERSION } from './version.js';

/** `signal` ends --watch; without one, Ctrl-C does. */
export async function main(argv: string[], io: Io = processIo(), signal?: AbortSignal): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('brandlint')
    .description('Lint email, web, social and call-script copy against one brand kit.')
    .version(VERSION, '-v, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text) });

  addLintOptions(
    program
      .command('lint', { isDefault: true })
      .description('lint files, folders or globs (the default command)')
      .argument('[paths...]', 'files, folders or globs (default: .)'),
  ).action(async (paths: string[], options: LintCommandOptions) => {
    const { runLint } = await import('./lint.js');
    exitCode = await runLint(paths, options, io, signal ?? (options.watch ? interruptSignal() : undefined));
  });

  program
    .command('drift')
    .description('show, per campaign, the facts, pillars and CTA of every deliverable, where they drift, and the one-message scores')
    .argument('[paths...]', 'files, folders or globs (default: .)')
    .option('-c, --config <file>', 'brand kit file')
    .addOption(new Option('--channel <channel>', 'treat every file as this channel').choices(CHANNELS))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--campaign-by <grouping>', 'group deliverables into campaigns by the kit or by folder').choices(['kit', 'folder']).default('kit'))
    .option('-o, --output-file <file>', 'write the matrix to a file instead of standard output')
    .option('--no-color', 'no colour in the output')
    .action(async (paths: string[], options) => {
      const { runDrift } = await import('./drift.js');
      exitCode = await runDrift(paths, options, io);
    });

  program
    .command('history')
    .description(
      'the one-message scores and findings by family at each commit that changed content, per campaign and for the programme, and the messaging that changed after launch',
    )
    .argument('[paths...]', 'folders or files of the content repository (default: .)')
    .option('-c, --config <file>', "brand kit file (every commit is judged by today's kit)")
    .option('--since <ref>', 'walk the commits after this one (its content is the first point)')
    .option('--max-commits <count>', `at most this many commits that changed content, the latest (default: ${DEFAULT_MAX_COMMITS})`, parseMaxCommits)
    .addOption(new Option('-f, --format <format>', 'output format').choices(HISTORY_FORMATS).default('stylish'))
    .option('-o, --output-file <file>', 'write the history to a file instead of standard output')
    .addOption(new Option('--campaign-by <grouping>', 'group deliverables into campaigns by the kit or by folder').choices(['kit', 'folder']).default('kit'))
    .option('--cache', 'reuse and keep the lint cache (.brandlintcache)')
    .option('--cache-location <path>', 'the cache file, or a folder for it (implies --cache)')
    .option('--no-color', 'no colour in the output')
    .action(async (paths: string[], options: HistoryCommandOptions) => {
      const { runHistory } = await import('./history.js');
      exitCode = await runHistory(paths, options, io);
    });

  program
    .command('extract')
    .description('print the segments brandlint sees in a file, with their roles and positions')
    .argument('<file>', 'the file to read')
    .option('-c, --config <file>', 'brand kit file')
    .addOption(new Option('--channel <channel>', 'treat the file as this channel').choices(CHANNELS))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--facts', 'print the facts (offers, codes, dates, links, phones …) instead of the segments')
    .action(async (file: string, options) => {
      const { runExtract } = await import('./extract.js');
      exitCode = await runExtract(file, options, io);
    });

  program
    .command('import')
    .description('carry the vocabulary of a Vale style or a prh dictionary into a brand kit')
    .addArgument(new Argument('<kind>', 'what PATH holds').choices(IMPORT_KINDS))
    .argument('<path>', 'a Vale styles folder, rule file or vocabulary folder; a prh dictionary or folder of them')
    .option('-o, --output <file>', 'write the kit fragment to a file instead of standard output')
    .option('--merge-into <kit>', 'add the imported entries to an existing kit file, keeping its comments')
    .action(async (kind, path, options) => {
      const { runImport } = await import('./import.js');
      exitCode = runImport(kind, path, options, io);
    });

  program
    .command('merge')
    .description('merge the JSON reports of sharded runs (--shard K/N --format json) into one report')
    .argument('<reports...>', 'JSON report files or globs')
    .option('-c, --config <file>', 'brand kit file, for the checks across campaigns (default: .brandlintrc.yaml found from the working folder up)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output')
    .option('--no-color', 'no colour in the output')
    .action(async (reports: string[], options: MergeCommandOptions) => {
      const { runMerge } = await import('./merge.js');
      exitCode = await runMerge(reports, options, io);
    });

  program
    .command('lsp')
    .description('run a Language Server for editors: lints open documents as they change, with fixes as code actions')
    .option('-c, --config <file>', 'brand kit file (default: found from the workspace root up)')
    .option('--stdio', 'talk over standard input and output (the default, and what editors pass)')
    .action(async (options) => {
      const { runLsp } = await import('./lsp.js');
      exitCode = await runLsp(options);
    });

  program
    .command('init')
    .description('write a starter .brandlintrc.yaml in the current folder')
    .option('--force', 'overwrite an existing kit')
    .option('-y, --yes', 'ask nothing; write the starter kit as is')
    .action(async (options) => {
      const { runInit } = await import('./init.js');
      exitCode = await runInit(options, io);
    });

  program
    .command('rules')
    .description("list the rules, or show one rule's documentation")
    .argument('[id]', 'a rule id such as lexicon/terms')
    .action(async (id: string | undefined) => {
      const { runRules } = await import('./rules.js');
      exitCode = runRules(id, io);
    });

  program
    .command('print-config')
    .description('print the resolved brand kit (for a file: with the channel and tone that apply to it)')
    .argument('[file]', 'a content file')
    .option('-c, --config <file>', 'brand kit file')
    .action(async (file: string | undefined, options) => {
      const { runPrintConfig } = await import('./print-config.js');
      exitCode = await runPrintConfig(file, options, io);
    });

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    return handleError(error, io);
  }
}

function addLintOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'brand kit file (default: .brandlintrc.yaml found from the working folder up)')
    .addOption(new Option('--channel <channel>', 'treat every file as this channel').choices(CHANNELS))
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output')
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <count>', 'exit 1 when there are more warnings than this', parseCount)
    .option('--rule <id:severity>', "set a rule's severity (error, warn, off); repeatable", collect, [])
    .option('--stdin', 'lint text from standard input')
    .option('--stdin-filename <name>', 'the file name (and so the format) of the text on standard input')
    .option('--report-unused-disable', 'report brandlint-disable comments that suppress nothing')
    .addOption(new Option('--campaign-by <grouping>', 'group deliverables into campaigns by the kit or by folder').choices(['kit', 'folder']).default('kit'))
    .option('--timing', 'print the time spent in each rule to standard error')
    .option('--fix', 'fix what can be fixed in place, then report what remains')
    .option('--fix-dry-run', 'print a unified diff of what --fix would change, then report what would remain; writes nothing')
    .option('--cache', 'only lint files (and campaigns) that changed since the last run with --cache')
    .option('--cache-location <path>', 'the cache file, or a folder for it (default: .brandlintcache; implies --cache)')
    .option('--changed-since <ref>', 'only report files changed since a git ref, committed or not (their campaigns are still checked whole)')
    .option('--watch', 'lint, then lint again on every change and print what changed, until Ctrl-C')
    .option('--shard <K/N>', 'lint only part K of N (each campaign kept whole); merge the JSON reports with `brandlint merge`', parseShard)
    .option('--threads <n|auto|off>', 'worker threads for linting files: a number, auto (when there are many files) or off', parseThreads, 'auto')
    .option('--ignore-pattern <pattern>', 'skip files matching this pattern too (gitignore syntax, relative to the working folder); repeatable', collect, [])
    .option('--no-ignore', "lint what .brandlintignore, the kit's files.ignore and --ignore-pattern would skip")
    .option('--no-code-frame', 'print findings without the source around them (stylish)')
    .option('--baseline <file>', 'report only the findings this baseline does not hold (see --baseline-write)')
    .option('--baseline-write <file>', "record today's findings in a baseline file, so that later runs with --baseline report only new ones")
    .option('--report-title <title>', "the HTML report's title (default: the kit's report.title, else from the campaigns)")
    .option('--report-date <YYYY-MM-DD>', 'the date on the HTML report (default: today)')
    .option('--history [ref]', `with --format html: add the trend over the commits since ref (default: the latest ${DEFAULT_MAX_COMMITS} that changed content)`)
    .option('--no-color', 'no colour in the output');
}

/** Aborts on Ctrl-C, so --watch stops and exits 0. */
function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return controller.signal;
}

function handleError(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return 2;
  }
  if (error instanceof KitError) {
    io.stderr(
      error
        .format(io.cwd)
        .split('\n')
        .map((line) => `brandlint: ${line}\n`)
        .join(''),
    );
    return 2;
  }
  if (error instanceof UsageError || error instanceof GitError) {
    io.stderr(`brandlint: ${error.message}\n`);
    return 2;
  }
  const message = error instanceof Error ? (process.env.DEBUG ? error.stack : error.message) : String(error);
  io.stderr(`brandlint: internal error: ${message}\nPlease report it with the command you ran; set DEBUG=1 for details.\n`);
  return 2;
}
