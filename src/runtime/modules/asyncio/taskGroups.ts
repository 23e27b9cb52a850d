/*
 * taskGroups.ts
 * CPython Lib/asyncio/taskgroups.py (3.11+): TaskGroup. On the first child failure the group
 * cancels the parent task once (_parent_cancel_requested) and every other child, waits for all
 * of them, undoes its own cancellation with uncancel(), and raises
 * BaseExceptionGroup('unhandled errors in a TaskGroup', errors). Children are cancelled in
 * creation order (CPython iterates a set: see the docs' divergences).
 */

import { PyObject, PyType, PyValue, None, True, False } from '../../objects/object';
import { PyException, runtimeError, SystemExit, KeyboardInterrupt, BaseExceptionGroup, newException } from '../../objects/exceptions';
import { PyDict, PyList } from '../../objects/containers';
import { repr, callType, call, getAttrOpt, str } from '../../objects/protocol';
import { rt } from '../../objects/runtimeState';
import { method } from '../../types/util';
import { asyncioType, withDict, parseArgs, raisedAt, prependFrames, asyncioFrame, holding } from './util';
import { getRunningLoop, NativeCb } from './events';
import { Future, NativeDoneCb } from './futures';
import { GenCoro, awaitFuture, NativeCoro } from './coroutines';
import { Task, currentTask } from './tasks';
import { isCancelledError } from './exceptions';
import { contextArg, type EventLoop } from './baseEvents';
import type { Context } from './contextvars';
import { markWait, traceState } from '../../vm/trace';

export const taskGroupType = asyncioType('TaskGroup', 'asyncio.taskgroups', undefined, (cls) => withDict(new TaskGroup(cls)));
taskGroupType.ns.set('__doc__', 'Asynchronous context manager for managing groups of tasks.');

export class TaskGroup extends PyObject {
	_entered = false;
	_exiting = false;
	_aborting = false;
	_loop: EventLoop | null = null;
	_parent_task: Task | null = null;
	_parent_cancel_requested = false;
	_tasks: Set<Task> = new Set();
	_errors: PyException[] = [];
	_base_error: PyException | null = null;
	_on_completed_fut: Future | null = null;
	doneCb = new NativeDoneCb(onTaskDone, this);
	constructor(cls: PyType = taskGroupType) {
		super(cls);
	}

	reprText(): string {
		const info = [''];
		if (this._tasks.size) info.push(`tasks=${this._tasks.size}`);
		if (this._errors.length) info.push(`errors=${this._errors.length}`);
		if (this._aborting) info.push('cancelling');
		else if (this._entered) info.push('entered');
		return `<TaskGroup${info.join(' ')}>`;
	}

	enter(): void {
		if (this._entered) throw runtimeError(`TaskGroup ${this.reprText()} has already been entered`);
		if (this._loop === null) this._loop = getRunningLoop();
		const t = currentTask(this._loop);
		if (t === None) throw runtimeError(`TaskGroup ${this.reprText()} cannot determine the parent task`);
		this._parent_task = t as Task;
		this._entered = true;
	}

	abort(): void {
		this._aborting = true;
		for (const t of this._tasks) if (!t.done()) t.cancel();
	}

	*aexit(exc: PyException | null): Generator<PyValue, PyValue, undefined> {
		this._exiting = true;
		if (exc !== null && isBaseError(exc) && this._base_error === null) this._base_error = exc;
		let propagate: PyException | null = exc !== null && isCancelledError(exc) ? exc : null;
		if (rt.minor <= 12 && this._parent_cancel_requested) {
			// 3.11/3.12 undo the parent's cancellation before waiting for the children.
			if (this._parent_task!.uncancel() === 0) propagate = null;
		}
		if (exc !== null && !this._aborting) this.abort();
		while (this._tasks.size) {
			if (this._on_completed_fut === null) {
				this._on_completed_fut = new Future(this._loop);
				if (traceState.enabled) markWait(this._on_completed_fut, { wait: 'future', label: 'TaskGroup exit' });
			}
			try {
				yield* awaitFuture(this._on_completed_fut);
			} catch (e) {
				if (!isCancelledError(e)) throw e;
				if (!this._aborting) {
					propagate = e as PyException;
					this.abort();
				}
			}
			this._on_completed_fut = null;
		}
		if (this._base_error !== null) throw this.raiseFrom(this._base_error, [129, 125], 'raise self._base_error');
		if (rt.minor >= 13 && this._parent_cancel_requested) {
			if (this._parent_task!.uncancel() === 0) propagate = null;
		}
		if (propagate !== null && this._errors.length === 0) throw this.raiseFrom(propagate, [134, 137], 'raise propagate_cancellation_error');
		if (exc !== null && !isCancelledError(exc)) this._errors.push(exc);
		if (this._errors.length) {
			if (rt.minor >= 13 && this._parent_task!.cancelling()) {
				this._parent_task!.uncancel();
				this._parent_task!.cancel();
			}
			const eg = callType(BaseExceptionGroup, ['unhandled errors in a TaskGroup', new PyList(this._errors.slice())], null) as PyException;
			eg.cause = null;
			eg.suppressContext = true;
			throw raisedAt(eg, [asyncioFrame('taskgroups.py', [0, 0, 0, 0, 145, 145, 154], '__aexit__', 'raise me from None', null)]);
		}
		return None;
	}

