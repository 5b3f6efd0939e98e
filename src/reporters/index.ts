import { github } from './github.js';
import { htmlReporter } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export const REPORTERS: Record<string, Reporter> = { stylish, json, sarif, junit, github, markdown, html: htmlReporter };

export const FORMAT_NAMES = Object.keys(REPORTERS);
