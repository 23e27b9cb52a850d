import { describe, expect, test } from 'vitest';
import type { TraceEvent } from '../../src/runtime/api';
import { run } from '../../src/runtime/index';
import {
	axisTicks,
	buildTimelineModel,
	MAX_ROWS,
	MAX_STEPS,
	renderTimeline,
	renderTimelineSvg,
	showsTimeline,
	timelineText,
	wantsTrace,
	type TimelineModel,
} from '../../src/site/timeline';
import type { VNode } from '../../src/site/vnode';

function model(source: string, locale: 'en' | 'zh-CN' = 'en'): TimelineModel {
	const r = run(source, { trace: true });
	return buildTimelineModel(r.output, r.trace, r.wallTime, locale);
}

/** Every VNode of a tree, depth first. */
function all(node: VNode): VNode[] {
	return [node, ...node.children.flatMap((c) => (typeof c === 'string' ? [] : all(c)))];
}

function text(node: VNode): string {
	return node.children.map((c) => (typeof c === 'string' ? c : text(c))).join('');
}

const ev = (time: number, kind: string, data: Record<string, unknown> = {}): TraceEvent => ({
	time,
	kind,
	...data,
});

describe('when a timeline is shown', () => {
	const task = (id: number, coro = 'f') => ev(0, 'task-created', { id, task: `Task-${id}`, coro });
	test('on, off, auto', () => {
		expect(showsTimeline('on', undefined)).toBe(true);
		expect(showsTimeline('off', [task(1), task(2)])).toBe(false);
		expect(showsTimeline('auto', [task(1)])).toBe(false);
		expect(showsTimeline('auto', [task(1), task(2)])).toBe(true);
		// asyncio.run's own shutdown tasks do not count.
		expect(showsTimeline('auto', [task(1), task(2, 'BaseEventLoop.shutdown_asyncgens')])).toBe(
			false
		);
	});
	test('trace recorded for asyncio code unless off', () => {
		expect(wantsTrace('auto', 'import asyncio')).toBe(true);
		expect(wantsTrace('auto', 'print(1)')).toBe(false);
		expect(wantsTrace('on', 'print(1)')).toBe(true);
		expect(wantsTrace('off', 'import asyncio')).toBe(false);
	});
});