	/** `raise <exc>` in CPython's TaskGroup.__aexit__ (line for 3.11/3.12, 3.13): adds its frame. */
	private raiseFrom(e: PyException, lines: [number, number], text: string): PyException {
		prependFrames(e, [asyncioFrame('taskgroups.py', [0, 0, 0, 0, lines[0], lines[0], lines[1]], '__aexit__', text, null)]);
		return e;
	}

	createTask(coro: PyValue, name: PyValue, context?: Context): PyValue {
		const close = (): void => {
			const c = getAttrOpt(coro, 'close');
			if (c !== undefined) call(c, []);
		};
		// TaskGroup.create_task raises from its own frame, which holds the coroutine (never
		// awaited when the exception goes) up to 3.12; 3.13 closes the coroutine first.
		const refuse = (state: string, lines: number[]): never => {
			if (rt.minor >= 13) close();
			const text = `raise RuntimeError(f"TaskGroup {self!r} ${state}")`;
			const frame = asyncioFrame('taskgroups.py', lines, 'create_task', text, [0, text.length]);
			throw raisedAt(runtimeError(`TaskGroup ${this.reprText()} ${state}`), [rt.minor >= 13 ? frame : holding(frame, coro)]);
		};
		if (!this._entered) refuse('has not been entered', [0, 0, 0, 0, 155, 155, 165]);
		if (this._exiting && this._tasks.size === 0) refuse('is finished', [0, 0, 0, 0, 157, 157, 168]);
		if (this._aborting) refuse('is shutting down', [0, 0, 0, 0, 159, 159, 171]);
		const task = this._loop!.createTask(coro, name, context);
		if (!(task instanceof Task)) throw runtimeError('TaskGroup needs asyncio tasks in this runtime');
		if (task.done()) onTaskDone(this, task);
		else {
			this._tasks.add(task);
			task.addDoneCallback(this.doneCb);
		}
		return task;
	}
}

function isBaseError(e: PyException): boolean {
	return e.cls.isSubtypeOf(SystemExit) || e.cls.isSubtypeOf(KeyboardInterrupt);
}

/** TaskGroup._on_task_done */
function onTaskDone(g: TaskGroup, task: Task): void {
	g._tasks.delete(task);
	if (g._on_completed_fut !== null && g._tasks.size === 0) {
		if (!g._on_completed_fut.done()) g._on_completed_fut.setResult(True);
	}
	if (task.cancelled()) return;
	const exc = task._exception;
	task._log_traceback = false;
	if (exc === null) return;
	g._errors.push(exc);
	if (isBaseError(exc) && g._base_error === null) g._base_error = exc;
	const parent = g._parent_task!;
	if (parent.done()) {
		const ctx = new PyDict();
		ctx.setStr('message', `Task ${repr(task)} has errored out but its parent task ${str(parent)} is already completed`);
		ctx.setStr('exception', exc);
		ctx.setStr('task', task);
		g._loop!.callExceptionHandler(ctx);
		return;
	}
	if (!g._aborting && !g._parent_cancel_requested) {
		g.abort();
		g._parent_cancel_requested = true;
		parent.cancel();
	}
}
(onTaskDone as NativeCb).pyName = 'TaskGroup._on_task_done';

const G = (v: PyValue): TaskGroup => v as TaskGroup;
method(taskGroupType, '__init__', () => None);
method(taskGroupType, '__repr__', (args) => G(args[0]).reprText());
method(taskGroupType, '__aenter__', (args) => {
	const g = G(args[0]);
	return new GenCoro('__aenter__', (function* () {
		g.enter();
		return g;
	})(), 'TaskGroup.__aenter__');
});
method(taskGroupType, '__aexit__', (args) => {
	const g = G(args[0]);
	const ev = args[2];
	return new GenCoro('__aexit__', (function* () {
		try {
			return yield* g.aexit(ev instanceof PyException ? ev : null);
		} finally {
			g._parent_task = null;
		}
	})(), 'TaskGroup.__aexit__');
});
method(taskGroupType, 'create_task', (args, kwargs) => {
	const [coro, name, context] = parseArgs('create_task', args, kwargs, ['coro', 'name', 'context'], 1, 1, 1);
	return G(args[0]).createTask(coro!, name ?? None, contextArg(context));
});

export { True, False, newException, NativeCoro };
