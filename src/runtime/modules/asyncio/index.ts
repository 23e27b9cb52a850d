/*
 * index.ts
 * The `asyncio` package (CPython Lib/asyncio/__init__.py: "This relies on each of the
 * submodules having an __all__ variable"): the module's names are the union of the
 * submodules' public names for the emulated version, plus cheap `asyncio.<submodule>` modules.
 */

import { PyValue, None, True, False, pyBool, PyFloat, PyType, Kwargs, PyObject, typeType, objectType } from '../../objects/object';
import { PyException, typeError, valueError, runtimeError, DeprecationWarning, newException, AttributeError } from '../../objects/exceptions';
import { PyList, PyTuple, PySet } from '../../objects/containers';
import { PyModule, PyBuiltin } from '../../objects/function';
import { call, repr, str, isTrue, toArray, PyIteratorBase, getAttrOpt, typeName } from '../../objects/protocol';
import { asNumber } from '../../objects/numeric';
import { rt } from '../../objects/runtimeState';
import { method, getset, classMethod } from '../../types/util';
import { warnHook } from '../../vm/warnings';
import { registerModule, defFunction, loadModule } from '../registry';
import { resetState, state, parseArgs, numArg } from './util';
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
	baseSelectorEventLoopType,
	unixSelectorEventLoopType,
	coroutineChecks,
} from './baseEvents';
import { Future, futureType, isFuture, FState } from './futures';
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
import { resetCoroutineWarnings, iscoroutine, iscoroutinefunction, legacyCoroutineDecorator, GenCoro, awaitFuture, NativeCoro, nativeCoroType } from './coroutines';
import { lockType, eventType, conditionType, semaphoreType, boundedSemaphoreType, barrierType } from './locks';
import { queueType, priorityQueueType, lifoQueueType, QueueEmpty, QueueFull, QueueShutDown, Queue } from './queues';
import { asyncioRun, runnerType, shutdownAsyncgens } from './runners';
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
	const self = Tk(args[0]!);
	const params = rt.minor >= 12 ? ['coro', 'loop', 'name', 'context', 'eager_start'] : rt.minor >= 11 ? ['coro', 'loop', 'name', 'context'] : rt.minor >= 8 ? ['coro', 'loop', 'name'] : ['coro', 'loop'];
	const [coro, loop, name] = parseArgs('Task', args, kwargs, params, 1, 1, 1);
	self._loop = loop === undefined || loop === None ? getEventLoop() : (loop as EventLoop);
	self.init(coro!, name ?? None);
	return None;
});
method(taskType, 'cancel', (args, kwargs) => {
	const [msg] = parseArgs('cancel', args, kwargs, rt.minor >= 9 ? ['msg'] : [], 0);
	return pyBool(Tk(args[0]!).cancel(msg ?? None));
});
method(taskType, 'get_coro', (args) => Tk(args[0]!)._coro);
if (true) {
	method(taskType, 'get_name', (args) => {
		if (rt.minor < 8) throw newException(AttributeError, "'_asyncio.Task' object has no attribute 'get_name'");
		return Tk(args[0]!)._name;
	});
	method(taskType, 'set_name', (args) => {
		Tk(args[0]!)._name = str(args[1] ?? None);
		return None;
	});
}
method(taskType, 'cancelling', (args) => Tk(args[0]!).cancelling());
method(taskType, 'uncancel', (args) => Tk(args[0]!).uncancel());
method(taskType, 'get_context', (args) => Tk(args[0]!)._context ?? None);
method(taskType, 'get_loop', (args) => Tk(args[0]!).loop);
method(taskType, 'set_result', () => {
	throw runtimeError('Task does not support set_result operation');
});
method(taskType, 'set_exception', () => {
	throw runtimeError('Task does not support set_exception operation');
});
method(taskType, 'get_stack', () => new PyList([]));
method(taskType, 'print_stack', () => None);
method(taskType, '__repr__', (args) => {
	const t = Tk(args[0]!);
	return `<${t.cls.name} ${t.reprInfo().join(' ')}>`;
});
getset(taskType, '_coro', (self) => Tk(self)._coro);
getset(taskType, '_fut_waiter', (self) => Tk(self)._fut_waiter ?? None);
getset(taskType, '_must_cancel', (self) => pyBool(Tk(self)._must_cancel));
getset(taskType, '_log_destroy_pending', (self) => pyBool(Tk(self)._log_destroy_pending), (self, v) => {
	Tk(self)._log_destroy_pending = isTrue(v);
});
getset(taskType, '_num_cancels_requested', (self) => Tk(self)._num_cancels_requested);

