#!/usr/bin/env node
// The pyco command as installed in node_modules/.bin: the repository's bin/pyco.mjs.
import '../../bin/pyco.mjs';
