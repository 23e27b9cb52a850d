/*
 * queues.ts
 * CPython Lib/asyncio/queues.py: Queue (FIFO), PriorityQueue (heapq order with Python's `<`),
 * LifoQueue, QueueEmpty/QueueFull (and QueueShutDown, 3.13), task_done/join. Getters and
 * putters wait on futures in a deque and are woken one at a time, first-come first-served.
 */

import { PyObject, PyType, PyValue, None, True, False, pyBool, typeOf } from '../../objects/object';
import { PyException, valueError, typeError, Exception, newException, DeprecationWarning } from '../../objects/exceptions';
import { PyList } from '../../objects/containers';
import { repr, objectId, richCompare, CmpOp, isTrue } from '../../objects/protocol';
import { asInt } from '../../objects/numeric';
import { rt } from '../../objects/runtimeState';
import { method, getset } from '../../types/util';
import { warnHook } from '../../vm/warnings';
import { typeType } from '../../objects/object';
import { asyncioType, withDict, parseArgs } from './util';
import { Future } from './futures';
import { getRunningLoop, getEventLoop } from './events';
import { GenCoro, awaitFuture } from './coroutines';
import { Event } from './locks';
import type { EventLoop } from './baseEvents';
import { markWait, traceState } from '../../vm/trace';

function excType(name: string, base: PyType, doc: string): PyType {
	const t = new PyType(typeType, name, [base], new Map(), { builtin: true, module: 'asyncio.queues' });
	t.hasInstanceDict = true;
	t.ns.set('__doc__', doc);
	return t;
}
export const QueueEmpty = excType('QueueEmpty', Exception, 'Raised when Queue.get_nowait() is called on an empty Queue.');
export const QueueFull = excType('QueueFull', Exception, 'Raised when the Queue.put_nowait() method is called on a full Queue.');
export const QueueShutDown = excType('QueueShutDown', Exception, 'Raised when putting on to or getting from a shut-down Queue.');

export const enum QKind {
	Fifo,
	Priority,
	Lifo,
}

export const queueType = asyncioType('Queue', 'asyncio.queues', undefined, (cls) => withDict(new Queue(cls)));
queueType.ns.set('__doc__', 'A queue, useful for coordinating producer and consumer coroutines.');
export const priorityQueueType = asyncioType('PriorityQueue', 'asyncio.queues', queueType);
export const lifoQueueType = asyncioType('LifoQueue', 'asyncio.queues', queueType);

function lt(a: PyValue, b: PyValue): boolean {
	return isTrue(richCompare(a, b, CmpOp.Lt));
}

export class Queue extends PyObject {
	_maxsize = 0;
	_queue: PyValue[] = [];
	_getters: Future[] = [];
	_putters: Future[] = [];
	_unfinished_tasks = 0;
	_finished: Event = new Event();
	_loop: EventLoop | null = null;
	_is_shutdown = false;
	kind: QKind = QKind.Fifo;
	constructor(cls: PyType = queueType) {
		super(cls);
		this.kind = cls.isSubtypeOf(priorityQueueType) ? QKind.Priority : cls.isSubtypeOf(lifoQueueType) ? QKind.Lifo : QKind.Fifo;
		this._finished.set();
	}

	getLoop(): EventLoop {
		if (rt.minor < 10) return this._loop ?? getEventLoop();
		const loop = getRunningLoop();
		if (this._loop === null) this._loop = loop;
		if (loop !== this._loop) throw newException(typeError('').cls, `${repr(this)} is bound to a different event loop`);
		return loop;
	}

	qsize(): number {
		return this._queue.length;
	}
	empty(): boolean {
		return this._queue.length === 0;
	}
	full(): boolean {
		return this._maxsize > 0 && this._queue.length >= this._maxsize;
	}

