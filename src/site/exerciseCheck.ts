/*
 * exerciseCheck.ts
 * The automatic check of an exercise: when the reader runs an exercise block, its output is
 * compared with the output of the exercise's reference solution, which the build recorded
 * (remarkPyBlocks embeds it in the exercise element as data-expected, JSON).
 *
 * What is compared (see README, "Exercises"):
 * - stdout, line by line, after dropping trailing whitespace on each line and trailing empty
 *   lines (\r\n counts as \n);
 * - the exit status;
 * - stderr's diagnostic lines: exception and warning lines without the traceback frames, the
 *   echoed source lines or line numbers (so an extra line in the reader's code does not matter,
 *   but a DeprecationWarning the solution does not print, or another exception, does).
 * Time does not need special care: the page and the build both run on the virtual clock, so
 * sleeps and loop.time() print the same numbers. (time.time()/datetime.now() start from the real
 * date in the page: an exercise must not print them; tests/site/exercises.test.ts checks that.)
 *
 * Pure functions first (unit-tested in tests/site/exerciseCheck.test.ts), then the small DOM
 * part the element calls when a run starts and when it finishes.
 */

import { PYTHON_VERSIONS, type PythonVersion } from '../runtime/api';
import { t, type Locale } from './format';
import { h, toDom, type VNode } from './vnode';

/** The reference solution's recorded run, embedded in the exercise element by the build. */
export interface ExpectedOutput {
	stdout: string;
	/** Omitted when empty. */
	stderr?: string;
	exitCode: number;
	/** The Python version the solution ran as. */
	version: PythonVersion;
}

/** What a run in the page produced (the worker's DoneMessage result has these fields). */
export interface ActualOutput {
	stdout: string;
	stderr: string;
	exitCode: number;
}

export type CheckResult =
	| { pass: true }
	| {
			pass: false;
			/** Where the first difference is: stdout, stderr (diagnostics) or only the exit status. */
			stream: 'stdout' | 'stderr' | 'exit';
			/**
			 * 1-based line of the first difference: in stdout, or among stderr's diagnostic lines
			 * (0 for `exit`).
			 */
			line: number;
			/** The line the solution printed there, or null when its output had ended. */
			expected: string | null;
			/** The line the reader's run printed there, or null when its output had ended. */
			got: string | null;
			expectedExit: number;
			gotExit: number;
	  };

/** Output lines as compared: \r\n → \n, trailing whitespace and trailing empty lines dropped. */
export function normaliseLines(text: string): string[] {
	const lines = text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.replace(/\s+$/, ''));
	while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
	return lines;
}

const FRAME = /^[\s|+]*File "[^"]*", line \d+/;
const WARNING_AT = /^(<[^>]+>|[^\s:]+\.py):\d+: (\w+Warning|Warning)\b/;
const MARKERS = /^[\s|]*[~^]+\s*$/;

/** Column where a line's text starts, after indentation and exception-group borders (`|`, `+`). */
function textColumn(line: string): number {
	const i = line.search(/[^\s|+]/);
	return i < 0 ? line.length : i;
}

/**
 * The diagnostic lines of stderr: headers ("Traceback (most recent call last):"), exception and
 * warning lines; without traceback frames, the source lines they (and warnings) echo (the lines
 * indented deeper than the frame or warning line) and caret markers. Exception groups keep their
 * `|` borders. (A warning's line number is ignored when comparing: see diagnosticKey.)
 */
export function stderrDiagnostics(stderr: string): string[] {
	const out: string[] = [];
	let echoBelow = -1; // lines whose text starts right of this column are echoed source
	for (const line of normaliseLines(stderr)) {
		if (echoBelow >= 0 && textColumn(line) > echoBelow) continue;
		echoBelow = -1;
		if (FRAME.test(line)) {
			echoBelow = textColumn(line);
			continue;
		}
		if (MARKERS.test(line) || line.trim() === '') continue;
		if (WARNING_AT.test(line)) {
			out.push(line);
			echoBelow = textColumn(line);
			continue;
		}
		out.push(line.trimEnd());
	}
	return out;
}

/** A diagnostic line as compared: a warning's line number does not count. */
export function diagnosticKey(line: string): string {
	return WARNING_AT.test(line) ? line.replace(/:\d+: /, ':_: ') : line;
}

/** The first index where two line lists differ (compared by `key`), or -1. */
function firstDifference(
	a: readonly string[],
	b: readonly string[],
	key: (line: string) => string
): number {
	const n = Math.max(a.length, b.length);
	for (let i = 0; i < n; i++) {
		const x = a[i];
		const y = b[i];
		if (x === undefined || y === undefined || key(x) !== key(y)) return i;
	}
	return -1;
}

/** Compare a run with the reference solution's. */
export function compareOutput(expected: ExpectedOutput, actual: ActualOutput): CheckResult {
	const base = { expectedExit: expected.exitCode, gotExit: actual.exitCode };
	const same = (line: string) => line;
	const streams = [
		['stdout', normaliseLines(expected.stdout), normaliseLines(actual.stdout), same],
		[
			'stderr',
			stderrDiagnostics(expected.stderr ?? ''),
			stderrDiagnostics(actual.stderr),
			diagnosticKey,
		],
	] as const;
	for (const [stream, want, got, key] of streams) {
		const i = firstDifference(want, got, key);
		if (i >= 0) {
			return {
				pass: false,
				stream,
				line: i + 1,
				expected: want[i] ?? null,
				got: got[i] ?? null,
				...base,
			};
		}
	}
	if (expected.exitCode !== actual.exitCode) {
		return { pass: false, stream: 'exit', line: 0, expected: null, got: null, ...base };
	}
	return { pass: true };
}

