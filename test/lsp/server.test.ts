/**
 * `brandlint lsp` in a real Language Server Protocol session: the launcher
 * spawned with --stdio, a client connection over its standard streams. The
 * client opens documents (one with unsaved text that contradicts its
 * campaign on disk), receives diagnostics with rule ids and links, asks for
 * code actions, applies them, and sees the diagnostics go.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const BIN = resolve(import.meta.dirname, '..', '..', 'bin', 'brandlint.js');

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'brandlint-lsp-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** An editor's side of the session: open documents, the latest diagnostics of each. */
class Client {
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: (() => void)[] = [];
  private readonly documents = new Map<string, TextDocument>();
  readonly connection: ProtocolConnection;
  readonly exited: Promise<number | null>;

  constructor(
    readonly root: string,
    server: ChildProcessWithoutNullStreams,
  ) {
    this.connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.exited = new Promise((done) => server.on('exit', (code) => done(code)));
    this.connection.listen();
  }

  static async start(root: string): Promise<Client> {
    const server = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: tmpdir(), env: { ...process.env, NO_COLOR: '1' } });
    const client = new Client(root, server);
    const result = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'content' }],
      capabilities: {},
    });
    expect(result.capabilities.codeActionProvider).toBeTruthy();
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  uri(path: string): string {
    return pathToFileURL(join(this.root, path)).href;
  }

  async open(path: string, text: string): Promise<void> {
    const document = TextDocument.create(this.uri(path), path.endsWith('.md') ? 'markdown' : 'plaintext', 1, text);
    this.documents.set(document.uri, document);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: document.uri, languageId: document.languageId, version: 1, text },
    });
  }

  text(path: string): string {
    return this.documents.get(this.uri(path))!.getText();
  }

  /** Waits until the latest diagnostics published for `path` (open or not) satisfy `check`. */
  async published(path: string, check: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    const uri = this.uri(path);
    for (;;) {
      const latest = this.diagnostics.get(uri);
      if (latest && check(latest)) return latest;
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }

  /** Waits for diagnostics of the document's current version that satisfy `check`. */
  async diagnosticsOf(path: string, check: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    const version = this.documents.get(this.uri(path))!.version;
    return (await this.published(path, (params) => params.version === version && check(params.diagnostics))).diagnostics;
  }

  /** The code actions for a diagnostic a test picked; none there fails with that message. */
  async actions(path: string, diagnostic: Diagnostic | undefined): Promise<CodeAction[]> {
    if (!diagnostic) throw new Error(`${path} has no such diagnostic`);
    const result = await this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: this.uri(path) },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    return (result ?? []) as CodeAction[];
  }

  /** Applies a code action's edit as the editor would, and tells the server about the change. */
  async apply(path: string, action: CodeAction | undefined): Promise<void> {
    const uri = this.uri(path);
    const edits = action?.edit?.changes?.[uri];
    if (!edits) throw new Error(`no code action with edits to ${path}`);
    const before = this.documents.get(uri)!;
    const text = TextDocument.applyEdits(before, edits);
    const after = TextDocument.create(uri, before.languageId, before.version + 1, text);
    this.documents.set(uri, after);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: after.version },
      contentChanges: [{ text }],
    });
  }

  async stop(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }
}

const KIT = 'lexicon:\n  names: [Acme Cloud]\ncampaigns:\n  winter:\n    files: ["winter/**"]\nrules:\n  channel/web-h1: off\n';

describe('brandlint lsp', { timeout: 90_000 }, () => {
  let client: Client | undefined;
  afterEach(() => {
    client?.connection.dispose();
    client = undefined;
  });

  it('publishes findings as diagnostics and fixes them through code actions', async () => {
    const root = workspace({ '.brandlintrc.yaml': KIT, 'page.md': 'Try AcmeCloud today.\n' });
    client = await Client.start(root);
    await client.open('page.md', 'Try AcmeCloud today.\n\nOur AcmeCloud plans.\n');
    const diagnostics = await client.diagnosticsOf('page.md', (found) => found.length === 2);
    expect(diagnostics[0]).toEqual({
      range: { start: { line: 0, character: 4 }, end: { line: 0, character: 13 } },
      severity: 1,
      code: 'lexicon/names',
      codeDescription: { href: 'https://github.com/brandlint/brandlint/blob/main/docs/rules/lexicon/names.md' },
      source: 'brandlint',
      message: 'Write the name as "Acme Cloud", not "AcmeCloud".',
    });

    const actions = await client.actions('page.md', diagnostics[0]);
    expect(actions.map((action) => action.title)).toEqual(['Replace “AcmeCloud” with “Acme Cloud”', 'Disable lexicon/names for this line']);
    await client.apply('page.md', actions[0]);
    expect(client.text('page.md')).toBe('Try Acme Cloud today.\n\nOur AcmeCloud plans.\n');
    const [left] = await client.diagnosticsOf('page.md', (found) => found.length === 1);
    expect(left?.range.start).toEqual({ line: 2, character: 4 });

    const [, disable] = await client.actions('page.md', left);
    await client.apply('page.md', disable);
    expect(client.text('page.md')).toBe('Try Acme Cloud today.\n\nOur AcmeCloud plans. <!-- brandlint-disable-line lexicon/names -->\n');
    expect(await client.diagnosticsOf('page.md', (found) => found.length === 0)).toEqual([]);
    expect(await client.stop()).toBe(0);
  });

  it('checks unsaved text against the rest of its campaign on disk, and offers the campaign’s value', async () => {
    const root = workspace({
      '.brandlintrc.yaml': KIT,
      'winter/post1.txt': 'Winter sale: 20% off everything with code WINTER20 until Jan 31.\n',
      'winter/post2.txt': 'Winter sale: 20% off everything with code WINTER20 until Jan 31.\n',
      'winter/post3.txt': 'Winter sale: 20% off all plans, code WINTER20, ends Jan 31.\n',
    });
    client = await Client.start(root);
    await client.open('winter/post2.txt', 'Winter sale: 30% off everything with code WINTER20 until Jan 31.\n');
    const [drift] = await client.diagnosticsOf('winter/post2.txt', (found) => found.length > 0);
    expect(drift).toMatchObject({ code: 'drift/consensus', range: { start: { line: 0, character: 13 }, end: { line: 0, character: 20 } } });
    const actions = await client.actions('winter/post2.txt', drift);
    expect(actions[0]?.title).toBe('Replace “30% off” with “20% off”');
    await client.apply('winter/post2.txt', actions[0]);
    expect(await client.diagnosticsOf('winter/post2.txt', (found) => found.length === 0)).toEqual([]);
    expect(await client.stop()).toBe(0);
  });

  it('shows a broken kit on the kit file', async () => {
    const root = workspace({ '.brandlintrc.yaml': 'lexcon:\n  names: [Acme]\n', 'page.md': 'Hello.\n' });
    client = await Client.start(root);
    await client.open('page.md', 'Hello.\n');
    const kit = await client.published('.brandlintrc.yaml', (params) => params.diagnostics.length > 0);
    expect(kit.diagnostics[0]).toMatchObject({ range: { start: { line: 0, character: 0 } }, severity: 1, message: expect.stringContaining('lexcon') });
    expect(await client.stop()).toBe(0);
  });
});
