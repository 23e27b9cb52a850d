/*
 * tasks.ts
 * CPython Lib/asyncio/tasks.py: Task (a coroutine wrapped in a Future, driven by __step and
 * __wakeup), sleep, ensure_future/create_task, current_task/all_tasks, gather, shield, wait,
 * wait_for (the pre-3.12 implementation and the 3.12+ one built on timeouts), as_completed
 * and to_thread. Each version's observable differences are selected with rt.minor.
 */

import { currentStack, stdlibEntry } from '../../vm/tracebackModule';
import { stackSummary } from './util';
import { PyObject, PyType, PyValue, None, True, False, PyFloat, typeOf } from '../../objects/object';
import {
	PyException,
	typeError,
	valueError,
	runtimeError,
	newException,
	KeyboardInterrupt,
	SystemExit,
	RuntimeError,
	DeprecationWarning,
	TimeoutError as BuiltinTimeoutError,
} from '../../objects/exceptions';
import { PyList, PyTuple, PySet, PyDict } from '../../objects/containers';
import { call, repr, str, getAttrOpt, getAttr, isTrue, PyIteratorBase, toArray, hashValue, callType } from '../../objects/protocol';
import { rt } from '../../objects/runtimeState';
import { method, getset, dottedTypeName } from '../../types/util';
import { BudgetExceeded, currentFrame } from '../../vm/interpreter';
import type { Frame } from '../../vm/frame';
import { markWait, traceEvent, traceId, traceState, waitOf, type TraceWait } from '../../vm/trace';
import { warnHook } from '../../vm/warnings';
import { PyCoroutine, PyGenerator, GenState, genResume, genThrowInternal, ResumeMode, stopIterationValue, pendingCoroutines, collectedWith, driverCanResume, DriverOutcome, type DriverChannel } from '../../vm/generators';
import { StopIteration } from '../../objects/exceptions';
import { asyncioType, withDict, state, parseArgs, numArg, prependFrames, asyncioFrame, raisedAt, className, holding, type SyntheticFrame } from './util';
import { Future, FState, futureType, NativeDoneCb, taskHooks, isFuture, setResultUnlessCancelled, getLoopOf } from './futures';
import { NativeCb, getEventLoop, getRunningLoop, getRunningLoopOrNull } from './events';
import { exc, isCancelledError, cancelledError, invalidStateError } from './exceptions';
import { NativeCoro, GenCoro, awaitFuture, awaitAny, iscoroutine } from './coroutines';
import type { EventLoop } from './baseEvents';
import { Context, ctxState, copyContextForTask } from './contextvars';

export const taskType = dottedTypeName(asyncioType('Task', '_asyncio', futureType, (cls) => withDict(new Task(null, null, None, cls))));
taskType.ns.set('__doc__', 'A coroutine wrapped in a Future.');

/** How a Task resumes its coroutine (chosen once, at creation). */
const enum CoroKind {
	Gen, // PyCoroutine or PyGenerator: genResume / genThrowInternal
	Native, // NativeCoro
	Other, // anything with send/throw (collections.abc.Coroutine)
}

export class Task extends Future {
	// An important invariant maintained while a Task not done:
	// _fut_waiter is either None or a Future.  The Future
	// can be either done() or not done().
	// The task can be in any of 3 states:
	//
	// - 1: _fut_waiter is not None and not _fut_waiter.done():
	//      __step() is *not* scheduled and the Task is waiting for _fut_waiter.
	// - 2: (_fut_waiter is None or _fut_waiter.done()) and __step() is scheduled:
	//       the Task is waiting for __step() to be executed.
	// - 3:  _fut_waiter is None and __step() is *not* scheduled:
	//       the Task is currently executing (in __step()).
	//
	// * In state 1, one of the callbacks of __fut_waiter must be __wakeup().
	// * The transition from 1 to 2 happens when _fut_waiter becomes done(),
	//   as it schedules __wakeup() to be called (which calls __step() so
	//   we way that __step() is scheduled).
	// * It transitions from 2 to 3 when __step() is executed, and it clears
	//   _fut_waiter to None.

	_coro: PyValue = None;
	coroKind: CoroKind = CoroKind.Gen;
	_name: PyValue = None;
	_must_cancel = false;
	/** Run when the coroutine returns, before the result is set: what CPython's reference
	 * counting does as the finished frame releases its locals (a StreamWriter's __del__). */
	_onReturn: (() => void) | null = null;
	_fut_waiter: PyValue | null = null;
	_num_cancels_requested = 0;
	_log_destroy_pending = true;
	/** contextvars.Context the steps run in (null: contextvars unused in this run). */
	_context: Context | null = null;
	/** The context current before a step begun by taskStepBegin (restored by taskStepEnd). */
	_prevCtx: Context | null = null;
	/** traceState.inTask before a step begun by taskStepBegin. */
	_prevInTask = false;

	constructor(coro: PyValue | null, loop: EventLoop | null, name: PyValue, cls: PyType = taskType) {
		super(loop, cls);
		if (coro !== null && loop !== null) this.init(coro, name);
	}

