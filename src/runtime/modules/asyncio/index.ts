/*
 * index.ts
 * The `asyncio` package (CPython Lib/asyncio/__init__.py: "This relies on each of the
 * submodules having an __all__ variable"): the module's names are the union of the
 * submodules' public names for the emulated version, plus cheap `asyncio.<submodule>` modules.
 */

import { registerCachedPythonModule } from '../common';
import { PyValue, None, True, False, pyBool, PyFloat, PyType, Kwargs, PyObject, typeType, objectType, typeOf } from '../../objects/object';
import { PyException, AssertionError, notImplementedError, typeError, valueError, runtimeError, DeprecationWarning, newException, StopIteration, StopAsyncIteration, SystemExit, KeyboardInterrupt } from '../../objects/exceptions';
import { PyList, PyTuple, PySet } from '../../objects/containers';
import { PyModule, PyBuiltin } from '../../objects/function';
import { call, str, isTrue, toArray, PyIteratorBase, getAttrOpt, typeName } from '../../objects/protocol';
import { asNumber } from '../../objects/numeric';
import { rt } from '../../objects/runtimeState';
import { method, getset, classMethod } from '../../types/util';
import { warnHook } from '../../vm/warnings';
import { registerModule, defFunction, loadModule } from '../registry';
import { resetState, state, parseArgs, numArg, raisedAt, prependFrames, asyncioFrame, gateAttr, applyVersionGates, className, clinicArgs, holding } from './util';
import {
	handleType,
	timerHandleType,
	getRunningLoop,
	getRunningLoopOrNull,
	getEventLoop,
	setEventLoop,
	newEventLoop,
	setRunningLoop,
} from './events';
import {
	EventLoop,
	abstractEventLoopType,
	baseEventLoopType,
	
	unixSelectorEventLoopType,
	coroutineChecks,
	contextArg,
} from './baseEvents';
import { Future, futureType, isFuture, FState, NativeDoneCb } from './futures';
import { toThread, wrapFutureFn } from './executor';
import {
	Task,
	taskType,
	SleepCoro,
	ensureFuture,
	currentTask,
	allTasks,
	gather,
	shield,
	wait,
	waitFor,
	FIRST_COMPLETED,
	FIRST_EXCEPTION,
	ALL_COMPLETED,
} from './tasks';
import { exc, EXCEPTIONS_ALL, isCancelledError } from './exceptions';
import { iscoroutine, iscoroutinefunction, legacyCoroutineDecorator, GenCoro, NativeCoro, nativeCoroType } from './coroutines';
import { lockType, eventType, conditionType, semaphoreType, boundedSemaphoreType, barrierType } from './locks';
import { queueType, priorityQueueType, lifoQueueType, QueueEmpty, QueueFull, QueueShutDown, Queue } from './queues';
import { asyncioRun, asyncioRunG, runnerType, shutdownAsyncgens } from './runners';
import { timeoutType, timeout, timeoutAt } from './timeouts';
import { taskGroupType } from './taskGroups';
import { installStreams } from './streams';
import './contextvars';

coroutineChecks.iscoroutine = iscoroutine;
coroutineChecks.iscoroutinefunction = iscoroutinefunction;

// ---------------------------------------------------------------------------------------------
// Task's Python API.

const Tk = (v: PyValue): Task => {
	if (!(v instanceof Task)) throw typeError(`descriptor requires a '_asyncio.Task' object but received '${typeName(v)}'`);
	return v;
};

