/*
 * trace.test.ts
 * The scheduling trace behind the timeline pictures (api.ts TraceEvent): what a few asyncio
 * and generator programs record.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/runtime/index';
import type { TraceEvent } from '../../src/runtime/api';

function trace(source: string): TraceEvent[] {
	const r = run(source, { python: '3.13', trace: true });
	expect(r.stderr).toBe('');
	return r.trace ?? [];
}

/** A trace field as text ('' when absent). */
function s(v: unknown): string {
	return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

/** Compact "time kind task detail" lines for the task events. */
function taskLines(events: TraceEvent[]): string[] {
	return events
		.filter((e) => typeof e['task'] === 'string')
		.map((e) => {
			const detail =
				e.kind === 'step-end'
					? ` ${s(e['wait'])}:${s(e['label'])}`
					: e.kind === 'task-done' && e['exception']
						? ` ${s(e['exception'])}`
						: e.kind === 'step-start' && e['throw']
							? ` throw ${s(e['throw'])}`
							: '';
			return `${e.time} ${e.kind} ${s(e['task'])}${detail}`;
		});
}

describe('scheduling trace: asyncio', () => {
	it('is off unless asked for', () => {
		expect(run('import asyncio\nasyncio.run(asyncio.sleep(1))').trace).toBeUndefined();
	});

	it('records a sleep with its deadline', () => {
		const events = trace(`import asyncio
async def main():
    await asyncio.sleep(0.5)
    await asyncio.sleep(0)
asyncio.run(main())`);
		const ends = events.filter((e) => e.kind === 'step-end');
		expect(ends.map((e) => [e.time, e['wait'], e['label'], e['until']])).toEqual([
			[0, 'sleep', 'sleep 0.5', 0.5],
			[0.5, 'yield', 'sleep 0', undefined],
		]);
		expect(events.find((e) => e.kind === 'task-created')).toMatchObject({
			id: 1,
			task: 'Task-1',
			coro: 'main',
		});
	});

	it('records gather with its children, their parent and the end of every task', () => {
		const events = trace(`import asyncio
async def job(d):
    await asyncio.sleep(d)
async def main():
    await asyncio.gather(job(1), job(2))
asyncio.run(main())`);
		const created = events.filter((e) => e.kind === 'task-created' && e['coro'] === 'job');
		expect(created.map((e) => e['parent'])).toEqual([1, 1]);
		const gather = events.find((e) => e.kind === 'step-end' && e['wait'] === 'gather')!;
		expect(gather['targets']).toEqual(created.map((e) => e['id']));
		expect(gather['label']).toBe('gather (2)');
		expect(taskLines(events).filter((l) => l.includes('task-done'))).toEqual([
			'1 task-done Task-2',
			'2 task-done Task-3',
			'2 task-done Task-1',
			'2 task-done Task-4',
			'2 task-done Task-5',
		]);
	});

	it('records what a task waits for: another task, a lock, a queue', () => {
		const lines = taskLines(
			trace(`import asyncio
async def holder(lock, q):
    async with lock:
        await asyncio.sleep(1)
    await q.put(1)
async def waiter(lock):
    async with lock:
        pass
async def getter(q):
    await q.get()
async def main():
    lock = asyncio.Lock()
    q = asyncio.Queue()
    ts = [asyncio.create_task(holder(lock, q), name='holder'),
          asyncio.create_task(waiter(lock), name='waiter'),
          asyncio.create_task(getter(q), name='getter')]
    await ts[0]
asyncio.run(main())`)
		);
		expect(lines).toContain('0 step-end Task-1 task:task holder');
		expect(lines).toContain('0 step-end holder sleep:sleep 1');
		expect(lines).toContain('0 step-end waiter lock:lock');
		expect(lines).toContain('0 step-end getter queue-get:queue.get');
		expect(lines).toContain('1 task-done waiter');
		expect(lines).toContain('1 task-done getter');
	});

	it('records cancellation and failure', () => {
		const lines = taskLines(
			trace(`import asyncio
async def boom():
    raise ValueError
async def main():
    t = asyncio.create_task(asyncio.sleep(5), name='sleeper')
    b = asyncio.create_task(boom(), name='boom')
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.gather(t, b, return_exceptions=True)
asyncio.run(main())`)
		);
		expect(lines).toContain('0 task-done boom ValueError');
		expect(lines).toContain('1 step-start sleeper throw CancelledError');
		expect(lines).toContain('1 task-cancelled sleeper');
	});

	it('records executor jobs when they start and end in their worker, callbacks and output', () => {
		const events = trace(`import asyncio, time
def work():
    time.sleep(2)
def cb():
    print('cb')
async def main():
    asyncio.get_running_loop().call_soon(cb)
    await asyncio.to_thread(work)
asyncio.run(main())`);
		const job = events.find((e) => e.kind === 'executor-job')!;
		expect(job).toMatchObject({ callback: 'work', time: 0 });
		expect(events.find((e) => e.kind === 'executor-done')).toMatchObject({
			job: job['job'],
			duration: 2,
			time: 2,
		});
		// The job's sleep blocks only its worker thread.
		expect(events.find((e) => e.kind === 'blocking-sleep')).toMatchObject({
			duration: 2,
			inThread: true,
		});
		expect(events.find((e) => e.kind === 'step-end')).toMatchObject({
			wait: 'executor',
			label: 'to_thread(work)',
		});
		expect(events.find((e) => e.kind === 'callback')).toMatchObject({ callback: 'cb' });
		expect(events.find((e) => e.kind === 'output')).toMatchObject({
			stream: 'stdout',
			text: 'cb\n',
		});
		// The coroutines stepped by tasks record no hand-offs of their own.
		expect(events.some((e) => e.kind.startsWith('coro-'))).toBe(false);
	});

	it('labels socket reads of the simulated network', () => {
		const events = trace(`import asyncio
async def main():
    reader, writer = await asyncio.open_connection('example.com', 80)
    writer.write(b'GET / HTTP/1.0\\r\\n\\r\\n')
    await reader.readline()
    writer.close()
asyncio.run(main())`);
		const waits = events.filter((e) => e.kind === 'step-end').map((e) => e['wait']);
		expect(waits).toContain('socket-connect');
		expect(waits).toContain('socket-read');
	});
});

describe('scheduling trace: generators', () => {
	it('records next/send/throw hand-offs, yields, returns and raises', () => {
		const events = trace(`def inner():
    x = yield 1
    return x * 2
def outer():
    r = yield from inner()
    y = yield r
    raise ValueError(y)
g = outer()
next(g)
g.send(5)
try:
    g.send('boom')
except ValueError:
    pass`);
		const lines = events
			.filter((e) => e.kind.startsWith('gen-'))
			.map(
				(e) =>
					`${e.kind} ${s(e['name'])}#${s(e['id'])} ${s(e['via'])} ${s(e['value'] ?? e['exception'])}`
			);
		expect(lines).toEqual([
			'gen-resume outer#1 next None',
			'gen-resume inner#2 next None',
			'gen-yield inner#2  1',
			'gen-yield outer#1  1',
			'gen-resume outer#1 send 5',
			'gen-resume inner#2 send 5',
			'gen-return inner#2  10',
			'gen-yield outer#1  10',
			'gen-resume outer#1 send "boom"',
			'gen-raise outer#1  ValueError',
		]);
	});

	it('records a for loop over a generator and a coroutine driven by hand', () => {
		const events = trace(
			`def count():
    yield 1
for i in count():
    pass
async def c():
    return 3
try:
    c().send(None)
except StopIteration:
    pass
g = count()
next(g)
g.throw(KeyError)`.replace(
				'g.throw(KeyError)',
				'try:\n    g.throw(KeyError)\nexcept KeyError:\n    pass'
			)
		);
		expect(events.map((e) => `${e.kind}:${s(e['via'] ?? e['value'] ?? e['exception'])}`)).toEqual([
			'gen-resume:next',
			'gen-yield:1',
			'gen-resume:next',
			'gen-return:None',
			'coro-resume:next',
			'coro-return:3',
			'gen-resume:next',
			'gen-yield:1',
			'gen-resume:throw',
			'gen-raise:KeyError',
		]);
	});

	it('caps the hand-offs and says how many events were left out', () => {
		const events = trace(`def g():
    while True:
        yield 0
it = g()
for _ in range(10000):
    next(it)`);
		expect(events.filter((e) => e.kind.startsWith('gen-'))).toHaveLength(5000);
		// 20000 hand-offs of the loop, then 2 more: shutdown closes the generator still suspended
		// in the global `it` (throw GeneratorExit in, the generator raises it).
		expect(events[events.length - 1]).toMatchObject({ kind: 'trace-cut', dropped: 15002 });
	});
});