	/**
	 * CPython 3.13 Lib/asyncio/tasks.py Task.__init__ (after Future.__init__). `context`: the
	 * `context=` argument (3.11+; undefined: a copy of the current one). `eagerLoop`: the
	 * `loop=` argument when `eager_start=True` was given (3.12+), null otherwise.
	 */
	init(coro: PyValue, name: PyValue, context?: Context | null, eagerLoop: PyValue | null = null): void {
		if (!iscoroutine(coro)) {
			this._log_destroy_pending = false;
			throw typeError(`a coroutine was expected, got ${repr(coro)}`);
		}
		// The C Task of 3.8-3.12 takes a counter value even for named tasks; 3.13 only for unnamed.
		if (name === None) this._name = `Task-${++state.taskCounter}`;
		else {
			if (rt.minor <= 12) ++state.taskCounter;
			this._name = str(name);
		}
		this._coro = coro;
		this._context = context === undefined ? copyContextForTask() : context;
		this.coroKind =
			coro instanceof PyCoroutine || coro instanceof PyGenerator ? CoroKind.Gen : coro instanceof NativeCoro ? CoroKind.Native : CoroKind.Other;
		if (this.loop._debug) {
			// Task._source_traceback: the stack, down to asyncio.create_task's frame when the task
			// came from there (loop.create_task drops its own).
			const stack = currentStack();
			if (state.creatingViaModule) {
				const text = rt.minor === 7 ? 'return loop.create_task(coro)' : rt.minor >= 13 ? 'task = loop.create_task(coro, name=name)' : 'task = loop.create_task(coro)';
				stack.push(stdlibEntry({ file: 'tasks.py', line: [351, 382, 361, 337, 384, 420, 410][rt.minor - 7] ?? 410, name: 'create_task', text }));
			}
			if (state.creatingViaEnsureFuture) {
				const m = rt.minor;
				const call = 'return loop.create_task(coro_or_future)';
				// (3.7-3.9 drop ensure_future's own frame.)
				if (m <= 9) {
					// nothing
				} else if (m <= 11) {
					stack.push(stdlibEntry({ file: 'tasks.py', line: m === 10 ? 615 : 659, name: 'ensure_future', text: 'return _ensure_future(coro_or_future, loop=loop)' }));
					stack.push(stdlibEntry({ file: 'tasks.py', line: m === 10 ? 636 : 680, name: '_ensure_future', text: call }));
				} else stack.push(stdlibEntry({ file: 'tasks.py', line: m === 12 ? 695 : 748, name: 'ensure_future', text: call }));
			}
			this._sourceTraceback = stack;
			const last = stack[stack.length - 1];
			this._createdAt = last === undefined ? null : `${last.filename}:${last.line}`;
		}
		try {
			if (eagerLoop !== null) {
				// The C Task asks the `loop` argument itself (None when it was omitted: an
				// AttributeError in CPython 3.12.1 and 3.13.0, after the name was taken).
				if (isTrue(call(getAttr(eagerLoop, 'is_running'), []))) {
					this.ownCoroutine();
					if (traceState.enabled) traceTaskCreated(this, coro);
					this.eagerStart();
					return;
				}
			}
			// self._loop.call_soon(self.__step, ...): _check_closed() raises on a closed loop.
			this.loop.checkClosed('call_soon', coro);
		} catch (e) {
			if (e instanceof PyException) this.destroyedWithCoroutine();
			throw e;
		}
		this.ownCoroutine();
		this.loop.callSoonPooled(taskStep, this, null);
		state.allTasks.add(this);
		if (traceState.enabled) traceTaskCreated(this, coro);
	}

	/**
	 * The task owns its coroutine now: CPython would report the task, not the coroutine, if it
	 * were never run (see docs: R14).
	 */
	private ownCoroutine(): void {
		const coro = this._coro;
		if (coro instanceof PyCoroutine || coro instanceof NativeCoro) pendingCoroutines.delete(coro as PyCoroutine);
	}

	/**
	 * Task.__init__ failed after the task took its coroutine (a closed loop, a bad `loop`): the
	 * pending task dies with the frames that hold it, as its unstarted coroutine does, and
	 * Task.__del__ reports it just before the coroutine's "never awaited" warning.
	 */
	private destroyedWithCoroutine(): void {
		const coro = this._coro;
		if (!(coro instanceof PyCoroutine || coro instanceof NativeCoro) || !pendingCoroutines.has(coro as PyCoroutine)) return;
		collectedWith.set(coro as PyCoroutine, () => {
			if (this._state !== FState.Pending || !this._log_destroy_pending) return;
			const ctx = new PyDict();
			ctx.setStr('task', this);
			ctx.setStr('message', 'Task was destroyed but it is pending!');
			if (this._sourceTraceback !== null) ctx.setStr('source_traceback', stackSummary(this._sourceTraceback));
			this.loop.callExceptionHandler(ctx);
		});
	}

	/**
	 * CPython 3.12+ Task.__eager_start (the C task_eager_start): the first step runs now, inside
	 * the constructor, with this task as the current task (the creator's is put back after).
	 * A task that finishes in that step is never scheduled, and drops its coroutine.
	 */
	eagerStart(): void {
		const loop = this.loop;
		const prevTask = loop._currentTask;
		loop._currentTask = this;
		state.allTasks.add(this); // _register_eager_task: all_tasks() sees it during the step
		const ctx = this._context;
		let prevCtx: Context | null = null;
		try {
			if (ctx !== null) {
				if (ctx.entered) throw runtimeError(`cannot enter context: ${repr(ctx)} is already entered`);
				prevCtx = ctxState.current;
				ctx.entered = true;
				ctxState.current = ctx;
			}
			try {
				stepRunAndHandleResult(this, null);
			} finally {
				if (ctx !== null) {
					ctx.entered = false;
					ctxState.current = prevCtx;
				}
			}
		} finally {
			loop._currentTask = prevTask;
			if (this._state !== FState.Pending) this._coro = None;
		}
	}

	/** CPython Task.cancel (per version). */
	override cancel(msg: PyValue = None): boolean {
		this._log_traceback = false;
		if (this._state !== FState.Pending) return false;
		this._num_cancels_requested++;
		const w = this._fut_waiter;
		if (w !== null) {
			const ok = w instanceof Future ? w.cancel(rt.minor >= 9 ? msg : None) : isTrue(call(getAttr(w, 'cancel'), rt.minor >= 9 && msg !== None ? [msg] : []));
			if (ok) return true;
		}
		this._must_cancel = true;
		this._cancel_message = msg;
		return true;
	}

	cancelling(): number {
		return this._num_cancels_requested;
	}

	uncancel(): number {
		if (this._num_cancels_requested > 0) {
			this._num_cancels_requested--;
			if (this._num_cancels_requested === 0) this._must_cancel = false;
		}
		return this._num_cancels_requested;
	}

	override reprInfo(): string[] {
		const info = super.reprInfo();
		if (this._state === FState.Pending && (rt.minor >= 11 ? this._num_cancels_requested > 0 : this._must_cancel)) info[0] = 'cancelling';
		if (rt.minor >= 8) info.splice(1, 0, `name=${repr(this._name)}`);
		const at = rt.minor >= 8 ? 2 : 1;
		if (this._fut_waiter !== null) info.splice(at, 0, `wait_for=${repr(this._fut_waiter)}`);
		if (this._coro !== None) info.splice(at, 0, `coro=<${formatCoroutine(this._coro)}>`);
		return info;
	}
}