method(taskType, '__init__', (args, kwargs) => {
	const self = Tk(args[0]);
	const params = rt.minor >= 12 ? ['coro', 'loop', 'name', 'context', 'eager_start'] : rt.minor >= 11 ? ['coro', 'loop', 'name', 'context'] : rt.minor >= 8 ? ['coro', 'loop', 'name'] : ['coro', 'loop'];
	const [coro, loop, name, context, eager] = clinicArgs(rt.minor >= 8 ? { name: 'Task', params, required: 1, kwOnlyFrom: 1, exactPositional: true } : { name: 'Task', params, required: 1 }, args, kwargs);
	self._loop = loop === undefined || loop === None ? getEventLoop() : (loop as EventLoop);
	self.init(coro!, name ?? None, contextArg(context), eager !== undefined && isTrue(eager) ? (loop ?? None) : null);
	return None;
});
method(taskType, 'cancel', (args, kwargs) => {
	const [msg] = clinicArgs({ name: 'cancel', params: rt.minor >= 9 ? ['msg'] : [] }, args, kwargs);
	return pyBool(Tk(args[0]).cancel(msg ?? None));
});
method(taskType, 'get_coro', (args) => Tk(args[0])._coro);
method(taskType, 'get_name', (args) => Tk(args[0])._name);
method(taskType, 'set_name', (args) => {
	Tk(args[0])._name = str(args[1] ?? None);
	return None;
});
method(taskType, 'cancelling', (args) => Tk(args[0]).cancelling());
method(taskType, 'uncancel', (args) => Tk(args[0]).uncancel());
method(taskType, 'get_context', (args) => Tk(args[0])._context ?? None);
method(taskType, 'get_loop', (args) => Tk(args[0]).loop);
method(taskType, 'set_result', () => {
	throw runtimeError('Task does not support set_result operation');
});
method(taskType, 'set_exception', () => {
	throw runtimeError('Task does not support set_exception operation');
});
method(taskType, 'get_stack', () => new PyList([]));
method(taskType, 'print_stack', () => {
	throw notImplementedError('Task.print_stack() is not supported by this runtime');
});
method(taskType, '__repr__', (args) => {
	const t = Tk(args[0]);
	return `<${className(t.cls)} ${t.reprInfo().join(' ')}>`;
});
getset(taskType, '_coro', (self) => Tk(self)._coro);
getset(taskType, '_fut_waiter', (self) => Tk(self)._fut_waiter ?? None);
getset(taskType, '_must_cancel', (self) => pyBool(Tk(self)._must_cancel));
getset(taskType, '_log_destroy_pending', (self) => pyBool(Tk(self)._log_destroy_pending), (self, v) => {
	Tk(self)._log_destroy_pending = isTrue(v);
});

method(baseEventLoopType, 'shutdown_asyncgens', (args) => shutdownAsyncgens(args[0] as EventLoop));

// Task.all_tasks()/Task.current_task(): classmethods of 3.7 and 3.8 (removed in 3.9).
for (const name of ['all_tasks', 'current_task'] as const) {
	classMethod(taskType, name, (args, kwargs) => {
		if (rt.minor === 8) warnHook.warn(DeprecationWarning, `Task.${name}() is deprecated, use asyncio.${name}() instead`, 1);
		const [loop] = parseArgs(name, args, kwargs, ['loop'], 0);
		const l = loop === undefined || loop === None ? getEventLoop() : (loop as EventLoop);
		return name === 'all_tasks' ? allTasks(l) : currentTask(l);
	});
}

/** Names of Task/Future/loop that CPython added or removed (checked with each CPython). */
function declareVersionGates(): void {
	gateAttr(taskType, 'get_coro', 8);
	gateAttr(taskType, 'get_name', 8);
	gateAttr(taskType, 'set_name', 8);
	gateAttr(taskType, 'cancelling', 11);
	gateAttr(taskType, 'uncancel', 11);
	gateAttr(taskType, 'get_context', 12);
	gateAttr(taskType, 'all_tasks', 7, 8);
	gateAttr(taskType, 'current_task', 7, 8);
	gateAttr(futureType, '_cancel_message', 9);
	gateAttr(futureType, '_make_cancelled_error', 9);
	gateAttr(futureType, '__class_getitem__', 9);
	gateAttr(baseEventLoopType, 'shutdown_default_executor', 9);
}
declareVersionGates();

// ---------------------------------------------------------------------------------------------
// as_completed. Up to 3.12 it is a generator function (CPython 3.12 Lib/asyncio/tasks.py
// as_completed): nothing runs before the first next(), and the object has no __aiter__, so
// `async for` over it raises TypeError. 3.13 returns an _AsCompletedIterator (CPython 3.13
// Lib/asyncio/tasks.py _AsCompletedIterator), set up at once, iterable both ways.

