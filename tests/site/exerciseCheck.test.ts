// @vitest-environment happy-dom
/*
 * The exercise check (src/site/exerciseCheck.ts): the pure comparison, the verdict's markup, and
 * the element showing it after a run (with a test double in place of the runtime worker).
 */

import { beforeEach, describe, expect, test } from 'vitest';
import {
	compareOutput,
	expectedFromRun,
	normaliseLines,
	parseExpected,
	renderCheck,
	stderrDiagnostics,
	type ExpectedOutput,
} from '../../src/site/exerciseCheck';
import { PyPlayground } from '../../src/site/element';
import { renderPlayground } from '../../src/site/playgroundMarkup';
import type { PageRequest, WorkerLike, WorkerReply } from '../../src/site/protocol';
import { h, toDom, type VNode } from '../../src/site/vnode';

const expected: ExpectedOutput = { stdout: 'a\nb\n', exitCode: 0, version: '3.13' };
const actual = (stdout: string, exitCode = 0, stderr = '') => ({ stdout, stderr, exitCode });

function text(nodes: (VNode | string)[]): string {
	return nodes.map((n) => (typeof n === 'string' ? n : text(n.children))).join(' ');
}

describe('normaliseLines', () => {
	test('drops trailing whitespace, trailing empty lines and \\r', () => {
		expect(normaliseLines('a  \r\nb\t\n\n\n')).toEqual(['a', 'b']);
		expect(normaliseLines('')).toEqual([]);
		expect(normaliseLines('\n  x\n')).toEqual(['', '  x']);
	});
});

describe('stderrDiagnostics', () => {
	test('keeps exception lines, drops frames, echoed source and carets', () => {
		const tb = [
			'Traceback (most recent call last):',
			'  File "<main>", line 12, in <module>',
			'    main()',
			'    ~~~~^^',
			'  File "<main>", line 3, in main',
			'    1 / 0',
			'ZeroDivisionError: division by zero',
		].join('\n');
		expect(stderrDiagnostics(tb)).toEqual([
			'Traceback (most recent call last):',
			'ZeroDivisionError: division by zero',
		]);
		const shifted = tb.replace('line 12', 'line 14').replace('    1 / 0', '    x = 1 / 0');
		expect(stderrDiagnostics(shifted)).toEqual(stderrDiagnostics(tb));
	});

	test('exception groups keep their structure, without frames and source', () => {
		const group = (line: number, source: string) =>
			[
				'  + Exception Group Traceback (most recent call last):',
				`  |   File "<main>", line ${line}, in <module>`,
				`  |     ${source}`,
				'  |     ~~~~~~~~~~~^^^^^^^^',
				'  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)',
				'  +-+---------------- 1 ----------------',
				'    | Traceback (most recent call last):',
				'    |   File "<main>", line 3, in boom',
				'    |     raise ValueError("x")',
				'    | ValueError: x',
				'    +------------------------------------',
			].join('\n');
		expect(stderrDiagnostics(group(9, 'asyncio.run(main())'))).toEqual([
			'  + Exception Group Traceback (most recent call last):',
			'  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)',
			'  +-+---------------- 1 ----------------',
			'    | Traceback (most recent call last):',
			'    | ValueError: x',
			'    +------------------------------------',
		]);
		expect(stderrDiagnostics(group(12, 'asyncio.run(other())'))).toEqual(
			stderrDiagnostics(group(9, 'asyncio.run(main())'))
		);
	});

	test('keeps warnings without their echoed source; their line number does not count', () => {
		const warning = (line: number) =>
			`<main>:${line}: DeprecationWarning: There is no current event loop\n  loop = asyncio.get_event_loop()\n`;
		expect(stderrDiagnostics(warning(12))).toEqual([
			'<main>:12: DeprecationWarning: There is no current event loop',
		]);
		const expectedWarning: ExpectedOutput = { ...expected, stderr: warning(12) };
		expect(compareOutput(expectedWarning, actual('a\nb\n', 0, warning(15)))).toEqual({
			pass: true,
		});
	});
});

