#!/usr/bin/env node
// Part of `npm run build`: copies the generated JavaScript modules that tsc
// does not compile (the kit validator ajv wrote ahead of time) into dist/.
import { copyFileSync } from 'node:fs';

for (const file of ['src/config/kit-validator.js']) copyFileSync(file, `dist/${file}`);