/** `as_completed.<locals>._wait_for_one` / `_AsCompletedIterator._wait_for_one` lines 7..13. */
const WAIT_ONE_RAISE = [559, 618, 610, 570, 614, 630, 633];
const WAIT_ONE_RESULT = [560, 619, 611, 571, 615, 631, 634];

const asCompletedGenType = new PyType(typeType, 'generator', [objectType], new Map(), { builtin: true, module: 'builtins' });
const asCompletedIterType = new PyType(typeType, '_AsCompletedIterator', [objectType], new Map(), { builtin: true, module: 'asyncio.tasks' });

class AsCompleted extends PyIteratorBase {
	remaining = 0;
	done!: Queue;
	todo = new Set<Future>();
	timeoutHandle: import('./events').TimerHandle | null = null;
	/** Generator form (<= 3.12): set up on the first next(). */
	started: boolean;
	constructor(
		private fs: PyValue,
		private timeoutSec: number | null,
		private loopArg: EventLoop | null
	) {
		super(rt.minor >= 13 ? asCompletedIterType : asCompletedGenType);
		this.started = rt.minor >= 13;
		if (this.started) this.setup();
	}
	/** The body of as_completed() before its loop (3.13: _AsCompletedIterator.__init__). */
	setup(): void {
		const fs = this.fs;
		const m = rt.minor;
		if (m >= 13) {
			if (isFuture(fs) || iscoroutine(fs) || typeOf(fs).lookup('__await__') !== undefined) {
				const text = 'raise TypeError(\n        f"expects an iterable of awaitables, not {type(fs).__name__}"\n    )';
				throw raisedAt(typeError(`expects an iterable of awaitables, not ${className(typeOf(fs))}`), [asyncioFrame('tasks.py', [684], 'as_completed', text, [0, text.length])]);
			}
		} else if (isFuture(fs) || iscoroutine(fs)) {
			const what = m === 7 ? 'a list' : 'an iterable';
			throw raisedAt(typeError(`expect ${what} of futures, not ${className(typeOf(fs))}`), [
				asyncioFrame('tasks.py', [534, 586, 577, 543, 587, 603], 'as_completed', `raise TypeError(f"expect ${what} of futures, not {type(fs).__name__}")`, null),
			]);
		}
		this.done = new Queue();
		const loop = this.loopArg ?? getEventLoop();
		const seen = new PySet();
		for (const f of toArray(fs)) {
			if (seen.has(f)) continue;
			seen.add(f);
			const fut = ensureFuture(f, loop);
			if (!(fut instanceof Future)) throw typeError('as_completed() needs asyncio futures in this runtime');
			this.todo.add(fut);
		}
		const onCompletion = (_a: unknown, f: Future): void => {
			if (this.todo.size === 0) return;
			this.todo.delete(f);
			this.done.putNowait(f);
			if (this.todo.size === 0 && this.timeoutHandle !== null) this.timeoutHandle.cancel();
		};
		(onCompletion as import('./events').NativeCb).pyName = m >= 13 ? '_AsCompletedIterator._handle_completion' : 'as_completed.<locals>._on_completion';
		const entry = new futuresMod.NativeDoneCb(onCompletion, null);
		for (const f of this.todo) f.addDoneCallback(entry);
		if (this.todo.size && this.timeoutSec !== null) {
			const onTimeout = (): void => {
				for (const f of this.todo) {
					f.removeDoneCallback(entry);
					this.done.putNowait(None);
				}
				this.todo.clear();
			};
			(onTimeout as import('./events').NativeCb).pyName = m >= 13 ? '_AsCompletedIterator._handle_timeout' : 'as_completed.<locals>._on_timeout';
			this.timeoutHandle = loop.callLater(this.timeoutSec, null, [], onTimeout, null, null);
		}
		this.remaining = this.todo.size;
	}
	/** _wait_for_one(resolve): the next done future, its result when resolving. */
	waitForOne(resolve: boolean): Generator<PyValue, PyValue, undefined> {
		const q = this.done;
		return (function* () {
			const f = yield* q.asyncGet();
			if (f === None) {
				const text = rt.minor >= 8 ? 'raise exceptions.TimeoutError' : 'raise futures.TimeoutError';
				throw raisedAt(newException(exc().TimeoutError), [asyncioFrame('tasks.py', WAIT_ONE_RAISE, '_wait_for_one', text, null)]);
			}
			if (!resolve) return f;
			try {
				return (f as Future).result();
			} catch (e) {
				if (e instanceof PyException) {
					const text = rt.minor >= 13 ? 'return f.result() if resolve else f' : 'return f.result()  # May raise f.exception().';
					prependFrames(e, [asyncioFrame('tasks.py', WAIT_ONE_RESULT, '_wait_for_one', text, [7, 17])]);
				}
				throw e;
			}
		})();
	}
	nextValue(): PyValue | undefined {
		if (!this.started) {
			this.started = true;
			this.setup();
		}
		if (this.remaining <= 0) return undefined;
		this.remaining--;
		return new GenCoro('_wait_for_one', this.waitForOne(true), rt.minor >= 13 ? '_AsCompletedIterator._wait_for_one' : 'as_completed.<locals>._wait_for_one');
	}
}
import * as futuresMod from './futures';
for (const t of [asCompletedGenType, asCompletedIterType]) {
	method(t, '__iter__', (args) => args[0]);
	method(t, '__next__', (args) => {
		const v = (args[0] as AsCompleted).nextValue();
		if (v === undefined) throw newException(StopIteration);
		return v;
	});
}
method(asCompletedIterType, '__aiter__', (args) => args[0]);
method(asCompletedIterType, '__anext__', (args) => {
	const it = args[0] as AsCompleted;
	return new GenCoro('__anext__', (function* () {
		if (it.remaining <= 0) throw newException(StopAsyncIteration);
		it.remaining--;
		try {
			return yield* it.waitForOne(false);
		} catch (e) {
			if (e instanceof PyException) prependFrames(e, [asyncioFrame('tasks.py', [603], '__anext__', 'return await self._wait_for_one()', [7, 33])]);
			throw e;
		}
	})(), '_AsCompletedIterator.__anext__');
});