	put(item: PyValue): void {
		const q = this._queue;
		if (this.kind === QKind.Priority) {
			// heapq.heappush with Python's `<`.
			q.push(item);
			let pos = q.length - 1;
			while (pos > 0) {
				const parent = (pos - 1) >> 1;
				if (lt(item, q[parent])) {
					q[pos] = q[parent]!;
					pos = parent;
				} else break;
			}
			q[pos] = item;
		} else q.push(item);
	}

	get(): PyValue {
		const q = this._queue;
		if (this.kind === QKind.Lifo) return q.pop()!;
		if (this.kind === QKind.Fifo) return q.shift()!;
		// heapq.heappop
		const last = q.pop()!;
		if (q.length === 0) return last;
		const ret = q[0];
		q[0] = last;
		const end = q.length;
		let pos = 0;
		const newitem = q[0];
		let child = 1;
		while (child < end) {
			const right = child + 1;
			if (right < end && !lt(q[child], q[right])) child = right;
			q[pos] = q[child]!;
			pos = child;
			child = 2 * pos + 1;
		}
		q[pos] = newitem;
		while (pos > 0) {
			const parent = (pos - 1) >> 1;
			if (lt(newitem, q[parent])) {
				q[pos] = q[parent]!;
				pos = parent;
			} else break;
		}
		q[pos] = newitem;
		return ret;
	}

	wakeupNext(waiters: Future[]): void {
		while (waiters.length) {
			const w = waiters.shift()!;
			if (!w.done()) {
				w.setResult(None);
				break;
			}
		}
	}

	putNowait(item: PyValue): void {
		if (this._is_shutdown) throw newException(QueueShutDown);
		if (this.full()) throw newException(QueueFull);
		this.put(item);
		this._unfinished_tasks++;
		this._finished.clear();
		this.wakeupNext(this._getters);
	}

	getNowait(): PyValue {
		if (this.empty()) {
			if (this._is_shutdown) throw newException(QueueShutDown);
			throw newException(QueueEmpty);
		}
		const item = this.get();
		this.wakeupNext(this._putters);
		return item;
	}

	*asyncPut(item: PyValue): Generator<PyValue, PyValue, undefined> {
		while (this.full()) {
			if (this._is_shutdown) throw newException(QueueShutDown);
			const putter = new Future(this.getLoop());
			if (traceState.enabled) markWait(putter, { wait: 'queue-put', label: 'queue.put' });
			this._putters.push(putter);
			try {
				yield* awaitFuture(putter);
			} catch (e) {
				putter.cancel();
				const i = this._putters.indexOf(putter);
				if (i >= 0) this._putters.splice(i, 1);
				if (!this.full() && !putter.cancelled()) this.wakeupNext(this._putters);
				throw e;
			}
		}
		this.putNowait(item);
		return None;
	}

	*asyncGet(): Generator<PyValue, PyValue, undefined> {
		while (this.empty()) {
			if (this._is_shutdown && this.empty()) throw newException(QueueShutDown);
			const getter = new Future(this.getLoop());
			if (traceState.enabled) markWait(getter, { wait: 'queue-get', label: 'queue.get' });
			this._getters.push(getter);
			try {
				yield* awaitFuture(getter);
			} catch (e) {
				getter.cancel();
				const i = this._getters.indexOf(getter);
				if (i >= 0) this._getters.splice(i, 1);
				if (!this.empty() && !getter.cancelled()) this.wakeupNext(this._getters);
				throw e;
			}
		}
		return this.getNowait();
	}

	taskDone(): void {
		if (this._unfinished_tasks <= 0) throw valueError('task_done() called too many times');
		this._unfinished_tasks--;
		if (this._unfinished_tasks === 0) this._finished.set();
	}

	*join(): Generator<PyValue, PyValue, undefined> {
		if (this._unfinished_tasks > 0) yield* this._finished.wait();
		return None;
	}

	format(): string {
		let r = `maxsize=${this._maxsize}`;
		if (this._queue.length) r += ` _queue=${repr(new PyList(this._queue.slice()))}`;
		if (this._getters.length) r += ` _getters[${this._getters.length}]`;
		if (this._putters.length) r += ` _putters[${this._putters.length}]`;
		if (this._unfinished_tasks) r += ` tasks=${this._unfinished_tasks}`;
		if (this._is_shutdown) r += ' shutdown';
		return r;
	}
}