taskHooks.isTask = (v: unknown): v is Task => v instanceof Task;

function coroName(c: PyValue): string {
	if (c instanceof PyCoroutine || c instanceof PyGenerator) return c.qualname;
	if (c instanceof NativeCoro) return c.qualname;
	const q = getAttrOpt(c, '__qualname__');
	return typeof q === 'string' ? q : repr(c);
}

/** coroutines._format_coroutine */
export function formatCoroutine(c: PyValue): string {
	const name = `${coroName(c)}()`;
	if (c instanceof PyCoroutine || c instanceof PyGenerator) {
		const code = c.frame.code;
		if (c.state !== GenState.Closed) {
			const line = c.state === GenState.Created ? code.firstLine : c.frame.line;
			return `${name} running at ${code.filename}:${line}`;
		}
		return `${name} done, defined at ${code.filename}:${code.firstLine}`;
	}
	if (c instanceof NativeCoro) {
		const loc = c.location();
		if (loc === null) return c.running ? `${name} running` : name;
		const file = `/usr/lib/python3.${rt.minor}/asyncio/${loc.file}`;
		return loc.line === null ? `${name} done, defined at ${file}:${loc.def}` : `${name} running at ${file}:${loc.line}`;
	}
	return name;
}

// ---------------------------------------------------------------------------------------------
// __step / __wakeup: the heart of the scheduler. Allocation-light: no closures per step.

function enterTask(loop: EventLoop, task: Task): void {
	const cur = loop._currentTask;
	if (cur !== null) throw runtimeError(`Cannot enter into task ${repr(task)} while another task ${repr(cur)} is being executed.`);
	loop._currentTask = task;
}

function leaveTask(loop: EventLoop, task: Task): void {
	const cur = loop._currentTask;
	if (cur !== task) throw runtimeError(`Leaving task ${repr(task)} does not match the current task ${cur ? repr(cur) : 'None'}.`);
	loop._currentTask = null;
}

/** CPython 3.13 Lib/asyncio/tasks.py Task.__step */
export function taskStep(task: Task, exc: PyException | null): void {
	if (task._state !== FState.Pending) {
		throw invalidStateError(`_step(): already done: ${repr(task)}, ${exc === null ? 'None' : repr(exc)}`);
	}
	if (task._must_cancel) {
		if (!isCancelledError(exc)) exc = task.makeCancelledError();
		task._must_cancel = false;
	}
	task._fut_waiter = null;
	const loop = task.loop;
	const ctx = task._context;
	let prevCtx: Context | null = null;
	if (ctx !== null) {
		if (ctx.entered) throw runtimeError(`cannot enter context: ${repr(ctx)} is already entered`);
		prevCtx = ctxState.current;
		ctx.entered = true;
		ctxState.current = ctx;
	}
	enterTask(loop, task);
	try {
		stepRunAndHandleResult(task, exc);
	} finally {
		leaveTask(loop, task);
		if (ctx !== null) {
			ctx.entered = false;
			ctxState.current = prevCtx;
		}
	}
}
(taskStep as NativeCb).pyName = 'Task.task_step';

const DONE = Symbol('done');

/** CPython 3.13 Lib/asyncio/tasks.py Task.__step_run_and_handle_result */
/** The Python frame current while a task steps a native coroutine directly (see wait()). */
let nativeTaskStepFrame: Frame | null | undefined;

function stepRunAndHandleResult(task: Task, exc: PyException | null): void {
	const coro = task._coro;
	const tracing = traceState.enabled;
	const wasInTask = traceState.inTask;
	if (tracing) {
		traceEvent('step-start', exc === null ? { id: traceId(task), task: task._name } : { id: traceId(task), task: task._name, throw: exc.cls.name });
		traceState.inTask = true;
	}
	let result: PyValue | typeof DONE;
	let value: PyValue = None;
	try {
		switch (task.coroKind) {
			case CoroKind.Gen: {
				const g = coro as PyCoroutine;
				result = exc === null ? genResume(g, ResumeMode.Send, None) : genThrowInternal(g, exc);
				if (g.returned) {
					value = g.returnValue;
					result = DONE;
				}
				break;
			}
			case CoroKind.Native: {
				const n = coro as NativeCoro;
				// A native coroutine run directly by the task has asyncio's own __step as its
				// caller (warnings with stacklevel=2 are attributed there, not to user code).
				nativeTaskStepFrame = currentFrame();
				const r = n.step(exc);
				nativeTaskStepFrame = undefined;
				if (r === undefined) {
					value = n.ret;
					result = DONE;
				} else result = r;
				break;
			}
			default: {
				try {
					result = exc === null ? call(getAttr(coro, 'send'), [None]) : call(getAttr(coro, 'throw'), [exc]);
				} catch (e) {
					if (e instanceof PyException && e.cls.isSubtypeOf(StopIteration)) {
						value = stopIterationValue(e);
						result = DONE;
					} else throw e;
				}
			}
		}
	} catch (e) {
		if (tracing) traceState.inTask = wasInTask;
		if (!(e instanceof PyException)) throw e;
		stepFailed(task, e);
		return;
	}
	if (tracing) traceState.inTask = wasInTask;
	stepDone(task, result, value);
}

/** The coroutine step raised `e` (__step_run_and_handle_result's except clauses). */
function stepFailed(task: Task, e: PyException): void {
	const tracing = traceState.enabled;
	if (isCancelledError(e)) {
		if (rt.minor >= 9) task._cancelled_exc = e;
		Future.prototype.cancel.call(task, None);
		if (tracing) traceEvent('task-cancelled', { id: traceId(task), task: task._name });
	} else if (e.cls.isSubtypeOf(KeyboardInterrupt) || e.cls.isSubtypeOf(SystemExit)) {
		Future.prototype.setException.call(task, e);
		taskFinished(task);
		throw e;
	} else {
		Future.prototype.setException.call(task, e);
		if (tracing) traceEvent('task-done', { id: traceId(task), task: task._name, exception: e.cls.name });
	}
	taskFinished(task);
}

