/*
 * importScan.ts
 * Finds the modules a Python source may import, without parsing it: `import a.b, c as d`,
 * `from a import b` (a, and a.b in case b is a submodule), and a string literal passed to
 * `__import__(...)` or `importlib.import_module(...)`. The pass is textual on purpose: it also
 * sees imports inside strings given to exec()/compile() and inside comments, and it works on
 * programs with syntax errors. It may over-report (a comment mentioning `import json`), which
 * only loads a module early; it must not under-report imports written as statements.
 */

const FROM_IMPORT = /\bfrom[ \t]+(\.*[A-Za-z_][\w.]*|\.+)[ \t]+import\b[ \t]*(\([^)]*\)|[^\n;#]*)/g;
const IMPORT = /\bimport[ \t]+([^\n;#]+)/g;
const CALL_IMPORT = /\b(?:__import__|import_module)\(\s*(?:name\s*=\s*)?(['"])([A-Za-z_][\w.]*)\1/g;
const DOTTED = /^[A-Za-z_][\w.]*/;

/** Absolute module names that `source` may import, in order of appearance, without duplicates. */
export function scanImports(source: string): string[] {
	const found = new Set<string>();
	const add = (name: string) => {
		const m = DOTTED.exec(name.trim());
		if (m) found.add(m[0].replace(/\.+$/, ''));
	};
	// A backslash continuation joins lines: `import a, \\\n    b`.
	let text = source.replace(/\\\r?\n/g, ' ');
	text = text.replace(FROM_IMPORT, (_all, module: string, names: string) => {
		// A relative import names no standard-library module (our modules are not packages on disk).
		if (module.startsWith('.')) return ' ';
		add(module);
		for (const part of names
			.replace(/#[^\n]*/g, '')
			.replace(/[()]/g, '')
			.split(',')) {
			const name = part.trim().split(/\s+/)[0];
			if (name && name !== '*') add(`${module}.${name}`);
		}
		return ' ';
	});
	for (const m of text.matchAll(IMPORT)) {
		for (const part of m[1].split(',')) add(part);
	}
	for (const m of source.matchAll(CALL_IMPORT)) add(m[2]);
	return [...found];
}