describe('compareOutput', () => {
	test('passes on the same output, whatever the trailing whitespace', () => {
		expect(compareOutput(expected, actual('a  \nb\n\n'))).toEqual({ pass: true });
		expect(compareOutput(expected, actual('a\r\nb'))).toEqual({ pass: true });
	});

	test('names the first differing stdout line', () => {
		expect(compareOutput(expected, actual('a\nc\nd\n'))).toMatchObject({
			pass: false,
			stream: 'stdout',
			line: 2,
			expected: 'b',
			got: 'c',
		});
	});

	test('a missing or an extra line is compared with nothing (null)', () => {
		expect(compareOutput(expected, actual('a\n'))).toMatchObject({
			stream: 'stdout',
			line: 2,
			expected: 'b',
			got: null,
		});
		expect(compareOutput(expected, actual('a\nb\nc\n'))).toMatchObject({
			line: 3,
			expected: null,
			got: 'c',
		});
	});

	test('leading whitespace and blank lines inside the output count', () => {
		expect(compareOutput(expected, actual(' a\nb\n'))).toMatchObject({ pass: false, line: 1 });
		expect(compareOutput(expected, actual('a\n\nb\n'))).toMatchObject({ pass: false, line: 2 });
	});

	test('the exit status counts, and is reported with a stdout difference', () => {
		expect(compareOutput(expected, actual('a\nb\n', 1))).toMatchObject({
			pass: false,
			stream: 'exit',
			expectedExit: 0,
			gotExit: 1,
		});
		expect(
			compareOutput(expected, actual('a\n', 1, 'Traceback (most recent call last):\nKeyError: 1\n'))
		).toMatchObject({ stream: 'stdout', line: 2, expectedExit: 0, gotExit: 1 });
	});

	test('a warning the solution does not print fails the check', () => {
		const result = compareOutput(
			expected,
			actual('a\nb\n', 0, '<main>:3: DeprecationWarning: There is no current event loop\n  x\n')
		);
		expect(result).toMatchObject({
			pass: false,
			stream: 'stderr',
			line: 1,
			expected: null,
			got: '<main>:3: DeprecationWarning: There is no current event loop',
		});
	});

	test('a solution that fails on purpose: the same exception passes, another one fails', () => {
		const failing: ExpectedOutput = {
			stdout: 'start\n',
			stderr:
				'Traceback (most recent call last):\n  File "<main>", line 4, in <module>\n    f()\nValueError: bad\n',
			exitCode: 1,
			version: '3.13',
		};
		const tb = (line: number, error: string) =>
			`Traceback (most recent call last):\n  File "<main>", line ${line}, in <module>\n    g()\n${error}\n`;
		expect(compareOutput(failing, actual('start\n', 1, tb(9, 'ValueError: bad')))).toEqual({
			pass: true,
		});
		expect(compareOutput(failing, actual('start\n', 1, tb(4, 'TypeError: bad')))).toMatchObject({
			pass: false,
			stream: 'stderr',
			line: 2,
			expected: 'ValueError: bad',
			got: 'TypeError: bad',
		});
	});
});

describe('expectedFromRun / parseExpected', () => {
	test('splits the streams out of the chunks; stderr only when there is some', () => {
		const chunks = [
			{ stream: 'stdout' as const, text: 'a\n', time: 0 },
			{ stream: 'stderr' as const, text: 'w\n', time: 0 },
			{ stream: 'stdout' as const, text: 'b\n', time: 1 },
		];
		expect(expectedFromRun(chunks, 0, '3.8')).toEqual({
			stdout: 'a\nb\n',
			stderr: 'w\n',
			exitCode: 0,
			version: '3.8',
		});
		expect(expectedFromRun(chunks.slice(0, 1), 0, '3.13')).toEqual({
			stdout: 'a\n',
			exitCode: 0,
			version: '3.13',
		});
	});

	test('parseExpected round-trips and rejects bad input', () => {
		expect(parseExpected(JSON.stringify(expected))).toEqual(expected);
		expect(parseExpected(undefined)).toBeNull();
		expect(parseExpected('{')).toBeNull();
		expect(parseExpected('{"stdout":"x","exitCode":0,"version":"2.7"}')).toBeNull();
		expect(parseExpected('{"stdout":1,"exitCode":0,"version":"3.13"}')).toBeNull();
	});
});

