/*
 * corpus.mjs
 * Shared helpers of the conformance corpus: case discovery, the `# pyco:` directive,
 * output normalisation and the known-failures list. Used by tools/gen-expected.mjs (Node)
 * and by conformance.test.ts / update-known-failures.ts (through corpus.d.mts).
 */
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONFORMANCE_DIR = dirname(fileURLToPath(import.meta.url));
export const CASES_DIR = join(CONFORMANCE_DIR, 'cases');
export const EXPECTED_DIR = join(CONFORMANCE_DIR, 'expected');
export const KNOWN_FAILURES_FILE = join(CONFORMANCE_DIR, 'known-failures.txt');

export const ALL_VERSIONS = ['3.7', '3.8', '3.9', '3.10', '3.11', '3.12', '3.13'];
export const DEFAULT_VERSIONS = ['3.13'];

/** time.time() origin used by the oracle (tools/vclock.py VIRTUAL_EPOCH), in ms. */
export const VIRTUAL_EPOCH_MS = 1577836800000;

/**
 * Parses the optional first-line directive `# pyco: versions=...`.
 * Accepted lists: `all`, `3.7,3.11,3.13`, ranges `3.8-3.10`, open ranges `3.11+` / `-3.10`.
 */
export function parseDirective(source) {
	const first = source.split('\n', 1)[0];
	const m = /^#\s*pyco:\s*(.*)$/.exec(first);
	if (!m) return { versions: [...DEFAULT_VERSIONS], oracle: 'vclock' };
	const opts = {};
	for (const part of m[1].trim().split(/\s+/)) {
		const eq = part.indexOf('=');
		if (eq > 0) opts[part.slice(0, eq)] = part.slice(eq + 1);
	}
	const spec = opts.versions ?? '3.13';
	const idx = (v) => {
		const i = ALL_VERSIONS.indexOf(v);
		if (i < 0) throw new Error(`unknown Python version "${v}" in directive: ${first}`);
		return i;
	};
	const out = new Set();
	for (const item of spec
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)) {
		if (item === 'all') ALL_VERSIONS.forEach((v) => out.add(v));
		else if (item.endsWith('+'))
			ALL_VERSIONS.slice(idx(item.slice(0, -1))).forEach((v) => out.add(v));
		else if (item.startsWith('-'))
			ALL_VERSIONS.slice(0, idx(item.slice(1)) + 1).forEach((v) => out.add(v));
		else if (item.includes('-')) {
			const [a, b] = item.split('-');
			ALL_VERSIONS.slice(idx(a), idx(b) + 1).forEach((v) => out.add(v));
		} else out.add(ALL_VERSIONS[idx(item)]);
	}
	// oracle=plain: real CPython with its real clock (tools/vclock.py --plain), for programs with
	// threads, whose timing the virtual-clock oracle does not model; such programs keep their
	// events apart by tenths of seconds so that real scheduling noise cannot reorder them.
	const oracle = opts.oracle ?? 'vclock';
	if (oracle !== 'vclock' && oracle !== 'plain') throw new Error(`unknown oracle "${oracle}" in directive: ${first}`);
	return { versions: ALL_VERSIONS.filter((v) => out.has(v)), oracle };
}

/** Every case of the corpus, sorted by id (`area/name`). */
export function listCases() {
	const cases = [];
	if (!existsSync(CASES_DIR)) return cases;
	for (const area of readdirSync(CASES_DIR, { withFileTypes: true })) {
		if (!area.isDirectory()) continue;
		for (const f of readdirSync(join(CASES_DIR, area.name))) {
			if (!f.endsWith('.py')) continue;
			const file = join(CASES_DIR, area.name, f);
			const source = readFileSync(file, 'utf8');
			const name = f.slice(0, -3);
			cases.push({
				id: `${area.name}/${name}`,
				area: area.name,
				name,
				file,
				source,
				...parseDirective(source),
			});
		}
	}
	cases.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return cases;
}

export function expectedPath(id, version) {
	return join(EXPECTED_DIR, `${id}.${version}.json`);
}

export function readExpected(id, version) {
	const p = expectedPath(id, version);
	if (!existsSync(p)) return undefined;
	const rec = JSON.parse(readFileSync(p, 'utf8'));
	// Killed by signal N (subprocess: -N; CPython 3.8+ on an uncaught KeyboardInterrupt): the
	// status a shell sees, 128 + N, which is what the runtime reports.
	if (rec.exitCode < 0) rec.exitCode = 128 - rec.exitCode;
	return rec;
}

/**
 * Output normalisation applied to BOTH the oracle's and the runtime's output before comparing:
 * the `%time` CPU line holds machine-dependent numbers, so its three values become `<cpu>`.
 */
export const CPU_TIMES_RE = /^CPU times: user .*?, sys: .*?, total: .*$/gm;
export const CPU_TIMES_NORMALISED = 'CPU times: user <cpu>, sys: <cpu>, total: <cpu>';

export function normaliseOutput(text) {
	return text.replace(CPU_TIMES_RE, CPU_TIMES_NORMALISED);
}

/** Parses known-failures.txt: `area/name@version` per line, `#` comments. */
export function readKnownFailures(file = KNOWN_FAILURES_FILE) {
	const set = new Set();
	if (!existsSync(file)) return set;
	for (const raw of readFileSync(file, 'utf8').split('\n')) {
		const line = raw.replace(/#.*$/, '').trim();
		if (line) set.add(line);
	}
	return set;
}

const KNOWN_FAILURES_HEADER = `# Conformance cases the runtime is known to fail: one \`area/name@version\` per line.
# Listed cases run with vitest's it.fails: a listed case that starts passing FAILS the suite
# until it is removed from this list, so the list stays honest.
# Regenerate with: node tools/gen-expected.mjs --update-known-failures
#   (= npx tsx tests/conformance/update-known-failures.ts)
`;

/** Writes the list, keeping the header and any comment attached to entries that stay. */
export function writeKnownFailures(entries, file = KNOWN_FAILURES_FILE) {
	const comments = new Map();
	if (existsSync(file)) {
		for (const raw of readFileSync(file, 'utf8').split('\n')) {
			const m = /^\s*([^#\s]+)\s*(#.*)$/.exec(raw);
			if (m) comments.set(m[1], m[2]);
		}
	}
	const sorted = [...entries].sort();
	const body = sorted.map((e) => (comments.has(e) ? `${e}  ${comments.get(e)}` : e)).join('\n');
	writeFileSync(file, KNOWN_FAILURES_HEADER + (body ? body + '\n' : ''));
}
