/**
 * `brandlint lsp`: a Language Server over standard input and output. It
 * lints each open document as it changes — its unsaved text, with the rest
 * of its campaign read from disk, so drift shows as the copy is written —
 * and publishes the findings as diagnostics, with code actions for fixes,
 * suggestions and disabling a rule for a line.
 *
 * One kit serves the workspace (found from its root up, or --config); it is
 * loaded again when one of its files changes on disk, and a broken kit is
 * shown as diagnostics on the kit file. Results of unchanged files and
 * campaigns are kept in memory between runs, and runs never overlap.
 */
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createConnection,
  DiagnosticSeverity,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { KitError } from '../config/errors.js';
import { loadKitOrDefault } from '../config/load.js';
import type { BrandKit } from '../config/types.js';
import { isContentFile } from '../documents/channel.js';
import { LintCache } from '../engine/cache.js';
import { lintFiles, type LintRequest } from '../engine/run.js';
import type { Finding } from '../engine/types.js';
import { knownRuleOptions } from '../../rules/options.js';
import { codeActions, isDiagnosticOf, toDiagnostic } from './actions.js';
import { firstLine } from '../text/first-line.js';

/** Typing pauses this long before a document is linted again. */
export const LINT_DELAY_MS = 200;

export interface ServerOptions {
  /** --config: the kit file, relative to the workspace root. */
  config?: string;
  version: string;
}

/** What was last published for a document, to answer code action requests. */
interface Published {
  version: number;
  path: string;
  findings: Finding[];
}

export function startServer(reader: MessageReader, writer: MessageWriter, options: ServerOptions): Connection {
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  const documents = new TextDocuments(TextDocument);
  const published = new Map<string, Published>();
  const timers = new Map<string, NodeJS.Timeout>();
  const linted = new Set<string>();
  const workspace = new Workspace(options.config);
  let queue = Promise.resolve();

  const lint = (uri: string) => {
    queue = queue.then(() => lintDocument(uri)).catch((error: unknown) => connection.console.error(`brandlint: ${(error as Error).stack ?? error}`));
    return queue;
  };

  async function lintDocument(uri: string): Promise<void> {
    const document = documents.get(uri);
    const path = filePath(uri);
    if (!document || path === undefined) return;
    const kit = workspace.kit(connection);
    if (!kit || !isContentFile(path) || workspace.isKitFile(path)) {
      published.delete(uri);
      await connection.sendDiagnostics({ uri, version: document.version, diagnostics: [] });
      return;
    }
    const version = document.version;
    const run = await lintFiles(workspace.request(kit, path, document.getText()));
    if (documents.get(uri)?.version !== version) return;
    const findings = run.results.find((result) => resolve(workspace.root, result.path) === path)?.findings ?? [];
    published.set(uri, { version, path, findings });
    await connection.sendDiagnostics({ uri, version, diagnostics: findings.map(toDiagnostic) });
  }

  const lintAll = () => {
    for (const document of documents.all()) void lint(document.uri);
  };

  connection.onInitialize((params: InitializeParams) => {
    workspace.setRoot(workspaceRoot(params));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'brandlint', version: options.version },
    };
  });

  // on open at once, then once typing pauses
  documents.onDidChangeContent(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => void lint(document.uri), linted.has(document.uri) ? LINT_DELAY_MS : 0),
    );
    linted.add(document.uri);
  });
  // A saved file may be the kit or another deliverable of an open document's campaign.
  documents.onDidSave(() => lintAll());
  connection.onDidChangeWatchedFiles(() => lintAll());
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    linted.delete(document.uri);
    published.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params): CodeAction[] => {
    const document = documents.get(params.textDocument.uri);
    const last = published.get(params.textDocument.uri);
    if (!document || !last || last.version !== document.version) return [];
    return params.context.diagnostics.flatMap((diagnostic) => {
      const finding = last.findings.find((candidate) => isDiagnosticOf(diagnostic, candidate));
      return finding ? codeActions(document, last.path, finding, diagnostic) : [];
    });
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

/** The workspace's kit, loaded again when its files change, and the lint request for one document. */
class Workspace {
  root = process.cwd();
  private loaded?: { kit?: BrandKit; files: string[]; stamps: string; cache: LintCache };

  constructor(private readonly config: string | undefined) {}

  setRoot(root: string): void {
    this.root = root;
    this.loaded = undefined;
  }

  isKitFile(path: string): boolean {
    return this.loaded?.files.includes(path) ?? false;
  }

  /** The kit, or undefined when it is broken (its problems are then published on its file). */
  kit(connection: Connection): BrandKit | undefined {
    if (this.loaded && this.loaded.stamps === stamps(this.loaded.files) && !this.kitAppeared()) return this.loaded.kit;
    const previous = this.loaded?.files ?? [];
    try {
      const { kit } = loadKitOrDefault(this.root, this.config, { knownRules: knownRuleOptions() });
      this.loaded = { kit, files: kit.sources, stamps: stamps(kit.sources), cache: LintCache.inMemory() };
      for (const file of previous) void connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: [] });
    } catch (error) {
      if (!(error instanceof KitError)) throw error;
      const files = [...new Set(error.problems.map((problem) => problem.file))];
      this.loaded = { files, stamps: stamps(files), cache: LintCache.inMemory() };
      for (const file of files) void connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: kitDiagnostics(error, file) });
      // a notification: the editor shows it, and nothing waits for an answer
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Error,
        message: `brandlint: the brand kit has problems: ${firstLine(error.format(this.root))}`,
      });
    }
    return this.loaded.kit;
  }

  request(kit: BrandKit, path: string, text: string): LintRequest {
    const common = { cwd: this.root, kit, threads: 'off' as const };
    // a file on disk is linted with its unsaved text; a new one, not yet saved, as standard input
    return existsSync(path)
      ? { ...common, patterns: [path], sources: new Map([[path, text]]), cache: this.loaded?.cache }
      : { ...common, patterns: [], stdin: { text, filename: relative(this.root, path) } };
  }

  /** Without a kit file, whether one has been written since. */
  private kitAppeared(): boolean {
    if (this.loaded?.files.length !== 0 || this.config !== undefined) return false;
    return ['.brandlintrc.yaml', '.brandlintrc.yml', '.brandlintrc.json'].some((name) => existsSync(resolve(this.root, name)));
  }
}

function kitDiagnostics(error: KitError, file: string): Diagnostic[] {
  return error.problems
    .filter((problem) => problem.file === file)
    .map((problem) => {
      const line = (problem.line ?? 1) - 1;
      const character = (problem.column ?? 1) - 1;
      return {
        range: { start: { line, character }, end: { line, character: character + 1 } },
        severity: DiagnosticSeverity.Error,
        source: 'brandlint',
        message: problem.reason,
      };
    });
}

/** Modification times and sizes of the kit's files: when they change, the kit is loaded again. */
function stamps(files: readonly string[]): string {
  return files
    .map((file) => {
      try {
        const { mtimeMs, size } = statSync(file);
        return `${mtimeMs}:${size}`;
      } catch {
        return 'missing';
      }
    })
    .join('|');
}

function workspaceRoot(params: InitializeParams): string {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  return (uri && filePath(uri)) ?? (params.rootPath || process.cwd());
}

function filePath(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}
