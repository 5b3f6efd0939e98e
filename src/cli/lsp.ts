/**
 * `brandlint lsp`: the Language Server for editors, on standard input and
 * output (`--stdio`, which editors pass, is the only transport). The
 * protocol's `exit` notification ends the process.
 */
import { StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server.js';
import { VERSION } from './version.js';

export interface LspCommandOptions {
  config?: string;
}

export function runLsp(options: LspCommandOptions): Promise<number> {
  const connection = startServer(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout), { config: options.config, version: VERSION });
  return new Promise((done) => connection.onExit(() => done(0)));
}