/** The coroutine step returned (DONE, with `value`) or yielded `result` (the else clause). */
function stepDone(task: Task, result: PyValue | typeof DONE, value: PyValue): void {
	const tracing = traceState.enabled;
	if (result === DONE) {
		if (task._onReturn !== null) {
			const hook = task._onReturn;
			task._onReturn = null;
			hook();
		}
		if (task._must_cancel) {
			task._must_cancel = false;
			if (rt.minor === 7) Future.prototype.setException.call(task, cancelledError());
			else Future.prototype.cancel.call(task, rt.minor >= 9 ? task._cancel_message : None);
		} else {
			Future.prototype.setResult.call(task, value);
		}
		if (tracing) traceEvent(task.cancelled() ? 'task-cancelled' : 'task-done', { id: traceId(task), task: task._name });
		taskFinished(task);
		return;
	}
	const loop = task.loop;
	if (result instanceof Future) {
		if (result._loop !== loop) {
			const ne = runtimeError(`Task ${repr(task)} got Future ${repr(result)} attached to a different loop`);
			loop.callSoonPooled(taskStep, task, ne);
		} else if (result._asyncio_future_blocking) {
			if (result === task) {
				loop.callSoonPooled(taskStep, task, runtimeError(`Task cannot await on itself: ${repr(task)}`));
			} else {
				result._asyncio_future_blocking = false;
				result.addDoneCallback(task);
				task._fut_waiter = result;
				if (tracing) traceStepEnd(task, describeAwait(result));
				if (task._must_cancel) {
					if (result.cancel(rt.minor >= 9 ? task._cancel_message : None)) task._must_cancel = false;
				}
			}
		} else {
			loop.callSoonPooled(taskStep, task, runtimeError(`yield was used instead of yield from in task ${repr(task)} with ${repr(result)}`));
		}
		return;
	}
	if (result === None) {
		// Bare yield relinquishes control for one event loop iteration.
		loop.callSoonPooled(taskStep, task, null);
		if (tracing) traceStepEnd(task, { wait: 'yield', label: 'sleep 0' });
		return;
	}
	// A future-like object implemented in Python.
	const blocking = typeof result === 'object' ? getAttrOpt(result, '_asyncio_future_blocking') : undefined;
	if (blocking !== undefined && blocking !== None) {
		if (getLoopOf(result) !== loop) {
			loop.callSoonPooled(taskStep, task, runtimeError(`Task ${repr(task)} got Future ${repr(result)} attached to a different loop`));
		} else if (isTrue(blocking)) {
			call(getAttr(result, '__setattr__'), ['_asyncio_future_blocking', False]);
			call(getAttr(result, 'add_done_callback'), [wakeupCallable(task)]);
			task._fut_waiter = result;
			if (task._must_cancel) {
				if (isTrue(call(getAttr(result, 'cancel'), []))) task._must_cancel = false;
			}
		} else {
			loop.callSoonPooled(taskStep, task, runtimeError(`yield was used instead of yield from in task ${repr(task)} with ${repr(result)}`));
		}
		return;
	}
	if (result instanceof PyGenerator) {
		loop.callSoonPooled(taskStep, task, runtimeError(`yield was used instead of yield from for generator in task ${repr(task)} with ${repr(result)}`));
		return;
	}
	loop.callSoonPooled(taskStep, task, runtimeError(`Task got bad yield: ${repr(result)}`));
}

// The event loop's driver form (baseEvents.ts runForeverG) splits a step in two around the
// coroutine's resumption, which the frame loop then runs inline (and a sliced run may pause in).

/**
 * Task.__step up to the coroutine's resumption. Returns the coroutine when the step is a plain
 * send(None) the driver can hand to the frame loop (the task is then entered: context and
 * current task set, as taskStep does), or null after running the whole step here.
 */
export function taskStepBegin(task: Task, exc: PyException | null): PyCoroutine | PyGenerator | null {
	const coro = task._coro;
	if (exc !== null || task._must_cancel || task._state !== FState.Pending || task.coroKind !== CoroKind.Gen || !driverCanResume(coro)) {
		taskStep(task, exc);
		return null;
	}
	task._fut_waiter = null;
	const ctx = task._context;
	if (ctx !== null) {
		if (ctx.entered) throw runtimeError(`cannot enter context: ${repr(ctx)} is already entered`);
		task._prevCtx = ctxState.current;
		ctx.entered = true;
		ctxState.current = ctx;
	}
	enterTask(task.loop, task);
	if (traceState.enabled) {
		traceEvent('step-start', { id: traceId(task), task: task._name });
		task._prevInTask = traceState.inTask;
		traceState.inTask = true;
	}
	return coro;
}

/** Task.__wakeup(future) in the driver form: the future's outcome, then taskStepBegin. */
export function taskWakeupBegin(task: Task, fut: PyValue): PyCoroutine | PyGenerator | null {
	if (fut instanceof Future && fut._state === FState.Finished && fut._exception === null) return taskStepBegin(task, null);
	let err: PyException | null = null;
	try {
		if (fut instanceof Future) fut.result();
		else call(getAttr(fut, 'result'), []);
	} catch (e) {
		if (!(e instanceof PyException)) throw e;
		err = e;
	}
	return taskStepBegin(task, err);
}

/** The rest of a step begun by taskStepBegin, once the coroutine left as `ch` says. */
export function taskStepEnd(task: Task, ch: DriverChannel): void {
	try {
		if (traceState.enabled) traceState.inTask = task._prevInTask;
		if (ch.outcome === DriverOutcome.Raised) {
			const e = ch.error!;
			ch.error = null;
			stepFailed(task, e);
		} else {
			const v = ch.value;
			ch.value = None;
			if (ch.outcome === DriverOutcome.Returned) stepDone(task, DONE, v);
			else stepDone(task, v, None);
		}
	} finally {
		leaveTask(task.loop, task);
		const ctx = task._context;
		if (ctx !== null) {
			ctx.entered = false;
			ctxState.current = task._prevCtx;
			task._prevCtx = null;
		}
	}
}

function taskFinished(task: Task): void {
	state.allTasks.delete(task);
}

