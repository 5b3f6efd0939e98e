/**
 * Findings as the editor shows them: a diagnostic per finding (rule id as
 * its code, linked to the rule's page), and code actions — the finding's
 * fix, its suggestion where that replaces the flagged text, and a comment
 * that disables the rule for the line.
 */
import { CodeActionKind, DiagnosticSeverity, TextEdit, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/types.js';
import { ruleInfo } from '../reporters/rule-info.js';
import { disableCommentEdit } from './disable-comment.js';

export const SOURCE = 'brandlint';

/** Positions are 1-based lines and UTF-16 columns, as LSP counts them from 0. */
export function findingRange(finding: Finding): Range {
  return {
    start: { line: finding.line - 1, character: finding.column - 1 },
    end: { line: finding.endLine - 1, character: finding.endColumn - 1 },
  };
}

export function toDiagnostic(finding: Finding): Diagnostic {
  const { helpUri } = ruleInfo(finding.ruleId);
  return {
    range: findingRange(finding),
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: finding.ruleId,
    ...(helpUri ? { codeDescription: { href: helpUri } } : {}),
    source: SOURCE,
    message: finding.message,
  };
}

/** Whether a diagnostic the client sends back is the one made from this finding. */
export function isDiagnosticOf(diagnostic: Diagnostic, finding: Finding): boolean {
  const range = findingRange(finding);
  return (
    diagnostic.source === SOURCE &&
    diagnostic.code === finding.ruleId &&
    diagnostic.range.start.line === range.start.line &&
    diagnostic.range.start.character === range.start.character &&
    diagnostic.range.end.line === range.end.line &&
    diagnostic.range.end.character === range.end.character
  );
}

/** The code actions for one finding of `document` (which holds the text it was found in). */
export function codeActions(document: TextDocument, path: string, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]) => ({ changes: { [document.uri]: edits } });
  const between = (start: number, end: number): Range => ({ start: document.positionAt(start), end: document.positionAt(end) });
  if (finding.fix && !finding.fix.refused) {
    actions.push({
      title: replaceTitle(document.getText().slice(finding.fix.start, finding.fix.end), finding.fix.text),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: edit([TextEdit.replace(between(finding.fix.start, finding.fix.end), finding.fix.text)]),
    });
  } else {
    const replacement = replacementOf(finding);
    if (replacement !== undefined && document.getText().slice(finding.start, finding.end) === finding.text) {
      actions.push({
        title: replaceTitle(finding.text, replacement),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: edit([TextEdit.replace(between(finding.start, finding.end), replacement)]),
      });
    }
  }
  const disable = disableCommentEdit(path, document.getText(), finding.line, finding.ruleId);
  if (disable) {
    actions.push({
      title: `Disable ${finding.ruleId} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: edit([TextEdit.insert(document.positionAt(disable.offset), disable.text)]),
    });
  }
  return actions;
}

/**
 * The suggestion as a replacement of the flagged text, when it is one. A
 * missing call to action is text to add, not to swap for what was flagged,
 * and a link's expected address replaces its target, not its text.
 */
function replacementOf(finding: Finding): string | undefined {
  if (finding.suggestion === undefined || finding.ruleId === 'drift/required-cta') return undefined;
  if (finding.data?.kind === 'link') return undefined;
  return finding.suggestion;
}

function replaceTitle(from: string, to: string): string {
  const quote = (text: string) => `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;
  return to === '' ? `Remove ${quote(from)}` : `Replace ${quote(from)} with ${quote(to)}`;
}
