/**
 * What every brandlint HTML page shares: its head — the one stylesheet
 * inline, and a Content-Security-Policy that admits exactly that stylesheet
 * and the page's script (if any) by hash, so nothing else may run, load or
 * be styled, whatever the content holds.
 */
import { createHash } from 'node:crypto';
import { html, trusted, type Html } from './escape.js';
import { PROGRAMME_STYLES } from './programme.js';
import { STYLES } from './styles.js';
import { TREND_STYLES } from './trend-chart.js';

/** The pages' one stylesheet, admitted by its hash. */
export const STYLESHEET = STYLES + PROGRAMME_STYLES + TREND_STYLES;

export function pageHead(title: string, version: string, script?: string): Html {
  return html`<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${trusted(contentSecurityPolicy(script))}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="generator" content="brandlint ${version}">
<title>${title}</title>
<style>${trusted(STYLESHEET)}</style>
</head>`;
}

function contentSecurityPolicy(script: string | undefined): string {
  return [
    "default-src 'none'",
    `style-src '${sha256(STYLESHEET)}'`,
    ...(script !== undefined ? [`script-src '${sha256(script)}'`] : []),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