/** What a task now waits for, for the scheduling trace. */
function describeAwait(f: Future): TraceWait {
	const w = waitOf(f);
	if (w) return w;
	if (f instanceof Task) return { wait: 'task', label: `task ${str(f._name)}`, targets: [traceId(f)] };
	if (f instanceof GatheringFuture) {
		return { wait: 'gather', label: `gather (${f._children.length})`, targets: f._children.filter((c) => c instanceof Task).map((c) => traceId(c)) };
	}
	return { wait: 'future', label: 'future' };
}

function traceStepEnd(task: Task, w: TraceWait): void {
	traceEvent('step-end', { id: traceId(task), task: task._name, ...w, awaits: w.label });
}

function traceTaskCreated(task: Task, coro: PyValue): void {
	const parent = getRunningLoopOrNull()?._currentTask;
	const data: Record<string, unknown> = { id: traceId(task), task: task._name, coro: coroName(coro) };
	if (parent) data['parent'] = traceId(parent);
	traceEvent('task-created', data);
}

/** CPython 3.13 Lib/asyncio/tasks.py Task.__wakeup */
export function taskWakeup(task: Task, fut: PyValue): void {
	if (fut instanceof Future) {
		if (fut._state === FState.Finished && fut._exception === null) {
			taskStep(task, null);
			return;
		}
		let err: PyException | null = null;
		try {
			fut.result();
		} catch (e) {
			if (!(e instanceof PyException)) throw e;
			err = e;
		}
		taskStep(task, err);
		return;
	}
	let err: PyException | null = null;
	try {
		call(getAttr(fut, 'result'), []);
	} catch (e) {
		if (!(e instanceof PyException)) throw e;
		err = e;
	}
	taskStep(task, err);
}
(taskWakeup as NativeCb).pyName = 'Task.task_wakeup';
taskHooks.wakeup = taskWakeup;

import { PyBuiltin } from '../../objects/function';
const wakeupCallables = new WeakMap<Task, PyBuiltin>();
function wakeupCallable(task: Task): PyBuiltin {
	let b = wakeupCallables.get(task);
	if (!b) {
		b = new PyBuiltin('task_wakeup', (args) => {
			taskWakeup(task, args[0]);
			return None;
		}, undefined, 'Task.task_wakeup', '_asyncio');
		wakeupCallables.set(task, b);
	}
	return b;
}

// ---------------------------------------------------------------------------------------------
// sleep: sleep(0) is a bare yield; sleep(d) a future resolved by a timer (hand-written state
// machine: the hottest awaitable of all).

const SLEEP_DEF = [582, 641, 633, 593, 637, 653, 703];
const SLEEP_SLEEP0 = [585, 644, 641, 596, 640, 656, 706];
const SLEEP_AWAIT = [595, 659, 652, 605, 649, 665, 718];

export class SleepCoro extends NativeCoro {
	override location(): { file: string; def: number; line: number | null } {
		const i = rt.minor - 7;
		const def = SLEEP_DEF[i];
		if (this.finished) return { file: 'tasks.py', def, line: null };
		if (this.phase === 0) return { file: 'tasks.py', def, line: def };
		return { file: 'tasks.py', def, line: this.phase === 3 ? SLEEP_SLEEP0[i] : SLEEP_AWAIT[i] };
	}
	private phase = 0;
	private fut: Future | null = null;
	private handle: import('./events').TimerHandle | null = null;
	constructor(
		private delay: number,
		private result: PyValue
	) {
		super('sleep');
	}
	protected body(exc: PyException | null): PyValue | undefined {
		if (this.phase === 0) {
			if (exc !== null) throw exc;
			this.phase = 1;
			if (this.delay <= 0) {
				// __sleep0(): a bare yield.
				this.phase = 3;
				return None;
			}
			const loop = getRunningLoop();
			const fut = new Future(loop);
			if (traceState.enabled) markWait(fut, { wait: 'sleep', label: `sleep ${this.delay}`, until: loop.time() + this.delay });
			this.fut = fut;
			this.handle = loop.callLater(this.delay, null, EMPTY, setResultUnlessCancelled as NativeCb, fut, this.result);
			fut._asyncio_future_blocking = true;
			return fut;
		}
		if (this.phase === 3) {
			this.phase = 2;
			if (exc !== null) throw exc;
			this.ret = this.result;
			return undefined;
		}
		// Resumed after the future: `return await future` with `h.cancel()` in finally.
		this.phase = 2;
		this.handle!.cancel();
		if (exc !== null) {
			prependFrames(exc, [asyncioFrame('tasks.py', SLEEP_AWAIT, 'sleep', 'return await future', [7, 19])]);
			throw exc;
		}
		this.ret = this.fut!.result();
		return undefined;
	}
}
const EMPTY: PyValue[] = [];

// ---------------------------------------------------------------------------------------------
// ensure_future / create_task / current_task / all_tasks.

/** tasks.ensure_future (for the loop's own use: `loop` may be given). */
export function ensureFuture(obj: PyValue, loop: EventLoop | null, wrapped = false): PyValue {
	if (iscoroutine(obj)) {
		const l = loop ?? getEventLoop();
		// `loop=` may be any object: its create_task is looked up like CPython does.
		let createTask: PyValue | null = null;
		if (typeof (l as Partial<EventLoop>).createTask !== 'function') {
			try {
				createTask = getAttr(l, 'create_task');
			} catch (e) {
				if (e instanceof PyException) prependFrames(e, ensureFutureFrames(obj, true));
				throw e;
			}
		}
		try {
			return createTask === null ? l.createTask(obj) : call(createTask, [obj]);
		} catch (e) {
			if (e instanceof PyException) {
				// loop.create_task() refused (RuntimeError: a closed loop): 3.10+ close the
				// coroutine they were given (no "never awaited" warning). The frames of
				// ensure_future hold it.
				if (rt.minor >= 10 && !wrapped && e.cls.isSubtypeOf(RuntimeError)) call(getAttr(obj, 'close'), []);
				prependFrames(e, ensureFutureFrames(obj));
			}
			throw e;
		}
	}
	if (isFuture(obj)) {
		if (loop !== null && getLoopOf(obj) !== loop) {
			throw valueError(rt.minor === 7 ? 'loop argument must agree with Future' : 'The future belongs to a different loop than the one specified as the loop argument');
		}
		return obj;
	}
	if (typeof obj === 'object' && typeOf(obj).lookup('__await__') !== undefined) {
		return ensureFuture(wrapAwaitable(obj), loop, true);
	}
	throw typeError('An asyncio.Future, a coroutine or an awaitable is required');
}