method(baseEventLoopType, 'shutdown_asyncgens', (args) => shutdownAsyncgens(args[0] as EventLoop));
method(baseEventLoopType, 'shutdown_default_executor', () => new GenCoro('shutdown_default_executor', (function* () {
	return None;
})(), 'BaseEventLoop.shutdown_default_executor'));

// Task.all_tasks()/Task.current_task(): classmethods of 3.7 and 3.8 (removed in 3.9).
for (const name of ['all_tasks', 'current_task'] as const) {
	classMethod(taskType, name, (args, kwargs) => {
		if (rt.minor >= 9) throw newException(AttributeError, `type object '_asyncio.Task' has no attribute '${name}'`);
		if (rt.minor === 8) warnHook.warn(DeprecationWarning, `Task.${name}() is deprecated, use asyncio.${name}() instead`, 1);
		const [loop] = parseArgs(name, args, kwargs, ['loop'], 0);
		const l = loop === undefined || loop === None ? getEventLoop() : (loop as EventLoop);
		return name === 'all_tasks' ? allTasks(l) : currentTask(l);
	});
}

/** Python 3.7's Task hides the 3.8+ names (AttributeError like CPython's). */
function hideForVersion(): void {}

// ---------------------------------------------------------------------------------------------
// as_completed (a plain generator of `_wait_for_one()` coroutines; 3.13 adds async iteration).

const asCompletedType = new PyType(typeType, 'generator', [objectType], new Map(), { builtin: true, module: 'builtins' });