describe('renderCheck', () => {
	const same = { expected: '3.13', got: '3.13' } as const;

	test('pass, in both locales', () => {
		expect(text(renderCheck('en', { pass: true }, same))).toBe(
			'✓ Your output matches the reference solution'
		);
		expect(text(renderCheck('zh-CN', { pass: true }, same))).toBe('✓ 你的输出与参考答案一致');
	});

	test('fail shows the line, expected and got, the exit codes, and a version note', () => {
		const result = compareOutput(expected, actual('a\n', 1));
		const en = text(renderCheck('en', result, { expected: '3.13', got: '3.7' }));
		expect(en).toContain('✗ Your output differs from the reference solution');
		expect(en).toContain('output line 2');
		expect(en).toMatch(/Expected\s+b\s+Got\s+\(nothing: the output ends here\)/);
		expect(en).toContain('exit code 0; your run ended with 1');
		expect(en).toContain('run as Python 3.13; this run used Python 3.7');
		const zh = text(renderCheck('zh-CN', result, same));
		expect(zh).toContain('输出第 2 行');
		expect(zh).not.toContain('Python 3.7');
	});
});

class FakeWorker implements WorkerLike {
	static last: FakeWorker | null = null;
	requests: PageRequest[] = [];
	onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	constructor() {
		FakeWorker.last = this;
	}
	postMessage(message: PageRequest): void {
		this.requests.push(message);
	}
	terminate(): void {}
	finish(stdout: string, exitCode = 0): void {
		const id = this.requests.at(-1)?.id ?? 0;
		this.onmessage?.({
			data: {
				type: 'done',
				id,
				result: {
					stdout,
					stderr: '',
					exitCode,
					wallTime: 0,
					realTime: 1,
					instructions: 1,
					truncated: false,
				},
			},
		} as MessageEvent<WorkerReply>);
	}
}

describe('in the element', () => {
	beforeEach(() => {
		PyPlayground.createWorker = () => new FakeWorker();
		PyPlayground.loadEditor = () => new Promise(() => {});
		localStorage.clear();
		document.body.replaceChildren();
	});

	function mount(withExpected: boolean): PyPlayground {
		const vnode = renderPlayground({
			locale: 'en',
			index: 0,
			code: 'print("a")\n',
			version: '3.13',
			exercise: withExpected ? 'ch1-ex1' : undefined,
			expected: withExpected ? expected : undefined,
			codeView: h('pre', {}, h('code', {}, h('span', { class: 'line' }, 'print("a")'))),
		});
		const el = toDom(vnode, document) as PyPlayground;
		document.body.append(el);
		return el;
	}

	test('no verdict before a run; fail, then pass; cleared while a run is going', () => {
		const el = mount(true);
		const box = el.querySelector<HTMLElement>('[data-check-result]')!;
		expect(box.getAttribute('aria-live')).toBe('polite');
		expect(box.getAttribute('role')).toBe('status');
		expect(el.hasAttribute('data-check')).toBe(false);
		expect(box.textContent).toBe('');

		el.run();
		FakeWorker.last!.finish('a\n');
		expect(el.getAttribute('data-check')).toBe('fail');
		expect(box.getAttribute('data-check')).toBe('fail');
		expect(box.querySelector('[data-check-expected]')!.textContent).toBe('b');
		expect(box.querySelector('[data-check-got]')!.textContent).toContain('nothing');

		el.code = 'print("a")\nprint("b")\n';
		el.run();
		expect(el.hasAttribute('data-check')).toBe(false);
		expect(box.textContent).toBe('');
		FakeWorker.last!.finish('a\nb\n');
		expect(el.getAttribute('data-check')).toBe('pass');
		expect(box.textContent).toBe('✓ Your output matches the reference solution');
	});

	test('a stopped run gets no verdict; blocks that are not exercises get none', () => {
		const el = mount(true);
		el.run();
		el.stop();
		expect(el.hasAttribute('data-check')).toBe(false);
		const plain = mount(false);
		expect(plain.querySelector('[data-check-result]')).toBeNull();
		plain.run();
		FakeWorker.last!.finish('x\n');
		expect(plain.hasAttribute('data-check')).toBe(false);
	});
});