/** tasks.py's frames from ensure_future() down to its loop.create_task() call (3.7..3.13). */
function ensureFutureFrames(coro: PyValue, lookup = false): SyntheticFrame[] {
	const m = rt.minor;
	const call = 'return loop.create_task(coro_or_future)';
	// The failing expression: the call, or (no such attribute) `loop.create_task`.
	const end = lookup ? 7 + 'loop.create_task'.length : call.length;
	if (m <= 9) return [holding(asyncioFrame('tasks.py', [608, 672, 665], 'ensure_future', 'task = loop.create_task(coro_or_future)', null), coro)];
	if (m <= 11) {
		const outer = 'return _ensure_future(coro_or_future, loop=loop)';
		return [
			holding(asyncioFrame('tasks.py', [0, 0, 0, 615, 659], 'ensure_future', outer, [7, outer.length]), coro),
			holding(asyncioFrame('tasks.py', [0, 0, 0, 636, 680], '_ensure_future', call, [7, end]), coro),
		];
	}
	return [holding(asyncioFrame('tasks.py', [0, 0, 0, 0, 0, 695, 748], 'ensure_future', call, [7, end]), coro)];
}

function wrapAwaitable(obj: PyValue): NativeCoro {
	return new GenCoro('_wrap_awaitable', awaitAny(obj));
}

export function currentTask(loop: EventLoop | null = null): PyValue {
	const l = loop ?? getRunningLoop();
	return l._currentTask ?? None;
}

export function allTasks(loop: EventLoop | null = null): PySet {
	const l = loop ?? getRunningLoop();
	const s = new PySet();
	for (const t of state.allTasks) if (t.loop === l && !t.done()) s.add(t);
	return s;
}

// ---------------------------------------------------------------------------------------------
// gather

export const gatheringFutureType = asyncioType('_GatheringFuture', 'asyncio.tasks', futureType);

/** CPython tasks._GatheringFuture: cancelling it cancels the children. */
export class GatheringFuture extends Future {
	_children: Future[];
	_cancel_requested = false;
	constructor(children: Future[], loop: EventLoop) {
		super(loop, gatheringFutureType);
		this._children = children;
	}
	override cancel(msg: PyValue = None): boolean {
		if (this.done()) return false;
		let ret = false;
		for (const c of this._children) if (c.cancel(rt.minor >= 9 ? msg : None)) ret = true;
		if (ret) this._cancel_requested = true;
		return ret;
	}
}

interface GatherState {
	outer: GatheringFuture | null;
	children: Future[];
	nfuts: number;
	nfinished: number;
	returnExceptions: boolean;
}

/** tasks.gather(...)._done_callback */
function gatherDoneCallback(g: GatherState, fut: Future): void {
	g.nfinished++;
	const outer = g.outer;
	if (outer === null || outer.done()) {
		if (!fut.cancelled()) fut._log_traceback = false; // Mark exception retrieved.
		return;
	}
	if (!g.returnExceptions) {
		if (fut.cancelled()) {
			outer.setException(rt.minor >= 9 ? fut.makeCancelledError() : cancelledError());
			return;
		}
		const e = fut._exception;
		fut._log_traceback = false;
		if (e !== null) {
			outer.setException(e);
			return;
		}
	}
	if (g.nfinished === g.nfuts) {
		const results: PyValue[] = [];
		for (const f of g.children) {
			let res: PyValue;
			if (f.cancelled()) {
				res = rt.minor >= 9 ? cancelledError(f._cancel_message === None ? '' : f._cancel_message) : cancelledError();
			} else {
				f._log_traceback = false;
				res = f._exception ?? f._result;
			}
			results.push(res);
		}
		if (outer._cancel_requested) {
			const last = g.children[g.children.length - 1];
			outer.setException(rt.minor >= 9 ? fut.makeCancelledError() : cancelledError());
			void last;
		} else {
			outer.setResult(new PyList(results));
		}
	}
}
(gatherDoneCallback as NativeCb).pyName = 'gather.<locals>._done_callback';

/** CPython tasks.gather */
export function gather(aws: PyValue[], returnExceptions: boolean): Future {
	if (aws.length === 0) {
		const loop = getEventLoop();
		const outer = new Future(loop);
		outer.setResult(new PyList([]));
		return outer;
	}
	const g: GatherState = { outer: null, children: [], nfuts: 0, nfinished: 0, returnExceptions };
	const argToFut = new PyDict();
	const doneFuts: Future[] = [];
	let loop: EventLoop | null = null;
	// 3.9's gather() delegates to _gather(), which defines the callback.
	(gatherDoneCallback as NativeCb).pyName = rt.minor === 9 ? '_gather.<locals>._done_callback' : 'gather.<locals>._done_callback';
	const cb = new NativeDoneCb(gatherDoneCallback, g);
	for (const arg of aws) {
		let fut = argToFut.get(arg) as Future | undefined;
		if (fut === undefined) {
			const f = ensureFuture(arg, loop);
			if (!(f instanceof Future)) throw typeError('gather() of a non-native future is not supported by this runtime');
			fut = f;
			if (loop === null) loop = fut.loop;
			if (fut !== arg && fut instanceof Task) fut._log_destroy_pending = false;
			g.nfuts++;
			argToFut.set(arg, fut);
			if (rt.minor >= 12 && fut.done()) doneFuts.push(fut);
			else fut.addDoneCallback(cb);
		}
		g.children.push(fut);
	}
	const outer = new GatheringFuture(g.children, loop!);
	g.outer = outer;
	for (const f of doneFuts) gatherDoneCallback(g, f);
	return outer;
}

// ---------------------------------------------------------------------------------------------
// shield

