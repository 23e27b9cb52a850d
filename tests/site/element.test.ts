// @vitest-environment happy-dom
/*
 * The <py-playground> wiring, with a test double in place of the runtime worker (injected here
 * only: the product always uses the real worker) and no editor (static code view).
 */

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PageRequest, RunRequest, WorkerLike, WorkerReply } from '../../src/site/protocol';
import { STOP_GRACE_MS } from '../../src/site/protocol';
import { renderPlayground } from '../../src/site/playgroundMarkup';
import { shareFragment } from '../../src/site/share';
import { h, toDom } from '../../src/site/vnode';
import { PyPlayground } from '../../src/site/element';

class FakeWorker implements WorkerLike {
	static all: FakeWorker[] = [];
	requests: PageRequest[] = [];
	terminated = false;
	onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	constructor() {
		FakeWorker.all.push(this);
	}
	postMessage(message: PageRequest): void {
		this.requests.push(message);
	}
	terminate(): void {
		this.terminated = true;
	}
	reply(message: WorkerReply): void {
		this.onmessage?.({ data: message } as MessageEvent<WorkerReply>);
	}
}

const CODE = 'print("hi")\n';

function mount(extra: Partial<Parameters<typeof renderPlayground>[0]> = {}): PyPlayground {
	const vnode = renderPlayground({
		locale: 'en',
		index: 0,
		code: CODE,
		version: '3.13',
		codeView: h('pre', {}, h('code', {}, h('span', { class: 'line' }, 'print("hi")'))),
		...extra,
	});
	const el = toDom(vnode, document) as PyPlayground;
	document.body.append(el);
	return el;
}

function done(
	worker: FakeWorker,
	extra: Partial<Extract<WorkerReply, { type: 'done' }>['result']> = {}
) {
	const id = worker.requests.at(-1)?.id ?? 0;
	worker.reply({
		type: 'done',
		id,
		result: {
			stdout: '',
			stderr: '',
			exitCode: 0,
			wallTime: 5,
			realTime: 3,
			instructions: 10,
			truncated: false,
			...extra,
		},
	});
}

beforeEach(() => {
	FakeWorker.all = [];
	PyPlayground.createWorker = () => new FakeWorker();
	// No editor in unit tests: activation resolves without replacing the static view.
	PyPlayground.loadEditor = () => new Promise(() => {});
	localStorage.clear();
	document.body.replaceChildren();
});

afterEach(() => {
	vi.useRealTimers();
});