/** The expected output of a recorded run (stdout/stderr split out of its chunks). */
export function expectedFromRun(
	chunks: readonly { stream: 'stdout' | 'stderr'; text: string }[],
	exitCode: number,
	version: PythonVersion
): ExpectedOutput {
	const text = (stream: 'stdout' | 'stderr') =>
		chunks
			.filter((c) => c.stream === stream)
			.map((c) => c.text)
			.join('');
	const stderr = text('stderr');
	return { stdout: text('stdout'), ...(stderr ? { stderr } : {}), exitCode, version };
}

/** Parse data-expected; null when missing or malformed. */
export function parseExpected(json: string | undefined | null): ExpectedOutput | null {
	if (!json) return null;
	try {
		const value = JSON.parse(json) as Partial<ExpectedOutput>;
		if (typeof value.stdout !== 'string' || typeof value.exitCode !== 'number') return null;
		if (value.stderr !== undefined && typeof value.stderr !== 'string') return null;
		const version = PYTHON_VERSIONS.includes(value.version as PythonVersion)
			? (value.version as PythonVersion)
			: undefined;
		if (!version) return null;
		return {
			stdout: value.stdout,
			...(value.stderr ? { stderr: value.stderr } : {}),
			exitCode: value.exitCode,
			version,
		};
	} catch {
		return null;
	}
}

/** A line as shown in the verdict: quoted, or a note when the output had ended. */
function shownLine(locale: Locale, line: string | null): VNode {
	return line === null
		? h('span', { class: 'pp-check-none' }, t(locale, 'checkNoLine'))
		: h('code', {}, line === '' ? ' ' : line);
}

/** The verdict's content (inside the [data-check-result] box). */
export function renderCheck(
	locale: Locale,
	result: CheckResult,
	versions: { expected: PythonVersion; got: PythonVersion }
): VNode[] {
	if (result.pass) {
		return [h('p', { class: 'pp-check-title' }, '✓ ' + t(locale, 'checkPass'))];
	}
	const where =
		result.stream === 'exit'
			? t(locale, 'checkExitDiffers')
					.replace('{expected}', String(result.expectedExit))
					.replace('{got}', String(result.gotExit))
			: result.stream === 'stdout'
				? t(locale, 'checkStdoutLine').replace('{line}', String(result.line))
				: t(locale, 'checkStderrLine');
	const nodes: VNode[] = [
		h('p', { class: 'pp-check-title' }, '✗ ' + t(locale, 'checkFail')),
		h('p', {}, where),
	];
	if (result.stream !== 'exit') {
		nodes.push(
			h(
				'dl',
				{ class: 'pp-check-diff' },
				h('dt', {}, t(locale, 'checkExpected')),
				h('dd', { 'data-check-expected': true }, shownLine(locale, result.expected)),
				h('dt', {}, t(locale, 'checkGot')),
				h('dd', { 'data-check-got': true }, shownLine(locale, result.got))
			)
		);
		if (result.expectedExit !== result.gotExit) {
			nodes.push(
				h(
					'p',
					{},
					t(locale, 'checkExitDiffers')
						.replace('{expected}', String(result.expectedExit))
						.replace('{got}', String(result.gotExit))
				)
			);
		}
	}
	if (versions.expected !== versions.got) {
		nodes.push(
			h(
				'p',
				{ class: 'pp-check-note' },
				t(locale, 'checkVersion')
					.replace('{expected}', versions.expected)
					.replace('{got}', versions.got)
			)
		);
	}
	return nodes;
}

// ---- In the page -------------------------------------------------------------------------------

/** A run started (or the element was reset): no verdict until it finishes. */
export function clearExerciseCheck(el: HTMLElement): void {
	if (!el.hasAttribute('data-expected')) return;
	el.removeAttribute('data-check');
	const box = el.querySelector<HTMLElement>('[data-check-result]');
	if (box) {
		box.replaceChildren();
		box.removeAttribute('data-check');
	}
}

/**
 * A run of an exercise finished: compare it with the embedded reference output and show the
 * verdict. Does nothing for blocks that are not exercises (no data-expected).
 */
export function showExerciseCheck(
	el: HTMLElement,
	actual: ActualOutput & { stopped?: boolean | undefined },
	version: PythonVersion,
	locale: Locale
): CheckResult | null {
	const expected = parseExpected(el.getAttribute('data-expected'));
	if (!expected || actual.stopped) return null;
	const box = el.querySelector<HTMLElement>('[data-check-result]');
	const result = compareOutput(expected, actual);
	const verdict = result.pass ? 'pass' : 'fail';
	el.setAttribute('data-check', verdict);
	if (box) {
		box.setAttribute('data-check', verdict);
		const doc = el.ownerDocument;
		box.replaceChildren(
			...renderCheck(locale, result, { expected: expected.version, got: version }).map((v) =>
				toDom(v, doc)
			)
		);
	}
	return result;
}