export function shield(arg: PyValue): Future {
	const inner = ensureFuture(arg, null);
	if (!(inner instanceof Future)) throw typeError('shield() of a non-native future is not supported by this runtime');
	if (inner.done()) return inner;
	const loop = inner.loop;
	const outer = new Future(loop);
	if (traceState.enabled) markWait(outer, { wait: 'future', label: 'shield', targets: inner instanceof Task ? [traceId(inner)] : [] });
	const innerCb: NativeCb = (_a, inn: Future) => {
		if (outer.cancelled()) {
			if (!inn.cancelled()) inn._log_traceback = false;
			return;
		}
		if (inn.cancelled()) outer.cancel();
		else {
			const e = inn._exception;
			inn._log_traceback = false;
			if (e !== null) outer.setException(e);
			else outer.setResult(inn._result);
		}
	};
	innerCb.pyName = 'shield.<locals>._inner_done_callback';
	const innerEntry = new NativeDoneCb(innerCb, null);
	const outerCb: NativeCb = () => {
		if (!inner.done()) inner.removeDoneCallback(innerEntry);
	};
	outerCb.pyName = 'shield.<locals>._outer_done_callback';
	inner.addDoneCallback(innerEntry);
	outer.addDoneCallback(new NativeDoneCb(outerCb, null));
	return outer;
}

// ---------------------------------------------------------------------------------------------
// wait / wait_for / as_completed

export const FIRST_COMPLETED = 'FIRST_COMPLETED';
export const FIRST_EXCEPTION = 'FIRST_EXCEPTION';
export const ALL_COMPLETED = 'ALL_COMPLETED';

function releaseWaiter(waiter: Future): void {
	if (!waiter.done()) waiter.setResult(None);
}
(releaseWaiter as NativeCb).pyName = '_release_waiter';

/** CPython tasks.wait (an `async def`: the checks run when it is awaited). */
export function wait(fsArg: PyValue, timeout: number | null, returnWhen: PyValue): NativeCoro {
	return new GenCoro('wait', waitBody(fsArg, timeout, returnWhen));
}

/** An error raised by wait()'s own checks: tasks.py's frame, which holds `fs`. */
function waitRaise(exc: PyException, lines: number[], text: string, fs: PyValue): PyException {
	return raisedAt(exc, [holding(asyncioFrame('tasks.py', lines, 'wait', text, null), fs)]);
}

function* waitBody(fsArg: PyValue, timeout: number | null, returnWhen: PyValue): Generator<PyValue, PyValue, undefined> {
	if (isFuture(fsArg) || iscoroutine(fsArg)) {
		throw waitRaise(typeError(`expect a list of futures, not ${className(typeOf(fsArg))}`), [378, 411, 390, 366, 416, 452, 439], 'raise TypeError(f"expect a list of futures, not {type(fs).__name__}")', fsArg);
	}
	const items = toArray(fsArg);
	if (items.length === 0) {
		const msg = rt.minor >= 11 ? 'Set of Tasks/Futures is empty.' : 'Set of coroutines/Futures is empty.';
		throw waitRaise(valueError(msg), [380, 413, 392, 368, 418, 454, 441], `raise ValueError('${msg}')`, fsArg);
	}
	if (returnWhen !== FIRST_COMPLETED && returnWhen !== FIRST_EXCEPTION && returnWhen !== ALL_COMPLETED) {
		throw waitRaise(valueError(`Invalid return_when value: ${str(returnWhen)}`), [382, 415, 394, 370, 420, 456, 443], "raise ValueError(f'Invalid return_when value: {return_when}')", fsArg);
	}
	const loop = getRunningLoop();
	const uniq = dedupe(items);
	let fs: Future[];
	if (uniq.some((f) => iscoroutine(f))) {
		if (rt.minor >= 11) {
			const msg = 'Passing coroutines is forbidden, use tasks explicitly.';
			throw waitRaise(typeError(msg), [0, 0, 0, 0, 425, 461, 448], `raise TypeError("${msg}")`, fsArg);
		}
		// 3.8-3.10 warn with stacklevel=2 from inside the coroutine (3.9/3.10 point at the caller's
		// line; 3.8's location is asyncio's own frame, so the default filters hide it).
		if (rt.minor >= 9 && currentFrame() !== nativeTaskStepFrame) {
			warnHook.warn(
				DeprecationWarning,
				'The explicit passing of coroutine objects to asyncio.wait() is deprecated since Python 3.8, and scheduled for removal in Python 3.11.',
				1
			);
		}
		fs = uniq.map((f) => asNativeFuture(ensureFuture(f, loop)));
	} else {
		fs = uniq.map((f) => asNativeFuture(ensureFuture(f, loop)));
	}
	return yield* innerWait(fs, timeout, returnWhen, loop);
}

function asNativeFuture(v: PyValue): Future {
	if (!(v instanceof Future)) throw typeError('this runtime only waits on asyncio futures and tasks');
	return v;
}

function dedupe(items: PyValue[]): PyValue[] {
	const out: PyValue[] = [];
	const s = new PySet();
	for (const x of items) {
		if (s.has(x)) continue;
		s.add(x);
		out.push(x);
	}
	return out;
}

/** CPython tasks._wait */
function* innerWait(fs: Future[], timeout: number | null, returnWhen: string, loop: EventLoop): Generator<PyValue, PyValue, undefined> {
	const waiter = new Future(loop);
	if (traceState.enabled) {
		const targets = fs.filter((f) => f instanceof Task).map((f) => traceId(f));
		markWait(waiter, { wait: 'wait', label: `wait (${fs.length}${returnWhen === ALL_COMPLETED ? '' : ', ' + returnWhen})`, targets });
	}
	let timeoutHandle: import('./events').TimerHandle | null = null;
	if (timeout !== null) timeoutHandle = loop.callLater(timeout, null, EMPTY, releaseWaiter as NativeCb, waiter, null);
	let counter = fs.length;
	const onCompletion: NativeCb = (_a, f: Future) => {
		counter--;
		if (
			counter <= 0 ||
			returnWhen === FIRST_COMPLETED ||
			(returnWhen === FIRST_EXCEPTION && !f.cancelled() && f._exception !== null)
		) {
			if (timeoutHandle !== null) timeoutHandle.cancel();
			if (!waiter.done()) waiter.setResult(None);
		}
	};
	onCompletion.pyName = '_wait.<locals>._on_completion';
	const entry = new NativeDoneCb(onCompletion, null);
	for (const f of fs) f.addDoneCallback(entry);
	try {
		yield* awaitFuture(waiter);
	} finally {
		if (timeoutHandle !== null) timeoutHandle.cancel();
		for (const f of fs) f.removeDoneCallback(entry);
	}
	const done = new PySet();
	const pending = new PySet();
	for (const f of fs) (f.done() ? done : pending).add(f);
	return new PyTuple([done, pending]);
}