describe('model from a trace', () => {
	test('waits become intervals labelled by what was awaited', () => {
		const m = model(`import asyncio
async def worker(lock, q):
    async with lock:
        await asyncio.sleep(2)
    await q.put(1)
async def getter(q):
    print(await q.get())
async def main():
    lock = asyncio.Lock()
    q = asyncio.Queue()
    await asyncio.gather(worker(lock, q), worker(lock, q), getter(q))
asyncio.run(main())`);
		expect(m.axis).toBe('time');
		expect(m.end).toBe(4);
		expect(m.tasks).toBe(4);
		expect(m.rows.map((r) => `${r.label}/${r.sub ?? ''}`)).toEqual([
			'output/',
			'main/Task-1',
			'worker/Task-2',
			'worker/Task-3',
			'getter/Task-4',
		]);
		const [, main, w1, w2, getter] = m.rows;
		expect(main.waits).toEqual([{ start: 0, end: 4, group: 'task', label: 'gather (3)' }]);
		expect(w1.waits).toEqual([{ start: 0, end: 2, group: 'sleep', label: 'sleep 2 s' }]);
		expect(w2.waits.map((w) => [w.start, w.end, w.group, w.label])).toEqual([
			[0, 2, 'sync', 'lock'],
			[2, 4, 'sleep', 'sleep 2 s'],
		]);
		expect(getter.waits).toEqual([{ start: 0, end: 2, group: 'queue', label: 'queue.get' }]);
		expect(getter.finish).toEqual({ at: 2, kind: 'done' });
		// Steps take no virtual time: zero-length runs (drawn as ticks).
		expect(w1.runs.every((r) => r.start === r.end)).toBe(true);
		expect(m.rows[0].marks).toEqual([{ at: 2, label: '1', stream: 'stdout' }]);
	});

	test('cancelled, failed, awaited task, pending at the end', () => {
		const m = model(`import asyncio
async def boom():
    await asyncio.sleep(1)
    raise ValueError
async def main():
    s = asyncio.create_task(asyncio.sleep(10), name='sleeper')
    b = asyncio.create_task(boom(), name='boom')
    forever = asyncio.create_task(asyncio.Event().wait(), name='forever')
    try:
        await b
    except ValueError:
        pass
    s.cancel()
    await asyncio.sleep(0.5)
asyncio.run(main())`);
		const row = (name: string) => m.rows.find((r) => r.label === name)!;
		expect(row('sleeper').finish).toEqual({ at: 1, kind: 'cancelled' });
		expect(row('boom').finish).toEqual({ at: 1, kind: 'error', detail: 'ValueError' });
		expect(row('main').sub).toBe('Task-1');
		expect(row('main').waits[0]).toMatchObject({ group: 'task', label: 'awaits boom' });
		// asyncio.run cancels the task left waiting: it ends cancelled at the end.
		expect(row('forever').finish).toEqual({ at: 1.5, kind: 'cancelled' });
		expect(row('forever').waits[0]).toMatchObject({ group: 'sync', label: 'event', end: 1.5 });
	});

	test('blocking calls: time.sleep in a task, an executor job, the main program', () => {
		const m = model(`import asyncio, time
time.sleep(1)
async def main():
    time.sleep(0.5)
    await asyncio.to_thread(time.sleep, 2)
asyncio.run(main())`);
		expect(m.end).toBe(3.5);
		const [, mainProgram, mainTask, job] = m.rows;
		expect(mainProgram).toMatchObject({
			kind: 'main',
			runs: [{ start: 0, end: 1, label: 'time.sleep 1 s' }],
		});
		expect(mainTask.runs[0]).toEqual({ start: 1, end: 1.5, label: 'time.sleep 0.5 s' });
		expect(mainTask.waits).toEqual([
			{ start: 1.5, end: 3.5, group: 'executor', label: 'thread: sleep' },
		]);
		expect(job).toMatchObject({ kind: 'job', label: 'thread: sleep', from: 1.5, to: 3.5 });
	});

	test('executor jobs run in worker threads: a job queued behind a busy worker starts later', () => {
		const m = model(`import asyncio, time
from concurrent.futures import ThreadPoolExecutor
async def main():
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(1)
    await asyncio.gather(loop.run_in_executor(pool, time.sleep, 1), loop.run_in_executor(pool, time.sleep, 0.5))
asyncio.run(main())`);
		const jobs = m.rows.filter((r) => r.kind === 'job');
		expect(jobs.map((j) => [j.from, j.to])).toEqual([
			[0, 1],
			[1, 1.5],
		]);
		// The workers' sleeps are the jobs' bars, not the main program's.
		expect(m.rows.some((r) => r.kind === 'main')).toBe(false);
	});

	test('no virtual time: the axis is the loop steps in order', () => {
		const m = model(`import asyncio
async def ping(name):
    for i in range(2):
        print(name, i)
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(ping('a'), ping('b'))
asyncio.run(main())`);
		expect(m.axis).toBe('steps');
		// main: 2 steps; each ping: 3 steps.
		expect(m.end).toBe(9);
		const a = m.rows.find((r) => r.label === 'ping')!;
		expect(a.runs.map((r) => r.start)).toEqual([2, 4, 6]);
		expect(a.waits.map((w) => [w.start, w.end, w.group])).toEqual([
			[2, 4, 'ready'],
			[4, 6, 'ready'],
		]);
		expect(m.rows[0].marks.map((mk) => [mk.at, mk.label])).toEqual([
			[2, 'a 0'],
			[3, 'b 0'],
			[4, 'a 1'],
			[5, 'b 1'],
		]);
	});

	test('generators: rows for the caller and each generator, hand-offs as arrows', () => {
		const m = model(`def gen():
    x = yield 1
    print('got', x)
    return 7
g = gen()
next(g)
try:
    g.send(5)
except StopIteration:
    pass`);
		expect(m.axis).toBe('handoff');
		expect(m.rows.map((r) => r.label)).toEqual(['output', 'caller', 'gen']);
		expect(m.arrows.map((a) => [a.at, a.from, a.to, a.label])).toEqual([
			[1, 1, 2, 'next()'],
			[2, 2, 1, 'yield 1'],
			[3, 1, 2, 'send(5)'],
			[4, 2, 1, 'return 7'],
		]);
		expect(m.rows[2].runs).toEqual([
			{ start: 1, end: 2 },
			{ start: 3, end: 4 },
		]);
		expect(m.rows[2].finish).toEqual({ at: 4, kind: 'done', detail: 'return 7' });
		// The print ran while the generator did: between hand-offs 3 and 4.
		expect(m.rows[0].marks).toEqual([{ at: 3.5, label: 'got 5', stream: 'stdout' }]);
	});
});

