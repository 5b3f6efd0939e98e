#!/usr/bin/env node
// Launcher only: the compiled CLI sets the exit code.
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv);