/** CPython tasks._cancel_and_wait */
function* cancelAndWait(fut: Future, loop: EventLoop): Generator<PyValue, PyValue, undefined> {
	const waiter = new Future(loop);
	if (traceState.enabled) markWait(waiter, { wait: 'wait', label: 'cancel and wait', targets: fut instanceof Task ? [traceId(fut)] : [] });
	const entry = new NativeDoneCb(releaseWaiterCb, waiter);
	fut.addDoneCallback(entry);
	try {
		fut.cancel();
		yield* awaitFuture(waiter);
	} finally {
		fut.removeDoneCallback(entry);
	}
	return None;
}
function releaseWaiterCb(waiter: Future): void {
	releaseWaiter(waiter);
}
(releaseWaiterCb as NativeCb).pyName = '_release_waiter';
(releaseWaiterCb as NativeCb).partialArgument = true;

function timeoutErrorFrom(cause: PyException | null): PyException {
	const e = newException(exc().TimeoutError);
	if (cause !== null) {
		e.cause = cause;
		e.suppressContext = true;
		e.context = cause;
	}
	return e;
}

/** CPython tasks.wait_for */
export function waitFor(fut: PyValue, timeout: number | null): NativeCoro {
	return new GenCoro('wait_for', rt.minor >= 12 ? waitFor312(fut, timeout) : waitForOld(fut, timeout));
}

function* waitFor312(futArg: PyValue, timeout: number | null): Generator<PyValue, PyValue, undefined> {
	if (timeout !== null && timeout <= 0) {
		const fut = asNativeFuture(ensureFuture(futArg, null));
		if (fut.done()) return fut.result();
		yield* cancelAndWait(fut, fut.loop);
		try {
			return fut.result();
		} catch (e) {
			if (isCancelledError(e)) throw timeoutErrorFrom(e as PyException);
			throw e;
		}
	}
	const { timeoutBody } = timeoutsHooks;
	return yield* timeoutBody(timeout, futArg);
}

/** Filled by timeouts.ts: `async with timeout(d): return await aw`. */
export const timeoutsHooks = {
	timeoutBody: null as unknown as (delay: number | null, aw: PyValue) => Generator<PyValue, PyValue, undefined>,
};

function* waitForOld(futArg: PyValue, timeout: number | null): Generator<PyValue, PyValue, undefined> {
	const loop = rt.minor === 7 ? getEventLoop() : getRunningLoop();
	if (timeout === null) {
		try {
			return yield* awaitAny(futArg);
		} catch (e) {
			if (e instanceof PyException) prependFrames(e, [asyncioFrame('tasks.py', [414, 455, 442, 408, 452], 'wait_for', 'return await fut', [7, 16])]);
			throw e;
		}
	}
	if (timeout <= 0) {
		const fut = asNativeFuture(ensureFuture(futArg, loop));
		if (fut.done()) return resultIn(fut, [420, 461, 448, 414, 458]);
		if (rt.minor === 7) {
			fut.cancel();
			throw newException(exc().TimeoutError);
		}
		yield* cancelAndWait(fut, loop);
		try {
			const r = fut.result();
			if (rt.minor <= 9) throw newException(exc().TimeoutError);
			return r;
		} catch (e) {
			if (isCancelledError(e)) throw timeoutErrorFrom(e as PyException);
			throw e;
		}
	}
	const waiter = new Future(loop);
	const timeoutHandle = loop.callLater(timeout, null, EMPTY, releaseWaiter as NativeCb, waiter, null);
	const fut = asNativeFuture(ensureFuture(futArg, loop));
	if (traceState.enabled) markWait(waiter, { wait: 'wait_for', label: `wait_for ${timeout}`, until: loop.time() + timeout, targets: fut instanceof Task ? [traceId(fut)] : [] });
	const cb = new NativeDoneCb(releaseWaiterCb, waiter);
	fut.addDoneCallback(cb);
	try {
		try {
			yield* awaitFuture(waiter);
		} catch (e) {
			if (!isCancelledError(e)) throw e;
			if (rt.minor >= 8 && fut.done()) return resultIn(fut, [0, 484, 469, 435, 479]);
			fut.removeDoneCallback(cb);
			if (rt.minor === 7) fut.cancel();
			else yield* cancelAndWait(fut, loop);
			throw e;
		}
		if (fut.done()) return resultIn(fut, [442, 494, 479, 445, 489]);
		fut.removeDoneCallback(cb);
		yield* cancelAndWait(fut, loop);
		if (rt.minor <= 8) {
			const raiseText = rt.minor === 7 ? 'raise futures.TimeoutError()' : 'raise exceptions.TimeoutError()';
			throw raisedAt(newException(exc().TimeoutError), [asyncioFrame('tasks.py', [449, 501], 'wait_for', raiseText, null)]);
		}
		try {
			return fut.result();
		} catch (e) {
			if (isCancelledError(e)) {
				const ce = e as PyException;
				prependFrames(ce, [asyncioFrame('tasks.py', [0, 0, 490, 456, 500], 'wait_for', 'return fut.result()', [7, 19])]);
				const te = timeoutErrorFrom(ce);
				throw raisedAt(te, [asyncioFrame('tasks.py', [0, 0, 492, 458, 502], 'wait_for', 'raise exceptions.TimeoutError() from exc', null)]);
			}
			throw e;
		}
	} finally {
		timeoutHandle.cancel();
	}
}

/** `return fut.result()` in CPython's wait_for (3.7..3.11 lines): its frame on a raised exception. */
function resultIn(fut: Future, lines: number[]): PyValue {
	try {
		return fut.result();
	} catch (e) {
		if (e instanceof PyException) prependFrames(e, [asyncioFrame('tasks.py', lines, 'wait_for', 'return fut.result()', [7, 19])]);
		throw e;
	}
}

export { PyObject, True, PyFloat, numArg, parseArgs, getRunningLoopOrNull, BudgetExceeded, hashValue, callType, RuntimeError, BuiltinTimeoutError, PyIteratorBase, method, getset };