const Q = (v: PyValue): Queue => v as Queue;

method(queueType, '__init__', (args, kwargs) => {
	const self = Q(args[0]);
	const loop = kwargs?.get('loop');
	const kw = kwargs ? new Map([...kwargs].filter(([k]) => k !== 'loop')) : null;
	if (loop !== undefined) {
		if (rt.minor === 10) throw typeError(`As of 3.10, the *loop* parameter was removed from ${self.cls.name}() since it is no longer necessary`);
		if (rt.minor >= 11) throw typeError(`${self.cls.name}.__init__() got an unexpected keyword argument 'loop'`);
		if (rt.minor >= 8 && loop !== None) {
			warnHook.warn(DeprecationWarning, 'The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.', 1);
			rt.write(
				'stderr',
				`/usr/lib/python3.${rt.minor}/asyncio/queues.py:${rt.minor === 8 ? 48 : 49}: DeprecationWarning: The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.\n  self._finished = locks.Event(loop=loop)\n`
			);
		}
	}
	const [maxsize] = parseArgs('Queue', args, kw && kw.size ? kw : null, ['maxsize'], 0);
	self._maxsize = maxsize === undefined ? 0 : Number(asInt(maxsize) ?? 0);
	if (rt.minor < 10) self._loop = loop !== undefined && loop !== None ? (loop as EventLoop) : getEventLoop();
	self._finished._loop = self._loop;
	return None;
});
method(queueType, 'qsize', (args) => Q(args[0]).qsize());
method(queueType, 'empty', (args) => pyBool(Q(args[0]).empty()));
method(queueType, 'full', (args) => pyBool(Q(args[0]).full()));
getset(queueType, 'maxsize', (self) => Q(self)._maxsize);
method(queueType, 'put_nowait', (args) => {
	Q(args[0]).putNowait(args[1] ?? None);
	return None;
});
method(queueType, 'get_nowait', (args) => Q(args[0]).getNowait());
method(queueType, 'put', (args) => new GenCoro('put', Q(args[0]).asyncPut(args[1] ?? None), 'Queue.put'));
method(queueType, 'get', (args) => new GenCoro('get', Q(args[0]).asyncGet(), 'Queue.get'));
method(queueType, 'join', (args) => new GenCoro('join', Q(args[0]).join(), 'Queue.join'));
method(queueType, 'task_done', (args) => {
	Q(args[0]).taskDone();
	return None;
});
method(queueType, 'shutdown', (args, kwargs) => {
	const self = Q(args[0]);
	const [immediate] = parseArgs('shutdown', args, kwargs, ['immediate'], 0);
	self._is_shutdown = true;
	if (immediate !== undefined && isTrue(immediate)) {
		while (!self.empty()) {
			self.get();
			if (self._unfinished_tasks > 0) self._unfinished_tasks--;
		}
		if (self._unfinished_tasks === 0) self._finished.set();
	}
	while (self._getters.length) {
		const g = self._getters.shift()!;
		if (!g.done()) g.setResult(None);
	}
	while (self._putters.length) {
		const p = self._putters.shift()!;
		if (!p.done()) p.setResult(None);
	}
	return None;
});
method(queueType, '__repr__', (args) => {
	const q = Q(args[0]);
	return `<${q.cls.name} at 0x${objectId(q).toString(16)} ${q.format()}>`;
});
method(queueType, '__str__', (args) => {
	const q = Q(args[0]);
	return `<${q.cls.name} ${q.format()}>`;
});
getset(queueType, '_queue', (self) => new PyList(Q(self)._queue.slice()));
getset(queueType, '_unfinished_tasks', (self) => Q(self)._unfinished_tasks);
method(queueType, '__class_getitem__', (args) => args[0]);

export const QUEUES_ALL = ['Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty'];
export { True, False, typeOf, PyException };
