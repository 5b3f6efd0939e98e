import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export const REPORTERS: Record<string, Reporter> = { stylish, json };

export const FORMAT_NAMES = Object.keys(REPORTERS);