describe('<py-playground>', () => {
	test('is defined and starts idle with the original code', () => {
		const el = mount();
		expect(customElements.get('py-playground')).toBe(PyPlayground);
		expect(el.dataset['state']).toBe('idle');
		expect(el.code).toBe(CODE);
		expect(FakeWorker.all).toHaveLength(0);
	});

	test('code set while the editor is being created is what the editor shows', async () => {
		let value = '';
		let created: (() => void) | null = null;
		PyPlayground.loadEditor = () =>
			Promise.resolve(
				(_host, options) =>
					new Promise((resolve) => {
						value = options.code;
						created = () =>
							resolve({
								getValue: () => value,
								setValue: (code: string) => {
									value = code;
								},
								setError: () => {},
								clearError: () => {},
								focus: () => {},
								dispose: () => {},
							});
					})
			);
		const el = mount();
		const loading = el.activateEditor();
		await vi.waitFor(() => expect(created).not.toBeNull());
		el.code = 'print("edited meanwhile")\n';
		created!();
		await loading;
		expect(el.code).toBe('print("edited meanwhile")\n');
		expect(value).toBe('print("edited meanwhile")\n');
	});

	test('Run posts the code and version, streams output, shows both times', () => {
		const el = mount({ version: '3.8' });
		el.querySelector<HTMLButtonElement>('[data-action=run]')!.click();
		const worker = FakeWorker.all[0];
		expect(worker.requests[0]).toMatchObject({ type: 'run', code: CODE, python: '3.8' });
		expect(el.dataset['state']).toBe('running');
		expect(el.querySelector<HTMLElement>('[data-action=stop]')!.hidden).toBe(false);
		const id = worker.requests[0].id;
		worker.reply({ type: 'output', id, chunks: [{ stream: 'stdout', text: 'hel', time: 0 }] });
		worker.reply({
			type: 'output',
			id,
			chunks: [
				{ stream: 'stdout', text: 'lo\n', time: 0 },
				{ stream: 'stderr', text: 'oops\n', time: 1.5 },
			],
		});
		const lines = Array.from(el.querySelectorAll<HTMLElement>('[data-output] .pp-line'));
		expect(lines.map((l) => [l.dataset['stream'], l.textContent, l.dataset['t']])).toEqual([
			['stdout', 'hello\n', '0.00s'],
			['stderr', 'oops\n', '1.50s'],
		]);
		done(worker);
		expect(el.dataset['state']).toBe('done');
		expect(el.querySelector('[data-wall-time]')!.textContent).toBe('Wall time 5.00 s (simulated)');
		expect(el.querySelector('[data-run-time]')!.textContent).toBe('ran in 3 ms');
		expect(el.querySelector<HTMLElement>('[data-action=stop]')!.hidden).toBe(true);
	});

	test('an error result sets data-state=error and marks the line', () => {
		const el = mount();
		el.run();
		done(FakeWorker.all[0], {
			exitCode: 1,
			error: { type: 'NameError', message: 'x', line: 1, column: 1, traceback: '' },
		});
		expect(el.dataset['state']).toBe('error');
		expect(el.querySelector('.line.pp-error-line')).not.toBeNull();
		expect(el.querySelector('[data-exit]')!.textContent).toBe('exit code 1');
	});

	test('Stop asks the worker to stop; its answer keeps the worker and shows the times', () => {
		const el = mount();
		el.run();
		const first = FakeWorker.all[0];
		const id = first.requests[0].id;
		el.querySelector<HTMLButtonElement>('[data-action=stop]')!.click();
		expect(first.requests[1]).toEqual({ type: 'stop', id });
		expect(first.terminated).toBe(false);
		expect(el.dataset['state']).toBe('idle');
		expect(el.querySelector('[data-output]')!.textContent).toContain('Stopped.');
		// Late output of the stopped run is ignored; its answer carries the times so far.
		first.reply({ type: 'output', id, chunks: [{ stream: 'stdout', text: 'late\n', time: 0 }] });
		done(first, { stopped: true, exitCode: 130 });
		expect(el.dataset['state']).toBe('idle');
		expect(el.querySelector('[data-output]')!.textContent).not.toContain('late');
		expect(el.querySelector('[data-wall-time]')!.textContent).toBe('Wall time 5.00 s (simulated)');
		el.run();
		expect(FakeWorker.all).toHaveLength(1);
		expect(first.requests).toHaveLength(3);
	});

	test('Stop terminates a worker that does not answer within the grace period', () => {
		vi.useFakeTimers();
		const el = mount();
		el.run();
		const first = FakeWorker.all[0];
		el.querySelector<HTMLButtonElement>('[data-action=stop]')!.click();
		expect(el.dataset['state']).toBe('idle');
		vi.advanceTimersByTime(STOP_GRACE_MS + 1);
		expect(first.terminated).toBe(true);
		done(first);
		expect(el.dataset['state']).toBe('idle');
		el.run();
		expect(FakeWorker.all).toHaveLength(2);
		expect(FakeWorker.all[1].requests).toHaveLength(1);
	});

	test('Run right after Stop does not queue behind a run that has not answered', () => {
		const el = mount();
		el.run();
		const first = FakeWorker.all[0];
		el.stop();
		el.run();
		expect(first.terminated).toBe(true);
		expect(FakeWorker.all).toHaveLength(2);
		expect(FakeWorker.all[1].requests).toHaveLength(1);
	});

	test('Ctrl+Enter runs', () => {
		const el = mount();
		el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
		expect(FakeWorker.all[0].requests).toHaveLength(1);
	});

	test('output beyond the cap is cut with a notice', () => {
		const el = mount();
		el.run();
		const worker = FakeWorker.all[0];
		const id = worker.requests[0].id;
		const big = 'x'.repeat(60_000) + '\n';
		worker.reply({
			type: 'output',
			id,
			chunks: [0, 1, 2].map((i) => ({ stream: 'stdout' as const, text: big, time: i })),
		});
		const out = el.querySelector('[data-output]')!;
		expect(out.querySelectorAll('.pp-notice[data-kind=warn]')).toHaveLength(1);
		expect(out.textContent.length).toBeLessThan(100_200);
	});

	test('edits persist, are marked modified, and Reset can be undone', () => {
		const el = mount();
		el.code = 'print("mine")\n';
		expect(el.hasAttribute('data-modified')).toBe(true);
		expect(el.querySelector<HTMLElement>('[data-modified]')!.hidden).toBe(false);
		expect(el.querySelector('[data-output]')!.hasAttribute('data-stale')).toBe(true);
		const keys = Object.keys(localStorage);
		expect(keys).toHaveLength(1);
		expect(keys[0]).toMatch(/^pyco:v1:\/:0:[0-9a-f]{8}$/);

		// A fresh element on the same page picks the edit up.
		document.body.replaceChildren();
		const again = mount();
		expect(again.code).toBe('print("mine")\n');
		expect(again.querySelector('[data-editor] code')!.textContent).toBe('print("mine")\n');

		again.querySelector<HTMLButtonElement>('[data-action=reset]')!.click();
		expect(again.code).toBe(CODE);
		expect(localStorage.length).toBe(0);
		const undo = again.querySelector<HTMLButtonElement>('[data-action=undo-reset]')!;
		expect(undo.hidden).toBe(false);
		undo.click();
		expect(again.code).toBe('print("mine")\n');
		expect(undo.hidden).toBe(true);
	});

	test('the undo button goes away after a few seconds', () => {
		vi.useFakeTimers();
		const el = mount();
		el.code = 'x = 1\n';
		el.reset();
		const undo = el.querySelector<HTMLElement>('[data-action=undo-reset]')!;
		expect(undo.hidden).toBe(false);
		vi.advanceTimersByTime(9000);
		expect(undo.hidden).toBe(true);
	});

	test('Replay plays the last run back at its virtual times', () => {
		vi.useFakeTimers();
		const el = mount();
		el.run();
		const worker = FakeWorker.all[0];
		const id = worker.requests[0].id;
		worker.reply({
			type: 'output',
			id,
			chunks: [
				{ stream: 'stdout', text: 'a\n', time: 0 },
				{ stream: 'stdout', text: 'b\n', time: 2 },
			],
		});
		done(worker, { wallTime: 2 });
		el.replay();
		const out = el.querySelector('[data-output]')!;
		vi.advanceTimersByTime(10);
		expect(out.textContent).toBe('a\n');
		expect(el.dataset['state']).toBe('running');
		vi.advanceTimersByTime(2000);
		expect(out.textContent).toBe('a\nb\n');
		expect(el.dataset['state']).toBe('done');
	});

	test('a crash from the worker is reported, not swallowed', () => {
		const el = mount();
		el.run();
		const worker = FakeWorker.all[0];
		worker.reply({ type: 'crash', id: worker.requests[0].id, message: 'runtime missing' });
		expect(el.dataset['state']).toBe('error');
		expect(el.querySelector('[data-output]')!.textContent).toContain('not available');
	});

	test('times toggle and timeline', () => {
		const el = mount({ timeline: 'on' });
		el.run();
		const worker = FakeWorker.all[0];
		expect((worker.requests[0] as RunRequest).trace).toBe(true);
		worker.reply({
			type: 'output',
			id: worker.requests[0].id,
			chunks: [{ stream: 'stdout', text: 'tick\n', time: 1 }],
		});
		done(worker, {
			wallTime: 2,
			trace: [
				{ time: 0, kind: 'task-created', id: 1, task: 'Task-1', coro: 'main' },
				{ time: 0, kind: 'step-start', id: 1, task: 'Task-1' },
				{
					time: 0,
					kind: 'step-end',
					id: 1,
					task: 'Task-1',
					wait: 'sleep',
					label: 'sleep 2',
					until: 2,
				},
				{ time: 2, kind: 'step-start', id: 1, task: 'Task-1' },
				{ time: 2, kind: 'task-done', id: 1, task: 'Task-1' },
			],
		});
		const timeline = el.querySelector<HTMLElement>('[data-timeline]')!;
		expect(timeline.hidden).toBe(false);
		const svg = timeline.querySelector('svg')!;
		expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
		expect(svg.getAttribute('aria-label')).toBe('Timeline: 1 task, 2.00 s of simulated time');
		expect(timeline.querySelectorAll('.pp-tl-row')).toHaveLength(2);
		const wait = timeline.querySelector('.pp-tl-wait')!;
		expect(wait.getAttribute('data-wait')).toBe('sleep');
		expect(wait.querySelector('title')!.textContent).toBe('main: sleep 2 s, 0 s – 2 s');
		expect(timeline.querySelector('.pp-tl-out title')!.textContent).toBe('1 s: tick');
		expect(timeline.querySelector('.pp-tl-end')!.getAttribute('data-end')).toBe('done');
		expect(timeline.querySelector('details.pp-tl-text')!.textContent).toContain(
			'main (Task-1): created 0 s; sleep 2 s 0 s–2 s; done 2 s'
		);
		const times = el.querySelector<HTMLButtonElement>('[data-action=times]')!;
		times.click();
		expect(times.getAttribute('aria-pressed')).toBe('true');
		expect(el.querySelector('[data-output]')!.hasAttribute('data-show-times')).toBe(true);
	});

	test('timeline by default for asyncio programs with more than one task', () => {
		const task = (id: number) => ({
			time: 0,
			kind: 'task-created',
			id,
			task: `Task-${id}`,
			coro: 'f',
		});
		const el = mount({ code: 'import asyncio\n' });
		const timeline = el.querySelector<HTMLElement>('[data-timeline]')!;
		el.run();
		const worker = FakeWorker.all[0];
		expect((worker.requests[0] as RunRequest).trace).toBe(true);
		done(worker, { trace: [task(1)] });
		expect(timeline.hidden).toBe(true);
		el.run();
		done(worker, { trace: [task(1), task(2)] });
		expect(timeline.hidden).toBe(false);
		expect(timeline.querySelectorAll('.pp-tl-row')).toHaveLength(3);
		// Without asyncio in the code, no trace is recorded.
		const plain = mount();
		plain.run();
		expect((FakeWorker.all.at(-1)!.requests.at(-1) as RunRequest).trace).toBe(false);
		// timeline=off: never.
		const off = mount({ code: 'import asyncio\n', timeline: 'off' });
		off.run();
		expect((FakeWorker.all.at(-1)!.requests.at(-1) as RunRequest).trace).toBe(false);
	});
	test("the playground page takes the timeline option from its link, else the blocks' rule", async () => {
		const tick = { stream: 'stdout' as const, text: 'tick\n', time: 1 };
		for (const [timeline, shown] of [
			[undefined, false],
			['on', true],
		] as const) {
			document.body.replaceChildren();
			FakeWorker.all = [];
			location.hash = await shareFragment({ code: 'print("tick")\n', version: '3.13', timeline });
			// The page's own example has the auto rule and a timeline recorded at build time.
			const el = mount({ code: 'import asyncio\n', extraAttrs: { 'data-full': true } });
			el.querySelector<HTMLElement>('[data-timeline]')!.hidden = false;
			await vi.waitFor(() => expect(el.code).toBe('print("tick")\n'));
			expect(el.hasAttribute('data-timeline-enabled')).toBe(shown);
			// The example's picture is not the shared program's.
			expect(el.querySelector<HTMLElement>('[data-timeline]')!.hidden).toBe(true);
			el.run();
			const worker = FakeWorker.all[0];
			expect((worker.requests[0] as RunRequest).trace).toBe(shown);
			worker.reply({ type: 'output', id: worker.requests[0].id, chunks: [tick] });
			done(worker, { wallTime: 1 });
			expect(el.querySelector<HTMLElement>('[data-timeline]')!.hidden).toBe(!shown);
			// Its share link keeps the option.
			expect(await el.share()).toContain(timeline ? '&tl=on' : 'code=');
			expect((await el.share()).includes('tl=')).toBe(shown);
		}
		location.hash = '';
	});
});
