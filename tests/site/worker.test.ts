/*
 * worker.test.ts
 * The runtime worker (src/site/runtime.worker.ts) with the real runtime, in Node: programs run
 * in slices, output is posted while the program still runs, and a stop message between slices
 * ends the run with a "stopped" result (no need to terminate the worker).
 */

import { beforeAll, describe, expect, test } from 'vitest';
import type { OutputChunk } from '../../src/runtime/api';
import type { PageRequest, WorkerReply } from '../../src/site/protocol';

const replies: WorkerReply[] = [];
const scope: {
	postMessage(message: WorkerReply): void;
	onmessage: ((event: MessageEvent<PageRequest>) => void) | null;
} = {
	postMessage: (message) => replies.push(structuredClone(message)),
	onmessage: null,
};

function send(message: PageRequest): void {
	scope.onmessage?.({ data: message } as MessageEvent<PageRequest>);
}

async function until(predicate: () => boolean, ms = 20_000): Promise<void> {
	const end = Date.now() + ms;
	while (!predicate()) {
		if (Date.now() > end) throw new Error('timed out');
		await new Promise((r) => setTimeout(r, 2));
	}
}

function repliesFor(id: number): WorkerReply[] {
	return replies.filter((r) => 'id' in r && r.id === id);
}

function textOf(id: number): string {
	return repliesFor(id)
		.flatMap((r) => (r.type === 'output' ? r.chunks : ([] as OutputChunk[])))
		.map((c) => c.text)
		.join('');
}

beforeAll(async () => {
	(globalThis as unknown as { self: typeof scope }).self = scope;
	await import('../../src/site/runtime.worker');
}, 120_000);

const base = { python: '3.13' as const, maxOutputChars: 100_000, trace: false };

describe('runtime worker', () => {
	test('says it is ready', () => {
		expect(replies[0]).toEqual({ type: 'ready', available: true });
	});

	test('runs a program and reports its result after its output', async () => {
		send({ type: 'run', id: 1, code: 'print("hi")\nimport time\ntime.sleep(2)\nprint("bye")\n', ...base });
		await until(() => repliesFor(1).some((r) => r.type === 'done'));
		const mine = repliesFor(1);
		expect(mine.at(-1)?.type).toBe('done');
		expect(textOf(1)).toBe('hi\nbye\n');
		const done = mine.at(-1) as Extract<WorkerReply, { type: 'done' }>;
		expect(done.result.exitCode).toBe(0);
		expect(done.result.wallTime).toBe(2);
		expect(done.result.stopped).toBeUndefined();
	});

	test('lines written at the same virtual time are posted once each', async () => {
		// The runtime merges same-time writes into its previous chunk object; the worker must
		// not post that object again (the page showed the last line twice).
		send({ type: 'run', id: 11, code: 'print("a")\nprint("b")\nprint("c")\n', ...base });
		await until(() => repliesFor(11).some((r) => r.type === 'done'));
		expect(textOf(11)).toBe('a\nb\nc\n');
	});

	test('streams the output of an endless loop and stops it between slices', async () => {
		send({
			type: 'run',
			id: 2,
			code: 'import asyncio\nasync def main():\n    i = 0\n    while True:\n        i += 1\n        if i % 5000 == 0:\n            print(i)\n        if i % 100 == 0:\n            await asyncio.sleep(0.5)\nasyncio.run(main())\n',
			...base,
		});
		// Output arrives while the program is still running (several messages, no done yet).
		await until(() => repliesFor(2).filter((r) => r.type === 'output').length >= 3);
		expect(repliesFor(2).some((r) => r.type === 'done')).toBe(false);
		send({ type: 'stop', id: 2 });
		// The stop was handled between two slices: the answer is immediate.
		const mine = repliesFor(2);
		const done = mine.at(-1) as Extract<WorkerReply, { type: 'done' }>;
		expect(done.type).toBe('done');
		expect(done.result.stopped).toBe(true);
		expect(done.result.exitCode).toBe(130);
		expect(done.result.stdout).toBe(textOf(2));
		expect(done.result.wallTime).toBeGreaterThan(0);
		const count = replies.length;
		await new Promise((r) => setTimeout(r, 50));
		expect(replies.length).toBe(count);
	});

	test('takes the next run after a stopped one', async () => {
		send({ type: 'run', id: 3, code: 'print(6 * 7)\n', ...base });
		await until(() => repliesFor(3).some((r) => r.type === 'done'));
		expect(textOf(3)).toBe('42\n');
	});
});