describe('caps', () => {
	test('100 tasks: at most MAX_ROWS rows and a note', () => {
		const m = model(`import asyncio
async def job(i):
    await asyncio.sleep(i / 100)
async def main():
    await asyncio.gather(*(job(i) for i in range(100)))
asyncio.run(main())`);
		expect(m.tasks).toBe(101);
		expect(m.rows).toHaveLength(1 + MAX_ROWS);
		expect(m.hiddenRows).toBe(101 - MAX_ROWS);
		const svg = renderTimelineSvg(m, 'en');
		expect(all(svg).filter((n) => n.attrs['class'] === 'pp-tl-row')).toHaveLength(1 + MAX_ROWS);
		expect(all(svg).some((n) => text(n) === '85 more not shown')).toBe(true);
		expect(Number(svg.attrs['height'])).toBeLessThan(600);
	});

	test('many hand-offs: at most MAX_STEPS drawn', () => {
		const m = model(`def g():
    while True:
        yield 1
it = g()
for _ in range(100):
    next(it)`);
		expect(m.end).toBe(MAX_STEPS + 1);
		// 100 resumes and yields, then the close at exit (GeneratorExit in, the generator ends),
		// as CPython closes a generator the module's globals still hold when it finalizes them.
		expect(m.hiddenSteps).toBe(202 - MAX_STEPS);
		expect(timelineText(m, 'en')).toContain('142 more steps not shown');
	});
});

describe('axis ticks', () => {
	test('1/2/5 steps, at most about 8', () => {
		expect(axisTicks(3)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
		expect(axisTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
		expect(axisTicks(0.35)).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
		expect(axisTicks(120)).toEqual([0, 20, 40, 60, 80, 100, 120]);
		expect(axisTicks(0)).toEqual([0]);
	});
});

describe('SVG and text version', () => {
	const source = `import asyncio
async def sleeper(d):
    await asyncio.sleep(d)
async def main():
    await asyncio.gather(sleeper(1), sleeper(2))
asyncio.run(main())`;

	test('an accessible SVG with labelled bars, ticks, markers and a legend', () => {
		const m = model(source);
		const svg = renderTimelineSvg(m, 'en');
		expect(svg.tag).toBe('svg');
		expect(svg.attrs['role']).toBe('img');
		expect(svg.attrs['aria-label']).toBe('Timeline: 3 tasks, 2.00 s of simulated time');
		expect(svg.attrs['viewBox']).toMatch(/^0 0 720 \d+$/);
		const nodes = all(svg);
		expect(text(nodes.find((n) => n.tag === 'title')!)).toBe(svg.attrs['aria-label']);
		const waits = nodes.filter((n) => n.attrs['class'] === 'pp-tl-wait' && n.children.length);
		expect(waits.map((n) => n.attrs['data-wait'])).toEqual(['task', 'sleep', 'sleep']);
		expect(nodes.filter((n) => n.attrs['class'] === 'pp-tl-barlabel').map(text)).toEqual([
			'gather (2)',
			'sleep 1 s',
			'sleep 2 s',
		]);
		expect(nodes.filter((n) => n.attrs['data-end'] === 'done')).toHaveLength(4); // 3 + legend
		const axis = nodes.find((n) => n.attrs['class'] === 'pp-tl-axis')!;
		expect(
			all(axis)
				.filter((n) => n.tag === 'text')
				.map(text)
		).toEqual(['0', '0.5', '1', '1.5', '2', 'simulated time (s)']);
		const legend = nodes.find((n) => n.attrs['class'] === 'pp-tl-legend')!;
		expect(
			all(legend)
				.filter((n) => n.tag === 'text')
				.map(text)
		).toEqual(['runs a step', 'sleep', 'other tasks', 'done']);
	});

	test('text version and Chinese labels', () => {
		expect(timelineText(model(source), 'en')).toEqual([
			'output: ',
			'main (Task-1): created 0 s; gather (2) 0 s–2 s; done 2 s',
			'sleeper (Task-2): created 0 s; sleep 1 s 0 s–1 s; done 1 s',
			'sleeper (Task-3): created 0 s; sleep 2 s 0 s–2 s; done 2 s',
		]);
		const zh = model(source, 'zh-CN');
		expect(timelineText(zh, 'zh-CN')[2]).toBe(
			'sleeper (Task-2): 创建 0 秒; sleep 1 秒 0 秒–1 秒; 完成 1 秒'
		);
		const [scroll, details] = renderTimeline(zh, 'zh-CN');
		expect(scroll.children[0]).toMatchObject({ tag: 'svg' });
		expect(details.tag).toBe('details');
		expect(text(details.children[0] as VNode)).toBe('时间线的文字版');
	});
});