// ---------------------------------------------------------------------------------------------
// The module.

function loopArg(fname: string, kwargs: Kwargs | null): void {
	if (kwargs && kwargs.has('loop')) {
		if (rt.minor >= 10) throw typeError(`${fname}() got an unexpected keyword argument 'loop'`);
		if (rt.minor >= 8 && kwargs.get('loop') !== None) {
			warnHook.warn(DeprecationWarning, 'The loop argument is deprecated since Python 3.8, and scheduled for removal in Python 3.10.', 1);
		}
	}
}

function withoutLoop(kwargs: Kwargs | null): Kwargs | null {
	if (!kwargs || !kwargs.has('loop')) return kwargs;
	const k = new Map(kwargs);
	k.delete('loop');
	return k.size ? k : null;
}

/** Names and objects of the module for the emulated version. */
function fill(m: PyModule): string[] {
	const all: string[] = [];
	const def = (name: string, v: PyValue): void => {
		m.dict.setStr(name, v);
		if (!name.startsWith('_')) all.push(name);
	};
	const fn = (name: string, f: (args: PyValue[], kwargs: Kwargs | null) => PyValue): void => {
		defFunction(m, name, f);
		if (!name.startsWith('_')) all.push(name);
	};
	const E = exc();

	// base_events / events / unix_events
	def('BaseEventLoop', baseEventLoopType);
	def('AbstractEventLoop', abstractEventLoopType);
	def('Handle', handleType);
	def('TimerHandle', timerHandleType);
	def('SelectorEventLoop', unixSelectorEventLoopType);
	if (rt.minor >= 13) def('EventLoop', unixSelectorEventLoopType);
	fn('get_running_loop', () => getRunningLoop());
	fn('_get_running_loop', () => getRunningLoopOrNull() ?? None);
	fn('_set_running_loop', (args) => {
		setRunningLoop(args[0] === None || args[0] === undefined ? null : (args[0] as EventLoop));
		return None;
	});
	fn('get_event_loop', () => getEventLoop());
	fn('set_event_loop', (args) => {
		const l = args[0] ?? None;
		if (l !== None && !(l instanceof EventLoop)) {
			throw typeError(`loop must be an instance of AbstractEventLoop or None, not '${typeName(l)}'`);
		}
		setEventLoop(l === None ? null : (l as EventLoop));
		return None;
	});
	fn('new_event_loop', () => newEventLoop());
	const policyType = new PyType(typeType, '_UnixDefaultEventLoopPolicy', [objectType], new Map(), { builtin: true, module: 'asyncio.unix_events', alloc: null });
	method(policyType, 'get_event_loop', () => getEventLoop());
	method(policyType, 'set_event_loop', (args) => {
		setEventLoop(args[1] === None || args[1] === undefined ? null : (args[1] as EventLoop));
		return None;
	});
	method(policyType, 'new_event_loop', () => newEventLoop());
	// One policy per thread of this runtime; replacing it starts afresh (no loop, none set).
	let policy: PyObject | null = null;
	fn('get_event_loop_policy', () => (policy ??= new PyObject(policyType)));
	fn('set_event_loop_policy', (args, kwargs) => {
		const [p] = parseArgs('set_event_loop_policy', args, kwargs, ['policy'], 1, 0);
		if (p !== None && !(p instanceof PyObject && p.cls.isSubtypeOf(policyType))) {
			if (rt.minor <= 10) {
				const text = 'assert policy is None or isinstance(policy, AbstractEventLoopPolicy)';
				throw raisedAt(newException(AssertionError), [
					asyncioFrame('events.py', [735, 731, 734, 748], 'set_event_loop_policy', text, null),
				]);
			}
			const text = `raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")`;
			throw raisedAt(
				typeError(`policy must be an instance of AbstractEventLoopPolicy or None, not '${typeName(p!)}'`),
				[asyncioFrame('events.py', [771, 771, 771, 771, 771, 792, 810], 'set_event_loop_policy', text, null)]
			);
		}
		if (p !== None && (p).cls !== policyType)
			throw notImplementedError(
				'event loop policies with their own methods are not supported by this runtime'
			);
		if (p === None || p !== policy) {
			state.policyLoop = null;
			state.policySetCalled = false;
		}
		policy = p === None ? null : (p);
		return None;
	});
	def('DefaultEventLoopPolicy', policyType);
	def('AbstractEventLoopPolicy', policyType);

	// coroutines
	fn('iscoroutine', (args) => pyBool(iscoroutine(args[0] ?? None)));
	fn('iscoroutinefunction', (args) => pyBool(iscoroutinefunction(args[0] ?? None)));
	if (rt.minor <= 10) fn('coroutine', (args) => legacyCoroutineDecorator(args[0] ?? None));

	// exceptions
	def('CancelledError', E.CancelledError);
	def('TimeoutError', E.TimeoutError);
	def('InvalidStateError', E.InvalidStateError);
	def('IncompleteReadError', E.IncompleteReadError);
	def('LimitOverrunError', E.LimitOverrunError);
	def('SendfileNotAvailableError', E.SendfileNotAvailableError);
	if (rt.minor >= 11) def('BrokenBarrierError', E.BrokenBarrierError);

	// futures
	def('Future', futureType);
	fn('isfuture', (args) => pyBool(isFuture(args[0] ?? None)));
	fn('wrap_future', wrapFutureFn);

	// locks
	def('Lock', lockType);
	def('Event', eventType);
	def('Condition', conditionType);
	def('Semaphore', semaphoreType);
	def('BoundedSemaphore', boundedSemaphoreType);
	if (rt.minor >= 11) def('Barrier', barrierType);

	// queues
	def('Queue', queueType);
	def('PriorityQueue', priorityQueueType);
	def('LifoQueue', lifoQueueType);
	def('QueueEmpty', QueueEmpty);
	def('QueueFull', QueueFull);
	if (rt.minor >= 13) def('QueueShutDown', QueueShutDown);

	// runners
	fn('run', (args, kwargs) => {
		const params = rt.minor >= 12 ? ['main', 'debug', 'loop_factory'] : ['main', 'debug'];
		const [main, debug, lf] = parseArgs('run', args, kwargs, params, 1, 0, 1);
		return asyncioRun(main!, debug ?? (rt.minor >= 8 ? None : False), lf ?? None);
	});
	// The driver form: the frame loop runs the event loop itself (time slicing can pause in it).
	(m.dict.getStr('run') as PyBuiltin).driver = function* (args, kwargs, ch) {
		const params = rt.minor >= 12 ? ['main', 'debug', 'loop_factory'] : ['main', 'debug'];
		const [main, debug, lf] = parseArgs('run', args, kwargs, params, 1, 0, 1);
		return yield* asyncioRunG(main!, debug ?? (rt.minor >= 8 ? None : False), lf ?? None, ch);
	};
	if (rt.minor >= 11) def('Runner', runnerType);

	// tasks
	def('Task', taskType);
	def('FIRST_COMPLETED', FIRST_COMPLETED);
	def('FIRST_EXCEPTION', FIRST_EXCEPTION);
	def('ALL_COMPLETED', ALL_COMPLETED);
	fn('sleep', (args, kwargs) => {
		if (kwargs === null && args.length === 1) {
			// Fast path: sleep(delay).
			const d0 = args[0];
			if (typeof d0 === 'number') return new SleepCoro(d0, None);
			if (d0 instanceof PyFloat && !Number.isNaN(d0.value)) return new SleepCoro(d0.value, None);
		}
		loopArg('sleep', kwargs);
		const [delay, result] = parseArgs('sleep', args, withoutLoop(kwargs), ['delay', 'result'], 1, 0);
		let d = asNumber(delay!);
		if (d === undefined) {
			if (delay instanceof PyFloat) d = delay.value;
			else throw typeError(`'<=' not supported between instances of '${typeName(delay!)}' and 'int'`);
		}
		if (Number.isNaN(d) && rt.minor >= 13) throw valueError('Invalid delay: NaN (not a number)');
		return new SleepCoro(d, result ?? None);
	});
	fn('create_task', (args, kwargs) => {
		const params = rt.minor >= 11 ? ['coro', 'name', 'context'] : rt.minor >= 8 ? ['coro', 'name'] : ['coro'];
		const [coro, name, context] = parseArgs('create_task', args, kwargs, params, 1, 0, 1);
		const loop = getRunningLoopOrNull();
		if (loop === null) {
			// tasks.py: `loop = events.get_running_loop()`, in a frame that holds the coroutine.
			const text = 'loop = events.get_running_loop()';
			throw raisedAt(runtimeError('no running event loop'), [holding(asyncioFrame('tasks.py', [350, 381, 360, 336, 381, 417, 407], 'create_task', text, [7, text.length]), coro!)]);
		}
		state.creatingViaModule = true;
		try {
			return loop.createTask(coro!, name ?? None, contextArg(context));
		} finally {
			state.creatingViaModule = false;
		}
	});
	if (rt.minor >= 12) {
		// tasks.create_eager_task_factory: factory(loop, coro, *, name=None, context=None) calls
		// custom_task_constructor(coro, loop=loop, name=name, context=context, eager_start=True).
		const createEagerTaskFactory = (ctor: PyValue): PyBuiltin =>
			new PyBuiltin(
				'factory',
				(args, kwargs) => {
					const [loop, coro, name, context] = parseArgs('factory', args, kwargs, ['loop', 'coro', 'name', 'context'], 2, 0, 2);
					const kw: Kwargs = new Map([
						['loop', loop!],
						['name', name ?? None],
						['context', context ?? None],
						['eager_start', True],
					]);
					return call(ctor, [coro!], kw);
				},
				undefined,
				'create_eager_task_factory.<locals>.factory',
				'asyncio.tasks'
			);
		fn('create_eager_task_factory', (args, kwargs) => {
			const [ctor] = parseArgs('create_eager_task_factory', args, kwargs, ['custom_task_constructor'], 1, 0);
			return createEagerTaskFactory(ctor!);
		});
		def('eager_task_factory', createEagerTaskFactory(taskType));
	}
	fn('ensure_future', (args, kwargs) => {
		const [obj, loop] = parseArgs('ensure_future', args, kwargs, ['coro_or_future', 'loop'], 1, 0, 1);
		state.creatingViaEnsureFuture = true;
		try {
			return ensureFuture(obj!, loop === undefined || loop === None ? null : (loop as EventLoop));
		} finally {
			state.creatingViaEnsureFuture = false;
		}
	});
	fn('current_task', (args, kwargs) => {
		const [loop] = parseArgs('current_task', args, kwargs, ['loop'], 0, 0);
		return currentTask(loop === undefined || loop === None ? null : (loop as EventLoop));
	});
	fn('all_tasks', (args, kwargs) => {
		const [loop] = parseArgs('all_tasks', args, kwargs, ['loop'], 0, 0);
		return allTasks(loop === undefined || loop === None ? null : (loop as EventLoop));
	});
	fn('gather', (args, kwargs) => {
		loopArg('gather', kwargs);
		const kw = withoutLoop(kwargs);
		let re = false;
		if (kw) {
			for (const [k, v] of kw) {
				if (k !== 'return_exceptions') throw typeError(`gather() got an unexpected keyword argument '${k}'`);
				re = isTrue(v);
			}
		}
		return gather(args, re);
	});
	fn('shield', (args, kwargs) => {
		loopArg('shield', kwargs);
		return shield(args[0] ?? None);
	});
	fn('wait', (args, kwargs) => {
		loopArg('wait', kwargs);
		const [fs, to, rw] = parseArgs('wait', args, withoutLoop(kwargs), ['fs', 'timeout', 'return_when'], 1, 0, 1);
		return wait(fs!, numArg(to ?? None), rw ?? ALL_COMPLETED);
	});
	fn('wait_for', (args, kwargs) => {
		loopArg('wait_for', kwargs);
		const [f, to] = parseArgs('wait_for', args, withoutLoop(kwargs), ['fut', 'timeout'], 2, 0);
		return waitFor(f!, numArg(to ?? None));
	});
	fn('as_completed', (args, kwargs) => {
		loopArg('as_completed', kwargs);
		const [fs, to] = parseArgs('as_completed', args, withoutLoop(kwargs), ['fs', 'timeout'], 1, 0, 1);
		const loop = kwargs?.get('loop');
		return new AsCompleted(fs!, numArg(to ?? None), loop === undefined || loop === None ? null : (loop as EventLoop));
	});
	/**
	 * CPython tasks.run_coroutine_threadsafe: from another thread, schedules the coroutine on
	 * `loop` (through call_soon_threadsafe) and returns a concurrent.futures.Future that gets
	 * the task's outcome (futures._chain_future); cancelling that future cancels the task.
	 */
	fn('run_coroutine_threadsafe', (args) => {
		const [coro, loopArg] = args;
		if (coro === undefined || !iscoroutine(coro)) throw typeError('A coroutine object is required');
		if (!(loopArg instanceof PyObject) || !('callSoon' in loopArg)) throw typeError('run_coroutine_threadsafe() needs an event loop');
		const loop = loopArg as EventLoop;
		const cfModule = loadModule('concurrent.futures');
		const dest = call(getAttrOpt(cfModule, 'Future')!, []);
		const destCall = (name: string, ...a: PyValue[]): PyValue => call(getAttrOpt(dest, name)!, a);
		const copyState = (source: Future): void => {
			if (source.cancelled()) destCall('cancel');
			if (!isTrue(destCall('set_running_or_notify_cancel'))) return;
			// exception() marks it retrieved, as futures._copy_future_state's call does.
			const exception = source.exception();
			if (exception !== None) destCall('set_exception', exception);
			else destCall('set_result', source.result());
		};
		const callback = new PyBuiltin('callback', () => {
			try {
				const source = ensureFuture(coro, loop);
				if (source instanceof Future) {
					source.addDoneCallback(new NativeDoneCb(() => copyState(source), null));
					const cancelSource = new PyBuiltin('_call_check_cancel', (a) => {
						if (isTrue(call(getAttrOpt(a[0], 'cancelled')!, []))) {
							call(getAttrOpt(loop, 'call_soon_threadsafe')!, [new PyBuiltin('cancel', () => pyBool(source.cancel()))]);
						}
						return None;
					});
					destCall('add_done_callback', cancelSource);
				}
			} catch (e) {
				if (e instanceof PyException && !e.cls.isSubtypeOf(SystemExit) && !e.cls.isSubtypeOf(KeyboardInterrupt)) {
					if (isTrue(destCall('set_running_or_notify_cancel'))) destCall('set_exception', e);
				}
				throw e;
			}
			return None;
		});
		call(getAttrOpt(loop, 'call_soon_threadsafe')!, [callback]);
		return dest;
	});
	if (rt.minor >= 9) {
		fn('to_thread', (args, kwargs) => {
			const func = args[0];
			if (func === undefined) throw typeError("to_thread() missing 1 required positional argument: 'func'");
			const rest = args.slice(1);
			return new GenCoro('to_thread', (function* () {
				return yield* toThread(func, rest, kwargs, getRunningLoop());
			})());
		});
	}

	// timeouts / taskgroups
	if (rt.minor >= 11) {
		def('Timeout', timeoutType);
		fn('timeout', (args) => timeout(args[0] ?? None));
		fn('timeout_at', (args) => timeoutAt(args[0] ?? None));
		def('TaskGroup', taskGroupType);
	}

	// streams (simulated network)
	installStreams(m, all);
	return all;
}

