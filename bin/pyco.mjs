#!/usr/bin/env node
// The pyco command: runs src/runtime/cli/pyco.ts through tsx's loader (no build step needed).
import { register } from 'tsx/esm/api';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

register();
const root = dirname(dirname(fileURLToPath(import.meta.url)));
await import(pathToFileURL(join(root, 'src/runtime/cli/pyco.ts')).href);