class AsCompleted extends PyIteratorBase {
	remaining: number;
	done: Queue;
	todo: Set<Future>;
	timeoutHandle: import('./events').TimerHandle | null = null;
	constructor(fs: PyValue, timeoutSec: number | null) {
		super(asCompletedType);
		if (isFuture(fs) || iscoroutine(fs)) throw typeError(`expect an iterable of futures, not ${typeName(fs)}`);
		this.done = new Queue();
		const loop = getEventLoop();
		this.todo = new Set();
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
		(onCompletion as import('./events').NativeCb).pyName = 'as_completed.<locals>._on_completion';
		const entry = new (require_futures().NativeDoneCb)(onCompletion, null);
		for (const f of this.todo) f.addDoneCallback(entry);
		if (this.todo.size && timeoutSec !== null) {
			const onTimeout = (): void => {
				for (const f of this.todo) {
					f.removeDoneCallback(entry);
					this.done.putNowait(None);
				}
				this.todo.clear();
			};
			(onTimeout as import('./events').NativeCb).pyName = 'as_completed.<locals>._on_timeout';
			this.timeoutHandle = loop.callLater(timeoutSec, null, [], onTimeout, null, null);
		}
		this.remaining = this.todo.size;
	}
	nextValue(): PyValue | undefined {
		if (this.remaining <= 0) return undefined;
		this.remaining--;
		const q = this.done;
		return new GenCoro('_wait_for_one', (function* () {
			const f = yield* q.asyncGet();
			if (f === None) throw newException(exc().TimeoutError);
			return (f as Future).result();
		})(), rt.minor >= 13 ? '_AsCompletedIterator._wait_for_one' : 'as_completed.<locals>._wait_for_one');
	}
}
import * as futuresMod from './futures';
function require_futures(): typeof futuresMod {
	return futuresMod;
}
method(asCompletedType, '__iter__', (args) => args[0]!);
method(asCompletedType, '__next__', (args) => {
	const v = (args[0] as AsCompleted).nextValue();
	if (v === undefined) throw newException(stopIterationType());
	return v;
});
method(asCompletedType, '__aiter__', (args) => args[0]!);
method(asCompletedType, '__anext__', (args) => {
	const it = args[0] as AsCompleted;
	if (it.remaining <= 0) throw newException(stopAsyncIterationType());
	it.remaining--;
	const q = it.done;
	return new GenCoro('_wait_for_one', (function* () {
		const f = yield* q.asyncGet();
		if (f === None) throw newException(exc().TimeoutError);
		return f;
	})(), '_AsCompletedIterator._wait_for_one');
});
import { StopIteration, StopAsyncIteration } from '../../objects/exceptions';
function stopIterationType(): PyType {
	return StopIteration;
}
function stopAsyncIterationType(): PyType {
	return StopAsyncIteration;
}

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
	const policy = new PyObject(policyType);
	fn('get_event_loop_policy', () => policy);
	fn('set_event_loop_policy', () => None);
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
	fn('wrap_future', (args) => args[0] ?? None);

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
	if (rt.minor >= 11) def('Runner', runnerType);

	// tasks
	def('Task', taskType);
	def('FIRST_COMPLETED', FIRST_COMPLETED);
	def('FIRST_EXCEPTION', FIRST_EXCEPTION);
	def('ALL_COMPLETED', ALL_COMPLETED);
	fn('sleep', (args, kwargs) => {
		if (kwargs === null && args.length === 1) {
			// Fast path: sleep(delay).
			const d0 = args[0]!;
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
		const [coro, name] = parseArgs('create_task', args, kwargs, params, 1, 0, 1);
		const loop = getRunningLoop();
		state.creatingViaModule = true;
		try {
			return loop.createTask(coro!, name ?? None);
		} finally {
			state.creatingViaModule = false;
		}
	});
	fn('ensure_future', (args, kwargs) => {
		const [obj, loop] = parseArgs('ensure_future', args, kwargs, ['coro_or_future', 'loop'], 1, 0, 1);
		return ensureFuture(obj!, loop === undefined || loop === None ? null : (loop as EventLoop));
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
		return new AsCompleted(fs!, numArg(to ?? None));
	});
	fn('run_coroutine_threadsafe', () => {
		throw runtimeError('run_coroutine_threadsafe() needs threads, which this runtime does not have');
	});
	if (rt.minor >= 9) {
		fn('to_thread', (args, kwargs) => {
			const func = args[0];
			if (func === undefined) throw typeError("to_thread() missing 1 required positional argument: 'func'");
			const rest = args.slice(1);
			return new GenCoro('to_thread', (function* () {
				const loop = getRunningLoop();
				const fut = loop.runInExecutor(new PyBuiltin('run', () => call(func, rest, kwargs)), []);
				return yield* awaitFuture(fut);
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
	'asyncio.tasks': ['Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future', 'current_task', 'all_tasks', 'run_coroutine_threadsafe'],
	'asyncio.exceptions': EXCEPTIONS_ALL,
	'asyncio.locks': ['Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore'],
	'asyncio.queues': ['Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty', 'QueueShutDown'],
	'asyncio.runners': ['Runner', 'run'],
	'asyncio.coroutines': ['iscoroutinefunction', 'iscoroutine', 'coroutine'],
	'asyncio.timeouts': ['Timeout', 'timeout', 'timeout_at'],
	'asyncio.taskgroups': ['TaskGroup'],
	'asyncio.streams': ['StreamReader', 'StreamWriter', 'open_connection', 'start_server'],
	'asyncio.threads': ['to_thread'],
};

registerModule('asyncio', (m: PyModule) => {
	resetState();
	resetCoroutineWarnings();
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

export { True, False, state, FState, hideForVersion, isCancelledError, NativeCoro, nativeCoroType, PyException, getAttrOpt };