/** Names per submodule (a subset of the package's, enough for `from asyncio.x import y`). */
const SUBMODULES: Record<string, string[]> = {
	'asyncio.events': ['AbstractEventLoop', 'Handle', 'TimerHandle', 'get_running_loop', '_get_running_loop', '_set_running_loop', 'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_event_loop_policy', 'set_event_loop_policy', 'AbstractEventLoopPolicy'],
	'asyncio.base_events': ['BaseEventLoop'],
	'asyncio.futures': ['Future', 'isfuture', 'wrap_future'],
	'asyncio.tasks': ['Task', 'create_task', 'create_eager_task_factory', 'eager_task_factory', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future', 'current_task', 'all_tasks', 'run_coroutine_threadsafe'],
	'asyncio.exceptions': EXCEPTIONS_ALL,
	'asyncio.locks': ['Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore'],
	'asyncio.queues': ['Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty', 'QueueShutDown'],
	'asyncio.runners': ['Runner', 'run'],
	'asyncio.coroutines': ['iscoroutinefunction', 'iscoroutine', 'coroutine'],
	'asyncio.timeouts': ['Timeout', 'timeout', 'timeout_at'],
	'asyncio.taskgroups': ['TaskGroup'],
	'asyncio.streams': ['StreamReader', 'StreamWriter', 'open_connection', 'start_server'],
	'asyncio.protocols': ['BaseProtocol', 'Protocol'],
	'asyncio.threads': ['to_thread'],
};

// Debug mode keeps stacks as traceback.StackSummary objects, which asyncio's native code makes
// at run time: this module, in asyncio's chunk, names the traceback module so that loading
// asyncio in the browser also loads it (registry.ts preloadModules scans a chunk's modules).
registerCachedPythonModule('_pyco_asyncio_debug', 'import traceback\n');

registerModule('asyncio', (m: PyModule) => {
	resetState();
	applyVersionGates();
	m.dict.setStr('__path__', new PyList([]));
	m.dict.setStr('__file__', `/usr/lib/python3.${rt.minor}/asyncio/__init__.py`);
	const all = fill(m);
	m.dict.setStr('__all__', new PyTuple(all));
	for (const sub of Object.keys(SUBMODULES)) {
		const short = sub.slice('asyncio.'.length);
		if (short === 'timeouts' || short === 'taskgroups') {
			if (rt.minor < 11) continue;
		}
		if (short === 'exceptions' && rt.minor < 8) continue;
		if (short === 'threads' && rt.minor < 9) continue;
		const sm = loadModule(sub);
		m.dict.setStr(short, sm);
	}
});

for (const [sub, names] of Object.entries(SUBMODULES)) {
	registerModule(sub, (sm: PyModule) => {
		const pkg = loadModule('asyncio');
		const exported: string[] = [];
		for (const n of names) {
			const v = pkg.dict.getStr(n);
			if (v !== undefined) {
				sm.dict.setStr(n, v);
				if (!n.startsWith('_')) exported.push(n);
			}
		}
		sm.dict.setStr('__all__', new PyTuple(exported));
	});
}

export { True, False, state, FState, isCancelledError, NativeCoro, nativeCoroType, PyException, getAttrOpt };
